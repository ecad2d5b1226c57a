/**
 * The forms in which wires credit themselves, whatever the language: the characters around an
 * agency's name, not its words. Offsets are into one line (a block's text).
 */

/** The most characters a credit group holds (`dpa/AFP/Reuters/jW`). */
const MAX_GROUP = 48;
/** The most characters before a dateline's credit. */
const MAX_DATELINE_HEAD = 120;
/** The most words before a dateline's credit (`WASHINGTON, 17. März 2024`, `Praha 12. listopadu`). */
const MAX_DATELINE_WORDS = 10;
/** What a credit group may hold besides the names: other names, places, sign-off codes, separators (`(서울=연합뉴스)`). */
const GROUP_TEXT = /^[\p{L}\p{M}\p{N} .&'’\-/,+|=]*$/u;
/** The mark that ends a dateline: a dash, `.-`, a colon or a full stop (`/ТАСС/.`, `(EFE).-`, `— РИА Новости.`). */
const DATELINE_END = /^\s*(?:\.\s*)?(?:[-–—−]+|:|\.(?=\s))/u;
/** A dash before the name: `– РИА Новости`, `-- BERNAMA`. */
const DASH_BEFORE = /(?:^|\s)(?:[-–—−]{1,2}|\|)\s*$/u;
/** What may follow a closing credit: a full stop, a bracket, white space. */
const CLOSING = /^[\s.)\]]*$/u;
/** A sentence end in the words before a dateline (a full stop after a digit is a date's: `12. listopadu`). */
const SENTENCE_END = /(?:[^\d\s]\.|[!?。！？])\s/u;

/** A credit form found around a name: its role and the span of the form in the line. */
export interface CreditForm {
  role: 'dateline' | 'source-line';
  start: number;
  end: number;
}

/**
 * The wire credit form around the name at `start`-`end` of a line: a dateline credit at the head
 * of a story (`MOSCOW, May 17 (Reuters) -`, `МОСКВА, 17 мая. /ТАСС/.`, `(EFE).-`,
 * `KUALA LUMPUR, 5 Mac -- Bernama`) or a closing credit at the end of a paragraph (`(AFP/jW)`,
 * `-- BERNAMA`, `| RFI`, `– РИА Новости`), or a dateline that a language's mark ends after the
 * agency and the place (`新华社北京3月5日电`). `opensStory` says whether the line may hold a
 * dateline (the first paragraph of the article, or a dateline line).
 *
 * @example
 * creditFormAt('MOSCOW, May 17 (Reuters) - The Kremlin said', 16, 23, true)?.role; // 'dateline'
 * creditFormAt('… the ministry said. (AFP/jW)', 22, 25, false)?.role; // 'source-line'
 */
export function creditFormAt(text: string, start: number, end: number, opensStory: boolean, datelineEnds: readonly string[] = []): CreditForm | null {
  // Only the head of a story holds a dateline and only a line's tail a closing credit: every look is bounded, so a long line costs time in proportion to its length.
  const mayOpen = opensStory && start <= MAX_DATELINE_HEAD;
  const mayClose = text.length - end <= MAX_GROUP;
  if (!mayOpen && !mayClose) return null;
  // A dateline written after the agency: `新华社北京3月5日电`, `中新社北京10月18日电`.
  if (mayOpen && text.slice(0, start).trim() === '') {
    const head = text.slice(end, end + MAX_GROUP);
    for (const mark of datelineEnds) {
      const at = head.indexOf(mark);
      if (at !== -1 && !/[\s,.，。、；：]/u.test(head.slice(0, at))) return { role: 'dateline', start, end: end + at + mark.length };
    }
  }
  const group = enclosingGroup(text, start, end);
  if (group) {
    const after = text.slice(group.end, group.end + MAX_GROUP + 1);
    if (after.length <= MAX_GROUP && CLOSING.test(after)) return { role: 'source-line', start: group.start, end: text.length };
    if (!mayOpen) return null;
    // A dateline's end mark may be left out after a date (`नई दिल्ली, 8 नवंबर (भाषा) दिल्ली में…`).
    const head = text.slice(0, group.start);
    // Nor is one needed when the credit opens the story (`(서울=연합뉴스) 교육부는…`).
    if (isDatelineHead(head) && (DATELINE_END.test(after) || /\p{Nd}/u.test(head) || head.trim() === '')) {
      return { role: 'dateline', start: 0, end: group.end + (DATELINE_END.exec(after)?.[0].length ?? 0) };
    }
    return null;
  }
  const near = text.slice(Math.max(0, start - 6), start);
  if (!DASH_BEFORE.test(near)) return null;
  const after = text.slice(end, end + MAX_GROUP + 1);
  const head = mayOpen ? text.slice(0, start) : '';
  const datelineHead = mayOpen && isDatelineHead(head.replace(DASH_BEFORE, ''));
  // A credit that closes the line (`-- BERNAMA`, `| RFI`), sign-off codes allowed (`– РИА Новости/ab`).
  if (after.length <= MAX_GROUP && /^(?:\s*\/[\p{L}.]{1,6})?[\s.)]*$/u.test(after)) {
    const dateline = datelineHead && head.trim().length > 2 && after.trim() === '.';
    return { role: dateline ? 'dateline' : 'source-line', start: start - (near.length - near.search(/\S*\s*$/u)), end: text.length };
  }
  if (datelineHead && DATELINE_END.test(after)) return { role: 'dateline', start: 0, end: end + (DATELINE_END.exec(after)?.[0].length ?? 0) };
  return null;
}

/**
 * Whether a name is a photo credit: `REUTERS/Evgenia Novozhenina`, `Jan Woitas/dpa`,
 * `AP Photo/Name`: a slash between the agency and a capitalised name that is no medium's.
 *
 * @example
 * isPhotoCredit('REUTERS/Maxim Shemetov', 0, 7); // true
 * isPhotoCredit('dpa/Reuters', 0, 3, (name) => name === 'Reuters'); // false: two agencies, a wire credit
 */
export function isPhotoCredit(text: string, start: number, end: number, isMedium: (name: string) => boolean = () => false): boolean {
  const tail = text.slice(end, end + 80);
  const after = /^\s*\/\s*(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{L}'’.-]*)*)\s*(?:[),;]|$)/u.exec(tail);
  // The end of the window is the end of the line only when the line ends within it.
  if (after && (after[0].length < tail.length || end + tail.length === text.length)) return !isMedium(after[1]!);
  const before = /(?:^|[\s(:])(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{L}'’.-]*)+)\s*\/\s*$/u.exec(text.slice(Math.max(0, start - 60), start));
  if (before === null || isMedium(before[1]!)) return false;
  const next = text.slice(end, end + 8);
  return /^\s*[),;]/u.test(next) || (end + next.length === text.length && next.trim() === '');
}

/** The brackets or slashes around a name, holding only names, codes and separators (`(dpa/AFP/jW)`, `/ТАСС/`, `【東京共同】`). */
function enclosingGroup(text: string, start: number, end: number): { start: number; end: number } | null {
  for (const [open, close] of [['(', ')'], ['[', ']'], ['【', '】'], ['/', '/']] as const) {
    const from = Math.max(0, start - MAX_GROUP);
    const leftInWindow = text.slice(from, start).lastIndexOf(open);
    if (leftInWindow === -1) continue;
    const left = from + leftInWindow;
    const rightInWindow = text.slice(end, left + MAX_GROUP + 1).indexOf(close);
    if (rightInWindow === -1) continue;
    const right = end + rightInWindow;
    const inside = text.slice(left + 1, right);
    if (!GROUP_TEXT.test(inside)) continue;
    // `/` encloses only when it stands apart from words on its outer sides (`/ТАСС/`, not `REUTERS/Name`).
    if (open === '/' && (/[\p{L}\p{N}]/u.test(text[left - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(text[right + 1] ?? ' '))) continue;
    if (open !== '/' && inside.includes(open)) continue;
    return { start: left, end: right + 1 };
  }
  return null;
}

/** Whether the words before a credit are a dateline's head: a few words (a place, a date), no sentence. */
function isDatelineHead(head: string): boolean {
  const trimmed = head.trim();
  if (trimmed === '') return true;
  if (SENTENCE_END.test(`${trimmed} `.replace(/\.\s*$/u, ''))) return false;
  return trimmed.split(/\s+/u).length <= MAX_DATELINE_WORDS;
}

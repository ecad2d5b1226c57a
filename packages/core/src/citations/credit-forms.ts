/**
 * The forms in which wires credit themselves, whatever the language: the characters around an
 * agency's name, not its words. Offsets are into one line (a block's text).
 */

/** The most characters a credit group holds (`dpa/AFP/Reuters/jW`). */
const MAX_GROUP = 48;
/** The most words before a dateline's credit (`WASHINGTON, 17. März 2024`, `Praha 12. listopadu`). */
const MAX_DATELINE_WORDS = 10;
/** What a credit group may hold besides the names: other names, sign-off codes, separators. */
const GROUP_TEXT = /^[\p{L}\p{M}\p{N} .&'’\-/,+|]*$/u;
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
  // A dateline written after the agency: `新华社北京3月5日电`, `中新社北京10月18日电`.
  if (opensStory && text.slice(0, start).trim() === '') {
    const head = text.slice(end, end + MAX_GROUP);
    for (const mark of datelineEnds) {
      const at = head.indexOf(mark);
      if (at !== -1 && !/[\s,.，。、；：]/u.test(head.slice(0, at))) return { role: 'dateline', start, end: end + at + mark.length };
    }
  }
  const group = enclosingGroup(text, start, end);
  if (group) {
    const after = text.slice(group.end);
    if (CLOSING.test(after)) return { role: 'source-line', start: group.start, end: text.length };
    // A dateline's end mark may be left out after a date (`नई दिल्ली, 8 नवंबर (भाषा) दिल्ली में…`).
    const head = text.slice(0, group.start);
    if (opensStory && isDatelineHead(head) && (DATELINE_END.test(after) || /\p{Nd}/u.test(head))) {
      return { role: 'dateline', start: 0, end: group.end + (DATELINE_END.exec(after)?.[0].length ?? 0) };
    }
    return null;
  }
  const head = text.slice(0, start);
  if (!DASH_BEFORE.test(head)) return null;
  const after = text.slice(end);
  // A credit that closes the line (`-- BERNAMA`, `| RFI`), sign-off codes allowed (`– РИА Новости/ab`).
  if (/^(?:\s*\/[\p{L}.]{1,6})?[\s.)]*$/u.test(after)) return { role: opensStory && isDatelineHead(head.replace(DASH_BEFORE, '')) && head.trim().length > 2 && after.trim() === '.' ? 'dateline' : 'source-line', start: head.search(/\S*\s*$/u), end: text.length };
  if (opensStory && isDatelineHead(head.replace(DASH_BEFORE, '')) && DATELINE_END.test(after)) return { role: 'dateline', start: 0, end: end + (DATELINE_END.exec(after)?.[0].length ?? 0) };
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
  const after = /^\s*\/\s*(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{L}'’.-]*)*)\s*(?:[),;]|$)/u.exec(text.slice(end));
  if (after) return !isMedium(after[1]!);
  const before = /(?:^|[\s(:])(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{L}'’.-]*)+)\s*\/\s*$/u.exec(text.slice(Math.max(0, start - 60), start));
  return before !== null && !isMedium(before[1]!) && /^\s*(?:[),;]|$)/u.test(text.slice(end));
}

/** The brackets or slashes around a name, holding only names, codes and separators (`(dpa/AFP/jW)`, `/ТАСС/`). */
function enclosingGroup(text: string, start: number, end: number): { start: number; end: number } | null {
  for (const [open, close] of [['(', ')'], ['[', ']'], ['/', '/']] as const) {
    const left = text.lastIndexOf(open, start - 1);
    if (left === -1 || start - left > MAX_GROUP) continue;
    const right = text.indexOf(close, end);
    if (right === -1 || right - left > MAX_GROUP) continue;
    const inside = text.slice(left + 1, right);
    if (!GROUP_TEXT.test(inside)) continue;
    // `/` encloses only when it stands apart from words on its outer sides (`/ТАСС/`, not `REUTERS/Name`).
    if (open === '/' && (/[\p{L}\p{N}]/u.test(text[left - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(text[right + 1] ?? ' '))) continue;
    if (open !== '/' && inside.includes(open === '(' ? '(' : '[')) continue;
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

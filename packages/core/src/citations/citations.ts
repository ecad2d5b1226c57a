import type { Citation, Mention } from '../schema/article.js';
import type { ClassifiedBlock } from '../classify/classify.js';
import type { Medium } from '../data/schemas.js';
import type { Resources } from '../resources/resources.js';
import type { AliasMatch } from '../text/alias-matcher.js';
import { foldForMatching } from '../speed/fold-fast.js';
import { hasNoSpaceScript } from '../speed/word-measure.js';
import type { CitationCues } from './citation-cues.js';
import { creditFormAt, isPhotoCredit } from './credit-forms.js';

/** How many words may stand between a cue and the name (`according to a report by Xinhua`, `приводит слова … РИА Новости`). */
const WORDS_AFTER_CUE = 4;
/** How many words around the name a reporting verb may be (`Reuters reported`, `وذكرت وكالة رويترز`). */
const WORDS_TO_VERB = 3;
/** Characters of text read on either side of a name for its cues. */
const CUE_WINDOW = 80;
/** A parenthesised source inside a line: `(Nguồn: TASS)`, `(Source: AFP)`. */
const INLINE_SOURCE = /\(\s*[^():]{1,20}:\s*([^()]+)\)/gu;
/** An Arabic cue may carry the conjunction written onto it (`وذكرت`, `وبحسب`). */
const ARABIC = /^\p{Script=Arabic}/u;
/** What ends a clause: a cue on the other side of it cites something else. */
const CLAUSE_BREAK = /[.;:!?。；：！？|•]|[,،、，]\s/u;

/** What a citation finder needs besides the blocks: the media the page names, the cues of its language and its own outlet. */
export interface CitationOptions {
  cues: CitationCues;
  /** The page's mentions of media (type `media`), found with every other name by the entity matcher, in order. */
  mediaMentions: readonly Mention[];
  /** The page's own outlet: its name in a line is the page's signature, not a citation. */
  outletId?: string | null;
  /** False for a block in which no cited-only alias can start (see `AliasMatcher.mayStartIn`): it is not searched for them. */
  mayCite?: (block: ClassifiedBlock) => boolean;
}

/**
 * Finds the agencies and outlets the page relies on, each with the role its position gives:
 * - `dateline`: a wire's dateline (`MOSCOW, May 17 (Reuters) -`, `Praha 12. listopadu (ČTK) –`,
 *   `МОСКВА, 17 мая — РИА Новости.`, `Madrid, 5 mar (EFE).-`);
 * - `source-line`: a source line (`المصدر: AFP`, `(Nguồn: TASS)`) or the credit that closes a
 *   paragraph or story (`-- BERNAMA`, `(AFP/jW)`, `| RFI`);
 * - `credit`: a photo credit (credit lines, captions, `©`, `REUTERS/Name`, `Bild: dpa`);
 * - `attribution`: the name after a cue (`theo Hãng tin TASS`, `according to a report by Xinhua`,
 *   `据新华社`), before one (`共同通信によると`, `연합뉴스에 따르면`), or beside a reporting verb
 *   (`Reuters reported`, `сообщает ТАСС`);
 * - `outlet-source`: a newspaper or broadcaster (not an agency) cited in any of these ways
 *   (`relayées par Le Monde`, `told the BBC`).
 * A name in none of these positions (`Reuters journalists`) is a mention, not a citation.
 *
 * @example
 * extractCitations(blocks, getResources(), { cues: citationCuesOf('vi') }).map((c) => [c.agency, c.role]);
 * // [['TASS', 'attribution'], ['AFP', 'attribution'], ['Reuters', 'credit']]
 */
export function extractCitations(blocks: readonly ClassifiedBlock[], resources: Resources, options: CitationOptions): Citation[] {
  const citations: Citation[] = [];
  const labels = { credit: resources.cues.get('credit')?.prefix ?? [], source: resources.cues.get('source')?.prefix ?? [] };
  const isMedium = (name: string) => resources.media.byName(name) !== undefined;
  // A story's dateline opens its first paragraph (or stands on a line of its own).
  const firstParagraph = blocks.find((block) => block.role === 'lead' || block.role === 'body')?.index;
  let next = 0;
  for (const block of blocks) {
    // The block's media mentions (mentions come in order, blocks too).
    const blockEnd = block.contentStart + block.text.length;
    while (next < options.mediaMentions.length && options.mediaMentions[next]!.start < block.contentStart) next++;
    const named: AliasMatch<Medium>[] = [];
    for (; next < options.mediaMentions.length && options.mediaMentions[next]!.end <= blockEnd; next++) {
      const mention = options.mediaMentions[next]!;
      const medium = mention.entityId === null ? undefined : resources.media.byId(mention.entityId);
      if (medium) named.push({ key: medium, surface: mention.surface, start: mention.start - block.contentStart, end: mention.end - block.contentStart });
    }
    if (block.role === 'title' || block.role === 'navigation' || block.role === 'comments') continue;
    const cited = !options.mayCite || options.mayCite(block) ? resources.media.citedOnly.findAll(block.text).filter((match) => writtenAsNamed(match)) : [];
    const matches = cited.length === 0 ? named : mergeMatches(named, cited);
    if (matches.length === 0) continue;
    const context = new LineContext(block.text);
    for (const match of matches) {
      const medium = match.key;
      const agency = medium.roles.includes('wire-agency') || medium.roles.includes('photo-agency');
      if (!agency && medium.id === options.outletId) continue;
      const found = roleOf(block, context, match, options.cues, labels, isMedium, block.index === firstParagraph || block.role === 'dateline');
      // A teaser or a promotion cites nothing; a photo credit on its line is still a credit.
      if (!found || ((block.role === 'related' || block.role === 'promo') && found.role !== 'credit')) continue;
      // A cited-only alias in a script without spaces is found inside longer words (`共同` of `共同声明`): only a wire's own form counts.
      if (found.role !== 'dateline' && found.role !== 'source-line' && hasNoSpaceScript(match.surface) && !named.includes(match)) continue;
      // An outlet cited as a source has its own role; an outlet's photo credit names no source.
      const role = agency ? found.role : found.role === 'credit' ? null : 'outlet-source';
      if (!role) continue;
      const start = block.contentStart + match.start;
      citations.push({ agency: medium.name, agencyId: medium.id, role, evidence: found.evidence, start, end: start + match.end - match.start });
    }
  }
  return citations;
}

/** Two lists of names in order merged in order, a name overlapping an earlier one left out. */
function mergeMatches(a: readonly AliasMatch<Medium>[], b: readonly AliasMatch<Medium>[]): AliasMatch<Medium>[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start || y.end - x.end);
  return all.filter((match, index) => index === 0 || match.start >= all[index - 1]!.end);
}

/** A name the registry writes capitalised is no name when written in lower case (`antara`, "between"; `público`, "public"). */
function writtenAsNamed(match: AliasMatch<Medium>): boolean {
  const first = match.surface[0]!;
  if (first.toLowerCase() === first.toUpperCase() || first !== first.toLowerCase()) return true;
  return match.key.aliases.some((alias) => alias[0] !== alias[0]!.toUpperCase());
}

/** The longest evidence kept for a citation of a long line: the part of the line around the name. */
const MAX_EVIDENCE = 200;

/**
 * What the roles of a line's matches depend on, found once per line so that a line with many
 * names costs time in proportion to its length: the `©` signs and the parenthesised sources,
 * read in order as the matches (which come in order) move along the line.
 */
class LineContext {
  readonly #copyrights: number[] = [];
  readonly #sources: { start: number; end: number; text: string }[] = [];
  #nextCopyright = 0;
  #nextSource = 0;

  constructor(readonly text: string) {
    for (let i = text.indexOf('©'); i !== -1; i = text.indexOf('©', i + 1)) this.#copyrights.push(i);
    if (text.includes('(')) for (const match of text.matchAll(INLINE_SOURCE)) this.#sources.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }

  /** The last `©` before `position` (positions asked in increasing order), or -1. */
  copyrightBefore(position: number): number {
    while (this.#nextCopyright < this.#copyrights.length && this.#copyrights[this.#nextCopyright]! < position) this.#nextCopyright++;
    return this.#nextCopyright === 0 ? -1 : this.#copyrights[this.#nextCopyright - 1]!;
  }

  /** The parenthesised source that holds `position` (positions asked in increasing order), or undefined. */
  sourceAt(position: number): string | undefined {
    while (this.#nextSource < this.#sources.length && this.#sources[this.#nextSource]!.end <= position) this.#nextSource++;
    const source = this.#sources[this.#nextSource];
    return source && source.start <= position ? source.text : undefined;
  }

  /** The line as evidence of the name at start-end: the whole line, or the part around the name when the line is long. */
  evidence(start: number, end: number, from = 0): string {
    if (this.text.length - from <= MAX_EVIDENCE) return this.text.slice(from);
    const margin = Math.max(0, (MAX_EVIDENCE - (end - start)) >> 1);
    const left = Math.max(from, start - margin);
    return this.text.slice(left, Math.min(this.text.length, Math.max(end, left + MAX_EVIDENCE)));
  }
}

type Found = { role: Citation['role']; evidence: string };

function roleOf(block: ClassifiedBlock, context: LineContext, match: AliasMatch<Medium>, cues: CitationCues, labels: { credit: readonly string[]; source: readonly string[] }, isMedium: (name: string) => boolean, opensArticle: boolean): Found | null {
  const { start, end } = match;
  const text = block.text;
  if (block.role === 'source') return { role: 'source-line', evidence: context.evidence(start, end) };
  const source = context.sourceAt(start);
  if (source) return { role: 'source-line', evidence: source };
  const copyright = context.copyrightBefore(start);
  if (copyright !== -1 && (block.role === 'caption' || isBlank(text, copyright + 1, start))) return { role: 'credit', evidence: context.evidence(start, end, copyright) };
  if (block.role === 'credit' || block.role === 'caption') return { role: 'credit', evidence: context.evidence(start, end) };
  if (isPhotoCredit(text, start, end, isMedium) || labelBefore(text, start, labels.credit)) return { role: 'credit', evidence: context.evidence(start, end) };
  if (labelBefore(text, start, labels.source)) return { role: 'source-line', evidence: context.evidence(start, end) };
  const form = creditFormAt(text, start, end, opensArticle, cues.datelineEnds);
  if (form) return { role: form.role, evidence: text.slice(form.start, form.end) };
  return attributionAt(text, start, end, cues);
}

/**
 * A name cited in running text: after a cue with at most a few words between (`according to a
 * report by Xinhua`), before a cue (`共同通信によると`, `Anadolu Ajansı'nın haberine göre`), or beside
 * a reporting verb in the same clause (`Reuters reported`, `сообщает ТАСС`).
 */
function attributionAt(text: string, start: number, end: number, cues: CitationCues): Found | null {
  const left = clauseBefore(text, start);
  const right = clauseAfter(text, end);
  const foldedLeft = ` ${foldForMatching(left)}`;
  const foldedRight = `${foldForMatching(right)} `;
  const before = cueBefore(foldedLeft, cues.before, WORDS_AFTER_CUE);
  if (before !== null) return { role: 'attribution', evidence: text.slice(evidenceStart(text, start, before), end) };
  const after = cueAfter(foldedRight, cues.after, WORDS_AFTER_CUE, text.slice(start, end));
  if (after !== null) return { role: 'attribution', evidence: text.slice(start, end + after) };
  const verbBefore = cueBefore(foldedLeft, cues.verbs, WORDS_TO_VERB);
  if (verbBefore !== null) return { role: 'attribution', evidence: text.slice(evidenceStart(text, start, verbBefore), end) };
  const verbAfter = cueAfter(foldedRight, cues.verbs, WORDS_TO_VERB);
  if (verbAfter !== null) return { role: 'attribution', evidence: text.slice(start, end + verbAfter) };
  return null;
}

/** The text before `start` back to the clause's start (at most {@link CUE_WINDOW} characters). */
function clauseBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - CUE_WINDOW), start);
  let cut = 0;
  for (let i = window.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(window.slice(i, i + 2))) {
      cut = i + 1;
      break;
    }
  }
  return window.slice(cut);
}

/** The text after `end` up to the clause's end (at most {@link CUE_WINDOW} characters). */
function clauseAfter(text: string, end: number): string {
  const window = text.slice(end, end + CUE_WINDOW);
  for (let i = 0; i < window.length; i++) if (CLAUSE_BREAK.test(window.slice(i, i + 2))) return window.slice(0, i);
  return window;
}

/**
 * The cue that ends the folded text before a name, with at most `gap` words after it, and how far
 * back from the name it starts, in words (or characters for a cue in a script without spaces,
 * which needs no space before the name: `据新华社`).
 */
function cueBefore(folded: string, cues: readonly string[], gap: number): { words: number; chars: number } | null {
  const words = folded.trimEnd().split(/\s+/u);
  for (let skip = 0; skip <= gap && skip < words.length; skip++) {
    const head = ` ${words.slice(0, words.length - skip).join(' ')}`;
    for (const cue of cues) {
      if (head.endsWith(` ${cue}`) || (ARABIC.test(cue) && (head.endsWith(` و${cue}`) || head.endsWith(` ف${cue}`)))) return { words: cue.split(' ').length + skip, chars: 0 };
      if (skip === 0 && isUnspaced(cue) && head.endsWith(cue)) return { words: 0, chars: cue.length };
    }
  }
  return null;
}

/** Where the evidence of a cue before a name starts: `words` whole words, or `chars` characters, back from `start`. */
function evidenceStart(text: string, start: number, back: { words: number; chars: number }): number {
  if (back.words === 0) return Math.max(0, start - back.chars);
  let at = start;
  for (let k = 0; k < back.words; k++) {
    while (at > 0 && /\s/u.test(text[at - 1]!)) at--;
    while (at > 0 && !/\s/u.test(text[at - 1]!)) at--;
  }
  return at;
}

/**
 * The length of text after a name up to the end of a cue that follows it, with at most `gap`
 * words before the cue (`'nın haberine göre`, `에 따르면`, `によると` written onto the name).
 */
function cueAfter(folded: string, cues: readonly string[], gap: number, surface = ''): number | null {
  const tail = foldForMatching(surface.slice(-3));
  for (const cue of cues) {
    // A particle the name's match took in (`연합뉴스에` of `연합뉴스에 따르면`) begins the cue.
    for (let k = 1; k < cue.length && k <= tail.length; k++) {
      if (tail.endsWith(cue.slice(0, k)) && cue[k] === ' ' && folded.trimStart().startsWith(cue.slice(k + 1))) return folded.length - folded.trimStart().length + cue.length - k - 1;
    }
    const at = folded.indexOf(cue);
    if (at === -1) continue;
    const before = folded.slice(0, at);
    const next = folded[at + cue.length] ?? ' ';
    // A cue is a whole word unless its script writes words without spaces.
    if (!isUnspaced(cue) && (/[\p{L}\p{N}]/u.test(next) || (at > 0 && /[\p{L}\p{N}]/u.test(before.at(-1)!) && !/['’]/u.test(before)))) continue;
    if (before.trim().split(/\s+/u).filter((word) => word !== '').length > gap) continue;
    return at + cue.length;
  }
  return null;
}

/** Whether a cue is written in a script without spaces (Chinese, Japanese), or starts with a particle written onto the name (Korean `에`). */
function isUnspaced(cue: string): boolean {
  return /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u.test(cue);
}

/**
 * Whether a label of a language file (a credit's, a source line's) stands shortly before the name,
 * only a photographer's name between (`Bild: dpa`, `Foto: Jan Woitas / dpa`, `来源：新华社`).
 */
function labelBefore(text: string, start: number, labels: readonly string[]): boolean {
  const before = foldForMatching(text.slice(Math.max(0, start - 40), start));
  for (const label of labels) {
    const at = before.lastIndexOf(label);
    if (at === -1 || (at > 0 && /[\p{L}\p{N}]/u.test(before[at - 1]!))) continue;
    if (/^[\s\p{L}.,/-]*$/u.test(before.slice(at + label.length)) && before.slice(at + label.length).trim().split(/\s+/u).length <= 4) return true;
  }
  return false;
}

/** Whether text[from, to) is only white space. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/u.test(text[i]!)) return false;
  return true;
}

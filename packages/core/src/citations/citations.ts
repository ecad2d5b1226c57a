import type { Citation } from '../schema/article.js';
import type { ClassifiedBlock } from '../classify/classify.js';
import type { Resources } from '../resources/resources.js';
import { foldForMatching } from '../speed/fold-fast.js';

/** Characters before an agency name in which an attribution cue must end. */
const CUE_WINDOW = 40;
/** A parenthesised source inside a caption: `(Nguồn: TASS)`, `(Source: AFP)`. */
const INLINE_SOURCE = /\(\s*[^():]{1,20}:\s*([^()]+)\)/gu;

/**
 * Finds the wire and photo agencies the text relies on: names in source lines (`المصدر: AFP`,
 * `(Nguồn: TASS)`) are `source-line`; credit lines and `©` credits are `credit`; a name right after
 * an attribution cue of any language file (`theo Hãng tin TASS`, `według PAP`, `بحسب رويترز`) is
 * `attribution`.
 *
 * @example
 * extractCitations(blocks, getResources()).map((c) => [c.agency, c.role]);
 * // [['TASS', 'attribution'], ['AFP', 'attribution'], ['Reuters', 'credit']]
 * @param mayName false for a block that cannot name an agency (none of its words can start one,
 * see `AliasMatcher.mayStartIn`): it is not searched
 */
export function extractCitations(blocks: readonly ClassifiedBlock[], resources: Resources, mayName?: (block: ClassifiedBlock) => boolean): Citation[] {
  const citations: Citation[] = [];
  for (const block of blocks) {
    if (mayName && !mayName(block)) continue;
    const matches = resources.media.agencies.findAll(block.text);
    if (matches.length === 0) continue;
    const context = new LineContext(block.text);
    for (const match of matches) {
      const start = block.contentStart + match.start;
      const end = block.contentStart + match.end;
      const role = roleOf(block, context, match.start, match.end, resources.attributionCues);
      if (role) citations.push({ agency: match.key.name, agencyId: match.key.id, role: role.role, evidence: role.evidence, start, end });
    }
  }
  return citations;
}

/** The longest evidence kept for a citation of a long line: the part of the line around the name. */
const MAX_EVIDENCE = 200;

/**
 * What the roles of a line's matches depend on, found once per line so that a line with many
 * agency names costs time in proportion to its length: the `©` signs and the parenthesised
 * sources, read in order as the matches (which come in order) move along the line.
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

function roleOf(block: ClassifiedBlock, context: LineContext, start: number, end: number, cues: readonly string[]): { role: Citation['role']; evidence: string } | null {
  if (block.role === 'source') return { role: 'source-line', evidence: context.evidence(start, end) };
  if (block.role === 'credit') return { role: 'credit', evidence: context.evidence(start, end) };
  const text = block.text;
  const copyright = context.copyrightBefore(start);
  if (copyright !== -1 && (block.role === 'caption' || isBlank(text, copyright + 1, start))) {
    return { role: 'credit', evidence: context.evidence(start, end, copyright) };
  }
  const source = context.sourceAt(start);
  if (source) return { role: 'source-line', evidence: source };
  const window = ` ${foldForMatching(text.slice(Math.max(0, start - CUE_WINDOW), start))}`;
  const cue = cues.find((candidate) => window.endsWith(` ${candidate}`));
  if (!cue) return null;
  let trimmedEnd = start;
  while (trimmedEnd > 0 && /\s/u.test(text[trimmedEnd - 1]!)) trimmedEnd--;
  const cueStart = Math.max(0, trimmedEnd - cue.length);
  return { role: 'attribution', evidence: text.slice(cueStart, end) };
}

/** Whether text[from, to) is only white space. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/u.test(text[i]!)) return false;
  return true;
}

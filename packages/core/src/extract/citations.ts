import type { Citation } from '../schema/article.js';
import type { ClassifiedBlock } from '../pipeline/classify.js';
import type { Resources } from '../pipeline/resources.js';
import { foldForMatching } from '../text/fold.js';

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
    for (const match of matches) {
      const start = block.contentStart + match.start;
      const end = block.contentStart + match.end;
      const role = roleOf(block, match.start, match.end, resources.attributionCues);
      if (role) citations.push({ agency: match.key.name, agencyId: match.key.id, role: role.role, evidence: role.evidence, start, end });
    }
  }
  return citations;
}

function roleOf(block: ClassifiedBlock, start: number, end: number, cues: readonly string[]): { role: Citation['role']; evidence: string } | null {
  const before = block.text.slice(0, start);
  if (block.role === 'source') return { role: 'source-line', evidence: block.text };
  if (block.role === 'credit') return { role: 'credit', evidence: block.text };
  const copyright = before.lastIndexOf('©');
  if (copyright !== -1 && (block.role === 'caption' || /^©\s*$/u.test(before.slice(copyright)))) {
    return { role: 'credit', evidence: block.text.slice(copyright) };
  }
  for (const match of block.text.matchAll(INLINE_SOURCE)) {
    if (start >= match.index && start < match.index + match[0].length) return { role: 'source-line', evidence: match[0] };
  }
  const window = ` ${foldForMatching(before.slice(-CUE_WINDOW))}`;
  const cue = cues.find((candidate) => window.endsWith(` ${candidate}`));
  if (!cue) return null;
  const cueStart = Math.max(0, before.trimEnd().length - cue.length);
  return { role: 'attribution', evidence: block.text.slice(cueStart, end) };
}

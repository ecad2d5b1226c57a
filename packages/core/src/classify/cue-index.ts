import { escapeRegex } from '../text/escape-regex.js';
import type { CueRole } from '../data/schemas.js';
import type { CompiledCues } from '../resources/resources.js';

/** Punctuation and spaces that an exact cue may be followed by (`Tin liên quan:`, `Comments.`). */
const TRAILING = ' :：.!';

/**
 * The boilerplate cues of every role in one index, so that a line is looked up once instead of
 * once per role: exact cues in one Map, prefixes bucketed by their first character, fragments and
 * patterns in lists. A line gets the first role, in the given order, that any of its cues matches —
 * the same answer as trying `matchesCues` role by role.
 *
 * @example
 * const index = new CueIndex(getResources().cues, ['related', 'navigation']);
 * index.roleOf('Czytaj także: Rosja…', foldForMatching('Czytaj także: Rosja…')); // 'related'
 */
export class CueIndex {
  readonly #rank = new Map<CueRole, number>();
  readonly #order: readonly CueRole[];
  readonly #exact = new Map<string, number>();
  /** The longest exact cue: a longer line is not looked up (hashing a long line costs a pass over it). */
  readonly #longestExact: number;
  readonly #prefixes = new Map<string, { prefix: string; rank: number }[]>();
  readonly #emptyPrefix: number | undefined;
  readonly #contains: { fragment: string; rank: number }[] = [];
  /** Every fragment in one alternation: a line that holds none (most lines) is ruled out in one pass. */
  readonly #anyFragment: RegExp | null;
  readonly #patterns: { regex: RegExp; rank: number }[] = [];

  constructor(cues: ReadonlyMap<CueRole, CompiledCues>, order: readonly CueRole[]) {
    this.#order = order;
    let emptyPrefix: number | undefined;
    order.forEach((role, rank) => {
      this.#rank.set(role, rank);
      const compiled = cues.get(role);
      if (!compiled) return;
      for (const cue of compiled.exact) if (!this.#exact.has(cue)) this.#exact.set(cue, rank);
      for (const prefix of compiled.prefix) {
        if (prefix === '') {
          emptyPrefix ??= rank;
          continue;
        }
        const bucket = this.#prefixes.get(prefix[0]!) ?? [];
        bucket.push({ prefix, rank });
        this.#prefixes.set(prefix[0]!, bucket);
      }
      for (const fragment of compiled.contains) this.#contains.push({ fragment, rank });
      for (const regex of compiled.regex) this.#patterns.push({ regex, rank });
    });
    this.#emptyPrefix = emptyPrefix;
    this.#longestExact = Math.max(0, ...[...this.#exact.keys()].map((cue) => cue.length));
    this.#anyFragment = this.#contains.length > 0 ? new RegExp(this.#contains.map(({ fragment }) => escapeRegex(fragment)).join('|'), 'u') : null;
  }

  /**
   * The role of the line's cues that comes first in the order, or undefined.
   *
   * @param line the line as written (patterns are tried on it)
   * @param folded the line folded with `foldForMatching` (exact cues, prefixes and fragments are compared with it)
   */
  roleOf(line: string, folded: string): CueRole | undefined {
    let best = this.#order.length;
    let cut = folded.length;
    while (cut > 0 && TRAILING.includes(folded[cut - 1]!)) cut--;
    if (cut <= this.#longestExact) best = Math.min(best, this.#exact.get(folded) ?? best, this.#exact.get(folded.slice(0, cut)) ?? best);
    if (this.#emptyPrefix !== undefined) best = Math.min(best, this.#emptyPrefix);
    for (const { prefix, rank } of this.#prefixes.get(folded[0] ?? '') ?? []) if (rank < best && folded.startsWith(prefix)) best = rank;
    if (this.#anyFragment?.test(folded)) for (const { fragment, rank } of this.#contains) if (rank < best && folded.includes(fragment)) best = rank;
    for (const { regex, rank } of this.#patterns) if (rank < best && regex.test(line)) best = rank;
    return this.#order[best];
  }
}

import type { Article } from '../schema/article.js';
import { foldForMatching } from '../text/fold.js';

/** Thresholds of {@link BoilerplateLearner}. */
export interface LearnBoilerplateOptions {
  /** A line must recur in at least this many files of one outlet (default 3). */
  minFiles?: number;
  /** …and in at least this share of that outlet's files (default 0.3). */
  minShare?: number;
}

/** Lines learned as boilerplate, per outlet id. */
export interface LearnedBoilerplate {
  /** Outlet id → folded lines that recur across that outlet's pages. */
  byOutlet: Map<string, Set<string>>;
  /** How many files were read, and how many had an identified outlet. */
  files: number;
  filesWithOutlet: number;
}

/** Longer lines are paragraphs, never treated as repeated boilerplate (the cue matcher stops there too). */
const MAX_LINE_CHARS = 400;
const HAS_LETTER = /\p{L}/u;

/**
 * Learns boilerplate from a corpus, as media-monitoring systems do with sentences repeated per
 * outlet: a line that recurs across many pages of the same outlet (a footer, a menu, a newsletter
 * pitch, a standing disclaimer) is boilerplate of that outlet. A line that also appears on pages of
 * another outlet is wire copy or a shared quote and stays article text. Pages without an
 * identified outlet teach nothing (nothing says which pages belong together).
 *
 * Feed it every article of a first pass, then parse again with `forOutlet(id)` as the
 * `learnedBoilerplate` option (`parseCorpus(paths, { learnBoilerplate: true })` does both).
 *
 * @example
 * const learner = new BoilerplateLearner();
 * for (const article of firstPass) learner.add(article);
 * const learned = learner.result();
 * learned.byOutlet.get('some-outlet'); // Set { 'follow us on telegram for the latest news' }
 */
export class BoilerplateLearner {
  readonly #minFiles: number;
  readonly #minShare: number;
  readonly #filesByOutlet = new Map<string, number>();
  /** Folded line → outlet id → files of that outlet with the line. */
  readonly #lines = new Map<string, Map<string, number>>();
  #files = 0;

  constructor(options: LearnBoilerplateOptions = {}) {
    this.#minFiles = options.minFiles ?? 3;
    this.#minShare = options.minShare ?? 0.3;
  }

  /** Counts the distinct lines of one parsed article under its outlet. */
  add(article: Pick<Article, 'outlet' | 'segments' | 'text'>): void {
    this.#files++;
    const outlet = article.outlet?.id;
    if (!outlet) return;
    this.#filesByOutlet.set(outlet, (this.#filesByOutlet.get(outlet) ?? 0) + 1);
    const seen = new Set<string>();
    for (const segment of article.segments) {
      if (segment.role === 'title') continue;
      const line = article.text.slice(segment.start, segment.end).trim();
      if (line.length === 0 || line.length > MAX_LINE_CHARS || !HAS_LETTER.test(line)) continue;
      const folded = foldForMatching(line);
      if (seen.has(folded)) continue;
      seen.add(folded);
      const perOutlet = this.#lines.get(folded) ?? new Map<string, number>();
      perOutlet.set(outlet, (perOutlet.get(outlet) ?? 0) + 1);
      this.#lines.set(folded, perOutlet);
    }
  }

  /** The lines that recur within one outlet and appear in no other. */
  result(): LearnedBoilerplate {
    const byOutlet = new Map<string, Set<string>>();
    for (const [line, perOutlet] of this.#lines) {
      if (perOutlet.size !== 1) continue;
      const [outlet, count] = [...perOutlet][0]!;
      const files = this.#filesByOutlet.get(outlet) ?? 0;
      if (count < this.#minFiles || count / files < this.#minShare) continue;
      const set = byOutlet.get(outlet) ?? new Set<string>();
      set.add(line);
      byOutlet.set(outlet, set);
    }
    let filesWithOutlet = 0;
    for (const count of this.#filesByOutlet.values()) filesWithOutlet += count;
    return { byOutlet, files: this.#files, filesWithOutlet };
  }
}

import { createHash } from 'node:crypto';
import type { Article } from '../schema/article.js';
import { foldForMatching } from '../speed/fold-fast.js';
import { seededRandom } from './seeded-random.js';

/** Thresholds of {@link BoilerplateLearner}. */
export interface LearnBoilerplateOptions {
  /** A line must recur in at least this many files of one outlet (default 3). */
  minFiles?: number;
  /** …and in at least this share of that outlet's files (default 0.3). */
  minShare?: number;
  /**
   * Pages of each outlet the learner keeps, as a uniform sample (default {@link SAMPLE_PER_OUTLET}):
   * shares are measured on the sample, so memory is bounded by outlets × this, not by corpus size.
   */
  samplePerOutlet?: number;
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
 * Pages kept per outlet by default. A line on 30 % of an outlet's pages is measured on 500 sampled
 * pages within ±4.1 points (two standard errors), in about 1 MB per outlet (a page is kept as the
 * 48-bit hashes of its lines); every page of an outlet with fewer pages is counted.
 */
export const SAMPLE_PER_OUTLET = 500;

/** One outlet's sample: the line hashes of each kept page, and how many kept pages hold each line. */
interface OutletSample {
  /** Pages of the outlet seen so far (kept or not). */
  seen: number;
  pages: number[][];
  lineCounts: Map<number, number>;
  /** The text of each line kept on two pages or more (a line seen once is only a hash: most lines are; with `minFiles` 1, every line). */
  recurring: Map<number, string>;
  /** The sampler's state (a seeded generator, so that a corpus always learns the same lines). */
  random: () => number;
}

/**
 * Learns boilerplate from a corpus, as media-monitoring systems do with sentences repeated per
 * outlet: a line that recurs across many pages of the same outlet (a footer, a menu, a newsletter
 * pitch, a standing disclaimer) is boilerplate of that outlet. A line that also appears on pages of
 * another outlet is wire copy or a shared quote and stays article text. Pages without an
 * identified outlet teach nothing (nothing says which pages belong together).
 *
 * Memory stays bounded whatever the corpus size: each outlet keeps a uniform sample of its pages
 * (reservoir sampling, seeded, so the same corpus always learns the same lines; see
 * {@link LearnBoilerplateOptions.samplePerOutlet}), and shares and the other-outlet test are
 * measured on the samples. An outlet with no more pages than the sample is counted exactly.
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
  readonly #samplePerOutlet: number;
  /** On how many kept pages a line must be for its text to be kept (2, or 1 when one file is enough to learn it). */
  readonly #textFrom: number;
  readonly #outlets = new Map<string, OutletSample>();
  #files = 0;

  constructor(options: LearnBoilerplateOptions = {}) {
    this.#minFiles = options.minFiles ?? 3;
    this.#minShare = options.minShare ?? 0.3;
    this.#samplePerOutlet = Math.max(1, Math.floor(options.samplePerOutlet ?? SAMPLE_PER_OUTLET));
    this.#textFrom = this.#minFiles <= 1 ? 1 : 2;
  }

  /** Counts the distinct lines of one parsed article under its outlet (when the article falls in its outlet's sample). */
  add(article: Pick<Article, 'outlet' | 'segments' | 'text'>): void {
    this.#files++;
    const outlet = article.outlet?.id;
    if (!outlet) return;
    let sample = this.#outlets.get(outlet);
    if (!sample) {
      sample = { seen: 0, pages: [], lineCounts: new Map(), recurring: new Map(), random: seededRandom(createHash('sha1').update(outlet).digest().readUInt32BE(0)) };
      this.#outlets.set(outlet, sample);
    }
    sample.seen++;
    // Reservoir sampling (Vitter's algorithm R): the n-th page replaces a kept one with probability size/n.
    let slot = sample.pages.length;
    if (sample.seen > this.#samplePerOutlet) {
      slot = Math.floor(sample.random() * sample.seen);
      if (slot >= this.#samplePerOutlet) return;
      for (const hash of sample.pages[slot]!) {
        const count = sample.lineCounts.get(hash)! - 1;
        if (count === 0) sample.lineCounts.delete(hash);
        else sample.lineCounts.set(hash, count);
        if (count === this.#textFrom - 1) sample.recurring.delete(hash);
      }
    }
    const lines = distinctLines(article);
    const hashes = [...lines.keys()];
    sample.pages[slot] = hashes;
    for (const [hash, line] of lines) {
      const count = (sample.lineCounts.get(hash) ?? 0) + 1;
      sample.lineCounts.set(hash, count);
      if (count === this.#textFrom) sample.recurring.set(hash, line);
    }
  }

  /** The lines that recur within one outlet and appear in no other. */
  result(): LearnedBoilerplate {
    const byOutlet = new Map<string, Set<string>>();
    let filesWithOutlet = 0;
    for (const [outlet, sample] of this.#outlets) {
      filesWithOutlet += sample.seen;
      const kept = sample.pages.length;
      for (const [hash, line] of sample.recurring) {
        const count = sample.lineCounts.get(hash)!;
        if (count < this.#minFiles || count / kept < this.#minShare) continue;
        if (this.#inOtherOutlet(hash, outlet)) continue;
        const set = byOutlet.get(outlet) ?? new Set<string>();
        set.add(line);
        byOutlet.set(outlet, set);
      }
    }
    return { byOutlet, files: this.#files, filesWithOutlet };
  }

  #inOtherOutlet(hash: number, outlet: string): boolean {
    for (const [other, sample] of this.#outlets) if (other !== outlet && sample.lineCounts.has(hash)) return true;
    return false;
  }
}

/**
 * The distinct folded lines of a page that could be boilerplate (not the title, not empty, not
 * paragraph-long, with a letter), by a 48-bit hash of each (SHA-1's first six bytes: two lines of
 * an outlet's sample collide with odds under one in a million).
 */
function distinctLines(article: Pick<Article, 'segments' | 'text'>): Map<number, string> {
  const lines = new Map<number, string>();
  for (const segment of article.segments) {
    if (segment.role === 'title') continue;
    const line = article.text.slice(segment.start, segment.end).trim();
    if (line.length === 0 || line.length > MAX_LINE_CHARS || !HAS_LETTER.test(line)) continue;
    const folded = foldForMatching(line);
    lines.set(createHash('sha1').update(folded).digest().readUIntBE(0, 6), folded);
  }
  return lines;
}

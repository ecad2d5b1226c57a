import type { ParseArticleOptions } from '../parse-article.js';
import type { Article } from '../schema/article.js';
import type { CorpusFailure, CorpusItem } from './corpus-item.js';
import { corpusUnits, type CorpusUnit, type ListedUnit } from './corpus-units.js';
import { DuplicateMarker } from './mark-duplicates.js';
import { BoilerplateLearner, type LearnBoilerplateOptions, type LearnedBoilerplate } from './learn-boilerplate.js';
import { walkCorpusEntries, type ListFilesOptions, type SkippedEntry } from './list-files.js';
import { ParsePool } from './parse-pool.js';
import { UnitOutlets } from './unit-outlets.js';
import { parseUnit, type UnitParseOptions } from './parse-unit.js';
import { shardKey, shardOfKey, type Shard } from './shard.js';
import { ready } from '../detector/second-opinion.js';

export type { CorpusFailure, CorpusItem } from './corpus-item.js';

/** What a run will read, known once the inputs are listed (before the first article). */
export interface CorpusPlan {
  /** Files listed (a JSONL file counts once, whatever its number of records). */
  files: number;
  /** Their total size in bytes (of this shard's files when sharding whole files). */
  bytes: number;
}

/** Options for {@link parseCorpus} and {@link iterateCorpus}. */
export interface ParseCorpusOptions extends ListFilesOptions, Omit<ParseArticleOptions, 'file' | 'locator' | 'learnedBoilerplate' | 'metadata' | 'input' | 'extra' | 'format' | 'charset'> {
  /**
   * Learn boilerplate from the corpus first (lines that recur across many pages of one outlet) and
   * label it on the second pass. Costs a second parse of every file. Default false.
   */
  learnBoilerplate?: boolean | LearnBoilerplateOptions;
  /** Called once with what was learned, before the second pass yields its first article. */
  onLearned?: (learned: LearnedBoilerplate) => void;
  /** Called once, after listing and before parsing, with how many files and bytes the run reads. */
  onPlan?: (plan: CorpusPlan) => void;
  /**
   * Called with each path found in a folder and not parsed (another ending, hidden, not a regular
   * file, a link to a folder), in walk order, so that a summary can count and name them.
   */
  onSkipped?: (entry: SkippedEntry) => void;
  /**
   * Parse only this machine's part of the corpus (see {@link shardOf}): files are split by a hash of
   * their path under the input, so that `count` machines together parse every file exactly once.
   */
  shard?: Shard;
  /**
   * Worker threads to parse with (default 1: parse on this thread). With more, each worker compiles
   * the registries once and the output order is the same as with one.
   */
  jobs?: number;
}

/**
 * Parses files, folders and JSONL files (one page per line, `{"text": …}`) in a stable order
 * (paths as given, folders sorted, JSONL lines in order), yielding each article or failure as soon
 * as it is ready. Every page is its own article (its id comes from its place in the inputs, see
 * `pageLocator`); a page whose title, lead and body repeat an earlier page's gets `duplicateOf`,
 * the earlier one's id. Memory stays flat: folders are walked as the run reaches them (see
 * `walkCorpusEntries`) and units read as they are parsed, with at most a few per worker in flight.
 * One bad file or line never stops the run.
 *
 * @example
 * for await (const item of iterateCorpus(['seeds'], { jobs: 2 })) console.log(item.file, item.article?.language ?? item.failure.message);
 */
export async function* iterateCorpus(paths: readonly string[], options: ParseCorpusOptions = {}): AsyncGenerator<CorpusItem> {
  const { learnBoilerplate, onLearned, onPlan, onSkipped, shard, jobs: requestedJobs, extensions, ...parseOptions } = options;
  const listOptions = extensions ? { extensions } : {};
  const jobs = Math.max(1, Math.floor(requestedJobs ?? 1));
  // The second language detector loads asynchronously, once; a corpus run always has it.
  await ready();
  const parser = jobs > 1 ? new ParsePool(jobs, parseOptions) : new LocalParser(parseOptions);
  try {
    let outletOf: ((unit: ListedUnit & CorpusUnit) => string | undefined) | undefined;
    if (learnBoilerplate) {
      const learner = new BoilerplateLearner(typeof learnBoilerplate === 'object' ? learnBoilerplate : {});
      // Each unit's outlet, by its position in the walk: 8 bytes a unit (see UnitOutlets).
      const unitOutlets = new UnitOutlets();
      // Entries are walked as they are parsed, never listed whole, so memory stays flat for any number of files.
      // The first pass reads the whole corpus (no shard), so its n-th item is the unit at position n.
      let position = 0;
      for await (const item of inOrder(corpusUnits(walkCorpusEntries(paths, listOptions)), parser, jobs)) {
        unitOutlets.record(position++, item.file, item.article?.outlet?.id);
        if (item.article) learner.add(item.article);
      }
      const learned = learner.result();
      onLearned?.(learned);
      parser.setLearned(learned);
      outletOf = (unit) => unitOutlets.outletOf(unit.position, unit.name);
    }
    if (onPlan) onPlan(await planOf(paths, listOptions, shard));
    const duplicates = new DuplicateMarker();
    for await (const item of inOrder(corpusUnits(walkCorpusEntries(paths, listOptions), shard, onSkipped), parser, jobs, outletOf)) yield duplicates.mark(item);
  } finally {
    await parser.close();
  }
}

/** Parses on the calling thread: the one-job path, with no worker start-up. */
class LocalParser {
  readonly #options: UnitParseOptions;
  #learned: LearnedBoilerplate | undefined;

  constructor(options: UnitParseOptions) {
    this.#options = options;
  }

  parse(unit: CorpusUnit, outlet?: string): Promise<CorpusItem> {
    return parseUnit(unit, this.#options, outlet ? this.#learned?.byOutlet.get(outlet) : undefined);
  }

  setLearned(learned: LearnedBoilerplate): void {
    this.#learned = learned;
  }

  async close(): Promise<void> {}
}

/**
 * Parses units with a bounded window of tasks in flight (4 per job) and yields the items in input
 * order, whatever order the workers finish in.
 */
async function* inOrder(
  units: AsyncIterable<ListedUnit>,
  parser: { parse(unit: CorpusUnit, outlet?: string): Promise<CorpusItem> },
  jobs: number,
  outletOf?: (unit: ListedUnit & CorpusUnit) => string | undefined,
): AsyncGenerator<CorpusItem> {
  const window = jobs > 1 ? jobs * 4 : 1;
  const queue: Promise<CorpusItem>[] = [];
  for await (const unit of units) {
    if (unit.kind === 'failure') queue.push(Promise.resolve({ file: unit.failure.file, bytes: unit.size, failure: unit.failure }));
    else queue.push(parser.parse(unit, outletOf?.(unit)));
    if (queue.length >= window) yield await queue.shift()!;
  }
  while (queue.length > 0) yield await queue.shift()!;
}

/** Walks the inputs once to count this shard's files and bytes (nothing is kept but the totals). */
async function planOf(paths: readonly string[], listOptions: ListFilesOptions, shard: Shard | undefined): Promise<CorpusPlan> {
  let files = 0;
  let bytes = 0;
  for await (const entry of walkCorpusEntries(paths, listOptions)) {
    if (!('path' in entry)) continue;
    // A file of records is read by every shard, which parses about 1/n of its records.
    if (/\.(?:jsonl|json|csv|warc|warc\.gz)$/iu.test(entry.path)) {
      files++;
      bytes += shard ? Math.round(entry.size / shard.count) : entry.size;
    } else if (!shard || shardOfKey(shardKey(entry.path, entry.root), shard.count) === shard.index) {
      files++;
      bytes += entry.size;
    }
  }
  return { files, bytes };
}

/** Everything a corpus run produced: the articles, the files that failed and the paths skipped, none lost. */
export interface CorpusResult {
  articles: Article[];
  failures: CorpusFailure[];
  /** Paths found in folders and not parsed (see `onSkipped`). */
  skipped: SkippedEntry[];
}

/**
 * Parses files and folders into articles, collecting failures instead of throwing.
 *
 * @example
 * const { articles, failures } = await parseCorpus(['seeds']);
 * articles.length; // 5
 * failures; // []
 */
export async function parseCorpus(paths: readonly string[], options: ParseCorpusOptions = {}): Promise<CorpusResult> {
  const result: CorpusResult = { articles: [], failures: [], skipped: [] };
  const onSkipped = options.onSkipped;
  for await (const item of iterateCorpus(paths, { ...options, onSkipped: (entry) => (result.skipped.push(entry), onSkipped?.(entry)) })) {
    if (item.article) result.articles.push(item.article);
    else result.failures.push(item.failure);
  }
  return result;
}

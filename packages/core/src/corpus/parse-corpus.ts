import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_MAX_BYTES, tooLargeMessage } from '../pipeline/decode.js';
import type { Article } from '../schema/article.js';
import { ArticleParseError, type ParseErrorCode } from '../errors.js';
import { safeParseArticle, type ParseArticleOptions } from '../parse-article.js';
import { listCorpusFiles, type ListFilesOptions } from './list-files.js';
import { filesOfShard, type Shard } from './shard.js';
import { BoilerplateLearner, type LearnBoilerplateOptions, type LearnedBoilerplate } from './learn-boilerplate.js';

/** A file that could not become an article, and why. */
export interface CorpusFailure {
  file: string;
  code: ParseErrorCode;
  message: string;
}

/** One file's outcome, in input order. */
export type CorpusItem = { file: string; article: Article; failure?: undefined } | { file: string; article?: undefined; failure: CorpusFailure };

/** Options for {@link parseCorpus} and {@link iterateCorpus}. */
export interface ParseCorpusOptions extends ListFilesOptions, Omit<ParseArticleOptions, 'file' | 'learnedBoilerplate'> {
  /**
   * Learn boilerplate from the corpus first (lines that recur across many pages of one outlet) and
   * label it on the second pass. Costs a second parse of every file. Default false.
   */
  learnBoilerplate?: boolean | LearnBoilerplateOptions;
  /** Called once with what was learned, before the second pass yields its first article. */
  onLearned?: (learned: LearnedBoilerplate) => void;
  /**
   * Parse only this machine's part of the corpus (see {@link shardOf}): files are split by a hash of
   * their path under the input, so that `count` machines together parse every file exactly once.
   */
  shard?: Shard;
}

/**
 * Parses files and folders one file at a time, in a stable order (paths as given, folders sorted),
 * yielding each article or failure as soon as it is ready. One bad file never stops the run.
 *
 * @example
 * for await (const item of iterateCorpus(['seeds'])) console.log(item.file, item.article?.language ?? item.failure.message);
 */
export async function* iterateCorpus(paths: readonly string[], options: ParseCorpusOptions = {}): AsyncGenerator<CorpusItem> {
  const learned = options.learnBoilerplate ? await learnFromCorpus(paths, options) : undefined;
  for (const path of paths) {
    const { files, missing } = await listCorpusFiles([path], options);
    // A missing input is reported by the first shard only, so that n machines report it once.
    if (!options.shard || options.shard.index === 1) {
      for (const file of missing) yield { file, failure: { file, code: 'read-failed', message: `${file}: no such file or folder` } };
    }
    yield* parseFiles(options.shard ? filesOfShard(files, path, options.shard) : files, options, learned);
  }
}

/** The first pass of a learning run: parse everything, count lines per outlet, remember each file's outlet. */
async function learnFromCorpus(paths: readonly string[], options: ParseCorpusOptions): Promise<{ learned: LearnedBoilerplate; outletOfFile: Map<string, string> }> {
  const learner = new BoilerplateLearner(typeof options.learnBoilerplate === 'object' ? options.learnBoilerplate : {});
  const outletOfFile = new Map<string, string>();
  const { files } = await listCorpusFiles(paths, options);
  for await (const item of parseFiles(files, options)) {
    if (!item.article) continue;
    learner.add(item.article);
    if (item.article.outlet?.id) outletOfFile.set(item.file, item.article.outlet.id);
  }
  const learned = learner.result();
  options.onLearned?.(learned);
  return { learned, outletOfFile };
}

async function* parseFiles(
  files: readonly string[],
  options: ParseCorpusOptions,
  learning?: { learned: LearnedBoilerplate; outletOfFile: Map<string, string> },
): AsyncGenerator<CorpusItem> {
  const { learnBoilerplate: _learn, onLearned: _onLearned, ...parseOptions } = options;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      // Refuse an oversized file before reading it into memory.
      const { size } = await stat(file);
      const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
      if (size > maxBytes) {
        yield { file, failure: { file, code: 'too-large', message: `${file}: ${tooLargeMessage(size, maxBytes)}` } };
        continue;
      }
      bytes = await readFile(file);
    } catch (error) {
      yield { file, failure: { file, code: 'read-failed', message: `${file}: cannot read: ${(error as Error).message}` } };
      continue;
    }
    const outlet = learning?.outletOfFile.get(file);
    const learnedBoilerplate = outlet ? learning?.learned.byOutlet.get(outlet) : undefined;
    const result = safeParseArticle(bytes, { ...parseOptions, file, ...(learnedBoilerplate && { learnedBoilerplate }) });
    if (result.success) yield { file, article: result.data };
    else yield { file, failure: toFailure(result.error, file) };
  }
}

/** Everything a corpus run produced: the articles and the files that failed, none lost. */
export interface CorpusResult {
  articles: Article[];
  failures: CorpusFailure[];
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
  const result: CorpusResult = { articles: [], failures: [] };
  for await (const item of iterateCorpus(paths, options)) {
    if (item.article) result.articles.push(item.article);
    else result.failures.push(item.failure);
  }
  return result;
}

function toFailure(error: ArticleParseError, file: string): CorpusFailure {
  return { file, code: error.code, message: error.message };
}

import { readFile } from 'node:fs/promises';
import type { Article } from '../schema/article.js';
import { ArticleParseError, type ParseErrorCode } from '../errors.js';
import { safeParseArticle, type ParseArticleOptions } from '../parse-article.js';
import { listCorpusFiles, type ListFilesOptions } from './list-files.js';

/** A file that could not become an article, and why. */
export interface CorpusFailure {
  file: string;
  code: ParseErrorCode;
  message: string;
}

/** One file's outcome, in input order. */
export type CorpusItem = { file: string; article: Article; failure?: undefined } | { file: string; article?: undefined; failure: CorpusFailure };

/** Options for {@link parseCorpus} and {@link iterateCorpus}. */
export interface ParseCorpusOptions extends ListFilesOptions, Omit<ParseArticleOptions, 'file'> {}

/**
 * Parses files and folders one file at a time, in a stable order (paths as given, folders sorted),
 * yielding each article or failure as soon as it is ready. One bad file never stops the run.
 *
 * @example
 * for await (const item of iterateCorpus(['seeds'])) console.log(item.file, item.article?.language ?? item.failure.message);
 */
export async function* iterateCorpus(paths: readonly string[], options: ParseCorpusOptions = {}): AsyncGenerator<CorpusItem> {
  for (const path of paths) {
    const { files, missing } = await listCorpusFiles([path], options);
    for (const file of missing) yield { file, failure: { file, code: 'read-failed', message: `${file}: no such file or folder` } };
    yield* parseFiles(files, options);
  }
}

async function* parseFiles(files: readonly string[], options: ParseCorpusOptions): AsyncGenerator<CorpusItem> {
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      yield { file, failure: { file, code: 'read-failed', message: `${file}: cannot read: ${(error as Error).message}` } };
      continue;
    }
    const result = safeParseArticle(bytes, { ...options, file });
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

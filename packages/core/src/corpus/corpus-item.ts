import type { ParseErrorCode } from '../errors.js';
import type { Article } from '../schema/article.js';

/** A file (or JSONL record) that could not become an article, and why. */
export interface CorpusFailure {
  file: string;
  code: ParseErrorCode;
  message: string;
}

/** One unit's outcome, in input order, with the bytes it took up in the input. */
export type CorpusItem =
  | { file: string; bytes: number; article: Article; failure?: undefined }
  | { file: string; bytes: number; article?: undefined; failure: CorpusFailure };

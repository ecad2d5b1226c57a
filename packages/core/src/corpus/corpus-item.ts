import type { ParseErrorCode } from '../errors.js';
import type { Article } from '../schema/article.js';

/** A file (or JSONL record) that could not become an article, and why. */
export interface CorpusFailure {
  file: string;
  code: ParseErrorCode;
  message: string;
}

/**
 * One unit's outcome, in input order, with the bytes it took up in the input. An article parsed by
 * a worker thread also comes as `json`, the text `JSON.stringify(article)` gives, serialized in the
 * worker: a writer of JSON Lines uses it as it is, and `article` is parsed from it only when read,
 * so that the main thread stays light however many workers feed it.
 */
export type CorpusItem =
  | { file: string; bytes: number; article: Article; json?: string; failure?: undefined }
  | { file: string; bytes: number; article?: undefined; json?: undefined; failure: CorpusFailure };

/** A success as it crosses from a worker: the article as JSON text (a string is copied, not cloned object by object). */
export type WireItem = { file: string; bytes: number; json: string; failure?: undefined } | { file: string; bytes: number; failure: CorpusFailure };

/**
 * The item a worker's answer stands for: a failure as it is, a success with `json` and an
 * `article` parsed from it on first read.
 *
 * @example
 * const item = itemFromWire({ file: 'a.txt', bytes: 10, json: '{"title":"A"}' });
 * item.json; // '{"title":"A"}'
 * item.article?.title; // 'A' (parsed now)
 */
export function itemFromWire(wire: WireItem): CorpusItem {
  if (wire.failure) return wire;
  const { file, bytes, json } = wire;
  let article: Article | undefined;
  return {
    file,
    bytes,
    json,
    get article(): Article {
      return (article ??= JSON.parse(json) as Article);
    },
  };
}

/**
 * What a worker sends for an item: a success as its JSON text.
 *
 * @example
 * itemToWire({ file: 'a.txt', bytes: 10, article }); // { file: 'a.txt', bytes: 10, json: '{"id":…}' }
 */
export function itemToWire(item: CorpusItem): WireItem {
  if (item.failure) return item;
  return { file: item.file, bytes: item.bytes, json: item.json ?? JSON.stringify(item.article) };
}

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { CorpusFailure } from './corpus-item.js';
import type { CorpusFileEntry, SkippedEntry, WalkedEntry } from './list-files.js';
import { pageLocator } from './page-locator.js';
import { shardKey, shardOfKey, type Shard } from './shard.js';

/**
 * One page to parse: a file read as a whole, or one record (line) of a JSONL file whose `text` is
 * the page. `name` is what the article's `file` and every message say: the path, or `path:line`;
 * `locator` is what its id is made from (see `pageLocator`).
 */
export type CorpusUnit = { kind: 'file'; name: string; locator: string; path: string; size: number } | { kind: 'record'; name: string; locator: string; text: string; size: number };

/**
 * What listing yields: a unit to parse, or a failure found before parsing (a bad JSONL line), with
 * its position among all the units of the inputs (counted before sharding, so that it is the same
 * on every shard and on every pass).
 */
export type ListedUnit = (CorpusUnit | { kind: 'failure'; failure: CorpusFailure; size: number }) & { position: number };

/**
 * Turns listed files into units, in order: a `.jsonl` file is streamed line by line (never held
 * whole in memory) and each non-empty line must be a JSON object with a string `text`; anything
 * else is a failure naming `file:line`, and so is an input that does not exist or cannot be read
 * (a folder that cannot be listed, a FIFO). Skipped paths go to `onSkipped`. With a shard, only the
 * units hashed to it are kept (a file by its path under its input, a record by `path:line`); missing,
 * unreadable and skipped paths are reported by the first shard only, so that n machines report them once.
 *
 * @example
 * for await (const unit of corpusUnits([{ path: 'dump.jsonl', root: 'dump.jsonl', size: 812 }])) console.log(unit.kind, unit.name);
 * // record dump.jsonl:1 …
 */
export async function* corpusUnits(
  entries: Iterable<WalkedEntry> | AsyncIterable<WalkedEntry>,
  shard?: Shard,
  onSkipped?: (entry: SkippedEntry) => void,
): AsyncGenerator<ListedUnit> {
  const inShard = (key: string) => !shard || shardOfKey(key, shard.count) === shard.index;
  const reports = !shard || shard.index === 1;
  const counter = { next: 0 };
  for await (const entry of entries) {
    if ('skipped' in entry) {
      if (reports) onSkipped?.(entry);
      continue;
    }
    if ('missing' in entry || 'unreadable' in entry) {
      const [file, message] = 'missing' in entry ? [entry.missing, 'no such file or folder'] : [entry.unreadable, entry.message];
      const position = counter.next++;
      if (reports) yield { kind: 'failure', size: 0, failure: { file, code: 'read-failed', message: `${file}: ${message}` }, position };
      continue;
    }
    const key = shardKey(entry.path, entry.root);
    if (!entry.path.toLowerCase().endsWith('.jsonl')) {
      const position = counter.next++;
      if (inShard(key)) yield { kind: 'file', name: entry.path, locator: pageLocator(entry.path, entry.root), path: entry.path, size: entry.size, position };
      continue;
    }
    yield* jsonlUnits(entry, key, inShard, counter);
  }
}

async function* jsonlUnits(entry: CorpusFileEntry, key: string, inShard: (key: string) => boolean, counter: { next: number }): AsyncGenerator<ListedUnit> {
  const { path } = entry;
  let lineNumber = 0;
  const stream = createReadStream(path, { encoding: 'utf8' });
  try {
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      lineNumber++;
      if (line.trim() === '') continue;
      const position = counter.next++;
      if (!inShard(`${key}:${lineNumber}`)) continue;
      const name = `${path}:${lineNumber}`;
      const size = Buffer.byteLength(line);
      const text = recordText(line);
      if (typeof text === 'string') yield { kind: 'record', name, locator: pageLocator(path, entry.root, lineNumber), text, size, position };
      else yield { kind: 'failure', size, failure: { file: name, code: 'invalid-record', message: `${name}: ${text.problem}` }, position };
    }
  } catch (error) {
    yield { kind: 'failure', size: 0, failure: { file: path, code: 'read-failed', message: `${path}: cannot read: ${(error as Error).message}` }, position: counter.next++ };
  } finally {
    stream.destroy();
  }
}

/** The page text of one JSONL line, or what is wrong with it. */
function recordText(line: string): string | { problem: string } {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { problem: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { problem: 'a JSONL line must be an object with a "text" field' };
  const text = (record as { text?: unknown }).text;
  if (typeof text !== 'string') return { problem: 'the record has no string "text" field (the page to parse)' };
  return text;
}

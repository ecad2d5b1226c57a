import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { CorpusFailure } from './corpus-item.js';
import type { CorpusFileEntry, SkippedEntry, WalkedEntry } from './list-files.js';
import { parse as parseCsv } from 'csv-parse';
import { WARCParser } from 'warcio';
import streamArray from 'stream-json/streamers/stream-array.js';
import { loadCoreData } from '../data/load.js';
import type { PageMetadata } from '../input/page-metadata.js';
import { readRecord } from '../input/read-record.js';
import { pageLocator } from './page-locator.js';
import { shardKey, shardOfKey, type Shard } from './shard.js';

/**
 * One page to parse: a file read as a whole, or one record (line) of a JSONL file whose `text` is
 * the page. `name` is what the article's `file` and every message say: the path, or `path:line`;
 * `locator` is what its id is made from (see `pageLocator`).
 */
export type CorpusUnit =
  | { kind: 'file'; name: string; locator: string; path: string; size: number }
  | {
      kind: 'record';
      name: string;
      locator: string;
      text: string;
      size: number;
      /** The container the record came in, the format of its content, its export format, its metadata and the fields not read. */
      container?: 'jsonl' | 'json' | 'csv' | 'warc';
      format?: 'text' | 'html';
      /** The page's bytes, for a WARC record (then `text` is empty), and the charset its HTTP header declares. */
      bytes?: Uint8Array;
      charset?: string;
      exportFormat?: string | null;
      metadata?: PageMetadata;
      extra?: Record<string, unknown>;
    };

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
    const container = recordContainer(entry.path);
    if (container === 'warc') yield* warcUnits(entry, key, inShard, counter, reports ? onSkipped : undefined);
    else if (container === 'jsonl') yield* jsonlUnits(entry, key, inShard, counter);
    else if (container === 'json') yield* jsonArrayUnits(entry, key, inShard, counter);
    else if (container === 'csv') yield* csvUnits(entry, key, inShard, counter);
    else {
      const position = counter.next++;
      if (inShard(key)) yield { kind: 'file', name: entry.path, locator: pageLocator(entry.path, entry.root), path: entry.path, size: entry.size, position };
    }
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
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        yield { kind: 'failure', size: Buffer.byteLength(line), failure: { file: name, code: 'invalid-record', message: `${name}: not valid JSON (${(error as Error).message})` }, position };
        continue;
      }
      yield recordUnit(value, 'jsonl', entry, lineNumber, Buffer.byteLength(line), position);
    }
  } catch (error) {
    yield { kind: 'failure', size: 0, failure: { file: path, code: 'read-failed', message: `${path}: cannot read: ${(error as Error).message}` }, position: counter.next++ };
  } finally {
    stream.destroy();
  }
}

/** Which record container a file is, by its ending: JSON Lines, a JSON array, CSV; null for a page file. */
function recordContainer(path: string): 'jsonl' | 'json' | 'csv' | 'warc' | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.warc') || lower.endsWith('.warc.gz')) return 'warc';
  return lower.endsWith('.jsonl') ? 'jsonl' : lower.endsWith('.json') ? 'json' : lower.endsWith('.csv') ? 'csv' : null;
}

/** Reads a record's content to its end without keeping it (warcio's skipFully waits forever on a truncated record). */
async function drain(record: AsyncIterable<Uint8Array>): Promise<void> {
  for await (const chunk of record) void chunk;
}

/**
 * The HTML pages of a web archive (WARC or WARC.gz, read with warcio): each `response` record with a
 * 2xx status and an HTML content type is a page, its target URI as `url` and its `WARC-Date` as
 * `fetched` (never as the publication date), its payload de-chunked and decompressed, its charset
 * from the HTTP header. Every other record (request, revisit, redirect, metadata, a non-HTML
 * response) is skipped and counted. Records are named `file:n`, n their number in the file.
 */
async function* warcUnits(
  entry: CorpusFileEntry,
  key: string,
  inShard: (key: string) => boolean,
  counter: { next: number },
  onSkipped?: (entry: SkippedEntry) => void,
): AsyncGenerator<ListedUnit> {
  let number = 0;
  try {
    for await (const record of WARCParser.iterRecords(createReadStream(entry.path))) {
      number++;
      const name = `${entry.path}:${number}`;
      if (!record.warcType) {
        yield { kind: 'failure', size: 0, failure: { file: entry.path, code: 'read-failed', message: `${entry.path}: not a web archive: record ${number} has no WARC-Type header` }, position: counter.next++ };
        return;
      }
      const status = record.httpHeaders?.statusCode;
      const type = record.httpHeaders?.headers.get('content-type') ?? '';
      const page = record.warcType === 'response' && typeof status === 'number' && status >= 200 && status < 300 && /html/iu.test(type);
      if (!page) {
        await drain(record);
        if (record.warcType !== 'warcinfo') onSkipped?.({ skipped: `${name} (${record.warcType}${status ? ` ${status}` : ''}${type ? ` ${type.split(';')[0]}` : ''})`, reason: 'not-a-page' });
        continue;
      }
      const position = counter.next++;
      if (!inShard(`${key}:${number}`)) {
        await drain(record);
        continue;
      }
      const bytes = await record.readFully(true);
      const charset = /charset=["']?([\w-]+)/iu.exec(type)?.[1];
      const metadata: PageMetadata = { ...(record.warcTargetURI && { url: record.warcTargetURI }), ...(record.warcDate && { fetched: record.warcDate }) };
      yield { kind: 'record', name, locator: pageLocator(entry.path, entry.root, number), text: '', bytes, ...(charset && { charset }), size: bytes.length, position, container: 'warc', format: 'html', exportFormat: null, metadata, extra: {} };
    }
  } catch (error) {
    yield { kind: 'failure', size: 0, failure: { file: entry.path, code: 'read-failed', message: `${entry.path}: not readable as a web archive after record ${number} (${(error as Error).message})` }, position: counter.next++ };
  }
}

/** One record as a unit to parse, or a failure naming `file:line` and what is wrong with it. */
function recordUnit(value: unknown, container: 'jsonl' | 'json' | 'csv', entry: CorpusFileEntry, line: number, size: number, position: number): ListedUnit {
  const name = `${entry.path}:${line}`;
  const read = readRecord(value, loadCoreData().exportFormats);
  if ('problem' in read) return { kind: 'failure', size, failure: { file: name, code: 'invalid-record', message: `${name}: ${read.problem}` }, position };
  const [text, format] = 'text' in read.content ? [read.content.text, 'text' as const] : [read.content.html, 'html' as const];
  return { kind: 'record', name, locator: pageLocator(entry.path, entry.root, line), text, format, size, position, container, exportFormat: read.exportFormat, metadata: read.metadata, extra: read.extra };
}

/** The records of a JSON file holding an array of records, streamed (stream-json): each element named `file:index`, from 1. */
async function* jsonArrayUnits(entry: CorpusFileEntry, key: string, inShard: (key: string) => boolean, counter: { next: number }): AsyncGenerator<ListedUnit> {
  const elements = createReadStream(entry.path).pipe(streamArray.withParserAsStream()) as AsyncIterable<{ key: number; value: unknown }>;
  try {
    for await (const { key: index, value } of elements) {
      const position = counter.next++;
      if (!inShard(`${key}:${index + 1}`)) continue;
      yield recordUnit(value, 'json', entry, index + 1, Buffer.byteLength(JSON.stringify(value) ?? ''), position);
    }
  } catch (error) {
    const message = /should be an array/iu.test((error as Error).message) ? 'a .json file of pages must hold an array of records' : `not valid JSON (${(error as Error).message})`;
    yield { kind: 'failure', size: entry.size, failure: { file: entry.path, code: 'invalid-record', message: `${entry.path}: ${message}` }, position: counter.next++ };
  }
}

/** The rows of a CSV file with a header row, streamed; each row named by its line in the file. */
async function* csvUnits(entry: CorpusFileEntry, key: string, inShard: (key: string) => boolean, counter: { next: number }): AsyncGenerator<ListedUnit> {
  const parser = createReadStream(entry.path).pipe(parseCsv({ columns: true, bom: true, info: true, skip_empty_lines: true, relax_column_count: true }));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      const position = counter.next++;
      // csv-parse counts the line a record ends on; a quoted field may hold line breaks.
      const line = info.lines - Object.values(record).reduce((breaks, value) => breaks + (value?.split('\n').length ?? 1) - 1, 0);
      if (!inShard(`${key}:${line}`)) continue;
      yield recordUnit(record, 'csv', entry, line, Object.values(record).reduce((sum, value) => sum + Buffer.byteLength(value ?? ''), 0), position);
    }
  } catch (error) {
    yield { kind: 'failure', size: 0, failure: { file: entry.path, code: 'invalid-record', message: `${entry.path}: not readable as CSV (${(error as Error).message})` }, position: counter.next++ };
  }
}

import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fromArrow, fromCSV, fromJSON, toArrowIPC, toCSV, toJSON, type ColumnTable } from 'arquero';
import * as parquet from 'parquet-wasm';

/** A file format of {@link writeTable} and {@link readTable}. */
export type TableFormat = 'csv' | 'json' | 'jsonl' | 'arrow' | 'parquet';

const EXTENSIONS: Record<string, TableFormat> = {
  '.csv': 'csv',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.arrow': 'arrow',
  '.feather': 'arrow',
  '.parquet': 'parquet',
};

/**
 * The format a file name implies by its extension.
 *
 * @example
 * formatOf('out/mentions.parquet'); // 'parquet'
 */
export function formatOf(path: string): TableFormat {
  const format = EXTENSIONS[extname(path).toLowerCase()];
  if (!format) throw new Error(`${path}: cannot tell the table format from the extension; use one of ${Object.keys(EXTENSIONS).join(', ')}`);
  return format;
}

/**
 * Encodes a table in a file format:
 * - `csv` (arquero, RFC 4180 quoting), `json` (an array of row objects), `jsonl` (one row per line);
 * - `arrow`: the Arrow IPC file format (arquero with flechette), readable by pyarrow, DuckDB, R arrow;
 * - `parquet`: Snappy-compressed Parquet written by parquet-wasm (the Rust `parquet` crate of
 *   Apache Arrow, compiled to WebAssembly) from the same Arrow data, so that types carry over.
 *
 * @example
 * const bytes = encodeTable(coverage(tables), 'parquet'); // Uint8Array starting with 'PAR1'
 */
export function encodeTable(table: ColumnTable, format: TableFormat): Uint8Array | string {
  switch (format) {
    case 'csv':
      return toCSV(table);
    case 'json':
      return `${toJSON(table, { type: 'rows' })}\n`;
    case 'jsonl':
      return toJSON(table, { type: 'ndjson' });
    case 'arrow':
      return toArrowIPC(table, { format: 'file' }) as Uint8Array;
    case 'parquet': {
      const arrow = parquet.Table.fromIPCStream(toArrowIPC(table, { format: 'stream' }) as Uint8Array);
      const properties = new parquet.WriterPropertiesBuilder().setCompression(parquet.Compression.SNAPPY).build();
      return parquet.writeParquet(arrow, properties);
    }
    default:
      throw new Error(`unknown table format "${String(format)}"; expected csv, json, jsonl, arrow or parquet`);
  }
}

/**
 * Decodes a table from bytes or text in a file format (the inverse of {@link encodeTable}).
 *
 * @example
 * decodeTable(encodeTable(table, 'arrow'), 'arrow').numRows() === table.numRows(); // true
 */
export function decodeTable(data: Uint8Array | string, format: TableFormat): ColumnTable {
  const text = () => (typeof data === 'string' ? data : new TextDecoder().decode(data));
  const bytes = () => (typeof data === 'string' ? new TextEncoder().encode(data) : data);
  switch (format) {
    case 'csv':
      return fromCSV(text());
    case 'json':
      return fromJSON(text());
    case 'jsonl':
      return fromJSON(`[${text().split('\n').filter((line) => line.trim() !== '').join(',')}]`);
    case 'arrow':
      return fromArrow(bytes());
    case 'parquet':
      return fromArrow(parquet.readParquet(bytes()).intoIPCStream());
    default:
      throw new Error(`unknown table format "${String(format)}"; expected csv, json, jsonl, arrow or parquet`);
  }
}

/**
 * Writes a table to a file, in the format given or implied by the extension (`.csv`, `.json`,
 * `.jsonl`, `.arrow`, `.parquet`).
 *
 * @returns the number of bytes written
 * @example
 * await writeTable(tables.mentions, 'out/mentions.parquet');
 */
export async function writeTable(table: ColumnTable, path: string, format: TableFormat = formatOf(path)): Promise<number> {
  const data = encodeTable(table, format);
  await writeFile(path, data);
  return typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
}

/**
 * Reads a table written by {@link writeTable} (or by any tool writing these formats); errors name the file.
 *
 * @example
 * const mentions = await readTable('out/mentions.parquet');
 */
export async function readTable(path: string, format: TableFormat = formatOf(path)): Promise<ColumnTable> {
  const data = await readFile(path);
  try {
    return decodeTable(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), format);
  } catch (error) {
    throw new Error(`${path}: cannot read as ${format}: ${(error as Error).message}`);
  }
}

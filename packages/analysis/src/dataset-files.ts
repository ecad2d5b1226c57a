import { readdir } from 'node:fs/promises';
import { TABLE_NAMES } from './corpus-tables.js';

/**
 * The `.parquet` files under one table's folder of a dataset, as paths relative to it, sorted;
 * none when the folder does not exist.
 *
 * @example
 * await tableParquetFiles('out/corpus/mentions'); // ['language=ar/year=2023/part-00000.parquet', …]
 */
export async function tableParquetFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true }).catch(() => [] as string[]);
  return entries.filter((entry) => entry.endsWith('.parquet')).sort();
}

/**
 * The error for a folder that holds no table of a dataset, naming it and what was expected.
 *
 * @example
 * throw noDatasetError('out/empty'); // out/empty: no Parquet dataset here (expected articles/, …)
 */
export function noDatasetError(dir: string): Error {
  return new Error(`${dir}: no Parquet dataset here (expected ${TABLE_NAMES.map((name) => `${name}/`).join(', ')} with .parquet files)`);
}

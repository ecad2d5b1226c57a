import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { tableFromIPC } from '@uwdata/flechette';
import { table, type ColumnTable } from 'arquero';
import * as parquet from 'parquet-wasm';
import { TABLE_NAMES, type CorpusTables, type TableName } from './corpus-tables.js';
import { noDatasetError } from './dataset-files.js';
import { datasetTableFiles } from './dataset-manifest.js';
import { HIVE_NULL } from './parquet-dataset.js';
import { TABLE_COLUMN_TYPES } from './table-schemas.js';

/** Options of {@link readParquetDataset}. */
export interface ReadParquetDatasetOptions {
  /** Read only these tables (the others are empty, with their columns); default all six. */
  tables?: readonly TableName[];
}

/**
 * Reads a Parquet dataset folder (written by `polynews parse --format parquet` or
 * `ParquetDatasetWriter`) back into the in-memory corpus tables: the same columns, in the same
 * order and of the same types as `corpusTables()`, so every verb runs on it. Partition values come
 * back from the folder names (`language=…`, and `year=…` for dates). Each file is decoded by
 * parquet-wasm into Arrow; a dictionary-encoded text column gives one JavaScript string per distinct
 * value per file, shared by its rows (see `HEAP_BYTES_PER_ROW`).
 * Rows come file by file, in sorted path order (not the order the articles were parsed in). Only
 * the files the dataset's manifests list are read; a run that never finished is an error naming
 * it (see `datasetTableFiles`).
 *
 * @example
 * const tables = await readParquetDataset('out/corpus');
 * coverage(tables, { by: 'language' }).print();
 */
export async function readParquetDataset(dir: string, options: ReadParquetDatasetOptions = {}): Promise<CorpusTables> {
  const wanted = new Set(options.tables ?? TABLE_NAMES);
  const tables = {} as Record<TableName, ColumnTable>;
  let found = 0;
  for (const name of TABLE_NAMES) {
    const files = wanted.has(name) ? await datasetTableFiles(dir, name) : [];
    found += files.length;
    tables[name] = await readTableFiles(join(dir, name), files, name);
  }
  if (found === 0 && wanted.size > 0) throw noDatasetError(dir);
  return tables;
}

async function readTableFiles(folder: string, files: readonly string[], name: TableName): Promise<ColumnTable> {
  const names = Object.keys(TABLE_COLUMN_TYPES[name]);
  const columns: unknown[][] = names.map(() => []);
  for (const file of files) {
    const path = join(folder, file);
    let arrow: ReturnType<typeof tableFromIPC>;
    try {
      arrow = tableFromIPC(parquet.readParquet(await readFile(path)).intoIPCStream());
    } catch (error) {
      throw new Error(`${path}: cannot read this Parquet file (${(error as Error).message})`);
    }
    const partition = partitionValues(relative(folder, path));
    const rows = arrow.numRows;
    names.forEach((column, index) => {
      const target = columns[index]!;
      const child = arrow.getChild(column);
      if (child) {
        const values = child.toArray() as ArrayLike<unknown>;
        for (let row = 0; row < rows; row++) target.push(fromArrowValue(values[row]));
      } else {
        const value = partition.get(column) ?? null;
        for (let row = 0; row < rows; row++) target.push(value);
      }
    });
  }
  return table(Object.fromEntries(names.map((column, index) => [column, columns[index]!])));
}

/** `language=vi/year=2023/part-00000.parquet` → { language: 'vi', year: '2023' } (Hive's null folder → null). */
function partitionValues(path: string): Map<string, string | null> {
  const values = new Map<string, string | null>();
  for (const part of path.split(sep)) {
    const equals = part.indexOf('=');
    if (equals <= 0) continue;
    const value = part.slice(equals + 1);
    values.set(part.slice(0, equals), value === HIVE_NULL ? null : value);
  }
  return values;
}

/** Arrow integers may come back as bigint (64-bit); the corpus tables hold numbers. */
function fromArrowValue(value: unknown): unknown {
  return typeof value === 'bigint' ? Number(value) : value;
}

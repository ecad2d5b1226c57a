import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { dictionary, tableFromArrays, tableToIPC, utf8 } from '@uwdata/flechette';
import type { ColumnTable } from 'arquero';
import * as parquet from 'parquet-wasm';
import type { Article } from '@polynews/core';
import { corpusTables, TABLE_NAMES, type TableName } from './corpus-tables.js';
import { finishDataset, prepareDataset, recordDatasetFiles, type DatasetPreparation, type ExistingDataset } from './dataset-manifest.js';
import { arrowType, TABLE_COLUMN_TYPES } from './table-schemas.js';

/** The folder name Hive, Spark and DuckDB read as a null partition value. */
export const HIVE_NULL = '__HIVE_DEFAULT_PARTITION__';

/**
 * The columns a dataset is partitioned by, in folder order: `language=…/year=…/`. `year` is the
 * article's publication year, except in the `dates` table, where it is the year of the date itself
 * (its own `year` column, moved into the folder name).
 */
export const PARTITION_COLUMNS = ['language', 'year'] as const;

/** Options for {@link ParquetDatasetWriter}. */
export interface ParquetDatasetOptions {
  /** Articles per batch (each batch writes one file per table and partition). Default 5,000. */
  batchSize?: number;
  /**
   * Prefix of this writer's file names (default `part`). Give each machine its own (`s2of8`) when
   * several write into one folder: a writer replaces only the files of its own part.
   */
  partName?: string;
  /** The shard of a run split between machines: shards of one run (same inputs and count) share a folder. */
  shard?: { index: number; count: number };
  /** The names of the run's inputs, recorded in the manifest so that a later run can tell whether it is the same. */
  inputs?: readonly string[];
  /**
   * A folder that holds another run's dataset: `refuse` (default, a `DatasetConflictError` before
   * anything is written or removed), `overwrite` (remove the files polynews's manifests list, and
   * only those) or `append` (add this run beside it).
   */
  existing?: ExistingDataset;
}

/** What a dataset holds after {@link ParquetDatasetWriter.close}: rows and files per table. */
export type DatasetSummary = Record<TableName, { rows: number; files: number }>;

/**
 * Writes the six corpus tables (articles, segments, mentions, quotes, citations, dates) as a
 * Hive-partitioned Parquet dataset, streaming and safely: a run writes only its own files (each to
 * a temporary name, renamed when whole), records them in a manifest `DIR/_manifest-<part>.json`
 * and marks the end with `DIR/_SUCCESS-<part>`, so that readers tell a finished dataset from an
 * interrupted one; it never replaces another run's dataset unless told (see `existing` and
 * `prepareDataset`). Articles are buffered in batches, articles are buffered in batches, each batch is
 * turned into tables and written as one Snappy-compressed file per table and partition,
 * `DIR/<table>/language=<code>/year=<yyyy>/<part>-<batch>.parquet`. The partition columns live in
 * the folder names, as Hive lays them out (an unknown language or year is `__HIVE_DEFAULT_PARTITION__`),
 * and every file of a table has the same column types (`TABLE_COLUMN_TYPES`), so DuckDB, Spark,
 * Trino and BigQuery read the folder as it is. `year` is the article's publication year, except in
 * `dates`, whose rows are partitioned by the year of the date mentioned (its own `year` column, which
 * a Hive reader would otherwise see replaced by the folder's value).
 *
 * @example
 * const writer = new ParquetDatasetWriter('out/corpus');
 * await writer.prepare(); // checks the folder before any parsing: { part: 'part', removed: 0, foreign: 0 }
 * for await (const item of iterateCorpus(['seeds'])) if (item.article) await writer.add(item.article);
 * await writer.close(); // { articles: { rows: 5, files: 4 }, mentions: { rows: 264, files: 4 }, … }
 */
export class ParquetDatasetWriter {
  readonly #dir: string;
  readonly #batchSize: number;
  readonly #partName: string;
  readonly #options: ParquetDatasetOptions;
  #batch: Article[] = [];
  #batches = 0;
  #preparation: DatasetPreparation | undefined;
  readonly #files: string[] = [];
  readonly #summary = Object.fromEntries(TABLE_NAMES.map((name) => [name, { rows: 0, files: 0 }])) as DatasetSummary;

  constructor(dir: string, options: ParquetDatasetOptions = {}) {
    this.#dir = dir;
    this.#batchSize = options.batchSize ?? 5_000;
    this.#partName = options.partName ?? 'part';
    this.#options = options;
    if (!/^[\w.-]+$/u.test(this.#partName)) throw new Error(`invalid part name "${this.#partName}": use letters, digits, '.', '_' or '-'`);
  }

  /**
   * Checks the folder and records this run's manifest before the first file (done by the first
   * `add` or `close` when not called): call it first to fail before parsing anything.
   *
   * @throws DatasetConflictError when the folder holds a dataset this run must not mix with or replace
   */
  async prepare(): Promise<DatasetPreparation> {
    this.#preparation ??= await prepareDataset(
      this.#dir,
      { part: this.#partName, ...(this.#options.shard && { shard: this.#options.shard }), ...(this.#options.inputs && { inputs: this.#options.inputs }) },
      this.#options.existing ?? 'refuse',
    );
    return this.#preparation;
  }

  /** Adds one article; writes a batch when it is full. */
  async add(article: Article): Promise<void> {
    this.#batch.push(article);
    if (this.#batch.length >= this.#batchSize) await this.#flush();
  }

  /** Writes what is left, records the files in the manifest and the completion marker, and returns rows and files per table. */
  async close(): Promise<DatasetSummary> {
    await this.#flush();
    const { part } = await this.prepare();
    await finishDataset(this.#dir, part, this.#files);
    return this.#summary;
  }

  async #flush(): Promise<void> {
    if (this.#batch.length === 0) return;
    const { part } = await this.prepare();
    const tables = corpusTables(this.#batch);
    const yearOf = new Map<string, string | null>();
    const ids = tables.articles.array('id') as ArrayLike<string>;
    const years = tables.articles.array('publishedYear') as ArrayLike<string | null>;
    for (let i = 0; i < ids.length; i++) yearOf.set(ids[i]!, years[i] ?? null);
    const file = `${part}-${String(this.#batches).padStart(5, '0')}.parquet`;
    for (const name of TABLE_NAMES) {
      const table = tables[name];
      let yearOfRow: (row: number) => string | null;
      if (name === 'dates') {
        const ownYears = table.array('year') as ArrayLike<string | null>;
        yearOfRow = (row) => ownYears[row] ?? null;
      } else {
        const articleIds = table.array(name === 'articles' ? 'id' : 'articleId') as ArrayLike<string>;
        yearOfRow = (row) => yearOf.get(articleIds[row]!) ?? null;
      }
      for (const { language, year, table: rows } of partitions(table, yearOfRow, name === 'dates' ? ['language', 'year'] : ['language'])) {
        const folder = join(this.#dir, name, `language=${language ?? HIVE_NULL}`, `year=${year ?? HIVE_NULL}`);
        await mkdir(folder, { recursive: true });
        // Written whole under a hidden temporary name, then renamed: no reader ever sees half a file.
        const temporary = join(folder, `.${file}.tmp`);
        await writeFile(temporary, toParquet(rows, name));
        await rename(temporary, join(folder, file));
        this.#files.push(relative(this.#dir, join(folder, file)).split(sep).join('/'));
        this.#summary[name].rows += rows.rows;
        this.#summary[name].files += 1;
      }
    }
    this.#batches++;
    this.#batch = [];
    await recordDatasetFiles(this.#dir, part, this.#files);
  }
}

/**
 * Writes articles as a Parquet dataset in one call (see {@link ParquetDatasetWriter}).
 *
 * @example
 * await writeParquetDataset(articles, 'out/corpus'); // { articles: { rows: 5, files: 4 }, … }
 */
export async function writeParquetDataset(articles: Iterable<Article> | AsyncIterable<Article>, dir: string, options: ParquetDatasetOptions = {}): Promise<DatasetSummary> {
  const writer = new ParquetDatasetWriter(dir, options);
  for await (const article of articles) await writer.add(article);
  return writer.close();
}

/** The column arrays of one table split by (language, year), the columns moved into folder names left out. */
function* partitions(
  table: ColumnTable,
  yearOfRow: (row: number) => string | null,
  folderColumns: readonly string[],
): Generator<{ language: string | null; year: string | null; table: { rows: number; columns: Record<string, unknown[]> } }> {
  const names = table.columnNames().filter((name) => !folderColumns.includes(name));
  const arrays = Object.fromEntries(table.columnNames().map((name) => [name, table.array(name) as ArrayLike<unknown>]));
  const languages = arrays['language'] as ArrayLike<string | null>;
  const rowsByKey = new Map<string, { language: string | null; year: string | null; rows: number[] }>();
  for (let row = 0; row < table.numRows(); row++) {
    const language = languages[row] ?? null;
    const year = yearOfRow(row);
    const key = `${language}\u0000${year}`;
    let group = rowsByKey.get(key);
    if (!group) rowsByKey.set(key, (group = { language, year, rows: [] }));
    group.rows.push(row);
  }
  for (const { language, year, rows } of rowsByKey.values()) {
    const columns: Record<string, unknown[]> = {};
    for (const name of names) {
      const source = arrays[name]!;
      columns[name] = rows.map((row) => source[row] ?? null);
    }
    yield { language, year, table: { rows: rows.length, columns } };
  }
}

function toParquet(table: { columns: Record<string, unknown[]> }, name: TableName): Uint8Array {
  const types = TABLE_COLUMN_TYPES[name];
  // Text columns are dictionary-encoded: each distinct value is encoded to UTF-8 once per file (ids,
  // languages, outlets and names repeat on most rows), and readers get the dictionary back.
  const arrowTypes = Object.fromEntries(
    Object.keys(table.columns).map((column) => {
      const type = types[column] ?? 'string';
      return [column, type === 'string' ? dictionary(utf8()) : arrowType(type)];
    }),
  );
  const arrow = tableFromArrays(table.columns, { types: arrowTypes });
  const ipc = tableToIPC(arrow, { format: 'stream' })!;
  const properties = new parquet.WriterPropertiesBuilder().setCompression(parquet.Compression.SNAPPY).build();
  return parquet.writeParquet(parquet.Table.fromIPCStream(ipc), properties);
}

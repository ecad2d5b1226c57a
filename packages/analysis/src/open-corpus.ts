import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import type { ColumnTable } from 'arquero';
import { asyncBufferFromFile, parquetMetadataAsync } from 'hyparquet';
import { compare, type CompareOptions, type Comparison } from './compare.js';
import { countArticles, type ArticleGroupKey, type CountArticlesOptions } from './count-articles.js';
import { TABLE_NAMES, type CorpusTables } from './corpus-tables.js';
import { coverage, type CoverageOptions } from './coverage.js';
import { datasetTableFiles } from './dataset-manifest.js';
import { DuckDbCorpus } from './duckdb-corpus.js';
import { duplicates, type DuplicatesOptions } from './duplicates.js';
import { readParquetDataset } from './read-parquet-dataset.js';
import { sourcing, type SourcingOptions } from './sourcing.js';
import { timeline, type TimelineOptions } from './timeline.js';
import { quoteAttribution, voices, type VoicesOptions } from './voices.js';

/**
 * Heap bytes one row of the corpus tables takes once read into arquero, measured on the bench
 * dataset (1.74M rows of six tables: 207 MB), rounded up for corpora with more distinct text.
 */
export const HEAP_BYTES_PER_ROW = 160;

/** The verbs of a corpus, the same whichever engine counts: arquero in memory or DuckDB over the files. */
export interface AnalysisCorpus {
  /** `memory`: the tables were read into arquero; `duckdb`: DuckDB queries the Parquet files. */
  readonly engine: 'memory' | 'duckdb';
  countArticles(keys: readonly ArticleGroupKey[], options?: CountArticlesOptions): Promise<ColumnTable>;
  coverage(options?: CoverageOptions): Promise<ColumnTable>;
  voices(options?: VoicesOptions): Promise<ColumnTable>;
  quoteAttribution(options?: VoicesOptions): Promise<ColumnTable>;
  sourcing(options?: SourcingOptions): Promise<ColumnTable>;
  timeline(options?: TimelineOptions): Promise<ColumnTable>;
  duplicates(options?: DuplicatesOptions): Promise<ColumnTable>;
  compare(options: CompareOptions): Promise<Comparison>;
  close(): void;
}

/** Options of {@link openCorpus}. */
export interface OpenCorpusOptions {
  /** `auto` (default): in memory when the tables fit the memory budget, else DuckDB; or force one. */
  engine?: 'auto' | 'memory' | 'duckdb';
  /** Heap bytes the tables may take in memory (default: half of what this process's heap has left). */
  memoryBudgetBytes?: number;
}

/**
 * Opens a Parquet dataset folder (written by `polynews parse --format parquet`) for analysis, in
 * memory when it fits and through DuckDB when it does not: the row counts in the files' footers
 * (read without reading the data) times {@link HEAP_BYTES_PER_ROW} are compared with the budget.
 * Either way the verbs return the same arquero tables (the DuckDB verbs are tested equal to the
 * in-memory ones), so a notebook written on a sample runs unchanged on the whole corpus.
 *
 * @example
 * const corpus = await openCorpus('out/corpus');
 * corpus.engine; // 'memory' for the seeds, 'duckdb' past the budget
 * (await corpus.coverage({ by: 'language' })).print();
 * corpus.close();
 */
export async function openCorpus(dir: string, options: OpenCorpusOptions = {}): Promise<AnalysisCorpus> {
  const engine = options.engine ?? 'auto';
  if (engine !== 'auto' && engine !== 'memory' && engine !== 'duckdb') throw new Error(`openCorpus: unknown engine "${String(engine)}"; expected auto, memory or duckdb`);
  if (engine === 'duckdb') return DuckDbCorpus.open(dir);
  if (engine === 'auto') {
    const budget = options.memoryBudgetBytes ?? defaultMemoryBudget();
    if ((await datasetRows(dir)) * HEAP_BYTES_PER_ROW > budget) return DuckDbCorpus.open(dir);
  }
  return new MemoryCorpus(await readParquetDataset(dir));
}

/**
 * The rows of every table of a dataset, from the Parquet footers alone.
 *
 * @example
 * await datasetRows('out/corpus'); // 1_737_600
 */
export async function datasetRows(dir: string): Promise<number> {
  let rows = 0;
  for (const name of TABLE_NAMES) {
    const folder = join(dir, name);
    for (const file of await datasetTableFiles(dir, name)) {
      const path = join(folder, file);
      try {
        rows += Number((await parquetMetadataAsync(await asyncBufferFromFile(path))).num_rows);
      } catch (error) {
        throw new Error(`${path}: cannot read this Parquet file's footer (${(error as Error).message})`);
      }
    }
  }
  return rows;
}

function defaultMemoryBudget(): number {
  const heap = getHeapStatistics();
  return (heap.heap_size_limit - heap.used_heap_size) / 2;
}

/** The in-memory engine: the corpus tables in arquero and the in-memory verbs. */
class MemoryCorpus implements AnalysisCorpus {
  readonly engine = 'memory';

  constructor(readonly tables: CorpusTables) {}

  async countArticles(keys: readonly ArticleGroupKey[], options: CountArticlesOptions = {}): Promise<ColumnTable> {
    return countArticles(this.tables.articles, keys, options);
  }

  async coverage(options: CoverageOptions = {}): Promise<ColumnTable> {
    return coverage(this.tables, options);
  }

  async voices(options: VoicesOptions = {}): Promise<ColumnTable> {
    return voices(this.tables, options);
  }

  async quoteAttribution(options: VoicesOptions = {}): Promise<ColumnTable> {
    return quoteAttribution(this.tables, options);
  }

  async sourcing(options: SourcingOptions = {}): Promise<ColumnTable> {
    return sourcing(this.tables, options);
  }

  async timeline(options: TimelineOptions = {}): Promise<ColumnTable> {
    return timeline(this.tables, options);
  }

  async duplicates(options: DuplicatesOptions = {}): Promise<ColumnTable> {
    return duplicates(this.tables, options);
  }

  async compare(options: CompareOptions): Promise<Comparison> {
    return compare(this.tables, options);
  }

  close(): void {}
}

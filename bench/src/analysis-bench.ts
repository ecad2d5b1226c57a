import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { op, type ColumnTable } from 'arquero';
import { countArticles, coverage, DuckDbCorpus, groupByColumns, ParquetDatasetWriter, readParquetDataset, sourcing, timeline, voices, type CorpusTables } from '@polynews/analysis';
import type { Article } from '@polynews/core';
import { median } from './median.js';

/** One verb timed on both paths. */
export interface VerbTiming {
  verb: string;
  arqueroMs: number;
  duckdbMs: number;
}

/** The analysis benchmark at one size. */
export interface AnalysisMeasure {
  mentionRows: number;
  articles: number;
  /** Seconds to build and write the Parquet dataset, and to load it into arquero tables. */
  writeSeconds: number;
  loadSeconds: number;
  timings: VerbTiming[];
}

/**
 * Scales parsed articles up to about `mentionRows` mention rows (copies with their own id, one of
 * 40 outlets and one of 6 publication years), writes them as a Parquet dataset, loads the tables
 * into arquero from it (`readParquetDataset`), and times the main verbs in arquero (in memory) and
 * in DuckDB (over the Parquet files) on the same data: the median of 3 runs after a warm-up.
 *
 * @example
 * const measure = await measureAnalysis(seedArticles, 1_000_000, '/tmp/bench-analysis-1m');
 * measure.timings; // [{ verb: 'group-by entity × language', arqueroMs: 180, duckdbMs: 40 }, …]
 */
export async function measureAnalysis(articles: readonly Article[], mentionRows: number, dir: string): Promise<AnalysisMeasure> {
  const perArticle = articles.reduce((sum, article) => sum + article.mentions.length, 0) / articles.length;
  const count = Math.ceil(mentionRows / perArticle);
  let started = performance.now();
  const writer = new ParquetDatasetWriter(dir, { batchSize: 5_000 });
  for (let i = 0; i < count; i++) await writer.add(scaledCopy(articles[i % articles.length]!, i));
  const summary = await writer.close();
  const writeSeconds = (performance.now() - started) / 1000;

  const duck = await DuckDbCorpus.open(dir);
  try {
    started = performance.now();
    const tables: CorpusTables = await readParquetDataset(dir, { tables: ['articles', 'mentions', 'quotes', 'citations', 'dates'] });
    const loadSeconds = (performance.now() - started) / 1000;
    const verbs: { verb: string; arquero: () => ColumnTable; duckdb: () => Promise<ColumnTable> }[] = [
      {
        verb: 'group-by entity × language (count), arquero groupby',
        arquero: () => tables.mentions.groupby('language', 'entityId').rollup({ mentions: op.count() }),
        duckdb: () => duck.query('SELECT "language", "entityId", count(*)::INTEGER AS mentions FROM mentions GROUP BY ALL'),
      },
      {
        verb: 'group-by entity × language (count), groupByColumns',
        arquero: () => groupByColumns(tables.mentions, ['language', 'entityId']).rollup({ mentions: op.count() }),
        duckdb: () => duck.query('SELECT "language", "entityId", count(*)::INTEGER AS mentions FROM mentions GROUP BY ALL'),
      },
      { verb: 'coverage by language', arquero: () => coverage(tables, { by: 'language' }), duckdb: () => duck.coverage({ by: 'language' }) },
      { verb: 'coverage by outlet', arquero: () => coverage(tables, { by: 'outlet' }), duckdb: () => duck.coverage({ by: 'outlet' }) },
      { verb: 'voices by language', arquero: () => voices(tables, { by: 'language' }), duckdb: () => duck.voices({ by: 'language' }) },
      { verb: 'sourcing by outlet', arquero: () => sourcing(tables, { by: 'outlet' }), duckdb: () => duck.sourcing({ by: 'outlet' }) },
      { verb: 'timeline by language × year', arquero: () => timeline(tables, { by: 'language', unit: 'year' }), duckdb: () => duck.timeline({ by: 'language', unit: 'year' }) },
      {
        verb: 'articles by language × month',
        arquero: () => countArticles(tables.articles, ['language', 'date'], { dateUnit: 'month' }),
        duckdb: () => duck.countArticles(['language', 'date'], { dateUnit: 'month' }),
      },
    ];
    const timings: VerbTiming[] = [];
    for (const { verb, arquero, duckdb } of verbs) {
      timings.push({ verb, arqueroMs: await medianMs(async () => arquero()), duckdbMs: await medianMs(duckdb) });
    }
    return { mentionRows: summary.mentions.rows, articles: summary.articles.rows, writeSeconds, loadSeconds, timings };
  } finally {
    duck.close();
  }
}

/** A copy of an article under a new id, in one of 40 outlets and one of 6 years (so groups and partitions are many). */
function scaledCopy(article: Article, index: number): Article {
  const id = createHash('sha1').update(`${article.id}:${index}`).digest('hex').slice(0, 16);
  const year = 2019 + (index % 6);
  return {
    ...article,
    id,
    file: `synthetic/${index}.txt`,
    outlet: { ...(article.outlet ?? { confidence: 1, evidence: ['synthetic'] }), key: `name:outlet ${index % 40}`, name: `Outlet ${index % 40}` },
    published: { value: `${year}-0${1 + (index % 9)}-15`, precision: 'day', source: 'dateline', evidence: 'synthetic' },
  };
}

/** Milliseconds of one run: the median of 3 after a warm-up run. */
async function medianMs(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return median(times);
}

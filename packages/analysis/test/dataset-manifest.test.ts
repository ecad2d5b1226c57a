import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '@polynews/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DatasetConflictError, DuckDbCorpus, openCorpus, ParquetDatasetWriter, readParquetDataset, writeParquetDataset } from '../src/index.js';
import { readManifests } from '../src/internals.js';
import { inlineCorpus } from './inline-corpus.js';
import { seedArticles } from './seeds.js';

const parquetFiles = (dir: string) => readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.parquet')).sort();
const articleCount = async (dir: string) => (await readParquetDataset(dir, { tables: ['articles'] })).articles.numRows();

describe('a Parquet dataset never loses or mixes data silently', () => {
  let articles: Article[];
  beforeAll(async () => {
    articles = [...(await seedArticles()), ...inlineCorpus()];
  });

  it('records its files in a manifest and marks the end, written through temporary names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-manifest-'));
    await writeParquetDataset(articles, dir, { inputs: ['seeds'], batchSize: 4 });
    const [manifest] = await readManifests(dir);
    expect(manifest).toMatchObject({ format: 'polynews-parquet-dataset/1', part: 'part', shard: null, inputs: ['seeds'], complete: true, finished: true });
    expect(manifest!.files).toEqual(parquetFiles(dir));
    expect(existsSync(join(dir, '_SUCCESS-part'))).toBe(true);
    expect(readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(await articleCount(dir)).toBe(articles.length);
  });

  it('never removes or reads Parquet files it did not write, and refuses to write beside them unless told', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-foreign-'));
    // A Spark-named file placed by the user in a table folder.
    mkdirSync(join(dir, 'articles'), { recursive: true });
    writeFileSync(join(dir, 'articles', 'part-00000-3f2a.snappy.parquet'), 'a file written by Spark');
    await expect(writeParquetDataset(articles, dir)).rejects.toThrow(DatasetConflictError);
    await expect(writeParquetDataset(articles, dir)).rejects.toThrow(/holds 1 Parquet file that polynews did not write \(articles\/part-00000-3f2a\.snappy\.parquet\)/);
    expect(readManifests(dir)).resolves.toEqual([]);
    for (const existing of ['append', 'overwrite'] as const) {
      const writer = new ParquetDatasetWriter(dir, { existing });
      expect((await writer.prepare()).foreign).toBe(1);
      for (const article of articles.slice(0, 2)) await writer.add(article);
      await writer.close();
      expect(readFileSync(join(dir, 'articles', 'part-00000-3f2a.snappy.parquet'), 'utf8')).toBe('a file written by Spark');
    }
    // Appended then overwritten: only the second run's two articles, and the Spark file is not read.
    expect(await articleCount(dir)).toBe(2);
  });

  it('refuses to replace another run\'s dataset, and overwrites or appends when told', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-rerun-'));
    await writeParquetDataset(articles.slice(0, 5), dir, { inputs: ['first'] });
    await expect(writeParquetDataset(articles.slice(5), dir, { inputs: ['second'] })).rejects.toThrow(/already holds a dataset of first \(an unsharded run, finished .*\): add --overwrite to replace what polynews wrote there, --append to add this run to it/);
    expect(await articleCount(dir)).toBe(5);
    await writeParquetDataset(articles.slice(5), dir, { inputs: ['second'], existing: 'append' });
    expect(await articleCount(dir)).toBe(articles.length);
    expect((await readManifests(dir)).map((manifest) => manifest.part)).toEqual([expect.stringMatching(/^part-\d{8}T\d{6}-[0-9a-f]{4}$/), 'part']);
    await writeParquetDataset(articles.slice(5), dir, { inputs: ['second'], existing: 'overwrite' });
    expect(await articleCount(dir)).toBe(articles.length - 5);
    expect((await readManifests(dir)).map((manifest) => manifest.part)).toEqual(['part']);
  });

  it('refuses an unsharded run into a folder of a sharded one (and the reverse)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-shard-mix-'));
    await writeParquetDataset(articles.slice(0, 3), dir, { partName: 's1of2', shard: { index: 1, count: 2 }, inputs: ['seeds'] });
    await expect(writeParquetDataset(articles, dir, { inputs: ['seeds'] })).rejects.toThrow(/already holds a dataset of seeds \(shard 1\/2, finished/);
    await expect(writeParquetDataset(articles, dir, { partName: 's1of3', shard: { index: 1, count: 3 }, inputs: ['seeds'] })).rejects.toThrow(DatasetConflictError);
    expect(await articleCount(dir)).toBe(3);
  });

  it('is detected as interrupted by every reader until the run is done again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-interrupted-'));
    const writer = new ParquetDatasetWriter(dir, { batchSize: 2, inputs: ['seeds'] });
    for (const article of articles.slice(0, 5)) await writer.add(article);
    // Stopped here (SIGINT, SIGKILL, a full disk): two batches written, never closed.
    expect(parquetFiles(dir).length).toBeGreaterThan(0);
    const incomplete = /the dataset is incomplete: part \(started .*\) did not finish/;
    await expect(readParquetDataset(dir)).rejects.toThrow(incomplete);
    await expect(DuckDbCorpus.open(dir)).rejects.toThrow(incomplete);
    await expect(openCorpus(dir)).rejects.toThrow(incomplete);
    // Run again: the interrupted run's files are replaced, and the dataset opens whole.
    await writeParquetDataset(articles, dir, { inputs: ['seeds'] });
    expect(await articleCount(dir)).toBe(articles.length);
    const corpus = await openCorpus(dir, { engine: 'duckdb' });
    try {
      expect(corpus.engine).toBe('duckdb');
      const counts = (await corpus.countArticles(['language'])).objects() as { articles: number }[];
      expect(counts.reduce((sum, row) => sum + row.articles, 0)).toBe(articles.length);
    } finally {
      corpus.close();
    }
  });
});

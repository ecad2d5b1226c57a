import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import type { Article } from '@polynews/core';
import {
  compare, corpusTables, countArticles, coverage, datasetRows, DuckDbCorpus, HIVE_NULL, openCorpus, quoteAttribution, readParquetDataset, sourcing, timeline, TABLE_NAMES, voices, writeParquetDataset,
  type CorpusTables, type DatasetSummary,
} from '../src/index.js';
import { HEAP_BYTES_PER_ROW } from '../src/internals.js';
import { inlineCorpus } from './inline-corpus.js';
import { seedArticles } from './seeds.js';

describe('Parquet dataset and DuckDB path', () => {
  let articles: Article[];
  let tables: CorpusTables;
  let dir: string;
  let summary: DatasetSummary;
  let duck: DuckDbCorpus;

  beforeAll(async () => {
    articles = [...(await seedArticles()), ...inlineCorpus()];
    tables = corpusTables(articles);
    dir = mkdtempSync(join(tmpdir(), 'polynews-parquet-'));
    // Batches of 3 articles: several files per partition, as a large run would write.
    summary = await writeParquetDataset(articles, dir, { batchSize: 3 });
    duck = await DuckDbCorpus.open(dir, { threads: 2 });
  });
  afterAll(() => duck?.close());

  it('writes every row of every table, Hive-partitioned by language and year', async () => {
    for (const name of TABLE_NAMES) expect(summary[name].rows).toBe(tables[name].numRows());
    expect(readdirSync(join(dir, 'articles')).sort()).toEqual([`language=${HIVE_NULL}`, 'language=ar', 'language=en', 'language=fr', 'language=pl', 'language=vi']);
    expect(readdirSync(join(dir, 'articles', 'language=vi')).sort()).toEqual(['year=2023', `year=${HIVE_NULL}`]);
    // The partition column lives in the folder name, not in the file; the other columns are typed.
    const file = join(dir, 'articles', 'language=vi', 'year=2023', 'part-00000.parquet');
    expect(existsSync(file)).toBe(true);
    const rows = (await parquetReadObjects({ file: await asyncBufferFromFile(file) })) as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).not.toHaveProperty('language');
    expect(rows[0]).toMatchObject({ outlet: 'Thanh Niên', publishedDay: '2023-07-01', isTranslation: false });
    expect(typeof rows[0]!['mentions']).toBe('number');
  });

  it('partitions dates by the year of the date itself, and reads it back as it was', async () => {
    const years = readdirSync(join(dir, 'dates', 'language=vi')).sort();
    expect(years).toContain('year=2013');
    const back = await duck.query('SELECT * FROM dates');
    expect(back.columnNames()).toEqual(tables.dates.columnNames());
    const key = (row: Record<string, unknown>) => JSON.stringify(row);
    const sortRows = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
    expect(sortRows(back.objects() as Record<string, unknown>[])).toEqual(sortRows(tables.dates.objects() as Record<string, unknown>[]));
  });

  it('gives every table back with the columns, types and rows of corpusTables()', async () => {
    for (const name of TABLE_NAMES) {
      const back = await duck.query(`SELECT * FROM ${name}`);
      expect(back.columnNames()).toEqual(tables[name].columnNames());
      expect(back.numRows()).toBe(tables[name].numRows());
    }
    const mentions = await duck.query('SELECT "name", count(*)::INTEGER AS n FROM mentions WHERE "name" = \'Mali\' GROUP BY ALL');
    expect(mentions.objects()).toEqual([{ name: 'Mali', n: tables.mentions.filter((d: { name: string }) => d.name === 'Mali').numRows() }]);
  });

  it('counts articles as countArticles does, by language, outlet and date at each unit', async () => {
    expect((await duck.countArticles(['language'])).objects()).toEqual(countArticles(tables.articles, ['language']).objects());
    expect((await duck.countArticles(['outlet', 'language'])).objects()).toEqual(countArticles(tables.articles, ['outlet', 'language']).objects());
    for (const dateUnit of ['day', 'week', 'month', 'year'] as const) {
      expect((await duck.countArticles(['language', 'date'], { dateUnit })).objects()).toEqual(countArticles(tables.articles, ['language', 'date'], { dateUnit }).objects());
    }
  });

  it('gives the coverage, voices, attribution and sourcing tables of the in-memory verbs', async () => {
    for (const by of ['language', 'outlet', ['language', 'outlet'], []] as const) {
      expect((await duck.coverage({ by })).objects()).toEqual(coverage(tables, { by }).objects());
      expect((await duck.voices({ by })).objects()).toEqual(voices(tables, { by }).objects());
      expect((await duck.quoteAttribution({ by })).objects()).toEqual(quoteAttribution(tables, { by }).objects());
      expect((await duck.sourcing({ by })).objects()).toEqual(sourcing(tables, { by }).objects());
    }
    expect((await duck.coverage({ types: ['person'], includeBoilerplate: true })).objects()).toEqual(coverage(tables, { types: ['person'], includeBoilerplate: true }).objects());
    expect((await duck.voices({ includeScare: true })).objects()).toEqual(voices(tables, { includeScare: true }).objects());
    // Not vacuous: the seeds give real rows.
    expect((await duck.voices({ by: 'language' })).objects()).toContainEqual(expect.objectContaining({ language: 'vi', speaker: 'Sergei Lavrov', quotes: 4, share: 4 / 6 }));
  });

  it('gives the timeline of the in-memory verb at every unit and grouping', async () => {
    for (const unit of ['day', 'week', 'month', 'year'] as const) {
      for (const by of ['language', 'outlet', []] as const) {
        for (const includeBoilerplate of [false, true]) {
          expect((await duck.timeline({ unit, by, includeBoilerplate })).objects()).toEqual(timeline(tables, { unit, by, includeBoilerplate }).objects());
        }
      }
    }
    // Not vacuous: dates mentioned in the seeds and the inline corpus land on their years.
    expect((await duck.timeline({ unit: 'year', by: [] })).objects()).toContainEqual(expect.objectContaining({ kind: 'mentioned', period: '2013', knownTo: 'year' }));
  });

  it('compares two groups as the in-memory verb does, and names the groups present when one is missing', async () => {
    const languages = await duck.compare({ by: 'language', groups: ['vi', 'ar'] });
    const inMemory = compare(tables, { by: 'language', groups: ['vi', 'ar'] });
    expect(languages.coverage.objects()).toEqual(inMemory.coverage.objects());
    expect(languages.voices.objects()).toEqual(inMemory.voices.objects());
    expect(languages.coverage.columnNames()).toEqual(['entity', 'entityId', 'name', 'type', 'linked', 'vi articles', 'vi share', 'ar articles', 'ar share', 'difference']);
    expect(languages.coverage.numRows()).toBeGreaterThan(5);
    const outlets = (tables.articles.array('outlet') as (string | null)[]).filter((outlet): outlet is string => outlet !== null);
    const pair: [string, string] = [outlets[0]!, outlets.find((outlet) => outlet !== outlets[0])!];
    const byOutlet = await duck.compare({ by: 'outlet', groups: pair, includeBoilerplate: true });
    expect(byOutlet.coverage.objects()).toEqual(compare(tables, { by: 'outlet', groups: pair, includeBoilerplate: true }).coverage.objects());
    await expect(duck.compare({ groups: ['vi', 'xx'] })).rejects.toThrow('compare: no articles with language "xx"; present: ');
  });

  it('reads the dataset back into arquero with every row, column and type of corpusTables()', async () => {
    const back = await readParquetDataset(dir);
    const key = (row: Record<string, unknown>) => JSON.stringify(row);
    const sortRows = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
    for (const name of TABLE_NAMES) {
      expect(back[name].columnNames()).toEqual(tables[name].columnNames());
      expect(sortRows(back[name].objects() as Record<string, unknown>[])).toEqual(sortRows(tables[name].objects() as Record<string, unknown>[]));
    }
    for (const by of ['language', 'outlet'] as const) expect(coverage(back, { by }).objects()).toEqual(coverage(tables, { by }).objects());
    expect(voices(back, { by: 'language' }).objects()).toContainEqual(expect.objectContaining({ language: 'vi', speaker: 'Sergei Lavrov', quotes: 4, share: 4 / 6 }));
    const onlyMentions = await readParquetDataset(dir, { tables: ['mentions'] });
    expect(onlyMentions.mentions.numRows()).toBe(tables.mentions.numRows());
    expect(onlyMentions.quotes.numRows()).toBe(0);
    expect(onlyMentions.quotes.columnNames()).toEqual(tables.quotes.columnNames());
  });

  it('opens the dataset in memory when it fits the budget and through DuckDB when it does not, with the same verbs', async () => {
    const rows = TABLE_NAMES.reduce((sum, name) => sum + tables[name].numRows(), 0);
    expect(await datasetRows(dir)).toBe(rows);
    const inMemory = await openCorpus(dir);
    const overBudget = await openCorpus(dir, { memoryBudgetBytes: rows * HEAP_BYTES_PER_ROW - 1 });
    try {
      expect(inMemory.engine).toBe('memory');
      expect(overBudget.engine).toBe('duckdb');
      for (const corpus of [inMemory, overBudget]) {
        expect((await corpus.coverage({ by: 'language' })).objects()).toEqual(coverage(tables, { by: 'language' }).objects());
        expect((await corpus.timeline({ unit: 'month' })).objects()).toEqual(timeline(tables, { unit: 'month' }).objects());
        expect((await corpus.countArticles(['outlet'])).objects()).toEqual(countArticles(tables.articles, ['outlet']).objects());
        expect((await corpus.compare({ groups: ['vi', 'ar'] })).voices.objects()).toEqual(compare(tables, { groups: ['vi', 'ar'] }).voices.objects());
      }
    } finally {
      inMemory.close();
      overBudget.close();
    }
    const forced = await openCorpus(dir, { engine: 'duckdb' });
    expect(forced.engine).toBe('duckdb');
    forced.close();
    await expect(openCorpus(dir, { engine: 'spark' as never })).rejects.toThrow('openCorpus: unknown engine "spark"; expected auto, memory or duckdb');
  });

  it('refuses a folder that holds no dataset, naming it', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'polynews-empty-'));
    await expect(DuckDbCorpus.open(empty)).rejects.toThrow(`${empty}: no Parquet dataset here`);
    await expect(readParquetDataset(empty)).rejects.toThrow(`${empty}: no Parquet dataset here`);
    await expect(openCorpus(empty)).rejects.toThrow(`${empty}: no Parquet dataset here`);
  });

  it('names the file when a Parquet file cannot be read', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'polynews-broken-'));
    mkdirSync(join(broken, 'articles', 'language=vi'), { recursive: true });
    writeFileSync(join(broken, 'articles', 'language=vi', 'part-00000.parquet'), 'not parquet');
    await expect(readParquetDataset(broken)).rejects.toThrow(`${join(broken, 'articles', 'language=vi', 'part-00000.parquet')}: cannot read this Parquet file`);
  });

  it('lets the shards of one run share a folder, and replaces a shard run again with the same inputs', async () => {
    const shared = mkdtempSync(join(tmpdir(), 'polynews-shared-'));
    const run = (part: number) => ({ partName: `s${part}of2`, shard: { index: part, count: 2 }, inputs: ['corpus'] });
    await writeParquetDataset(articles.slice(0, 3), shared, run(1));
    await writeParquetDataset(articles.slice(3), shared, run(2));
    await writeParquetDataset(articles.slice(0, 3), shared, run(1));
    const both = await DuckDbCorpus.open(shared);
    try {
      expect((await both.query('SELECT count(*)::INTEGER AS n FROM articles')).array('n')).toEqual([articles.length]);
    } finally {
      both.close();
    }
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { corpusTables, coverage, decodeTable, encodeTable, formatOf, readArticlesJsonl, readTable, writeTable, loadArticlesJsonl, type TableFormat } from '../src/index.js';
import { inlineCorpus } from './inline-corpus.js';
import { seedArticles } from './seeds.js';

const FORMATS: TableFormat[] = ['csv', 'json', 'jsonl', 'arrow', 'parquet'];

describe('exporting tables', () => {
  it.each(FORMATS)('round-trips the seed mentions through %s', async (format) => {
    const mentions = corpusTables(await seedArticles()).mentions;
    const back = decodeTable(encodeTable(mentions, format), format);
    expect(back.columnNames()).toEqual(mentions.columnNames());
    expect(back.objects()).toEqual(mentions.objects());
  });

  it('keeps nulls, booleans and fractions through Arrow and Parquet', () => {
    const table = corpusTables(inlineCorpus()).articles.select('id', 'outlet', 'publishedDay', 'isTranslation', 'boilerplateShare');
    for (const format of ['arrow', 'parquet'] as const) {
      expect(decodeTable(encodeTable(table, format), format).objects()).toEqual(table.objects());
    }
  });

  it('writes real Arrow IPC and Parquet files that another reader opens', async () => {
    const table = coverage(corpusTables(await seedArticles()));
    const dir = mkdtempSync(join(tmpdir(), 'polynews-export-'));
    const arrowBytes = await writeTable(table, join(dir, 'coverage.arrow'));
    const parquetBytes = await writeTable(table, join(dir, 'coverage.parquet'));
    expect(arrowBytes).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'coverage.arrow')).subarray(0, 6).toString()).toBe('ARROW1');
    const parquet = readFileSync(join(dir, 'coverage.parquet'));
    expect(parquet.byteLength).toBe(parquetBytes);
    expect(parquet.subarray(0, 4).toString()).toBe('PAR1');
    // hyparquet is an independent Parquet reader (pure JavaScript, not the Rust writer).
    const rows = await parquetReadObjects({ file: parquet.buffer.slice(parquet.byteOffset, parquet.byteOffset + parquet.byteLength) });
    expect(rows.length).toBe(table.numRows());
    expect(rows[0]).toEqual(table.objects()[0]);
    expect((await readTable(join(dir, 'coverage.parquet'))).objects()).toEqual(table.objects());
    await writeTable(table, join(dir, 'coverage.csv'));
    expect(readFileSync(join(dir, 'coverage.csv'), 'utf8').split('\n')[0]).toBe('language,entity,entityId,name,type,linked,articles,mentions,total,share');
  });

  it('names the file when the format is unknown or the content is not the format', async () => {
    expect(formatOf('x/mentions.PARQUET')).toBe('parquet');
    expect(() => formatOf('x/mentions.xlsx')).toThrow('x/mentions.xlsx: cannot tell the table format from the extension');
    const dir = mkdtempSync(join(tmpdir(), 'polynews-export-bad-'));
    writeFileSync(join(dir, 'bad.parquet'), 'not parquet at all');
    await expect(readTable(join(dir, 'bad.parquet'))).rejects.toThrow(`${join(dir, 'bad.parquet')}: cannot read as parquet`);
  });
});

describe('loading articles back from polynews parse JSONL', () => {
  it('round-trips articles from text and from a file, and names the bad line', async () => {
    const articles = inlineCorpus();
    const jsonl = articles.map((article) => JSON.stringify(article)).join('\n') + '\n';
    expect(loadArticlesJsonl(jsonl).map((article) => article.id)).toEqual(articles.map((article) => article.id));
    expect(() => loadArticlesJsonl(`${jsonl}{"id": 1}\n`, 'x.jsonl')).toThrow(/^x\.jsonl:5: not an Article: id:/);
    expect(() => loadArticlesJsonl('{oops\n', 'y.jsonl')).toThrow(/^y\.jsonl:1: not JSON/);
    const dir = mkdtempSync(join(tmpdir(), 'polynews-jsonl-'));
    writeFileSync(join(dir, 'articles.jsonl'), jsonl);
    expect(await readArticlesJsonl(join(dir, 'articles.jsonl'))).toEqual(articles);
    writeFileSync(join(dir, 'bad.jsonl'), `${jsonl}\n{"id": "x"}\n`);
    await expect(readArticlesJsonl(join(dir, 'bad.jsonl'))).rejects.toThrow(`${join(dir, 'bad.jsonl')}:6: not an Article`);
  });
});

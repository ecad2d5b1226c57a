import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusTables, coverage, DuckDbCorpus, duplicates, writeParquetDataset } from '../src/index.js';
import { makeArticle } from './inline-corpus.js';

// Three outlets carry one wire story (two of them as byte-identical files); a fourth writes its own.
const wire = (id: string, outlet: string, extra: { duplicateOf?: string; sameBytesAs?: string } = {}) =>
  makeArticle({ id, language: 'en', outlet, body: 'the wire story', ...(extra.duplicateOf && { duplicateOf: extra.duplicateOf }), mentions: [['mali', 'Mali', 'place']], articleChars: 30, navigationChars: 0 });
const articles = [
  wire('1111111111111111', 'Outlet A'),
  wire('2222222222222222', 'Outlet B', { duplicateOf: '1111111111111111' }),
  wire('3333333333333333', 'Outlet C', { duplicateOf: '1111111111111111' }),
  makeArticle({ id: '4444444444444444', language: 'en', outlet: 'Outlet D', mentions: [['mali', 'Mali', 'place']], articleChars: 30, navigationChars: 0 }),
];
articles[2] = { ...articles[2]!, contentHash: articles[1]!.contentHash };

describe('duplicates', () => {
  const tables = corpusTables(articles);

  it('groups the articles that share a body, one row each, largest groups first', () => {
    expect((duplicates(tables).objects() as Record<string, unknown>[]).map((row) => [row['articleId'], row['copies'], row['outlet'], row['duplicateOf']])).toEqual([
      ['1111111111111111', 3, 'Outlet A', null],
      ['2222222222222222', 3, 'Outlet B', '1111111111111111'],
      ['3333333333333333', 3, 'Outlet C', '1111111111111111'],
    ]);
    expect(new Set(duplicates(tables).array('hash') as string[])).toEqual(new Set([articles[0]!.bodyHash]));
  });

  it('groups by the bytes with by: content, and rejects another key', () => {
    expect(duplicates(tables, { by: 'content' }).array('articleId')).toEqual(['2222222222222222', '3333333333333333']);
    expect(() => duplicates(tables, { by: 'title' as 'body' })).toThrow('unknown duplicates key "title"; expected body or content');
  });

  it('counts every copy as its own article: four articles name Mali, 100 % coverage', () => {
    expect(coverage(tables, { by: 'language' }).objects()).toContainEqual(expect.objectContaining({ language: 'en', entityId: 'mali', articles: 4, share: 1 }));
  });

  it('gives the same rows through DuckDB', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-duplicates-'));
    await writeParquetDataset(articles, dir);
    const duck = await DuckDbCorpus.open(dir, { threads: 1 });
    try {
      for (const by of ['body', 'content'] as const) expect((await duck.duplicates({ by })).objects()).toEqual(duplicates(tables, { by }).objects());
      expect((await duck.coverage({ by: 'language' })).objects()).toEqual(coverage(tables, { by: 'language' }).objects());
    } finally {
      duck.close();
    }
  });
});

import { fileURLToPath } from 'node:url';
import { parseArticle, parseCorpus, type Article } from '@polynews/core';
import { describe, expect, it } from 'vitest';
import * as analysis from '../src/index.js';
import { articlesTable, countArticles, loadArticlesJsonl } from '../src/index.js';

const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));

/** A tiny inline corpus: two English pages with datelines of different precision and one without. */
function inlineCorpus(): Article[] {
  const page = (title: string, dateline: string, body: string, file: string) =>
    parseArticle(`${title}\n\n${dateline}\n\n${body}\n`, { file });
  return [
    page('Mali and Russia sign a new security pact', '2024-03-05 10:30', 'The foreign ministers of Mali and Russia signed a security agreement in Moscow on Tuesday, officials said.', 'a.txt'),
    page('Sahel states form a joint force against insurgents', '2024-03-28', 'Burkina Faso, Mali and Niger announced a joint force to fight armed groups across the Sahel region this month.', 'b.txt'),
    parseArticle('Wagner fighters leave the north of Mali\n\nThe private military company withdrew its fighters from several bases in northern Mali, residents told reporters.\n', { file: 'c.txt' }),
  ];
}

describe('@polynews/analysis public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(analysis).sort()).toEqual(['articlesTable', 'countArticles', 'loadArticlesJsonl']);
  });
});

describe('articlesTable', () => {
  it('has one row per article with the documented columns and precision-aware dates', () => {
    const table = articlesTable(inlineCorpus());
    expect(table.numRows()).toBe(3);
    expect(table.columnNames()).toEqual([
      'id', 'file', 'title', 'language', 'languageConfidence', 'outlet', 'outletConfidence', 'published', 'precision',
      'publishedDay', 'publishedMonth', 'publishedYear', 'isTranslation', 'citations', 'words', 'bodyWords',
    ]);
    const rows = table.objects() as Record<string, unknown>[];
    expect(rows.map((row) => row['title'])).toEqual([
      'Mali and Russia sign a new security pact',
      'Sahel states form a joint force against insurgents',
      'Wagner fighters leave the north of Mali',
    ]);
    expect(rows.map((row) => row['language'])).toEqual(['en', 'en', 'en']);
    expect(rows.map((row) => [row['published'], row['precision'], row['publishedDay']])).toEqual([
      ['2024-03-05T10:30:00', 'minute', '2024-03-05'],
      ['2024-03-28', 'day', '2024-03-28'],
      [null, null, null],
    ]);
  });
});

describe('countArticles', () => {
  it('counts by month without dropping unknown dates', () => {
    const counts = countArticles(articlesTable(inlineCorpus()), ['date'], { dateUnit: 'month' }).objects();
    expect(counts).toEqual([
      { date: '2024-03', articles: 2 },
      { date: 'unknown', articles: 1 },
    ]);
  });

  it('counts the seeds by language and by outlet, adding up to five', async () => {
    const { articles } = await parseCorpus([SEEDS]);
    const table = articlesTable(articles);
    expect(countArticles(table, ['language']).objects()).toEqual([
      { language: 'ar', articles: 2 },
      { language: 'vi', articles: 2 },
      { language: 'pl', articles: 1 },
    ]);
    const byOutlet = countArticles(table, ['outlet']).objects() as { outlet: string; articles: number }[];
    expect(byOutlet.map((row) => row.outlet).sort()).toEqual(['Al Mayadeen', 'Báo Quốc tế', 'RT', 'RT Arabic', 'Thanh Niên']);
    expect(countArticles(table, ['language', 'date']).objects()).toContainEqual({ language: 'vi', date: '2023-07-01', articles: 1 });
  });

  it('rejects an empty key list and a table without the columns', () => {
    const table = articlesTable(inlineCorpus());
    expect(() => countArticles(table, [])).toThrow('give at least one key');
    expect(() => countArticles(table.select('id'), ['language'])).toThrow('unknown column "language"');
  });
});

describe('loadArticlesJsonl', () => {
  it('round-trips articles and names the bad line', () => {
    const articles = inlineCorpus();
    const jsonl = articles.map((article) => JSON.stringify(article)).join('\n') + '\n';
    expect(loadArticlesJsonl(jsonl).map((article) => article.id)).toEqual(articles.map((article) => article.id));
    expect(() => loadArticlesJsonl(`${jsonl}{"id": 1}\n`, 'x.jsonl')).toThrow(/^x\.jsonl:4: not an Article: id:/);
    expect(() => loadArticlesJsonl('{oops\n', 'y.jsonl')).toThrow(/^y\.jsonl:1: not JSON/);
  });
});

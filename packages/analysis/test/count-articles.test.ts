import { describe, expect, it } from 'vitest';
import { corpusTables, countArticles } from '../src/index.js';
import { inlineCorpus } from './inline-corpus.js';
import { seedArticles } from './seeds.js';

describe('countArticles (by outlet, language, date)', () => {
  const articles = corpusTables(inlineCorpus()).articles;

  it('counts by language and by outlet with missing values as unknown', () => {
    expect(countArticles(articles, ['language']).objects()).toEqual([
      { language: 'en', articles: 2 },
      { language: 'fr', articles: 1 },
      { language: 'unknown', articles: 1 },
    ]);
    expect(countArticles(articles, ['outlet'], { unknown: '(none)' }).objects()).toEqual([
      { outlet: 'Outlet A', articles: 2 },
      { outlet: '(none)', articles: 1 },
      { outlet: 'Outlet B', articles: 1 },
    ]);
  });

  it('never places a month-only article on a day or a week, and keeps undated articles', () => {
    expect(countArticles(articles, ['date'], { dateUnit: 'day' }).objects()).toEqual([
      { date: '2024-03', dateKnownTo: 'month', articles: 1 },
      { date: '2024-03-05', dateKnownTo: 'day', articles: 1 },
      { date: '2024-03-28', dateKnownTo: 'day', articles: 1 },
      { date: 'unknown', dateKnownTo: 'unknown', articles: 1 },
    ]);
    expect(countArticles(articles, ['date'], { dateUnit: 'week' }).objects()).toEqual([
      { date: '2024-03', dateKnownTo: 'month', articles: 1 },
      { date: '2024-W10', dateKnownTo: 'week', articles: 1 },
      { date: '2024-W13', dateKnownTo: 'week', articles: 1 },
      { date: 'unknown', dateKnownTo: 'unknown', articles: 1 },
    ]);
    expect(countArticles(articles, ['date'], { dateUnit: 'month' }).objects()).toEqual([
      { date: '2024-03', dateKnownTo: 'month', articles: 3 },
      { date: 'unknown', dateKnownTo: 'unknown', articles: 1 },
    ]);
    expect(countArticles(articles, ['outlet', 'date'], { dateUnit: 'year' }).objects()).toEqual([
      { outlet: 'Outlet A', date: '2024', dateKnownTo: 'year', articles: 2 },
      { outlet: 'Outlet B', date: '2024', dateKnownTo: 'year', articles: 1 },
      { outlet: 'unknown', date: 'unknown', dateKnownTo: 'unknown', articles: 1 },
    ]);
  });

  it('rejects an empty key list, an unknown unit and a table without the columns', () => {
    expect(() => countArticles(articles, [])).toThrow('give at least one key');
    expect(() => countArticles(articles, ['date'], { dateUnit: 'hour' as never })).toThrow('unknown date unit "hour"');
    expect(() => countArticles(articles.select('id'), ['language'])).toThrow('unknown column "language"');
  });

  it('counts the seeds, adding up to five', async () => {
    const table = corpusTables(await seedArticles()).articles;
    expect(countArticles(table, ['language']).objects()).toEqual([
      { language: 'ar', articles: 2 },
      { language: 'vi', articles: 2 },
      { language: 'pl', articles: 1 },
    ]);
    const byOutlet = countArticles(table, ['outlet']).objects() as { outlet: string; articles: number }[];
    expect(byOutlet.map((row) => `${row.outlet}:${row.articles}`).sort()).toEqual(['Al Mayadeen:1', 'Báo Quốc tế:1', 'RT Arabic:1', 'RT:1', 'Thanh Niên:1']);
    expect(countArticles(table, ['language', 'date'], { dateUnit: 'week' }).objects()).toEqual([
      { language: 'ar', date: 'unknown', dateKnownTo: 'unknown', articles: 2 },
      { language: 'pl', date: 'unknown', dateKnownTo: 'unknown', articles: 1 },
      { language: 'vi', date: '2023-W26', dateKnownTo: 'week', articles: 1 },
      { language: 'vi', date: 'unknown', dateKnownTo: 'unknown', articles: 1 },
    ]);
  });
});

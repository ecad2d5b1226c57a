import { describe, expect, it } from 'vitest';
import { corpusTables, timeline } from '../src/index.js';
import { inlineCorpus } from './inline-corpus.js';
import { seedArticles } from './seeds.js';

describe('timeline', () => {
  const tables = corpusTables(inlineCorpus());

  it('puts mentioned dates next to publication dates, by language and month, at their own precision', () => {
    expect(timeline(tables, { unit: 'month' }).objects()).toEqual([
      { language: 'en', kind: 'mentioned', period: '2023', knownTo: 'year', count: 1 },
      { language: 'en', kind: 'mentioned', period: '2024-02', knownTo: 'month', count: 1 },
      { language: 'en', kind: 'mentioned', period: '2024-03', knownTo: 'month', count: 1 },
      { language: 'en', kind: 'mentioned', period: 'unknown', knownTo: 'unknown', count: 1 },
      { language: 'en', kind: 'published', period: '2024-03', knownTo: 'month', count: 2 },
      { language: 'fr', kind: 'mentioned', period: '2024-03', knownTo: 'month', count: 1 },
      { language: 'fr', kind: 'published', period: '2024-03', knownTo: 'month', count: 1 },
      { language: 'unknown', kind: 'published', period: 'unknown', knownTo: 'unknown', count: 1 },
    ]);
  });

  it('by day keeps the month-only article on its month, and counts boilerplate dates only when asked', () => {
    const byDay = timeline(tables, { unit: 'day', by: [] }).filter((d: { kind: string }) => d.kind === 'published').objects();
    expect(byDay).toEqual([
      { kind: 'published', period: '2024-03', knownTo: 'month', count: 1 },
      { kind: 'published', period: '2024-03-05', knownTo: 'day', count: 1 },
      { kind: 'published', period: '2024-03-28', knownTo: 'day', count: 1 },
      { kind: 'published', period: 'unknown', knownTo: 'unknown', count: 1 },
    ]);
    const mentioned = (options: { includeBoilerplate?: boolean }) =>
      timeline(tables, { unit: 'year', by: [], ...options }).filter((d: { kind: string }) => d.kind === 'mentioned').objects();
    expect(mentioned({})).toEqual([
      { kind: 'mentioned', period: '2023', knownTo: 'year', count: 1 },
      { kind: 'mentioned', period: '2024', knownTo: 'year', count: 3 },
      { kind: 'mentioned', period: 'unknown', knownTo: 'unknown', count: 1 },
    ]);
    expect(mentioned({ includeBoilerplate: true })).toContainEqual({ kind: 'mentioned', period: '2024', knownTo: 'year', count: 4 });
  });

  it('accounts for every seed article and every date mentioned in the seed articles', async () => {
    const articles = await seedArticles();
    const rows = timeline(corpusTables(articles), { unit: 'year' }).objects() as { language: string; kind: string; period: string; count: number }[];
    const total = (kind: string) => rows.filter((row) => row.kind === kind).reduce((sum, row) => sum + row.count, 0);
    expect(total('published')).toBe(5);
    expect(total('mentioned')).toBe(articles.flatMap((a) => a.dates).filter((d) => ['title', 'lead', 'body'].includes(d.role)).length);
    expect(rows).toContainEqual({ language: 'vi', kind: 'published', period: '2023', knownTo: 'year', count: 1 });
    expect(rows).toContainEqual(expect.objectContaining({ language: 'vi', kind: 'mentioned', period: '2013' }));
  });
});

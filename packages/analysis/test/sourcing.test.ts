import { describe, expect, it } from 'vitest';
import { comparableUrl, corpusTables, sourcing, translations } from '../src/index.js';
import { inlineCorpus, makeArticle } from './inline-corpus.js';
import { seed, seedArticles } from './seeds.js';

describe('sourcing and translations', () => {
  const tables = corpusTables(inlineCorpus());

  it('counts agency citations by outlet and role, with the share of the outlet\'s articles', () => {
    expect(sourcing(tables).objects()).toEqual([
      { outlet: 'Outlet A', agency: 'TASS', role: 'attribution', citations: 2, articles: 2, total: 2, share: 1 },
      { outlet: 'Outlet A', agency: 'AFP', role: 'credit', citations: 1, articles: 1, total: 2, share: 0.5 },
      { outlet: 'Outlet B', agency: 'AFP', role: 'source-line', citations: 1, articles: 1, total: 1, share: 1 },
    ]);
  });

  it('links a translation to its original in the corpus by URL', () => {
    expect(comparableUrl('https://www.RT.com/africa/1-x/#top')).toBe('rt.com/africa/1-x');
    expect(translations(tables).objects()).toEqual([
      {
        articleId: 'cccccccccccccccc', file: 'cccccccccccccccc.txt', outlet: 'Outlet B', language: 'fr', translationTool: 'DeepL',
        originalUrl: 'https://www.outlet-a.example/world/pact/', originalOutlet: 'Outlet A', originalLanguage: 'en',
        originalArticleId: 'aaaaaaaaaaaaaaaa', originalFile: 'aaaaaaaaaaaaaaaa.txt',
      },
    ]);
    expect(translations(corpusTables(inlineCorpus().slice(1))).get('originalArticleId', 0)).toBeNull();
    expect(translations(corpusTables([])).numRows()).toBe(0);
  });

  it('never names a translation as the original of another translation of the same text', () => {
    const url = 'https://www.rt.com/africa/602036-x/';
    // Both translations name the original as their source (as a `zrodlo:` line does), so each has the original's URL as sourceUrl.
    const translation = (id: string, language: string) =>
      makeArticle({ id, language, outlet: 'RT', sourceUrl: url, translation: { tool: 'Google Translate', originalUrl: url, originalLanguage: 'en' }, articleChars: 40, navigationChars: 0 });
    const pl = translation('1111111111111111', 'pl');
    const vi = translation('2222222222222222', 'vi');
    const originals = (articles: ReturnType<typeof makeArticle>[]) =>
      (translations(corpusTables(articles)).objects() as { articleId: string; originalArticleId: string | null }[]).map((row) => [row.articleId, row.originalArticleId]);
    expect(originals([pl, vi])).toEqual([[pl.id, null], [vi.id, null]]);
    const english = makeArticle({ id: '3333333333333333', language: 'en', outlet: 'RT', sourceUrl: 'rt.com/africa/602036-x', articleChars: 40, navigationChars: 0 });
    expect(originals([pl, english, vi])).toEqual([[pl.id, english.id], [vi.id, english.id]]);
    // An original known by its own URL (its record's), not by a source line.
    const crawled = makeArticle({ id: '4444444444444444', language: 'en', outlet: 'RT', url: 'http://rt.com/africa/602036-x#top', articleChars: 40, navigationChars: 0 });
    expect(originals([pl, crawled])).toEqual([[pl.id, crawled.id]]);
  });

  it('shows which agencies each seed outlet relies on, and the translated seed', async () => {
    const articles = await seedArticles();
    const tables = corpusTables(articles);
    const rows = (sourcing(tables).objects() as { outlet: string; agency: string; role: string }[]).map((row) => `${row.outlet}|${row.agency}|${row.role}`);
    expect(rows.sort()).toEqual([
      'Báo Quốc tế|TASS|source-line',
      'RT Arabic|AFP|source-line',
      'RT Arabic|Legion-Media|credit',
      'RT|Sputnik|credit',
      'Thanh Niên|AFP|attribution',
      'Thanh Niên|Reuters|credit',
      'Thanh Niên|TASS|attribution',
    ]);
    const translated = translations(tables).objects() as Record<string, unknown>[];
    expect(translated).toHaveLength(1);
    expect(translated[0]).toMatchObject({
      articleId: seed(articles, '002').id,
      language: 'pl',
      translationTool: 'Google Translate',
      originalOutlet: 'RT',
      originalLanguage: 'en',
      originalArticleId: null,
    });
    expect(String(translated[0]!['originalUrl'])).toMatch(/^https:\/\/www\.rt\.com\/africa\//);
  });
});

import { describe, expect, it } from 'vitest';
import { ARTICLE_ROLES } from '@polynews/core';
import { corpusTables, coverage } from '../src/index.js';
import { inlineCorpus, makeArticle } from './inline-corpus.js';
import { seedArticles } from './seeds.js';

const COLUMNS = ['entityId', 'name', 'articles', 'mentions', 'total', 'share'];

describe('coverage', () => {
  const tables = corpusTables(inlineCorpus());

  it('reports articles mentioning, mentions, group total and share per language', () => {
    expect(coverage(tables).select('language', ...COLUMNS).objects()).toEqual([
      { language: 'en', entityId: 'mali', name: 'Mali', articles: 2, mentions: 2, total: 2, share: 1 },
      { language: 'en', entityId: 'sergei-lavrov', name: 'Sergei Lavrov', articles: 1, mentions: 2, total: 2, share: 0.5 },
      { language: 'fr', entityId: 'mali', name: 'Mali', articles: 1, mentions: 3, total: 1, share: 1 },
      { language: 'fr', entityId: 'sergei-lavrov', name: 'Sergei Lavrov', articles: 1, mentions: 1, total: 1, share: 1 },
    ]);
  });

  it('leaves out boilerplate mentions unless asked, and filters by type', () => {
    const withPromo = coverage(tables, { includeBoilerplate: true }).objects() as { language: string; name: string; share: number }[];
    expect(withPromo).toContainEqual(expect.objectContaining({ language: 'en', name: 'Vladimir Putin', articles: 1, share: 0.5 }));
    expect(coverage(tables, { types: ['person'] }).array('name')).toEqual(['Sergei Lavrov', 'Sergei Lavrov']);
  });

  it('groups by outlet, and by nothing for the whole corpus', () => {
    expect(coverage(tables, { by: 'outlet' }).select('outlet', 'name', 'articles', 'total').objects()).toEqual([
      { outlet: 'Outlet A', name: 'Mali', articles: 2, total: 2 },
      { outlet: 'Outlet A', name: 'Sergei Lavrov', articles: 1, total: 2 },
      { outlet: 'Outlet B', name: 'Mali', articles: 1, total: 1 },
      { outlet: 'Outlet B', name: 'Sergei Lavrov', articles: 1, total: 1 },
    ]);
    expect(coverage(tables, { by: [] }).select(...COLUMNS).objects()).toEqual([
      { entityId: 'mali', name: 'Mali', articles: 3, mentions: 5, total: 4, share: 0.75 },
      { entityId: 'sergei-lavrov', name: 'Sergei Lavrov', articles: 2, mentions: 3, total: 4, share: 0.5 },
    ]);
    expect(() => coverage(tables, { by: 'country' as never })).toThrow('unknown group key "country"');
  });

  it('agrees with the seed articles counted directly', async () => {
    const articles = await seedArticles();
    const table = coverage(corpusTables(articles), { by: 'language' });
    const rows = table.objects() as { language: string; entity: string; entityId: string | null; articles: number; mentions: number; total: number; share: number }[];
    const entityOf = (m: { entityId: string | null; key: string }) => m.entityId ?? m.key;
    for (const row of rows) {
      const group = articles.filter((article) => article.language === row.language);
      const mentioning = group.filter((article) => article.mentions.some((m) => entityOf(m) === row.entity && ARTICLE_ROLES.includes(m.role)));
      const mentions = group.flatMap((article) => article.mentions).filter((m) => entityOf(m) === row.entity && ARTICLE_ROLES.includes(m.role));
      expect([row.articles, row.mentions, row.total, row.share]).toEqual([mentioning.length, mentions.length, group.length, mentioning.length / group.length]);
    }
    const lavrov = rows.filter((row) => row.entityId === 'sergei-lavrov').map((row) => [row.language, row.articles, row.share]);
    expect(lavrov).toEqual([['ar', 2, 1], ['pl', 1, 1], ['vi', 2, 1]]);
    const mali = rows.filter((row) => row.entityId === 'mali').map((row) => [row.language, row.articles]);
    expect(mali).toEqual([['ar', 2], ['pl', 1], ['vi', 2]]);
    expect(rows.filter((row) => row.entityId === null).length).toBeGreaterThan(0);
  });

  it('counts names the registry does not hold beside linked ones, one entity per key, marked unlinked', () => {
    const article = (id: string, mentions: Parameters<typeof makeArticle>[0]['mentions']) => makeArticle({ id, language: 'pl', outlet: 'Kurier', mentions, articleChars: 100, navigationChars: 0 });
    const unlinked = corpusTables([
      article('1111111111111111', [['mali', 'Mali', 'place'], [null, 'Krakowie', 'place', 'body', 'pl:krak']]),
      article('2222222222222222', [[null, 'Krakowa', 'place', 'body', 'pl:krak'], [null, 'Krakowa', 'place', 'body', 'pl:krak'], [null, 'Jan Nowak', 'person', 'body', 'pl:jan nowak']]),
    ]);
    expect(coverage(unlinked).select('entity', 'entityId', 'name', 'type', 'linked', 'articles', 'mentions', 'share').objects()).toEqual([
      { entity: 'pl:krak', entityId: null, name: 'Krakowa', type: 'place', linked: false, articles: 2, mentions: 3, share: 1 },
      { entity: 'pl:jan nowak', entityId: null, name: 'Jan Nowak', type: 'person', linked: false, articles: 1, mentions: 1, share: 0.5 },
      { entity: 'mali', entityId: 'mali', name: 'Mali', type: 'place', linked: true, articles: 1, mentions: 1, share: 0.5 },
    ]);
    expect(coverage(unlinked, { linkedOnly: true }).array('entity')).toEqual(['mali']);
  });
});

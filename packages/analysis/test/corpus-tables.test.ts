import { describe, expect, it } from 'vitest';
import { ARTICLE_ROLES } from '@polynews/core';
import { corpusTables, TABLE_NAMES } from '../src/index.js';
import { inlineCorpus } from './inline-corpus.js';
import { seed, seedArticles } from './seeds.js';

describe('corpusTables on the inline corpus', () => {
  const tables = corpusTables(inlineCorpus());

  it('builds the six tables with their documented columns', () => {
    expect(TABLE_NAMES).toEqual(['articles', 'segments', 'mentions', 'quotes', 'citations', 'dates']);
    expect(tables.articles.columnNames()).toEqual([
      'id', 'file', 'contentHash', 'bodyHash', 'duplicateOf', 'url', 'title', 'language', 'languageConfidence', 'script', 'outlet', 'outletKey', 'outletConfidence',
      'titleSource', 'publishedSource', 'outletSource', 'languageSource', 'published', 'precision',
      'publishedDay', 'publishedWeek', 'publishedMonth', 'publishedYear', 'sourceUrl', 'isTranslation', 'translationTool',
      'originalUrl', 'originalOutlet', 'originalLanguage', 'citations', 'mentions', 'quotes', 'dates', 'chars', 'words',
      'bodyWords', 'articleChars', 'boilerplateChars', 'boilerplateShare', 'warnings',
    ]);
    expect(tables.mentions.columnNames()).toEqual(['articleId', 'outlet', 'language', 'entity', 'entityId', 'key', 'linked', 'name', 'type', 'typeConfidence', 'surface', 'role', 'inArticle', 'start', 'end']);
    expect(tables.quotes.columnNames()).toEqual(['articleId', 'outlet', 'language', 'speakerId', 'speaker', 'attribution', 'speakerType', 'speakerAs', 'cue', 'scare', 'text', 'words', 'start', 'end']);
    expect(tables.citations.columnNames()).toEqual(['articleId', 'outlet', 'language', 'agency', 'agencyId', 'role', 'evidence', 'start', 'end']);
    expect(tables.dates.columnNames()).toEqual([
      'articleId', 'outlet', 'language', 'surface', 'value', 'precision', 'inferred', 'relative', 'calendar', 'role', 'inArticle',
      'day', 'week', 'month', 'year', 'articlePublishedDay', 'daysFromPublication',
    ]);
    expect(tables.segments.columnNames()).toEqual(['articleId', 'outlet', 'language', 'index', 'role', 'inArticle', 'start', 'end', 'chars', 'segmentLanguage']);
    expect([tables.articles, tables.segments, tables.mentions, tables.quotes, tables.citations, tables.dates].map((table) => table.numRows())).toEqual([4, 7, 9, 6, 4, 6]);
  });

  it('places publication dates only at the precision the page gives', () => {
    const rows = tables.articles.select('id', 'publishedDay', 'publishedWeek', 'publishedMonth', 'publishedYear').objects();
    expect(rows).toEqual([
      { id: 'aaaaaaaaaaaaaaaa', publishedDay: '2024-03-05', publishedWeek: '2024-W10', publishedMonth: '2024-03', publishedYear: '2024' },
      { id: 'bbbbbbbbbbbbbbbb', publishedDay: null, publishedWeek: null, publishedMonth: '2024-03', publishedYear: '2024' },
      { id: 'cccccccccccccccc', publishedDay: '2024-03-28', publishedWeek: '2024-W13', publishedMonth: '2024-03', publishedYear: '2024' },
      { id: 'dddddddddddddddd', publishedDay: null, publishedWeek: null, publishedMonth: null, publishedYear: null },
    ]);
  });

  it('counts article-text mentions, quotes and dates and measures boilerplate per article', () => {
    const rows = tables.articles.select('mentions', 'quotes', 'dates', 'articleChars', 'boilerplateChars', 'boilerplateShare').objects();
    expect(rows).toEqual([
      { mentions: 3, quotes: 3, dates: 3, articleChars: 300, boilerplateChars: 100, boilerplateShare: 0.25 },
      { mentions: 1, quotes: 1, dates: 1, articleChars: 100, boilerplateChars: 0, boilerplateShare: 0 },
      { mentions: 4, quotes: 2, dates: 1, articleChars: 200, boilerplateChars: 200, boilerplateShare: 0.5 },
      { mentions: 0, quotes: 0, dates: 0, articleChars: 50, boilerplateChars: 50, boilerplateShare: 0.5 },
    ]);
  });

  it('gives each mentioned date its calendar parts and its distance from publication', () => {
    expect(tables.dates.select('value', 'inArticle', 'day', 'month', 'year', 'articlePublishedDay', 'daysFromPublication').objects()).toEqual([
      { value: '2024-03-01', inArticle: true, day: '2024-03-01', month: '2024-03', year: '2024', articlePublishedDay: '2024-03-05', daysFromPublication: -4 },
      { value: '2023', inArticle: true, day: null, month: null, year: '2023', articlePublishedDay: '2024-03-05', daysFromPublication: null },
      { value: '--06-30', inArticle: true, day: null, month: null, year: null, articlePublishedDay: '2024-03-05', daysFromPublication: null },
      { value: '2024-02', inArticle: false, day: null, month: '2024-02', year: '2024', articlePublishedDay: '2024-03-05', daysFromPublication: null },
      { value: '2024-02-27', inArticle: true, day: '2024-02-27', month: '2024-02', year: '2024', articlePublishedDay: null, daysFromPublication: null },
      { value: '2024-03-28', inArticle: true, day: '2024-03-28', month: '2024-03', year: '2024', articlePublishedDay: '2024-03-28', daysFromPublication: 0 },
    ]);
  });

  it('labels how each quote is attributed', () => {
    expect(tables.quotes.select('speaker', 'attribution', 'scare').objects()).toEqual([
      { speaker: 'Sergei Lavrov', attribution: 'linked', scare: false },
      { speaker: null, attribution: 'none', scare: false },
      { speaker: null, attribution: 'none', scare: true },
      { speaker: 'a Malian diplomat', attribution: 'described', scare: false },
      { speaker: 'Sergei Lavrov', attribution: 'linked', scare: false },
      { speaker: 'Sergei Lavrov', attribution: 'linked', scare: false },
    ]);
  });

  it('builds empty tables with their columns from no articles', () => {
    const empty = corpusTables([]);
    expect(empty.mentions.numRows()).toBe(0);
    expect(empty.mentions.columnNames()).toContain('entityId');
  });
});

describe('corpusTables on the seeds', () => {
  it('has one row per article, segment, mention, quote, citation and date of the parsed articles', async () => {
    const articles = await seedArticles();
    const tables = corpusTables(articles);
    const sum = (pick: (a: (typeof articles)[number]) => unknown[]) => articles.reduce((total, article) => total + pick(article).length, 0);
    expect(tables.articles.numRows()).toBe(5);
    expect(tables.segments.numRows()).toBe(sum((a) => a.segments));
    expect(tables.mentions.numRows()).toBe(sum((a) => a.mentions));
    expect(tables.quotes.numRows()).toBe(sum((a) => a.quotes));
    expect(tables.citations.numRows()).toBe(sum((a) => a.citations));
    expect(tables.dates.numRows()).toBe(sum((a) => a.dates));
    expect(tables.articles.array('language')).toEqual(['vi', 'vi', 'pl', 'ar', 'ar']);
    expect(tables.articles.array('publishedDay')).toEqual(['2023-07-01', null, null, null, null]);
    expect(tables.articles.array('publishedWeek')).toEqual(['2023-W26', null, null, null, null]);
    const first = seed(articles, '000');
    const inArticle = first.mentions.filter((mention) => ARTICLE_ROLES.includes(mention.role)).length;
    expect(tables.articles.get('mentions', 0)).toBe(inArticle);
    // Every seed page has boilerplate around the article (menus, captions, teasers…).
    for (const share of tables.articles.array('boilerplateShare') as number[]) {
      expect(share).toBeGreaterThan(0.05);
      expect(share).toBeLessThan(0.95);
    }
  });

  it('counts each segment\'s characters other than spaces (every Unicode space and the zero-width space)', async () => {
    const articles = await seedArticles();
    const segments = corpusTables(articles).segments.objects() as { articleId: string; start: number; end: number; chars: number }[];
    const textOf = new Map(articles.map((article) => [article.id, article.text]));
    for (const segment of segments) {
      expect(segment.chars).toBe(textOf.get(segment.articleId)!.slice(segment.start, segment.end).replace(/[\s\u200b]/gu, '').length);
    }
    const spaced = { ...articles[0]!, text: 'a\u00a0b\u2009c\u200bd\u3000e\tf\ufeffg\u2028h \u1680i' };
    spaced.segments = [{ ...articles[0]!.segments[0]!, start: 0, end: spaced.text.length }];
    expect(corpusTables([spaced]).segments.get('chars', 0)).toBe(9);
  });

  it('never gives a mentioned date a day or a month that the text does not give', async () => {
    const tables = corpusTables(await seedArticles());
    for (const row of tables.dates.objects() as { value: string | null; relative: string | null; day: string | null; week: string | null; month: string | null; year: string | null }[]) {
      if (row.value === null) {
        // A relative date with no publication date to count from is placed nowhere.
        expect(row.relative).toMatch(/^-?P/);
        expect([row.day, row.week, row.month, row.year]).toEqual([null, null, null, null]);
        continue;
      }
      expect(row.day === null || row.value.startsWith(row.day)).toBe(true);
      if (/^\d{4}$/.test(row.value)) expect([row.day, row.month]).toEqual([null, null]);
      if (/^\d{4}-\d{2}$/.test(row.value)) expect(row.day).toBeNull();
      if (row.value.startsWith('-')) expect(row.year).toBeNull();
    }
    expect(tables.dates.array('value')).toContain('2015-07-23');
  });
});

import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { corpusTables, coverage, coverageHeatmapSpec, fieldSources, finestUnit, renderPng, renderSvg, topOutlets, topRows, topValues, voices, voicesBarSpec, countArticles } from '../src/index.js';
import { makeArticle } from './inline-corpus.js';

/** Outlet i publishes 12 − i articles (i < 10), then 40 outlets one article each; dates over `days` days. */
function manyOutlets(days = 40) {
  const articles = [];
  let n = 0;
  for (let outlet = 0; outlet < 50; outlet++) {
    const count = outlet < 10 ? 12 - outlet : 1;
    for (let k = 0; k < count; k++) {
      const day = new Date(Date.UTC(2024, 2, 1) + ((n * 7) % days) * 86_400_000).toISOString().slice(0, 10);
      articles.push(
        makeArticle({
          id: (n++).toString(16).padStart(16, '0'),
          language: outlet % 2 === 0 ? 'en' : 'fr',
          outlet: `Outlet ${String(outlet).padStart(2, '0')}`,
          published: [day, 'day'],
          mentions: outlet === 0 || k % 2 === 0 ? [['mali', 'Mali', 'place']] : [],
          quotes: [['sergei-lavrov', 'Sergei Lavrov']],
          articleChars: 100,
          navigationChars: 10,
        }),
      );
    }
  }
  return corpusTables(articles);
}

describe('the largest outlets and the rest', () => {
  const tables = manyOutlets();

  it('names the largest outlets and folds the others into one group in every table', () => {
    expect([...topValues(tables.articles, 'outlet', { top: 3 })]).toEqual(['Outlet 00', 'Outlet 01', 'Outlet 02']);
    const top = topOutlets(tables, { top: 3 });
    const counts = countArticles(top.articles, ['outlet']).objects();
    expect(counts).toEqual([
      { outlet: 'other (47 outlets)', articles: 115 - 33 },
      { outlet: 'Outlet 00', articles: 12 },
      { outlet: 'Outlet 01', articles: 11 },
      { outlet: 'Outlet 02', articles: 10 },
    ]);
    expect(new Set(top.quotes.array('outlet') as string[])).toEqual(new Set(['Outlet 00', 'Outlet 01', 'Outlet 02', 'other (47 outlets)']));
    expect(topOutlets(tables, { top: 60 })).toBe(tables);
  });

  it('cuts a long count table to its top rows and one summed row', () => {
    const cut = topRows(countArticles(tables.articles, ['outlet']), 'outlet', { top: 5, count: 'articles' });
    expect(cut.numRows()).toBe(6);
    expect(cut.objects().at(-1)).toEqual({ outlet: 'other (45)', articles: 115 - 12 - 11 - 10 - 9 - 8 });
  });

  it('heads each heatmap column with its n, and does not shade a group of one article', () => {
    const spec = coverageHeatmapSpec(coverage(tables, { by: 'outlet' }), { group: 'outlet' }) as Record<string, any>;
    const rows = spec.data.values as { outlet: string; column: string; cell: string; total: number }[];
    expect(rows.find((row) => row.outlet === 'Outlet 00')).toMatchObject({ column: 'Outlet 00 · n = 12', cell: '12' });
    expect(rows.find((row) => row.outlet === 'Outlet 10')).toMatchObject({ column: 'Outlet 10 · n = 1', cell: 'n = 1' });
    expect(spec.layer[0].encoding.color.condition).toEqual({ test: 'datum.total < 2', value: '#ffffff' });
  });

  it('draws labels up to 360 pixels, so outlet and speaker names are not cut', () => {
    const spec = voicesBarSpec(voices(tables, { by: 'outlet' }), { group: 'outlet' }) as Record<string, any>;
    expect(spec.encoding.y.axis.labelLimit).toBe(360);
    expect(spec.encoding.color.legend.labelLimit).toBe(360);
  });
});

describe('the finest unit of a timeline', () => {
  it('is the day over a few weeks, the week over a year, the month beyond', () => {
    expect(finestUnit(manyOutlets(40).articles)).toBe('day');
    expect(finestUnit(manyOutlets(300).articles)).toBe('week');
    expect(finestUnit(manyOutlets(1200).articles)).toBe('month');
  });

  it('is the month or year when most dates are not known to the day', () => {
    const monthly = corpusTables([
      makeArticle({ id: 'a000000000000001', language: 'en', outlet: 'A', published: ['2024-03', 'month'], articleChars: 10, navigationChars: 0 }),
      makeArticle({ id: 'a000000000000002', language: 'en', outlet: 'A', published: ['2024-05', 'month'], articleChars: 10, navigationChars: 0 }),
      makeArticle({ id: 'a000000000000003', language: 'en', outlet: 'A', published: ['2024-05-02', 'day'], articleChars: 10, navigationChars: 0 }),
    ]);
    expect(finestUnit(monthly.articles)).toBe('month');
    expect(finestUnit(corpusTables([makeArticle({ id: 'a000000000000004', language: 'en', outlet: 'A', articleChars: 10, navigationChars: 0 })]).articles)).toBe('year');
  });
});

describe('where the fields came from', () => {
  it('counts the articles by the source of each field, none included', () => {
    const rows = fieldSources(manyOutlets().articles).objects() as { field: string; source: string; articles: number; share: number }[];
    expect(rows.filter((row) => row.field === 'published')).toEqual([{ field: 'published', source: 'dateline', articles: 115, share: 1 }]);
    expect(rows.filter((row) => row.field === 'language')).toEqual([{ field: 'language', source: 'none', articles: 115, share: 1 }]);
    expect(rows.filter((row) => row.field === 'title')).toEqual([{ field: 'title', source: 'text', articles: 115, share: 1 }]);
  });
});

describe('renderPng', () => {
  it('draws a chart as a PNG twice the SVG size, with chart-coloured bars', async () => {
    const svg = await renderSvg(voicesBarSpec(voices(manyOutlets()), { group: null }));
    const png = PNG.sync.read(Buffer.from(await renderPng(svg)));
    const width = Number(/width="(\d+)"/u.exec(svg)![1]);
    expect(png.width).toBe(width * 2);
    let bar = 0;
    for (let index = 0; index < png.data.length; index += 4) if (png.data[index] === 0x4c && png.data[index + 1] === 0x78 && png.data[index + 2] === 0xa8) bar += 1;
    expect(bar).toBeGreaterThan(1000);
  });
});

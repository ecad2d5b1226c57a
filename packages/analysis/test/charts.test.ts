import { describe, expect, it } from 'vitest';
import { corpusTables, countsOverTimeSpec, coverage, coverageHeatmapSpec, renderSvg, timeline, voices, voicesBarSpec, VEGA_LITE_SCHEMA } from '../src/index.js';
import { inlineCorpus, makeArticle } from './inline-corpus.js';
import { seedArticles } from './seeds.js';

describe('chart specs', () => {
  const tables = corpusTables(inlineCorpus());

  it('counts over time: periods in order with unknown last, coloured by language, one row per kind', () => {
    const spec = countsOverTimeSpec(timeline(tables, { unit: 'month' }), { row: 'kind', title: 'Dates' }) as Record<string, any>;
    expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
    expect(spec.encoding.x.sort).toEqual(['2023', '2024-02', '2024-03', 'unknown']);
    expect(spec.encoding.color.field).toBe('language');
    expect(spec.encoding.row.field).toBe('kind');
    expect(spec.data.values).toHaveLength(8);
    expect(() => countsOverTimeSpec(tables.articles)).toThrow('countsOverTimeSpec: the table has no column "period"');
  });

  it('coverage heatmap keeps the most-covered entities and voices bars sort by quotes', () => {
    const heatmap = coverageHeatmapSpec(coverage(tables), { top: 1 }) as Record<string, any>;
    expect(heatmap.encoding.y.sort).toEqual(['Mali']);
    expect(heatmap.data.values.map((row: { name: string }) => row.name)).toEqual(['Mali', 'Mali']);
    const bars = voicesBarSpec(voices(tables)) as Record<string, any>;
    expect(bars.encoding.y.sort).toEqual({ field: 'quotes', op: 'sum', order: 'descending' });
    expect(bars.data.values).toHaveLength(4);
  });
});

describe('renderSvg', () => {
  it('renders the seed charts to SVG in Node, with their labels', async () => {
    const tables = corpusTables(await seedArticles());
    const heatmap = await renderSvg(coverageHeatmapSpec(coverage(tables), { top: 10, title: 'Coverage' }));
    expect(heatmap.startsWith('<svg')).toBe(true);
    expect(heatmap).toContain('Sergei Lavrov');
    expect(heatmap).toContain('Coverage');
    expect(heatmap.match(/<path[^>]*aria-roledescription="rect"/g)?.length ?? heatmap.match(/role-mark/g)?.length).toBeGreaterThan(0);
    const bars = await renderSvg(voicesBarSpec(voices(tables)));
    expect(bars).toContain('Assimi Goïta');
    const time = await renderSvg(countsOverTimeSpec(timeline(tables), { row: 'kind' }));
    expect(time).toContain('>2013<');
    expect(time).toContain('>unknown<');
  });

  it('explains an invalid spec', async () => {
    await expect(renderSvg({ $schema: VEGA_LITE_SCHEMA, mark: 'no-such-mark' })).rejects.toThrow(/renderSvg: not a valid Vega-Lite spec/);
  });
});

describe('agenciesBarSpec', () => {
  it('stacks each outlet\'s citations by agency and renders', async () => {
    const { agenciesBarSpec, sourcing } = await import('../src/index.js');
    const tables = corpusTables(inlineCorpus());
    const spec = agenciesBarSpec(sourcing(tables)) as Record<string, any>;
    expect(spec.encoding.y.field).toBe('outlet');
    expect(spec.encoding.color.field).toBe('agency');
    expect(spec.data.values.map((row: { agency: string }) => row.agency)).toEqual(['TASS', 'AFP', 'AFP']);
    const svg = await renderSvg(agenciesBarSpec(sourcing(tables)));
    expect(svg).toContain('Outlet B');
    expect(() => agenciesBarSpec(tables.articles)).toThrow('agenciesBarSpec: the table has no column "agency"');
  });
});

describe('htmlTable', () => {
  it('shows shares as percentages in an HTML table', async () => {
    const { htmlTable } = await import('../src/index.js');
    const html = htmlTable(coverage(corpusTables(inlineCorpus())), { limit: 1 });
    // The first coverage row is Mali in English: 2 of 2 articles.
    expect(html).toContain('<td style="text-align: left;">en</td><td style="text-align: left;">mali</td><td style="text-align: left;">mali</td><td style="text-align: left;">Mali</td><td style="text-align: left;">place</td><td style="text-align: left;">true</td><td style="text-align: right;">2</td><td style="text-align: right;">2</td><td style="text-align: right;">2</td><td style="text-align: right;">100%</td>');
    expect(html.match(/<tr>/g)?.length).toBe(2);
  });
});

describe('renderSvg escapes what pages bring', () => {
  it('shows a speaker or entity named <script> as text in the SVG', async () => {
    const hostile = '<script>alert(1)</script>';
    const article = makeArticle({ id: '5555555555555555', language: 'en', outlet: '<img src=x onerror=alert(2)>', mentions: [['x', hostile, 'person']], quotes: [['x', hostile]], articleChars: 20, navigationChars: 0 });
    const tables = corpusTables([article]);
    for (const svg of [await renderSvg(coverageHeatmapSpec(coverage(tables))), await renderSvg(voicesBarSpec(voices(tables)))]) {
      expect(svg).not.toMatch(/<script|<img/);
      expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });
});

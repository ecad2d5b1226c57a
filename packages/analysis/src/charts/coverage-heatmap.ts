import type { ColumnTable } from 'arquero';
import { inlineValues, requireColumns, VEGA_LITE_SCHEMA, type VegaLiteSpec } from './vega-lite-spec.js';

/** Options of {@link coverageHeatmapSpec}. */
export interface CoverageHeatmapOptions {
  /** The group column on x (default `language`). */
  group?: string;
  /** Show at most this many entities, the most covered overall (default 25). */
  top?: number;
  /** The chart title. */
  title?: string;
}

/**
 * A Vega-Lite heatmap of `coverage(…)`: entities down, groups across, cells coloured by the share
 * of the group's articles that mention the entity and labelled with the article count.
 *
 * @example
 * const svg = await renderSvg(coverageHeatmapSpec(coverage(tables, { by: 'language' }), { top: 20 }));
 */
export function coverageHeatmapSpec(table: ColumnTable, options: CoverageHeatmapOptions = {}): VegaLiteSpec {
  const group = options.group ?? 'language';
  requireColumns('coverageHeatmapSpec', table, [group, 'name', 'articles', 'share']);
  const totals = new Map<string, number>();
  for (const row of table.objects() as { name: string; articles: number }[]) totals.set(row.name, (totals.get(row.name) ?? 0) + row.articles);
  const names = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, options.top ?? 25).map(([name]) => name);
  const kept = new Set(names);
  const rows = (table.objects() as { name: string }[]).filter((row) => kept.has(row.name));
  return {
    $schema: VEGA_LITE_SCHEMA,
    ...(options.title ? { title: options.title } : {}),
    data: { values: rows },
    width: { step: 44 },
    height: { step: 18 },
    encoding: {
      x: { field: group, type: 'nominal', title: null, axis: { orient: 'top', labelAngle: 0 } },
      y: { field: 'name', type: 'nominal', sort: names, title: null },
    },
    layer: [
      { mark: { type: 'rect', tooltip: true }, encoding: { color: { field: 'share', type: 'quantitative', title: 'share of articles', scale: { domain: [0, 1], scheme: 'blues' } } } },
      {
        mark: { type: 'text', fontSize: 10 },
        encoding: {
          text: { field: 'articles', type: 'quantitative' },
          color: { condition: { test: 'datum.share > 0.5', value: 'white' }, value: 'black' },
        },
      },
    ],
  };
}


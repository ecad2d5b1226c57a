import type { ColumnTable } from 'arquero';
import { LABEL_LIMIT, requireColumns, VEGA_LITE_SCHEMA, type VegaLiteSpec } from './vega-lite-spec.js';

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
 * A Vega-Lite heatmap of `coverage(…)`: entities down, groups across (each headed with its number
 * of articles, `n = 12`), cells coloured by the share of the group's articles that mention the
 * entity and labelled with the article count behind the share. A group of one article is not
 * shaded (its shares are 0 or 1 and say nothing): its cells read `n = 1`.
 *
 * @example
 * const svg = await renderSvg(coverageHeatmapSpec(coverage(tables, { by: 'language' }), { top: 20 }));
 */
export function coverageHeatmapSpec(table: ColumnTable, options: CoverageHeatmapOptions = {}): VegaLiteSpec {
  const group = options.group ?? 'language';
  requireColumns('coverageHeatmapSpec', table, [group, 'name', 'articles', 'share', 'total']);
  const totals = new Map<string, number>();
  for (const row of table.objects() as { name: string; articles: number }[]) totals.set(row.name, (totals.get(row.name) ?? 0) + row.articles);
  const names = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, options.top ?? 25).map(([name]) => name);
  const kept = new Set(names);
  const rows = (table.objects() as Record<string, unknown>[])
    .filter((row) => kept.has(row['name'] as string))
    .map((row) => ({ ...row, column: `${String(row[group])} · n = ${String(row['total'])}`, cell: row['total'] === 1 ? 'n = 1' : String(row['articles']) }));
  const columns = [...new Set(rows.map((row) => row.column))];
  return {
    $schema: VEGA_LITE_SCHEMA,
    ...(options.title ? { title: options.title } : {}),
    data: { values: rows },
    width: { step: 52 },
    height: { step: 18 },
    encoding: {
      x: { field: 'column', type: 'nominal', sort: columns, title: null, axis: { orient: 'top', labelAngle: -90, labelAlign: 'left', labelBaseline: 'middle', labelLimit: LABEL_LIMIT } },
      y: { field: 'name', type: 'nominal', sort: names, title: null, axis: { labelLimit: LABEL_LIMIT } },
    },
    layer: [
      {
        mark: { type: 'rect', tooltip: true, stroke: '#d0d7de', strokeWidth: 0.5 },
        encoding: {
          color: { condition: { test: 'datum.total < 2', value: '#ffffff' }, field: 'share', type: 'quantitative', title: 'share of articles', scale: { domain: [0, 1], scheme: 'blues' } },
          tooltip: [{ field: group }, { field: 'name' }, { field: 'articles', type: 'quantitative' }, { field: 'total', type: 'quantitative', title: 'n' }, { field: 'share', type: 'quantitative', format: '.0%' }],
        },
      },
      {
        mark: { type: 'text', fontSize: 10 },
        encoding: {
          text: { field: 'cell', type: 'nominal' },
          color: { condition: { test: 'datum.total >= 2 && datum.share > 0.5', value: 'white' }, value: 'black' },
        },
      },
    ],
  };
}


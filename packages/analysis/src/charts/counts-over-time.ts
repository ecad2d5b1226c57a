import type { ColumnTable } from 'arquero';
import { UNKNOWN } from '../group-keys.js';
import { LABEL_LIMIT, requireColumns, specBase, type VegaLiteSpec } from './vega-lite-spec.js';

/** Options of {@link countsOverTimeSpec}. */
export interface CountsOverTimeOptions {
  /** The column of periods on the x axis (default `period`). */
  period?: string;
  /** The column of counts (default `count`). */
  count?: string;
  /** The column that colours the bars (default `language`; omit with null). */
  color?: string | null;
  /** A column that splits the chart into rows, e.g. `kind` of `timeline` (default none). */
  row?: string;
  /** The chart title. */
  title?: string;
}

/**
 * A Vega-Lite bar chart of counts over time: periods on x (in order, as written: `2023-07`,
 * `2023-W26`, `unknown` last), stacked by `color`, optionally one row per `row` value. Feed it
 * `timeline(…)` or `countArticles(…, ['language', 'date'])` renamed to `period`/`count`.
 *
 * @example
 * const spec = countsOverTimeSpec(timeline(tables, { unit: 'year' }), { row: 'kind', title: 'Dates by year' });
 * const svg = await renderSvg(spec);
 */
export function countsOverTimeSpec(table: ColumnTable, options: CountsOverTimeOptions = {}): VegaLiteSpec {
  const period = options.period ?? 'period';
  const count = options.count ?? 'count';
  const color = options.color === undefined ? 'language' : options.color;
  requireColumns('countsOverTimeSpec', table, [period, count, color ?? undefined, options.row]);
  const periods = [...new Set(table.array(period) as string[])].sort((a, b) => (a === UNKNOWN ? 1 : b === UNKNOWN ? -1 : a.localeCompare(b)));
  return {
    ...specBase(table, options.title),
    mark: { type: 'bar', tooltip: true },
    width: { step: periods.length > 40 ? 12 : 22 },
    height: 120,
    encoding: {
      x: { field: period, type: 'ordinal', sort: periods, title: null, axis: { labelAngle: -45 } },
      y: { field: count, type: 'quantitative', title: count, axis: { tickMinStep: 1 } },
      ...(color ? { color: { field: color, type: 'nominal', legend: { labelLimit: LABEL_LIMIT } } } : {}),
      ...(options.row ? { row: { field: options.row, type: 'nominal', title: null, header: { labelLimit: LABEL_LIMIT } } } : {}),
    },
  };
}

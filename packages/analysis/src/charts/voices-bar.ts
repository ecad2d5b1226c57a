import type { ColumnTable } from 'arquero';
import { LABEL_LIMIT, requireColumns, specBase, type VegaLiteSpec } from './vega-lite-spec.js';

/** Options of {@link voicesBarSpec}. */
export interface VoicesBarOptions {
  /** The group column that colours the bars (default `language`; null for none). */
  group?: string | null;
  /** The chart title. */
  title?: string;
}

/**
 * A Vega-Lite horizontal bar chart of `voices(…)`: one bar per speaker, length the number of
 * quotes, stacked by group, most-quoted first.
 *
 * @example
 * const svg = await renderSvg(voicesBarSpec(voices(tables, { by: 'language' })));
 */
export function voicesBarSpec(table: ColumnTable, options: VoicesBarOptions = {}): VegaLiteSpec {
  const group = options.group === undefined ? 'language' : options.group;
  requireColumns('voicesBarSpec', table, ['speaker', 'quotes', group ?? undefined]);
  return {
    ...specBase(table, options.title),
    mark: { type: 'bar', tooltip: true },
    width: 360,
    encoding: {
      y: { field: 'speaker', type: 'nominal', sort: { field: 'quotes', op: 'sum', order: 'descending' }, title: null, axis: { labelLimit: LABEL_LIMIT } },
      x: { field: 'quotes', type: 'quantitative', aggregate: 'sum', title: 'quotes', axis: { tickMinStep: 1 } },
      ...(group ? { color: { field: group, type: 'nominal', legend: { labelLimit: LABEL_LIMIT } } } : {}),
    },
  };
}

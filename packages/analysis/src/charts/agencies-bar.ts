import type { ColumnTable } from 'arquero';
import { LABEL_LIMIT, requireColumns, specBase, type VegaLiteSpec } from './vega-lite-spec.js';

/** Options of {@link agenciesBarSpec}. */
export interface AgenciesBarOptions {
  /** The group column on y (default `outlet`). */
  group?: string;
  /** The chart title. */
  title?: string;
}

/**
 * A Vega-Lite stacked bar chart of `sourcing(…)`: one bar per outlet, one colour per agency,
 * length the number of citations; the citation role is in the tooltip.
 *
 * @example
 * const svg = await renderSvg(agenciesBarSpec(sourcing(tables)));
 */
export function agenciesBarSpec(table: ColumnTable, options: AgenciesBarOptions = {}): VegaLiteSpec {
  const group = options.group ?? 'outlet';
  requireColumns('agenciesBarSpec', table, [group, 'agency', 'role', 'citations']);
  return {
    ...specBase(table, options.title),
    mark: { type: 'bar', tooltip: true },
    width: 360,
    encoding: {
      y: { field: group, type: 'nominal', title: null, axis: { labelLimit: LABEL_LIMIT } },
      x: { field: 'citations', type: 'quantitative', aggregate: 'sum', title: 'citations', axis: { tickMinStep: 1 } },
      color: { field: 'agency', type: 'nominal', legend: { labelLimit: LABEL_LIMIT } },
      tooltip: [{ field: group }, { field: 'agency' }, { field: 'role' }, { field: 'citations', type: 'quantitative' }],
    },
  };
}

import { desc, escape, op, type ColumnTable } from 'arquero';
import type { CorpusTables, TableName } from './corpus-tables.js';
import { UNKNOWN } from './group-keys.js';

/** Options of {@link topOutlets} and {@link topValues}. */
export interface TopOptions {
  /** How many of the largest groups keep their own label (default 12). */
  top?: number;
  /** The label stem of the rest (default `other`): `other (188 outlets)`. */
  other?: string;
}

/**
 * The values of a column that keep their own label: the `top` most frequent (by rows, or by the
 * sum of `weight`), ties broken by name, `unknown` never among them.
 *
 * @example
 * topValues(tables.articles, 'outlet', { top: 3 }); // Set { 'RT Arabic', 'Thanh Niên', 'Al Mayadeen' }
 */
export function topValues(table: ColumnTable, column: string, options: TopOptions & { weight?: string } = {}): Set<string> {
  const totals = new Map<string, number>();
  const values = table.array(column) as (string | null)[];
  const weights = options.weight ? (table.array(options.weight) as number[]) : null;
  values.forEach((value, row) => {
    if (value == null || value === UNKNOWN) return;
    totals.set(value, (totals.get(value) ?? 0) + (weights ? weights[row]! : 1));
  });
  const ranked = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return new Set(ranked.slice(0, options.top ?? 12).map(([value]) => value));
}

/**
 * The corpus tables with every outlet beyond the `top` largest (by articles) relabelled as one
 * group, `other (N outlets)`, so that a chart or a table of hundreds of outlets shows the largest
 * and what the rest add up to. Shares computed on the result are shares of the pooled articles.
 *
 * @example
 * coverage(topOutlets(tables, { top: 15 }), { by: 'outlet' }); // 15 outlets and "other (185 outlets)"
 */
export function topOutlets(tables: CorpusTables, options: TopOptions = {}): CorpusTables {
  const kept = topValues(tables.articles, 'outlet', options);
  const all = new Set((tables.articles.array('outlet') as (string | null)[]).filter((value): value is string => value != null && value !== UNKNOWN));
  const rest = all.size - kept.size;
  if (rest === 0) return tables;
  const other = `${options.other ?? 'other'} (${rest} outlet${rest === 1 ? '' : 's'})`;
  const relabel = (table: ColumnTable) =>
    table.derive({ outlet: escape((d: { outlet: string | null }) => (d.outlet == null || d.outlet === UNKNOWN || kept.has(d.outlet) ? d.outlet : other)) });
  return Object.fromEntries(Object.entries(tables).map(([name, table]) => [name, relabel(table)])) as Record<TableName, ColumnTable> as CorpusTables;
}

/**
 * A count table cut to its `top` rows by `count`, the rest summed into one row labelled
 * `other (N)` in `column`: what a long list shows.
 *
 * @example
 * topRows(countArticles(tables.articles, ['outlet']), 'outlet', { top: 20 }); // 20 outlets and "other (180)"
 */
export function topRows(table: ColumnTable, column: string, options: TopOptions & { count?: string } = {}): ColumnTable {
  const count = options.count ?? 'count';
  const top = options.top ?? 12;
  if (table.numRows() <= top + 1) return table;
  const sorted = table.orderby(desc(count));
  const head = sorted.slice(0, top);
  const tail = sorted.slice(top);
  const summed = tail.rollup({ [count]: op.sum(count) }).derive({ [column]: escape(() => `${options.other ?? 'other'} (${tail.numRows()})`) });
  return head.concat(summed.select(...table.columnNames().filter((name) => summed.columnNames().includes(name))));
}

import { escape, type ColumnTable } from 'arquero';

/** An article attribute that the verbs group by. */
export type GroupKey = 'language' | 'outlet';

/** One grouping key, several, or none (`[]`: the whole corpus as one group). */
export type GroupBy = GroupKey | readonly GroupKey[];

/** The label given to a missing language or outlet. */
export const UNKNOWN = 'unknown';

/**
 * The grouping keys as a list, checked.
 *
 * @example
 * groupKeys('language'); // ['language']
 */
export function groupKeys(by: GroupBy): GroupKey[] {
  const keys = typeof by === 'string' ? [by] : [...by];
  for (const key of keys) {
    if (key !== 'language' && key !== 'outlet') throw new Error(`unknown group key "${String(key)}"; expected language or outlet`);
  }
  return keys;
}

/**
 * Replaces missing values of the given columns with `unknown`, so that a group of pages without a
 * language or an outlet is counted, not dropped.
 *
 * @example
 * labelUnknown(tables.articles, ['outlet']).groupby('outlet').count();
 */
export function labelUnknown(table: ColumnTable, columns: readonly string[], unknown = UNKNOWN): ColumnTable {
  if (columns.length === 0) return table;
  const expressions: Record<string, unknown> = {};
  for (const column of columns) expressions[column] = escape((row: Record<string, unknown>) => row[column] ?? unknown);
  return table.derive(expressions as Parameters<ColumnTable['derive']>[0]);
}

/**
 * Attaches each group's totals to the counted rows (a cross join when there are no keys: one group).
 *
 * @example
 * withGroupTotals(counted, totals, ['language']); // counted rows with the totals' columns of their language
 */
export function withGroupTotals(counted: ColumnTable, totals: ColumnTable, keys: readonly GroupKey[]): ColumnTable {
  if (keys.length === 0) return counted.cross(totals);
  return counted.join(totals, [[...keys], [...keys]] as unknown as Parameters<ColumnTable['join']>[1], [counted.columnNames(), totals.columnNames().filter((name) => !keys.includes(name as GroupKey))] as unknown as Parameters<ColumnTable['join']>[2]);
}

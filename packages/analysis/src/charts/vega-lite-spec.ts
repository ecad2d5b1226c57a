import type { ColumnTable } from 'arquero';

/**
 * A Vega-Lite specification (https://vega.github.io/vega-lite/), kept as plain JSON so that it
 * can be saved, edited, or opened in the Vega editor as it is.
 */
export interface VegaLiteSpec {
  $schema: string;
  [property: string]: unknown;
}

/** The widest an axis label may be drawn, in pixels, before vega shortens it with an ellipsis (its default, 180, cuts outlet and speaker names). */
export const LABEL_LIMIT = 360;

/** The Vega-Lite schema the specs are written against. */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * The rows of a table as inline Vega-Lite data, so that a spec carries its data with it.
 *
 * @example
 * inlineValues(aq.table({ a: [1, 2] })); // { values: [{ a: 1 }, { a: 2 }] }
 */
export function inlineValues(table: ColumnTable): { values: object[] } {
  return { values: table.objects() };
}

/** Throws a clear error when a table lacks a column a chart needs. */
export function requireColumns(chart: string, table: ColumnTable, columns: readonly (string | undefined)[]): void {
  const names = table.columnNames();
  for (const column of columns) {
    if (column !== undefined && !names.includes(column)) {
      throw new Error(`${chart}: the table has no column "${column}" (columns: ${names.join(', ')})`);
    }
  }
}

/**
 * The opening of a spec: the schema, the title when given, and the table as inline data.
 *
 * @example
 * ({ ...specBase(table, 'Quotes'), mark: 'bar', encoding: { … } });
 */
export function specBase(table: ColumnTable, title?: string): VegaLiteSpec {
  return { $schema: VEGA_LITE_SCHEMA, ...(title ? { title } : {}), data: inlineValues(table) };
}

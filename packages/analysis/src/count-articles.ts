import { desc, op, type ColumnTable } from 'arquero';

/** A grouping key of {@link countArticles}. */
export type ArticleGroupKey = 'language' | 'outlet' | 'date';

/** Options for {@link countArticles}. */
export interface CountArticlesOptions {
  /** The calendar unit of the `date` key (default `day`); coarser-known dates count as `unknown`. */
  dateUnit?: 'day' | 'month' | 'year';
  /** The label of a missing value (default `unknown`). */
  unknown?: string;
}

const DATE_COLUMN = { day: 'publishedDay', month: 'publishedMonth', year: 'publishedYear' } as const;

/**
 * Counts articles by language, outlet and/or publication date. Missing values are a group of their
 * own (`unknown`), never dropped, so the counts always add up to the number of articles.
 *
 * @param table a table from {@link articlesTable}
 * @param keys the grouping keys, in order
 * @param options the date unit and the label of missing values
 * @returns a table with the keys and `articles`, largest groups first
 * @example
 * countArticles(articlesTable(articles), ['language']).objects();
 * // [{ language: 'ar', articles: 2 }, { language: 'vi', articles: 2 }, { language: 'pl', articles: 1 }]
 */
export function countArticles(table: ColumnTable, keys: readonly ArticleGroupKey[], options: CountArticlesOptions = {}): ColumnTable {
  if (keys.length === 0) throw new Error('countArticles: give at least one key of language, outlet, date');
  const unknown = options.unknown ?? 'unknown';
  const dateColumn = DATE_COLUMN[options.dateUnit ?? 'day'];
  const expressions: Record<string, string> = {};
  for (const key of keys) {
    const column = key === 'date' ? dateColumn : key;
    if (!table.columnNames().includes(column)) throw new Error(`countArticles: unknown column "${column}"; expected a table from articlesTable()`);
    expressions[key] = `(d, $) => d.${column} == null ? $.unknown : d.${column}`;
  }
  const keyed = table.params({ unknown }).derive(expressions);
  return keyed
    .groupby(...keys)
    .rollup({ articles: op.count() })
    .orderby(desc('articles'), ...keys);
}

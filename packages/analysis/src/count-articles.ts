import { desc, escape, op, type ColumnTable } from 'arquero';
import { CALENDAR_UNITS, placeAtUnit, publishedParts, type CalendarUnit, type PublishedColumns } from './calendar-parts.js';
import { UNKNOWN } from './group-keys.js';
import { groupByColumns } from './group-by-columns.js';

/** A grouping key of {@link countArticles}. */
export type ArticleGroupKey = 'language' | 'outlet' | 'date';

/** Options for {@link countArticles}. */
export interface CountArticlesOptions {
  /** The calendar unit of the `date` key (default `day`). */
  dateUnit?: CalendarUnit;
  /** The label of a missing value (default `unknown`). */
  unknown?: string;
}

const PUBLISHED_COLUMNS = ['publishedDay', 'publishedWeek', 'publishedMonth', 'publishedYear'] as const;

/**
 * Counts articles by language, outlet and/or publication date. Nothing is dropped, so the counts
 * always add up to the number of articles:
 * - a missing language or outlet is a group of its own (`unknown`);
 * - with the `date` key, each article is placed at `dateUnit` when its date is known that finely;
 *   one known only to a coarser unit is placed at that unit (`2023-07` in a table by day, never on
 *   a day), and one without a date is `unknown`. The `dateKnownTo` column says which (`day`,
 *   `week`, `month`, `year` or `unknown`), so that a chart can keep only the exact rows.
 *
 * @param table the `articles` table of `corpusTables`
 * @param keys the grouping keys, in order
 * @param options the date unit and the label of missing values
 * @returns a table with the keys (and `dateKnownTo` after `date`) and `articles`, largest groups first
 * @example
 * countArticles(tables.articles, ['language']).objects();
 * // [{ language: 'ar', articles: 2 }, { language: 'vi', articles: 2 }, { language: 'pl', articles: 1 }]
 * countArticles(tables.articles, ['date'], { dateUnit: 'month' }).objects();
 * // [{ date: 'unknown', dateKnownTo: 'unknown', articles: 4 }, { date: '2023-07', dateKnownTo: 'month', articles: 1 }]
 */
export function countArticles(table: ColumnTable, keys: readonly ArticleGroupKey[], options: CountArticlesOptions = {}): ColumnTable {
  if (keys.length === 0) throw new Error('countArticles: give at least one key of language, outlet, date');
  const unknown = options.unknown ?? UNKNOWN;
  const unit = options.dateUnit ?? 'day';
  if (!CALENDAR_UNITS.includes(unit)) throw new Error(`countArticles: unknown date unit "${String(unit)}"; expected day, week, month or year`);
  const names = table.columnNames();
  const expressions: Record<string, unknown> = {};
  const groups: string[] = [];
  for (const key of keys) {
    if (key === 'date') {
      for (const column of PUBLISHED_COLUMNS) requireColumn(names, column);
      const place = (row: PublishedColumns) => placeAtUnit(publishedParts(row), unit, unknown);
      expressions['date'] = escape((row: PublishedColumns) => place(row).period);
      expressions['dateKnownTo'] = escape((row: PublishedColumns) => place(row).knownTo);
      groups.push('date', 'dateKnownTo');
    } else {
      requireColumn(names, key);
      expressions[key] = escape((row: Record<string, unknown>) => row[key] ?? unknown);
      groups.push(key);
    }
  }
  return groupByColumns(table.derive(expressions as Parameters<ColumnTable['derive']>[0]), groups)
    .rollup({ articles: op.count() })
    .orderby(desc('articles'), ...groups);
}

function requireColumn(names: readonly string[], column: string): void {
  if (!names.includes(column)) throw new Error(`countArticles: unknown column "${column}"; expected the articles table of corpusTables()`);
}

import { escape, op, type ColumnTable } from 'arquero';
import { placeAtUnit, publishedParts, type CalendarParts, type CalendarUnit, type PublishedColumns } from './calendar-parts.js';
import type { CorpusTables } from './corpus-tables.js';
import { groupKeys, labelUnknown, type GroupBy } from './group-keys.js';
import { groupByColumns } from './group-by-columns.js';

/** Options of {@link timeline}. */
export interface TimelineOptions {
  /** The calendar unit of `period` (default `year`). */
  unit?: CalendarUnit;
  /** Group by language (default), outlet, both, or `[]`. */
  by?: GroupBy;
  /** Count dates mentioned in boilerplate too; default false: title, lead and body only. */
  includeBoilerplate?: boolean;
}

/**
 * The dates articles talk about next to the dates they were published, per group and period, in
 * long form for a chart: `kind` is `published` (counting articles) or `mentioned` (counting dates
 * mentioned). Periods never claim more precision than the text gives: a date known only to the
 * year is placed on its year (`knownTo: 'year'`) in a table by month, and a date whose year is
 * unknown (`--06-30`) or a page without a date is `unknown`, counted, not dropped.
 *
 * @returns columns: the group keys, `kind`, `period`, `knownTo`, `count`; ordered by group, kind, period
 * @example
 * timeline(tables, { unit: 'year', by: 'language' }).filter((d) => d.kind === 'mentioned').print();
 * // language kind      period knownTo count
 * // ar       mentioned 2023   year    5
 */
export function timeline(tables: CorpusTables, options: TimelineOptions = {}): ColumnTable {
  const keys = groupKeys(options.by ?? 'language');
  const unit = options.unit ?? 'year';
  const published = labelUnknown(tables.articles, keys)
    .derive({
      placement: escape((d: PublishedColumns) => placeAtUnit(publishedParts(d), unit)),
    })
    .derive({ kind: () => 'published' });
  let dates = tables.dates;
  if (!options.includeBoilerplate) dates = dates.filter((d: { inArticle: boolean }) => d.inArticle);
  const mentioned = labelUnknown(dates, keys)
    .derive({ placement: escape((d: CalendarParts) => placeAtUnit(d, unit)) })
    .derive({ kind: () => 'mentioned' });
  const both = published.select(...keys, 'kind', 'placement').concat(mentioned.select(...keys, 'kind', 'placement'));
  const placed = both.derive({
    period: (d: { placement: { period: string } }) => d.placement.period,
    knownTo: (d: { placement: { knownTo: string } }) => d.placement.knownTo,
  });
  return groupByColumns(placed, [...keys, 'kind', 'period', 'knownTo'])
    .rollup({ count: op.count() })
    .orderby(...keys, 'kind', 'period');
}

/**
 * The finest calendar unit the corpus's publication dates support: `day` when the dated articles
 * span at most about two months, `week` up to about two years, else `month`, or `year` when fewer
 * than half the dated articles are known to the day. The timeline is then drawn at that unit.
 *
 * @example
 * timeline(tables, { unit: finestUnit(tables.articles) });
 */
export function finestUnit(articles: ColumnTable): CalendarUnit {
  const days = (articles.array('publishedDay') as (string | null)[]).filter((day): day is string => day != null).sort();
  const dated = (articles.array('publishedYear') as (string | null)[]).filter((year) => year != null).length;
  if (days.length === 0 || days.length < dated / 2) return dated > 0 && (articles.array('publishedMonth') as (string | null)[]).some((month) => month != null) ? 'month' : 'year';
  const span = (Date.parse(days[days.length - 1]!) - Date.parse(days[0]!)) / 86_400_000;
  return span <= 62 ? 'day' : span <= 730 ? 'week' : 'month';
}

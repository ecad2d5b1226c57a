import type { DateMention } from './schema/article.js';
import { datePatternsFor } from './per-language.js';
import { dateAnchor, durationAlone, extractDateMentions, type DateAnchor } from './dates/date-mentions.js';

/** Options of {@link findDates}. */
export interface FindDatesOptions {
  /** The text's language (ISO 639-1 or 639-3): its month names, relative expressions, calendars and day/month order. Without it, English and the written forms every language shares. */
  language?: string | null;
  /**
   * What relative expressions, yearless dates and weekdays are resolved against: an ISO 8601 date
   * or date-time as written (`2024-01-15`, `2024-01-15T10:30+07:00`, whose wall-clock time and
   * offset are kept) or a `Date` (read in UTC). Without it, such dates keep a partial or null value.
   */
  reference?: string | Date | null;
}

/** How a found date got its value. */
export type DateResolution = 'written' | 'reference-year' | 'reference-weekday' | 'relative' | 'unresolved' | 'calendar';

/** A date found in a text: what {@link findDates} returns. */
export interface FoundDate extends Omit<DateMention, 'surface' | 'role'> {
  /** The date as written. */
  text: string;
  /** How the value was reached: as `written`, with the reference's year or week, from a `relative` expression, converted from another `calendar`, or `unresolved` (a relative or partial date with no reference). */
  resolvedBy: DateResolution;
}

/**
 * Finds every date in a text, in order, with its value, precision, offsets and how it was
 * resolved: written dates in the language's calendar and in English (`7 lutego 2023`,
 * `July 1, 2023 at 4:32 pm EDT`, `2024年1月13日`), numeric and ISO dates, partial dates and
 * weekdays, relative expressions from CLDR (`wczoraj`, `3 giờ trước`, `vor 2 Stunden`,
 * `last week`, `vor etwa 23 Stunden`, `1 decade and 11 months ago`), and dates of other calendars
 * converted to the Gregorian one (Thai `2567`, Persian `۲۴ دی ۱۴۰۲`, Hijri `1 رمضان 1445`,
 * `民國113年`, `令和6年`). A text that is only a duration (`2 giờ`, `15 hrs`) is a page's time
 * stamp: that long before the reference. A date that cannot be is never returned (`31 April 2015`
 * gives nothing).
 *
 * @example
 * findDates('Minister powiedział wczoraj, 2 minuty temu.', { language: 'pl', reference: '2024-01-15T10:30' });
 * // [{ text: 'wczoraj', value: '2024-01-14', precision: 'day', relative: '-P1D', inferred: 'relative', resolvedBy: 'relative', start: 19, end: 26 },
 * //  { text: '2 minuty temu', value: '2024-01-15T10:28', precision: 'minute', relative: '-PT2M', inferred: 'relative', resolvedBy: 'relative', start: 28, end: 41 }]
 * findDates('3 ngày trước', { language: 'vi' })[0]; // { text: '3 ngày trước', value: null, precision: 'day', relative: '-P3D', resolvedBy: 'unresolved', … }
 */
export function findDates(text: string, options: FindDatesOptions = {}): FoundDate[] {
  const language = options.language ?? null;
  const patterns = datePatternsFor(language);
  const anchor = anchorOf(options.reference ?? null);
  const found = extractDateMentions([{ text, offset: 0, role: 'body' }], patterns, null, anchor);
  // A text that is only a duration is a time stamp: that long ago.
  const alone = found.length === 0 ? durationAlone(text, patterns, anchor) : null;
  return (alone ? [alone] : found).map(({ surface, role: _, ...date }) => ({
    text: surface,
    ...date,
    resolvedBy: resolutionOf(date),
  }));
}

function resolutionOf(date: Omit<DateMention, 'surface' | 'role'>): DateResolution {
  if (date.value === null || date.value.startsWith('-')) return 'unresolved';
  if (date.calendar) return 'calendar';
  if (date.inferred === 'relative') return 'relative';
  if (date.inferred === 'year' || date.inferred === 'month') return 'reference-year';
  if (date.inferred === 'weekday') return 'reference-weekday';
  return 'written';
}

/** The anchor of a caller's reference: an ISO string read as written, a `Date` in UTC. */
function anchorOf(reference: string | Date | null): DateAnchor | null {
  if (reference === null) return null;
  if (reference instanceof Date) {
    if (Number.isNaN(reference.getTime())) throw new TypeError('findDates: the reference is an invalid Date');
    return dateAnchor({ value: `${reference.toISOString().slice(0, 16)}Z`, precision: 'minute' });
  }
  const hasTime = /T\d{2}:\d{2}/u.test(reference);
  const anchor = dateAnchor({ value: reference, precision: hasTime ? 'minute' : 'day' });
  if (!anchor) throw new TypeError(`findDates: the reference "${reference}" is not an ISO 8601 date (2024-01-15 or 2024-01-15T10:30)`);
  return anchor;
}

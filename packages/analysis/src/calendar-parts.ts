import { UNKNOWN } from './group-keys.js';

/** The calendar units a date is known to: each is null when the date is not known that finely. */
export interface CalendarParts {
  /** `YYYY-MM-DD`. */
  day: string | null;
  /** ISO 8601 week, `YYYY-Www` (the week's year may differ from the day's at new year). */
  week: string | null;
  /** `YYYY-MM`. */
  month: string | null;
  /** `YYYY`. */
  year: string | null;
}

/** A unit of {@link CalendarParts}. */
export type CalendarUnit = keyof CalendarParts;

/** The units from finest to coarsest. */
export const CALENDAR_UNITS: readonly CalendarUnit[] = ['day', 'week', 'month', 'year'];

const FULL = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTH = /^(\d{4})-(\d{2})(?!-\d)/;
const WEEK = /^(\d{4})-(W\d{2})$/;
const YEAR = /^(\d{4})(?!-\d)/;
const NONE: CalendarParts = { day: null, week: null, month: null, year: null };

/**
 * Splits an ISO 8601 value into the calendar units it is known to, by its shape: `2023-07-01T09:05`
 * gives all four, `2023-07` a month and a year, `2023` a year, and partial values (`--06-30`,
 * `-W-4`) or null give none. A date known only to the month is never placed on a day or a week.
 *
 * @example
 * calendarParts('2023-07-01T09:05:00+07:00'); // { day: '2023-07-01', week: '2023-W26', month: '2023-07', year: '2023' }
 * calendarParts('2020-08');                   // { day: null, week: null, month: '2020-08', year: '2020' }
 */
export function calendarParts(value: string | null | undefined): CalendarParts {
  if (!value) return NONE;
  const full = FULL.exec(value);
  if (full) {
    const [, year, month, day] = full as unknown as [string, string, string, string];
    return { day: `${year}-${month}-${day}`, week: isoWeek(Number(year), Number(month), Number(day)), month: `${year}-${month}`, year };
  }
  const month = MONTH.exec(value);
  if (month) return { day: null, week: null, month: `${month[1]}-${month[2]}`, year: month[1]! };
  const week = WEEK.exec(value);
  if (week) return { day: null, week: `${week[1]}-${week[2]}`, month: null, year: week[1]! };
  const year = YEAR.exec(value);
  if (year) return { day: null, week: null, month: null, year: year[1]! };
  return NONE;
}

/**
 * The ISO 8601 week of a calendar day (weeks start on Monday; week 1 holds the year's first Thursday).
 *
 * @example
 * isoWeek(2021, 1, 3); // '2020-W53'
 */
export function isoWeek(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const weekYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/** For each unit, the units a date may be placed at, finest first (weeks only in a table by week). */
export const PLACEMENT_CANDIDATES: Record<CalendarUnit, readonly CalendarUnit[]> = {
  day: ['day', 'month', 'year'],
  week: ['week', 'month', 'year'],
  month: ['month', 'year'],
  year: ['year'],
};

/** The publication-date columns of the `articles` table. */
export interface PublishedColumns {
  publishedDay: string | null;
  publishedWeek: string | null;
  publishedMonth: string | null;
  publishedYear: string | null;
}

/**
 * The calendar parts of an `articles` row's publication date.
 *
 * @example
 * publishedParts({ publishedDay: null, publishedWeek: null, publishedMonth: '2023-07', publishedYear: '2023' });
 * // { day: null, week: null, month: '2023-07', year: '2023' }
 */
export function publishedParts(row: PublishedColumns): CalendarParts {
  return { day: row.publishedDay, week: row.publishedWeek, month: row.publishedMonth, year: row.publishedYear };
}

/** Where a date lands in a table by some unit: its period and the unit it is known to. */
export interface Placement {
  /** The date at `unit`, or at the finest coarser unit known, or `unknown`. */
  period: string;
  /** The unit of `period`, or `unknown`. */
  knownTo: CalendarUnit | 'unknown';
}

/**
 * Places a date in a table by `unit` without ever making it more precise than it is: at `unit`
 * when known that finely, else at the finest coarser unit known (a month-only date asked by day
 * lands on `2023-07`, marked `knownTo: 'month'`), else `unknown`. Weeks do not nest in months, so
 * only a table by week uses the week.
 *
 * @example
 * placeAtUnit(calendarParts('2023-07'), 'day');    // { period: '2023-07', knownTo: 'month' }
 * placeAtUnit(calendarParts('2023-07-01'), 'week'); // { period: '2023-W26', knownTo: 'week' }
 */
export function placeAtUnit(parts: CalendarParts, unit: CalendarUnit, unknown = UNKNOWN): Placement {
  const candidates = PLACEMENT_CANDIDATES[unit];
  if (!candidates) throw new Error(`unknown calendar unit "${String(unit)}"; expected day, week, month or year`);
  for (const candidate of candidates) {
    const value = parts[candidate];
    if (value != null) return { period: value, knownTo: candidate };
  }
  return { period: unknown, knownTo: 'unknown' };
}

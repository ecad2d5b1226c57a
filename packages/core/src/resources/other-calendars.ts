import type { CldrCalendarsIndex } from '../data/schemas.js';

/** A calendar other than the Gregorian that polynews converts from. */
export type OtherCalendar = 'buddhist' | 'persian' | 'islamic' | 'roc' | 'japanese';

/** A date as written in another calendar: the year (of the era, for `japanese` and `roc`), and the month and day when written. */
export interface OtherCalendarDate {
  calendar: OtherCalendar;
  year: number;
  month?: number;
  day?: number;
  /** For `japanese`: the era's CLDR code (`reiwa`). */
  era?: string;
}

/** A Gregorian date, to the precision written. */
export interface GregorianDate {
  year: number;
  month?: number;
  day?: number;
}

/**
 * The ICU calendar each lunar or solar calendar is computed with: month lengths of the Solar Hijri
 * and Hijri calendars follow astronomy or tables, not a rule one line long, so the conversion asks
 * `Intl.DateTimeFormat` (its arithmetic, not its names, which polynews takes from CLDR). The Hijri
 * dates of news pages follow the Umm al-Qura calendar.
 */
const ICU_CALENDAR = { persian: 'persian', islamic: 'islamic-umalqura' } as const;
const DAY_MS = 86_400_000;
/** Mean days per year and per month, for a first guess that the search then corrects. */
const MEAN = { persian: { year: 365.2422, month: 30.44 }, islamic: { year: 354.367, month: 29.53 } } as const;

/**
 * Converts a date written in another calendar to the Gregorian calendar, at the precision written.
 * Years of the Buddhist, Minguo and Japanese calendars are Gregorian years renumbered, so a year
 * alone converts; a Solar Hijri or Hijri year straddles two Gregorian years, so it converts only
 * with its month and day (null otherwise: no date rather than a wrong one). An impossible date
 * (month 13, day 31 of a 30-day month) is null.
 *
 * @example
 * toGregorian({ calendar: 'buddhist', year: 2567, month: 1, day: 15 }, eras); // { year: 2024, month: 1, day: 15 }
 * toGregorian({ calendar: 'persian', year: 1402, month: 10, day: 24 }, eras); // { year: 2024, month: 1, day: 14 }
 * toGregorian({ calendar: 'japanese', era: 'reiwa', year: 6 }, eras); // { year: 2024 }
 */
export function toGregorian(date: OtherCalendarDate, eras: CldrCalendarsIndex['eraStarts']): GregorianDate | null {
  const { calendar, year, month, day } = date;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > 31 || month === undefined)) return null;
  switch (calendar) {
    case 'buddhist':
      return renumbered(year - 1 + startYear(eras.buddhist), month, day);
    case 'roc':
      return renumbered(year - 1 + startYear(eras.roc), month, day);
    case 'japanese': {
      const era = eras.japanese.find((candidate) => candidate.code === date.era);
      if (!era || year < 1) return null;
      const converted = renumbered(year - 1 + startYear(era.start), month, day);
      // A date before its era began (Reiwa began on 2019-05-01) is not a date of that era.
      if (converted && month !== undefined && day !== undefined && isoDay(converted.year, month, day) < era.start) return null;
      return converted;
    }
    case 'persian':
    case 'islamic':
      return month !== undefined && day !== undefined ? fromIcuCalendar(calendar, year, month, day, eras[calendar]) : null;
  }
}

/**
 * The calendar a bare year belongs to in a language, when it lies in one of the language's ranges
 * (`yearCalendars` of its calendar data: Thai `2567` is Buddhist).
 *
 * @example
 * yearCalendarOf(2567, [{ calendar: 'buddhist', from: 2400, to: 2700 }]); // 'buddhist'
 */
export function yearCalendarOf(year: number | undefined, ranges: readonly { calendar: OtherCalendar; from: number; to: number }[]): OtherCalendar | undefined {
  if (year === undefined) return undefined;
  return ranges.find((range) => year >= range.from && year <= range.to)?.calendar;
}

function startYear(isoStart: string): number {
  return Number(/^(-?\d+)/u.exec(isoStart)![1]);
}

function renumbered(year: number, month: number | undefined, day: number | undefined): GregorianDate | null {
  if (month === undefined) return { year };
  if (day === undefined) return { year, month };
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return { year, month, day };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The day of a Solar Hijri or Hijri date: a first guess from mean lengths, then the day around it whose date in that calendar is the one written. */
function fromIcuCalendar(calendar: 'persian' | 'islamic', year: number, month: number, day: number, epoch: string): GregorianDate | null {
  let formatter = formatters.get(calendar);
  if (!formatter) formatters.set(calendar, (formatter = new Intl.DateTimeFormat(`en-u-ca-${ICU_CALENDAR[calendar]}-nu-latn`, { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' })));
  const [epochYear, epochMonth, epochDay] = epoch.split('-').map(Number) as [number, number, number];
  const mean = MEAN[calendar];
  const guess = Date.UTC(epochYear, epochMonth - 1, epochDay) + Math.round(((year - 1) * mean.year + (month - 1) * mean.month + (day - 1)) * 1) * DAY_MS;
  for (let shift = 0; shift <= 20; shift++) {
    for (const sign of shift === 0 ? [0] : [1, -1]) {
      const time = guess + sign * shift * DAY_MS;
      const parts = formatter.formatToParts(new Date(time));
      const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
      if (part('year') === year && part('month') === month && part('day') === day) {
        const gregorian = new Date(time);
        return { year: gregorian.getUTCFullYear(), month: gregorian.getUTCMonth() + 1, day: gregorian.getUTCDate() };
      }
    }
  }
  return null;
}

function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

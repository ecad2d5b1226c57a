// What a date read from text is worth: its value and precision (`2023-07-01`, day), resolved
// against an anchor (the publication date, or a caller's reference) when it needs one, converted
// from another calendar, or null when it cannot be.
import type { CldrCalendarsIndex } from '../data/schemas.js';
import type { LanguageCalendar } from '../data/merge-calendars.js';
import type { DateMention, Published } from '../schema/article.js';
import { toGregorian, yearCalendarOf, type OtherCalendar } from '../resources/other-calendars.js';
import { durationOf, type RelativeReading } from './relative-dates.js';


/** The other calendars a language writes years in, and their era starts: what converting a date needs. */
export interface CalendarContext {
  yearCalendars: NonNullable<LanguageCalendar['yearCalendars']>;
  eraStarts: CldrCalendarsIndex['eraStarts'];
}

/** What one pattern reads: any of day, month, year, weekday, as numbers. */
export interface Reading {
  day?: number;
  month?: number;
  year?: number;
  /** A year written with two digits (`95`), placed in the century nearest the reference. */
  twoDigitYear?: number;
  weekday?: number;
  /** A relative expression (`3 days ago`), resolved against the reference. */
  relative?: RelativeReading;
  /** The calendar the day, month and year are written in, when not the Gregorian. */
  calendar?: OtherCalendar;
  /** A Japanese era's CLDR code. */
  era?: string;
  /** A time written with the date (`July 1, 2023 at 9:05 pm`), on the 24-hour clock, and its UTC offset (`+07:00`) when written. */
  hour?: number;
  minute?: number;
  offset?: string;
  /** The length of the date when shorter than the match (a lowercase word taken for a zone abbreviation is left out). */
  length?: number;
}

/**
 * What dates without a year, weekdays and relative expressions are resolved against: the
 * publication day (or, for a caller's reference, any day), with its time of day when known
 * (`time`, the wall-clock time as a UTC date, and `offset` as written: `+07:00`, `Z` or empty).
 */
export interface DateAnchor {
  day: Date;
  time: Date | null;
  offset: string;
}

/**
 * The reference of a page's dates: its publication date, when known to the day.
 *
 * @example
 * dateAnchor({ value: '2023-07-01T09:05:00+07:00', precision: 'minute', source: 'dateline', evidence: '' })?.time?.toISOString(); // '2023-07-01T09:05:00.000Z'
 */
export function dateAnchor(published: Pick<Published, 'value' | 'precision'> | null): DateAnchor | null {
  if (!published || (published.precision !== 'day' && published.precision !== 'minute')) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?/u.exec(published.value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = match[4] === undefined ? null : new Date(Date.UTC(year, month - 1, day, Number(match[4]), Number(match[5])));
  return { day: new Date(Date.UTC(year, month - 1, day)), time, offset: match[6] ?? '' };
}

export type MentionValue = Pick<DateMention, 'value' | 'precision' | 'inferred' | 'relative' | 'calendar'>;

export function toValue(reading: Reading, anchorOrNull: DateAnchor | null, compiled: CalendarContext): MentionValue | null {
  if (reading.relative) return relativeValue(reading.relative, anchorOrNull);
  const calendar = reading.calendar ?? yearCalendarOf(reading.year, compiled.yearCalendars);
  if (calendar) {
    if (reading.year === undefined) return null;
    const gregorian = toGregorian({ calendar, year: reading.year, ...(reading.month !== undefined && { month: reading.month }), ...(reading.day !== undefined && { day: reading.day }), ...(reading.era !== undefined && { era: reading.era }) }, compiled.eraStarts);
    const time = { ...(reading.hour !== undefined && { hour: reading.hour }), ...(reading.minute !== undefined && { minute: reading.minute }), ...(reading.offset !== undefined && { offset: reading.offset }) };
    const value = gregorian && toValue({ ...gregorian, ...time }, anchorOrNull, { ...compiled, yearCalendars: [] });
    return value && { ...value, calendar };
  }
  const anchor = anchorOrNull?.day ?? null;
  const { day, month, weekday, twoDigitYear } = reading;
  const year = twoDigitYear === undefined ? reading.year : nearestCentury(twoDigitYear, anchor);
  if (weekday !== undefined) {
    if (!anchor) return { value: `-W-${weekday}`, precision: 'weekday' };
    const back = (anchor.getUTCDay() - (weekday % 7) + 7) % 7;
    const date = new Date(anchor.getTime() - back * 86_400_000);
    const day = isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
    const { hour, minute } = reading;
    if (hour !== undefined && minute !== undefined && hour <= 23 && minute <= 59) return { value: `${day}T${pad(hour)}:${pad(minute)}${reading.offset ?? ''}`, precision: 'minute', inferred: 'weekday' };
    return { value: day, precision: 'day', inferred: 'weekday' };
  }
  if (month !== undefined && (month < 1 || month > 12)) return null;
  // A year written with its day and month may be any of a millennium; a bare year or a month's is taken from 1800 on (`w 1500 przypadkach` is no year).
  if (year !== undefined && (year < (day !== undefined && month !== undefined ? 1000 : 1800) || year > 2100)) return null;
  if (day !== undefined && month === undefined) return dayOfPublicationMonth(day, anchor);
  if (day !== undefined && month !== undefined && (day < 1 || day > daysIn(month, year ?? 2024))) return null;
  if (year !== undefined) {
    if (month === undefined) return { value: String(year), precision: 'year' };
    if (day === undefined) return { value: `${year}-${pad(month)}`, precision: 'month' };
    const { hour, minute } = reading;
    if (hour !== undefined && minute !== undefined && hour >= 0 && hour <= 23 && minute <= 59) return { value: `${isoDay(year, month, day)}T${pad(hour)}:${pad(minute)}${reading.offset ?? ''}`, precision: 'minute' };
    return { value: isoDay(year, month, day), precision: 'day' };
  }
  if (month === undefined) return null;
  if (!anchor) return day === undefined ? { value: `--${pad(month)}`, precision: 'month' } : { value: `--${pad(month)}-${pad(day)}`, precision: 'day' };
  const inferredYear = nearestYear(month, day, anchor);
  if (day !== undefined && day > daysIn(month, inferredYear)) return null;
  return day === undefined
    ? { value: `${inferredYear}-${pad(month)}`, precision: 'month', inferred: 'year' }
    : { value: isoDay(inferredYear, month, day), precision: 'day', inferred: 'year' };
}

/** How far after the anchor a day or month written without a year may lie: a season ahead (`April` written in February is the coming April). */
const AHEAD_DAYS = 92;

/**
 * The year of a day and month (or a month) written without one: this year's when it lies before
 * the anchor or at most a season after it, else last year's (`November` written in March is the
 * last). News looks back more than ahead, and the tense that would say which is not read.
 */
function nearestYear(month: number, day: number | undefined, anchor: Date): number {
  const year = anchor.getUTCFullYear();
  const candidate = Date.UTC(year, month - 1, day ?? 1);
  return candidate - anchor.getTime() > AHEAD_DAYS * 86_400_000 ? year - 1 : year;
}

/**
 * A day written alone (`20日`, `20일`: the 20th), in the publication's month, or the month before
 * when the day is after the publication day; no date without a publication date.
 */
function dayOfPublicationMonth(day: number, anchor: Date | null): MentionValue | null {
  if (!anchor || day < 1) return null;
  const back = day > anchor.getUTCDate() ? 1 : 0;
  const first = new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() - back, 1));
  const [year, month] = [first.getUTCFullYear(), first.getUTCMonth() + 1];
  if (day > daysIn(month, year)) return null;
  return { value: isoDay(year, month, day), precision: 'day', inferred: 'month' };
}

const HOUR_MS = 3_600_000;

const UNIT_MS = { second: 1000, minute: 60_000, hour: HOUR_MS } as const;

/**
 * The date a relative expression points to from the anchor: a day for days and counted weeks, an
 * ISO week for a named week (`last week`), a month, a year, or a time for hours, minutes and
 * seconds (which need the anchor's time). Without what it needs, the value is null and the
 * duration is kept.
 */
export function relativeValue(reading: RelativeReading, anchor: DateAnchor | null): MentionValue {
  const relative = durationOf(reading);
  if (reading.more) return compoundValue(reading, relative, anchor);
  const { unit, amount, named } = reading;
  const precision = unit === 'week' ? (named ? 'week' : 'day') : unit === 'second' ? 'minute' : unit;
  if (!anchor) return { value: null, precision, relative };
  const day = anchor.day;
  const result = (value: string | null): MentionValue => (value === null ? { value, precision, relative } : { value, precision, relative, inferred: 'relative' });
  switch (unit) {
    case 'day':
      return result(isoOf(new Date(day.getTime() + amount * 86_400_000)));
    case 'week': {
      const moved = new Date(day.getTime() + amount * 7 * 86_400_000);
      return result(named ? isoWeekOf(moved) : isoOf(moved));
    }
    case 'month': {
      const moved = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + amount, 1));
      return result(`${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}`);
    }
    case 'year': {
      const year = day.getUTCFullYear() + amount;
      return result(year >= 1000 && year <= 2999 ? String(year) : null);
    }
    default: {
      if (!anchor.time) return result(null);
      const moved = new Date(anchor.time.getTime() + amount * UNIT_MS[unit]);
      return result(`${isoOf(moved)}T${pad(moved.getUTCHours())}:${pad(unit === 'hour' ? anchor.time.getUTCMinutes() : moved.getUTCMinutes())}${anchor.offset}`);
    }
  }
}

const UNIT_ORDER: readonly RelativeReading['unit'][] = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

/** The date a compound relative expression points to (`2 lata, 3 miesiące temu`): every unit applied, at the finest unit's precision. */
function compoundValue(reading: RelativeReading, relative: string, anchor: DateAnchor | null): MentionValue {
  const parts = [{ unit: reading.unit, amount: reading.amount }, ...(reading.more ?? [])];
  const finest = parts.reduce((best, part) => (UNIT_ORDER.indexOf(part.unit) > UNIT_ORDER.indexOf(best) ? part.unit : best), parts[0]!.unit);
  const precision = finest === 'week' ? 'day' : finest === 'second' ? 'minute' : finest;
  const timed = precision === 'hour' || precision === 'minute';
  const start = timed ? anchor?.time : anchor?.day;
  if (!anchor || !start) return { value: null, precision, relative };
  // Years and months first, as a calendar counts them (the day kept, or the month's last), then the rest in time.
  const months = parts.reduce((sum, { unit, amount }) => sum + (unit === 'year' ? 12 * amount : unit === 'month' ? amount : 0), 0);
  const target = start.getUTCMonth() + months;
  const year = start.getUTCFullYear() + Math.floor(target / 12);
  const month = ((target % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(year, month, Math.min(start.getUTCDate(), lastDay), start.getUTCHours(), start.getUTCMinutes()));
  date.setUTCFullYear(year);
  for (const { unit, amount } of parts) {
    if (unit !== 'year' && unit !== 'month') date.setTime(date.getTime() + amount * { week: 7 * 86_400_000, day: 86_400_000, hour: HOUR_MS, minute: 60_000, second: 1000 }[unit]);
  }
  if (date.getUTCFullYear() < 1000 || date.getUTCFullYear() > 2999) return { value: null, precision, relative };
  const day = isoOf(date);
  const value =
    precision === 'year' ? day.slice(0, 4) : precision === 'month' ? day.slice(0, 7) : precision === 'day' ? day : `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}${anchor.offset}`;
  return { value, precision, relative, inferred: 'relative' };
}

function isoOf(date: Date): string {
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The ISO 8601 week of a day (`2024-W03`). */
function isoWeekOf(date: Date): string {
  const thursday = new Date(date.getTime() + (4 - (date.getUTCDay() || 7)) * 86_400_000);
  const weekYear = thursday.getUTCFullYear();
  const week = Math.ceil(((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return `${weekYear}-W${pad(week)}`;
}

/** The reference year of a two-digit year when the page has no publication date: fixed, so that a page always reads the same. */
const TWO_DIGIT_REFERENCE = 2030;

/** A two-digit year in the century that puts it at most ten years after the reference year (2024: `95` → 1995, `23` → 2023). */
function nearestCentury(twoDigits: number, anchor: Date | null): number {
  const reference = anchor?.getUTCFullYear() ?? TWO_DIGIT_REFERENCE;
  const year = Math.floor(reference / 100) * 100 + twoDigits;
  return year > reference + 10 ? year - 100 : year;
}

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDay(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function pad(value: number): string {
  return String(value).padStart(2, '0');
}

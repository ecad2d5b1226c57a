import type { Published } from '../schema/article.js';
import type { Resources } from '../resources/resources.js';
import { asciiDigits } from '../text/ascii-digits.js';
import { hourOf, readFullDate, utcOffsetOf, type DateParts } from '../resources/calendar.js';
import { toGregorian, yearCalendarOf } from '../resources/other-calendars.js';

/** Where to look for the publication date. */
export interface PublishedInput {
  /** Dateline lines (role `dateline`), in page order. */
  datelines: string[];
  /** The page language, which decides day/month order in numeric dates. */
  language: string | null;
  /** URLs of the page itself, if the text names them (not the URL of a translated original). */
  pageUrls?: string[];
}

/**
 * Finds the publication date from a dateline (`01/07/2023 09:05 GMT+7`, `Opublikowano: 7.02.2023`)
 * or a date in the page URL (`/2023/07/01/`, `/20230701/`). Day/month order follows the page
 * language's data file; an impossible order (month 13) falls back to the other. Weekdays and dates
 * inside paragraphs are never used.
 *
 * @example
 * extractPublished({ datelines: ['01/07/2023 09:05 GMT+7'], language: 'vi' }, getResources());
 * // { value: '2023-07-01T09:05:00+07:00', precision: 'minute', source: 'dateline', evidence: '01/07/2023 09:05 GMT+7' }
 */
export function extractPublished(input: PublishedInput, resources: Resources): Published | null {
  const order = resources.dateOrderOf(input.language);
  for (const line of input.datelines) {
    const digits = asciiDigits(line);
    for (const { format, regex } of resources.dateFormats.datelines) {
      const match = regex.exec(digits);
      if (!match?.groups) continue;
      const value = toIso(inGregorian(numericParts(match.groups, format.numericOrder === 'language' ? order : format.numericOrder), input.language, resources));
      if (value) return { ...value, source: 'dateline', evidence: line.slice(match.index, match.index + match[0].length) };
    }
    const written = readFullDate(digits, resources.calendarFor(input.language));
    const value = written && toIso(inGregorian(written.parts, input.language, resources));
    if (written && value) return { ...value, source: 'dateline', evidence: line.slice(written.index, written.index + written.text.length) };
  }
  for (const url of input.pageUrls ?? []) {
    const path = safePath(url);
    for (const { format, regex } of resources.dateFormats.urls) {
      const match = regex.exec(path);
      if (!match?.groups) continue;
      const value = toIso(numericParts(match.groups, format.numericOrder === 'language' ? order : format.numericOrder));
      if (value) return { ...value, source: 'url', evidence: url };
    }
  }
  return null;
}

/**
 * Date parts whose year the language writes in another calendar (Thai `2567`, Persian `1402`)
 * converted to the Gregorian calendar, the time kept; other parts as they are.
 */
function inGregorian(parts: DateParts | null, language: string | null, resources: Resources): DateParts | null {
  if (!parts || !language) return parts;
  const ranges = resources.calendarData.get(language)?.yearCalendars ?? [];
  const calendar = parts.calendar ?? yearCalendarOf(parts.year, ranges);
  if (!calendar) return parts;
  const gregorian = toGregorian({ calendar, year: parts.year, month: parts.month, ...(parts.day !== undefined && { day: parts.day }) }, resources.data.cldrCalendars.eraStarts);
  if (gregorian?.month === undefined) return null;
  const { calendar: _, ...rest } = parts;
  return { ...rest, year: gregorian.year, month: gregorian.month, ...(gregorian.day !== undefined && { day: gregorian.day }) };
}

/** The path and query of a URL (lower-cased, so `NID07022023` reads as `nid07022023`); the text itself when it is not a URL. */
function safePath(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`.toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}

/**
 * Reads numeric groups: `a` and `b` are day and month in d/m order (the reverse in m/d order), `y`
 * the year, `H`/`M` the time, `tz` the offset. An impossible month (13) swaps day and month.
 */
function numericParts(groups: Record<string, string | undefined>, order: string): DateParts | null {
  const year = Number(groups['y']);
  const first = Number(groups['a'] ?? NaN);
  const second = Number(groups['b'] ?? NaN);
  let [day, month] = order === 'mdy' ? [second, first] : [first, second];
  if (Number.isNaN(day) && !Number.isNaN(month)) return { year, month };
  if (month > 12 && day <= 12) [day, month] = [month, day];
  const parts: DateParts = { year, month, day };
  if (groups['H'] !== undefined && groups['M'] !== undefined) {
    parts.hour = hourOf(groups['H'], groups['ampm']);
    parts.minute = Number(groups['M']);
  }
  if (groups['tz']) parts.tz = groups['tz'];
  return parts;
}

/** Validates date parts and writes them as ISO 8601 at the precision they carry. */
function toIso(parts: DateParts | null): Pick<Published, 'value' | 'precision'> | null {
  if (!parts) return null;
  const { year, month, day } = parts;
  if (day === undefined) return validMonth(year, month) ? { value: `${year}-${pad(month)}`, precision: 'month' } : null;
  if (!validDate(year, month, day)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (parts.hour === undefined || parts.minute === undefined || !(parts.hour <= 23) || parts.minute > 59) return { value: date, precision: 'day' };
  const offset = parts.tz ? utcOffsetOf(parts.tz) : '';
  return { value: `${date}T${pad(parts.hour)}:${pad(parts.minute)}:00${offset ?? ''}`, precision: 'minute' };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function validMonth(year: number, month: number): boolean {
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12;
}

function validDate(year: number, month: number, day: number): boolean {
  if (!validMonth(year, month) || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

import type { Published } from '../schema/article.js';
import type { Resources } from '../pipeline/resources.js';
import { countWords } from '../text/fold.js';

/**
 * True when a line is a dateline: a numeric date (or date and time), after an optional
 * publication-date label, that fills most of the line.
 *
 * @example
 * isDatelineLine('01/07/2023 09:05 GMT+7', getResources()); // true
 * isDatelineLine('Bộ Ngoại giao Nga ngày 30.6 đã ra tuyên bố', getResources()); // false
 */
export function isDatelineLine(line: string, resources: Resources): boolean {
  if (countWords(line) > 12) return false;
  const unlabelled = line.replace(resources.publishedLabel, '').trim();
  for (const { regex } of resources.dateFormats.datelines) {
    const match = regex.exec(line);
    if (match && match[0].length >= unlabelled.length * 0.6) return true;
  }
  return false;
}

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
  const order = (input.language && resources.languages.get(input.language)?.dateOrder) || 'dmy';
  for (const line of input.datelines) {
    for (const { format, regex } of resources.dateFormats.datelines) {
      const match = regex.exec(line);
      if (!match?.groups) continue;
      const value = toIso(match.groups, format.numericOrder === 'language' ? order : format.numericOrder);
      if (value) return { ...value, source: 'dateline', evidence: match[0] };
    }
  }
  for (const url of input.pageUrls ?? []) {
    const path = safePath(url);
    for (const { format, regex } of resources.dateFormats.urls) {
      const match = regex.exec(path);
      if (!match?.groups) continue;
      const value = toIso(match.groups, format.numericOrder === 'language' ? order : format.numericOrder);
      if (value) return { ...value, source: 'url', evidence: url };
    }
  }
  return null;
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

function toIso(groups: Record<string, string | undefined>, order: string): Pick<Published, 'value' | 'precision'> | null {
  const year = Number(groups['y']);
  let first = Number(groups['a'] ?? NaN);
  let second = Number(groups['b'] ?? NaN);
  // a is the day and b the month in d/m order; in m/d order the reverse.
  let [day, month] = order === 'mdy' ? [second, first] : [first, second];
  if (Number.isNaN(day) && !Number.isNaN(month)) {
    return validMonth(year, month) ? { value: `${year}-${pad(month)}`, precision: 'month' } : null;
  }
  if (month > 12 && day <= 12) [day, month] = [month, day];
  if (!validDate(year, month, day)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (groups['H'] === undefined || groups['M'] === undefined) return { value: date, precision: 'day' };
  const hour = Number(groups['H']);
  const minute = Number(groups['M']);
  if (hour > 23 || minute > 59) return { value: date, precision: 'day' };
  const offset = groups['tz'] ? parseOffset(groups['tz']) : '';
  return { value: `${date}T${pad(hour)}:${pad(minute)}:00${offset ?? ''}`, precision: 'minute' };
}

/** `GMT+7` → `+07:00`, `UTC-03:30` → `-03:30`, `+0700` → `+07:00`, `Z` → `Z`. */
function parseOffset(raw: string): string | null {
  if (raw === 'Z') return 'Z';
  const match = /([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/u.exec(raw.replace(/^(?:GMT|UTC)\s*/u, ''));
  if (!match) return null;
  const sign = match[1] === '+' ? '+' : '-';
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return `${sign}${pad(hours)}:${pad(minutes)}`;
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

import { compileDateForm, sampleOfForm, type WrittenDateForm } from './written-date-forms.js';
import type { LanguageCalendar } from '../data/merge-calendars.js';
import { escapeRegex } from '../text/escape-regex.js';
import { foldForMatching } from '../speed/fold-fast.js';
import { NO_SPACE_SCRIPT, phraseTrie } from '../text/phrase-trie.js';

/** Month and weekday names of every calendar file, compiled for matching. */
export interface CompiledCalendar {
  /** Folded month name → month number (1–12). */
  months: Map<string, number>;
  /** Folded weekday name → ISO weekday (1 = Monday … 7 = Sunday). */
  weekdays: Map<string, number>;
  /** Regular-expression source matching any month name (longest first), without groups. */
  monthPattern: string;
  /** Regular-expression source matching any weekday name (longest first), without groups. */
  weekdayPattern: string;
  /** Full written dates: time first, day first, month first, hyphenated (`10:30, 7 lutego 2023`, `1 de julio de 2023`, `July 1, 2023 at 09:05`, `12-Mär-2014`), then the languages' own CLDR forms these do not read (`2024. május 6.`). */
  fullDates: RegExp[];
  /** What each of `fullDates` after the first four (the CLDR forms) starts with. */
  writtenFormStarts: ('digit' | 'month')[];
  /** A weekday, its name or abbreviation, and a time (`Jeu 15:12`, `Sat 10:04 pm`): groups wd, H, M, ampm, period, tz. */
  weekdayTime: RegExp;
  /** The first word of every month name, folded (`lutego`, `sept`): a line with none of them holds no written date. */
  monthFirstWords: Set<string>;
  /** Whether some month name is written in a script without spaces (`一月`): its lines are not ruled out by words. */
  monthsWithoutSpaces: boolean;
  /** Time-zone abbreviations the calendar's languages use → UTC offset (`EDT` → `-04:00`). */
  timeZones: Map<string, string>;
  /** The language's words that place a time in the day, folded → `a` or `p` (`午後` → `p`), or the hours of a flexible period (`शाम` → `[16, 20]`). */
  dayPeriods: Map<string, DayPeriod>;
}

/** What a word after a time says of it: before noon (`a`), after noon (`p`), or the hours of a flexible period, `[from, before)`, perhaps across midnight. */
export type DayPeriod = 'a' | 'p' | readonly [number, number];

/** Month numbers of other calendars in a compiled calendar: a Solar Hijri month is 101–112, a Hijri one 201–212. */
export const OTHER_MONTHS = { persian: 100, islamic: 200 } as const;

/** The calendar and month of a compiled month number (`110` → Solar Hijri month 10). */
export function monthOf(value: number): { calendar: 'gregorian' | keyof typeof OTHER_MONTHS; month: number } {
  if (value > OTHER_MONTHS.islamic) return { calendar: 'islamic', month: value - OTHER_MONTHS.islamic };
  if (value > OTHER_MONTHS.persian) return { calendar: 'persian', month: value - OTHER_MONTHS.persian };
  return { calendar: 'gregorian', month: value };
}

/** A date-time read from text, before validation. */
export interface DateParts {
  year: number;
  month: number;
  day?: number;
  hour?: number;
  minute?: number;
  /** A UTC offset as written (`GMT+7`, `+03:00`, `Z`). */
  tz?: string;
  /** The calendar of year, month and day when not the Gregorian (a Solar Hijri month name was read). */
  calendar?: keyof typeof OTHER_MONTHS;
}

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
/** A word that may be a month's name, checked against the calendar after the match. */
const ANY_MONTH_WORD = "[\\p{L}\\p{M}]+(?:['’.][\\p{L}\\p{M}]+)*";
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
/** A UTC offset after a time, written (`GMT+7`, `+03:00`, `Z`) or as one of the abbreviations given. */
const tzPattern = (abbreviations: string) =>
  `(?:\\s*\\(?(?<tz>(?:GMT|UTC)(?:\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?)?|[+\\-]\\d{2}:?\\d{2}|Z${abbreviations ? `|(?:${abbreviations})(?![\\p{L}])` : ''})\\)?)?`;
/** What joins a date to its time: a comma, dash or bar, or one of the languages' words (`7 lutego 2023 r., 10:15`, `1 juillet 2023 à 9h05`, `July 1, 2023 at 9:05`). */
const dateTimeJoiner = (words: string) => `(?:\\s*(?:[,\\-–|،]${words ? `|${words}` : ''})?\\s*)`;
/** A time, 24-hour or with am/pm (`10:17 pm`, `9.05 a.m.`). */
/** A time, 24-hour or with am/pm, seconds read past (`10:17 pm`, `9.05 a.m.`, `11:02:21 pm`), or with the language's own am/pm words after it (`11:08 अपराह्न`). */
const timePattern = (periods: string) =>
  `(?<H>\\d{1,2})[:h.](?<M>\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:\\s?(?<ampm>[ap])\\.?\\s?m\\.?(?![\\p{L}])${periods ? `|\\s*(?<period>${periods})(?![\\p{L}\\p{M}])` : ''})?`;
/** What every full date holds (its year); `\d` reads ASCII digits only, as the date expressions do. */
const FOUR_DIGITS = /\d{4}/u;

/**
 * Compiles month and weekday names for reading dates in a language: the language's own calendar
 * first (generated from CLDR and hand-written, with abbreviations), then English (with its
 * abbreviations: wire copy and metadata are often English), then the full names of every language
 * with a hand-written calendar. A name two calendars give different months keeps the first. Each
 * name also matches without its diacritics (scraped text often drops them), and lookups go through
 * `foldForMatching`. With `everyLanguage`, the full names of every language's calendar are shared,
 * for telling datelines apart before the language is known.
 *
 * @example
 * const calendar = compileCalendar(loadCoreData().calendars, 'pl');
 * calendar.months.get('lutego'); // 2
 * calendar.months.get('lut'); // 2
 * calendar.weekdays.get('w czwartek'); // 4
 */
export function compileCalendar(calendars: readonly LanguageCalendar[], language: string | null = null, options: { everyLanguage?: boolean } = {}): CompiledCalendar {
  const months = new Map<string, number>();
  const weekdays = new Map<string, number>();
  const monthNames = new Set<string>();
  const weekdayNames = new Set<string>();
  const timeZones = new Map<string, string>();
  const dayPeriods = new Map<string, DayPeriod>();
  const own = calendars.find((calendar) => calendar.language === language);
  for (const [period, words] of [['a', own?.dayPeriods.am ?? []], ['p', own?.dayPeriods.pm ?? []]] as const) for (const word of words) if (!/^[ap]\.?m\.?$/iu.test(word)) dayPeriods.set(foldForMatching(word), period);
  for (const [word, range] of Object.entries(own?.dayPeriods.ranges ?? {})) if (!dayPeriods.has(foldForMatching(word))) dayPeriods.set(foldForMatching(word), range);
  // The words as written and folded: a fold drops marks (Devanagari vowel signs), which text keeps.
  const periodWords = [...(own?.dayPeriods.am ?? []), ...(own?.dayPeriods.pm ?? []), ...Object.keys(own?.dayPeriods.ranges ?? {})].filter((word) => dayPeriods.has(foldForMatching(word)));
  const TIME = timePattern(alternation(new Set([...periodWords, ...dayPeriods.keys()])));
  const yearSuffixes = alternation(new Set([own, ...calendars.filter((calendar) => calendar.handWritten)].flatMap((calendar) => calendar?.yearSuffixes ?? [])));
  const english = calendars.find((calendar) => calendar.language === 'en');
  const withAbbreviations = [own, english].filter((calendar): calendar is LanguageCalendar => calendar !== undefined);
  // Every language's full names when asked (to tell a dateline before the language is known), else the hand-written calendars'.
  // A page of a known language reads its own names and English's; a page of unknown language the full names of every hand-written calendar.
  const shared = calendars.filter((calendar) => (options.everyLanguage || (calendar.handWritten && own === undefined)) && !withAbbreviations.includes(calendar));
  for (const calendar of withAbbreviations) {
    calendar.months.forEach((names, index) => addNames([...names, ...calendar.monthAbbreviations[index]!], index + 1, months, monthNames));
    // Months of another calendar the language dates by (Solar Hijri دی), numbered from OTHER_MONTHS[calendar] + 1.
    for (const other of calendar === own ? calendar.otherMonths : []) other.months.forEach((names, index) => addNames(names, OTHER_MONTHS[other.calendar] + index + 1, months, monthNames));
    calendar.weekdays.forEach((names, index) => addNames([...names, ...calendar.weekdayAbbreviations[index]!], index + 1, weekdays, weekdayNames));
    for (const [abbreviation, offset] of Object.entries(calendar.timeZones)) if (!timeZones.has(abbreviation)) timeZones.set(abbreviation, offset);
  }
  for (const calendar of shared) {
    calendar.months.forEach((names, index) => addNames(names, index + 1, months, monthNames));
    calendar.weekdays.forEach((names, index) => addNames(names, index + 1, weekdays, weekdayNames));
    // A page of unknown language (a dateline before detection) may date itself in another calendar (`۲۴ دی ۱۴۰۲`).
    if (language === null) for (const other of calendar.otherMonths) other.months.forEach((names, index) => addNames(names, OTHER_MONTHS[other.calendar] + index + 1, months, monthNames));
  }
  // As tries: a position is read once for all names that share a beginning (`tháng mười một`, `tháng mười hai`).
  const monthPattern = phraseTrie([...monthNames], { boundary: false });
  const weekdayPattern = phraseTrie([...weekdayNames], { boundary: false });
  const TZ = tzPattern([...timeZones.keys()].sort((a, b) => b.length - a.length).join('|'));
  // The joining words of the page's language, English and the languages with hand-written calendars, as for month names.
  const DATE_TIME_JOINER = dateTimeJoiner(phraseTrie([...new Set([...withAbbreviations, ...shared].flatMap((calendar) => calendar.dateTimeJoiners))]));
  const day = '(?<d>\\d{1,2})(?:\\.|er|st|nd|rd|th)?';
  const month = `(?<mon>${monthPattern})`;
  // A comma, Latin or Arabic, may stand before the year: `July 1, 2023`, `6 يناير، 2015`.
  // A month's abbreviation may carry a dot CLDR does not write (`15 ene. 2024`, `Jan. 15, 2024`).
  // A year may carry its suffix, joined or not (`2021г.`, `2005 г.`, `2023 r.`).
  const year = `(?<y>\\d{4})${yearSuffixes ? `(?:\\s?(?:${yearSuffixes}))?` : ''}`;
  const dayMonthYear = `${day}\\s+(?:de\\s+)?${month}\\.?(?:\\s+del?)?\\s*[,،]?\\s+${year}`;
  // Day, month and year joined by hyphens, as feeds and forums write them (`12-Mär-2014`).
  const hyphenated = `${day}-${month}\\.?-(?<y>\\d{4})`;
  const monthDayYear = `${month}\\.?\\s+${day}[,،]?\\s+${year}`;
  const usualForms = [
    new RegExp(`${NOT_LETTER_BEFORE}${TIME}\\s*[,\\-–|]?\\s*(?:${weekdayPattern})?\\s*,?\\s*${dayMonthYear}${NOT_LETTER_AFTER}${TZ}`, 'iu'),
    new RegExp(`${NOT_LETTER_BEFORE}${dayMonthYear}(?:${DATE_TIME_JOINER}${TIME})?${NOT_LETTER_AFTER}${TZ}`, 'iu'),
    new RegExp(`${NOT_LETTER_BEFORE}${monthDayYear}(?:${DATE_TIME_JOINER}${TIME})?${NOT_LETTER_AFTER}${TZ}`, 'iu'),
    new RegExp(`${NOT_LETTER_BEFORE}${hyphenated}(?:${DATE_TIME_JOINER}${TIME})?${NOT_LETTER_AFTER}${TZ}`, 'iu'),
  ];
  // The language's own order and words (`y. MMMM d.`, `d בMMMM y`), from CLDR, where the usual forms do not read them;
  // every language's when telling datelines apart. Another language's order is not read in running text (`in 2024 May 6 firms…`).
  const ownForms = new Map<string, WrittenDateForm>();
  for (const calendar of options.everyLanguage ? [...withAbbreviations, ...shared] : own ? [own] : []) {
    for (const pattern of calendar.writtenDateForms) {
      const sample = sampleOfForm(pattern, calendar.months[4]?.[0] ?? 'May').replace(/[\s.,]+$/u, '');
      if (usualForms.some((regex) => (regex.exec(sample)?.[0].length ?? 0) >= sample.length)) continue;
      // Telling datelines apart, any word stands for the month (readFullDate checks it is one): two dozen forms each holding every language's month names would cost megabytes.
      const form = compileDateForm(pattern, options.everyLanguage ? ANY_MONTH_WORD : monthPattern);
      if (form && !ownForms.has(form.source)) ownForms.set(form.source, form);
    }
  }
  return {
    months,
    weekdays,
    monthPattern,
    weekdayPattern,
    timeZones,
    dayPeriods,
    fullDates: [...usualForms, ...[...ownForms.values()].map((form) => new RegExp(`${NOT_LETTER_BEFORE}${form.source}(?:${DATE_TIME_JOINER}${TIME})?${NOT_LETTER_AFTER}${TZ}`, 'iu'))],
    writtenFormStarts: [...ownForms.values()].map((form) => form.startsWith),
    monthFirstWords: new Set([...months.keys()].map(firstWordOf).filter((word) => word !== '')),
    monthsWithoutSpaces: [...months.keys()].some((name) => NO_SPACE_SCRIPT.test(name.charAt(0))),
    weekdayTime: new RegExp(`${NOT_LETTER_BEFORE}(?<wd>${weekdayPattern})\\.?,?${DATE_TIME_JOINER}${TIME}${NOT_LETTER_AFTER}${TZ}`, 'iu'),
  };
}

/**
 * Reads the first full written date in a line (`Opublikowano: 7 lutego 2023, 10:15`).
 *
 * @example
 * readFullDate('Published: July 1, 2023 at 09:05 GMT+3', calendar);
 * // { parts: { year: 2023, month: 7, day: 1, hour: 9, minute: 5, tz: 'GMT+3' }, index: 11, text: 'July 1, 2023 at 09:05 GMT+3' }
 */
export function readFullDate(line: string, calendar: CompiledCalendar): { parts: DateParts; index: number; text: string } | null {
  // Every full date has a four-digit year: a line without four digits in a row (most short lines
  // with a number) is ruled out before the month-name alternations run.
  if (!FOUR_DIGITS.test(line) || !mayHoldMonth(line, calendar)) return null;
  for (const regex of calendar.fullDates) {
    const match = regex.exec(line);
    const groups = match?.groups;
    if (!match || !groups) continue;
    const value = numberOfName(calendar.months, groups['mon'] ?? '');
    if (value === undefined) continue;
    const { calendar: written, month } = monthOf(value);
    const parts: DateParts = { year: Number(groups['y']), month, day: Number(groups['d']), ...(written !== 'gregorian' && { calendar: written }) };
    const time = readTime(groups, calendar);
    if (time) {
      parts.hour = time.hour;
      parts.minute = time.minute;
      if (time.zone) parts.tz = time.zone;
    }
    return { parts, index: match.index, text: match[0].trimEnd() };
  }
  return null;
}

/** A time read from a date's groups (H, M, ampm, period, tz). */
export interface WrittenTime {
  hour: number;
  minute: number;
  /** The zone as an offset (`-04:00` for `EDT`) or as written (`GMT+7`, `+0700`). */
  zone?: string;
  /** A lowercase word the expression took for a zone abbreviation (French `est`): no zone, and not part of the date. */
  notZone?: string;
}

/**
 * The time of a written date, from its expression's groups: the hour on the 24-hour clock (am/pm
 * in English or the language's own words), and the zone, an abbreviation counting in capitals only.
 *
 * @example
 * readTime({ H: '4', M: '32', ampm: 'p', tz: 'EDT' }, compileCalendar(calendars, 'en')); // { hour: 16, minute: 32, zone: '-04:00' }
 */
export function readTime(groups: Record<string, string | undefined>, calendar: CompiledCalendar): WrittenTime | null {
  if (groups['H'] === undefined || groups['M'] === undefined) return null;
  const period = groups['ampm'] ?? (groups['period'] && calendar.dayPeriods.get(foldForMatching(groups['period'])));
  const time: WrittenTime = { hour: hourOf(groups['H'], period), minute: Number(groups['M']) };
  const tz = groups['tz'];
  if (!tz) return time;
  if (/^\p{L}+$/u.test(tz) && tz !== tz.toUpperCase()) return { ...time, notZone: tz };
  return { ...time, zone: calendar.timeZones.get(tz) ?? tz };
}

/**
 * The hour of a time on the 24-hour clock: `10` with `p` (pm) is 22, `12` with `a` (am) is 0; with
 * a flexible period, the hour of the two the clock allows that lies in its range. An hour over 12
 * with a period, or one no hour of the range fits, is no hour (NaN, which the date readers refuse).
 *
 * @example
 * hourOf('10', 'p'); // 22
 * hourOf('7', [16, 20]); // 19 (Hindi `शाम`, evening)
 */
export function hourOf(hour: string, period: string | DayPeriod | undefined): number {
  const value = Number(hour);
  if (period === undefined) return value;
  if (value < 1 || value > 12) return Number.NaN;
  if (typeof period !== 'string') {
    // A flexible period: of the two hours the 12-hour clock allows, the one in its range, or none (`11 ليلاً` is not night's 1–3).
    const [from, before] = period;
    const within = (candidate: number) => (from < before ? candidate >= from && candidate < before : candidate >= from || candidate < before);
    const morning = value % 12;
    return within(morning) ? morning : within(morning + 12) ? morning + 12 : Number.NaN;
  }
  const afternoon = period.toLowerCase() === 'p';
  return (value % 12) + (afternoon ? 12 : 0);
}

function addNames(names: readonly string[], value: number, index: Map<string, number>, forms: Set<string>): void {
  for (const name of names) {
    // The name as written (lower case) always; its fold too unless another value has it (Thai `มี.ค.`, March, folds to `ม.ค.`, January).
    const exact = name.toLocaleLowerCase();
    if (!index.has(exact)) index.set(exact, value);
    const folded = foldForMatching(name);
    const known = index.get(folded);
    if (known === undefined) index.set(folded, value);
    forms.add(name);
    if (known === undefined || known === value) forms.add(folded);
  }
}

/**
 * The month or weekday number of a name as a text writes it: as written first, then folded
 * (`Février` as `fevrier`).
 *
 * @example
 * numberOfName(calendar.months, 'มี.ค.'); // 3
 */
export function numberOfName(index: ReadonlyMap<string, number>, name: string): number | undefined {
  return index.get(name.toLocaleLowerCase()) ?? index.get(foldForMatching(name));
}

const WORD = /[\p{L}\p{M}]+/gu;

/**
 * The first run of letters and marks of a folded name (`sty` of `sty.`): the word a line's word
 * lookup sees first.
 *
 * @example
 * firstWordOf('w czwartek'); // 'w'
 */
export function firstWordOf(name: string): string {
  return /^[\p{L}\p{M}]*/u.exec(name.split(' ')[0]!)![0];
}

/** Whether a line has a word that begins a month name (or a script whose names no words rule out): the full-date expressions need one. */
function mayHoldMonth(line: string, calendar: CompiledCalendar): boolean {
  if (calendar.monthsWithoutSpaces && NO_SPACE_SCRIPT.test(line)) return true;
  for (const [word] of line.matchAll(WORD)) if (calendar.monthFirstWords.has(foldForMatching(word))) return true;
  return false;
}

function alternation(names: Iterable<string>): string {
  return [...names]
    .sort((a, b) => b.length - a.length)
    .map((name) => escapeRegex(name).replace(/ /g, '\\s+'))
    .join('|');
}

/**
 * A written UTC offset as ISO 8601: `GMT+7` → `+07:00`, `GMT` → `+00:00`, `UTC-03:30` → `-03:30`,
 * `+0700` → `+07:00`, `Z` → `Z`; null when it is none.
 *
 * @example
 * utcOffsetOf('GMT+7'); // '+07:00'
 */
export function utcOffsetOf(raw: string): string | null {
  if (raw === 'Z') return 'Z';
  if (/^(?:GMT|UTC)$/u.test(raw.trim())) return '+00:00';
  const match = /([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/u.exec(raw.replace(/^(?:GMT|UTC)\s*/u, ''));
  if (!match) return null;
  const sign = match[1] === '+' ? '+' : '-';
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return `${sign}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

// The date expressions of a language, compiled once: full, numeric and partial dates, relative
// expressions, dates of other calendars, and where in a line each can start.
import type { LanguageCalendar } from '../data/merge-calendars.js';
import type { CldrCalendarsIndex } from '../data/schemas.js';
import { loadCoreData } from '../data/load.js';
import { compileRelative, type CompiledRelative, type RelativeGroup } from './relative-dates.js';
import { escapeRegex } from '../text/escape-regex.js';
import { foldForMatching, foldWord } from '../speed/fold-fast.js';
import type { OtherCalendar } from '../resources/other-calendars.js';
import { firstWordOf, monthOf, numberOfName, readTime, utcOffsetOf, type CompiledCalendar } from '../resources/calendar.js';
import type { Reading } from './date-reading.js';

/** The time of a full date's match (groups H, M, ampm, tz), if any. */
function timeOf(groups: Record<string, string | undefined>, matched: string, calendar: CompiledCalendar): Pick<Reading, 'hour' | 'minute' | 'offset' | 'length'> {
  const time = readTime(groups, calendar);
  if (!time) return {};
  const { hour, minute } = time;
  // A lowercase word taken for a zone abbreviation (French `est`) is left out of the date.
  if (time.notZone) return { hour, minute, length: matched.slice(0, matched.lastIndexOf(time.notZone)).replace(/[\s(（]+$/u, '').length };
  const offset = time.zone && utcOffsetOf(time.zone);
  return offset ? { hour, minute, offset } : { hour, minute };
}

export interface DatePattern {
  regex: RegExp;
  read(groups: Record<string, string | undefined>, matched: string): Reading | null;
  /** What a line must contain for the pattern to be worth running (a cheap test first). */
  needs: { digit?: boolean; month?: boolean; weekday?: boolean };
  /**
   * Where a match can start: at a run of digits, a month name, a weekday name, a word that starts
   * one of `firstWords` (then the sticky `regex` is tried at those positions only), or anywhere
   * (then it scans the line).
   */
  startsAt: readonly StartKind[] | 'anywhere';
  /** The same expression, sticky, to try at one position. */
  sticky?: RegExp;
  /** A small sticky expression a match must also begin with, tried first (most positions fail it, and it costs a fraction of `sticky`). */
  quick?: RegExp;
  /** For a pattern that starts at a word (`'word'`): the first words of its list, folded (a word start is tried only when its word is one of them). */
  firstWords?: Set<string>;
  /** For a pattern with `firstWords`: its own bit among a word's flags (`WORD_LISTED`), set for the words that start its list. */
  wordBit?: number;
}

/** A kind of position where a date can start (see {@link DatePattern.startsAt}); `word` is a word that starts some pattern's word list. */
export type StartKind = 'digit' | 'month' | 'weekday' | 'word';

/** The date patterns of one language, compiled once. */
export interface DateMentionPatterns {
  patterns: DatePattern[];
  /** First words of month and weekday names, folded, for the cheap test. */
  monthWords: Set<string>;
  weekdayWords: Set<string>;
  /** Every folded word a date can start with, with what it can start (`WORD_MONTH`, `WORD_WEEKDAY`, and the `wordBit` of each pattern whose list it starts): one lookup per word of a line. */
  wordFlags: Map<string, number>;
  /** Years the language writes in another calendar (Thai `2567`). */
  yearCalendars: NonNullable<LanguageCalendar['yearCalendars']>;
  /** Era starts of the other calendars (CLDR). */
  eraStarts: CldrCalendarsIndex['eraStarts'];
  /** Reads a duration written alone as that long ago (`2 giờ`), when the language has unit words. */
  readDuration: CompiledRelative['readDuration'] | null;
  /** What may stand between two years of a list (`2022 and 2023`, `2022, 2023`, `2022–2023`): a comma, a dash, or the language's list joiners (CLDR), then the next year. */
  yearAfter: RegExp;
}

/** A word that starts a month name. */
export const WORD_MONTH = 1;

/** A word that starts a weekday name. */
export const WORD_WEEKDAY = 2;

/** The first bit of the patterns that start with a word list: each has one (`wordBit`), and `WORD_LISTED` holds them all. */
const FIRST_LISTED_BIT = 4;

/** A word that is the first word of some pattern's word list (`firstWords`): any of the patterns' bits. */
export const WORD_LISTED = ~(WORD_MONTH | WORD_WEEKDAY);

const BEFORE = '(?<![\\p{L}\\p{N}])';

const AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

/** An Arabic proclitic written onto a month or weekday name (وآب/أغسطس, والأربعاء). */
const PROCLITIC = '(?:[وفبلك](?=\\p{Script=Arabic}))?';

/**
 * Compiles the date patterns for an article language: full and partial dates with month names of
 * every calendar file, numeric dates, and — from the language's own calendar, because they need its
 * context words — yearless day.month dates (`ngày 30.6`), lone month names (`w marcu`), bare years
 * (`năm 2013`, `od 2012 r.`, `عام 2022`), weekdays, and the language's own forms (`tháng 8/2020`).
 *
 * @example
 * const patterns = compileDatePatterns(loadCoreData().calendars, getResources().calendarFor('pl'), 'pl', 'dmy', loadCoreData().cldrCalendars.eraStarts);
 */
export function compileDatePatterns(
  calendars: readonly LanguageCalendar[],
  combined: CompiledCalendar,
  language: string | null,
  order: 'dmy' | 'mdy' | 'ymd',
  eraStarts: CldrCalendarsIndex['eraStarts'] = loadCoreData().cldrCalendars.eraStarts,
): DateMentionPatterns {
  const own = calendars.find((calendar) => calendar.language === language);
  const month = (name: string | undefined) => (name === undefined ? undefined : numberOfName(combined.months, name));
  const numeric = (a: string | undefined, b: string | undefined): { day: number; month: number } => {
    const [day, monthNumber] = order === 'mdy' ? [Number(b), Number(a)] : [Number(a), Number(b)];
    return monthNumber > 12 && day <= 12 ? { day: monthNumber, month: day } : { day, month: monthNumber };
  };
  const M = `(?<mon>${combined.monthPattern})`;
  const relative = own ? relativePatterns(own) : { counted: [], named: [], readDuration: null };
  const patterns: DatePattern[] = [...relative.counted, ...(own ? otherCalendarPatterns(own) : [])];
  patterns.push(
    ...combined.fullDates.map((regex, index) => ({
      needs: { digit: true, month: true },
      // The time-first, day-first and hyphenated forms start with a number, the month-first one with a month.
      startsAt: (index === 2 || combined.writtenFormStarts[index - 4] === 'month' ? ['month'] : ['digit']) as readonly ('digit' | 'month')[],
      // What each usual form holds right after its first number, checked before the whole form: a
      // time's separator, a day's space and letter, the hyphen of `12-Mär-2014`.
      ...(index !== 2 && index < 4 && { quick: FULL_DATE_STARTS[index]! }),
      regex: new RegExp(regex.source, 'giu'),
      read: (g: Record<string, string | undefined>, matched: string) => {
        const written = monthOf(month(g['mon']) ?? 0);
        return { day: Number(g['d']), month: written.month, year: Number(g['y']), ...(written.calendar !== 'gregorian' && { calendar: written.calendar }), ...timeOf(g, matched, combined) } as Reading;
      },
    })),
    // A time between the day and the year, as C's ctime and many feeds write it: `Wed Aug 05 12:00:00 2015`.
    { needs: { digit: true, month: true }, startsAt: ['month'], regex: new RegExp(`${BEFORE}${M}\\s+(?<d>\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(?<y>\\d{4})${AFTER}`, 'giu'), read: (g) => ({ day: Number(g['d']), month: month(g['mon']), year: Number(g['y']) }) },
    { needs: { digit: true, month: true }, startsAt: ['digit'], regex: new RegExp(`${BEFORE}(?<d>\\d{1,2})\\s+${M}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(?<y>\\d{4})${AFTER}`, 'giu'), read: (g) => ({ day: Number(g['d']), month: month(g['mon']), year: Number(g['y']) }) },
    {
      // ISO 8601, with a time and offset when written (`2015-05-02T10:20:19+0000`, `1999-12-31 19:00:00 -0500`).
      needs: { digit: true },
      startsAt: ['digit'],
      regex: new RegExp(`${BEFORE}(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?:[T ](?<H>\\d{2}):(?<M>\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:\\s?(?<tz>Z|[+-]\\d{2}:?\\d{2}))?)?${AFTER}`, 'gu'),
      read: (g, matched) => ({ year: Number(g['y']), month: Number(g['m']), day: Number(g['d']), ...timeOf(g, matched, combined) }),
    },
    {
      needs: { digit: true },
      startsAt: ['digit'],
      // Day, month and year in figures, the separators the same; dots may stand apart (`26. 10. 2021`, `30 . 09 . 2022`).
      regex: new RegExp(`(?<![\\d.,/])(?<a>\\d{1,2})${NUMERIC_SEPARATOR}(?<b>\\d{1,2})${NUMERIC_SEPARATOR_AGAIN}(?<y>\\d{4})(?![\\d])`, 'gu'),
      read: (g) => ({ ...numeric(g['a'], g['b']), year: Number(g['y']) }),
    },
    {
      // A numeric date with a two-digit year (`18.10.14`, `26. 10.21`, `1/1/16`), placed in the century nearest the reference. With dots, day and
      // month are written with two digits each: `1.2.10` is a version.
      needs: { digit: true },
      startsAt: ['digit'],
      regex: new RegExp(`(?<![\\d.,/])(?:(?<a>\\d{2})${DOT}(?<b>\\d{2})${DOT}|(?<sa>\\d{1,2})/(?<sb>\\d{1,2})/)(?<yy>\\d{2})(?![\\d]|[.,/]\\d)`, 'gu'),
      read: (g) => ({ ...numeric(g['a'] ?? g['sa'], g['b'] ?? g['sb']), twoDigitYear: Number(g['yy']) }),
    },
    {
      // Levantine and standard names side by side: آذار/مارس, شباط/فبراير 2023.
      needs: { month: true },
      startsAt: ['digit', 'month'],
      quick: /(?:\d{1,2}\s+)?[^\s/\d]{2,20}(?:\s+[^\s/\d]{2,12})?\s*\//uy,
      regex: new RegExp(`${BEFORE}(?:(?<d>\\d{1,2})\\s+)?${PROCLITIC}${M}\\s*/\\s*(?<mon2>${combined.monthPattern})(?:\\s+(?:عام\\s+|العام\\s+)?(?<y>\\d{4}))?${AFTER}`, 'giu'),
      read: (g) =>
        month(g['mon']) === month(g['mon2']) ? { month: month(g['mon']), ...(g['d'] && { day: Number(g['d']) }), ...(g['y'] && { year: Number(g['y']) }) } : null,
    },
    { needs: { digit: true, month: true }, startsAt: ['month'], regex: new RegExp(`${BEFORE}${PROCLITIC}${M}(?:\\s+de)?\\s*,?\\s+(?<y>\\d{4})${AFTER}`, 'giu'), read: (g) => ({ month: month(g['mon']), year: Number(g['y']) }) },
    ...(own?.patterns ?? []).map((source) => ({
      needs: {},
      startsAt: 'anywhere' as const,
      regex: new RegExp(/^\(\?<[!=]/u.test(source) ? source : `${BEFORE}${source}`, 'giu'),
      read: (g: Record<string, string | undefined>) => ({ ...(g['d'] && { day: Number(g['d']) }), ...(g['m'] && { month: Number(g['m']) }), ...(g['y'] && { year: Number(g['y']) }) }) as Reading,
    })),
    { needs: { digit: true, month: true }, startsAt: ['digit'], regex: new RegExp(`${BEFORE}(?<d>\\d{1,2})(?:\\.|er)?\\s+(?:de\\s+)?${M}${AFTER}`, 'giu'), read: (g) => ({ day: Number(g['d']), month: month(g['mon']) }) },
    { needs: { digit: true, month: true }, startsAt: ['month'], regex: new RegExp(`${BEFORE}${M}\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?${AFTER}(?![.,/]\\d)`, 'giu'), read: (g) => ({ day: Number(g['d']), month: month(g['mon']) }) },
  );
  if (own) {
    const words = (list: readonly string[]) => list.map(escapeRegex).sort((a, b) => b.length - a.length).join('|');
    if (own.dayMonthWords.length > 0) {
      patterns.push({
        needs: { digit: true },
        ...listStarts(own.dayMonthWords),
        regex: new RegExp(`${BEFORE}(?:${words(own.dayMonthWords)})\\s+(?<a>\\d{1,2})[./](?<b>\\d{1,2})(?![\\d]|[./]\\d)`, 'giu'),
        read: (g) => numeric(g['a'], g['b']),
      });
    }
    const ownMonths = own.months.flatMap((names) => names).map(escapeRegex).sort((a, b) => b.length - a.length).join('|');
    if (own.monthWords.length > 0) {
      patterns.push({ needs: { month: true }, ...listStarts(own.monthWords), regex: new RegExp(`${BEFORE}(?:${words(own.monthWords)})\\s+(?<mon>${ownMonths})${AFTER}`, 'giu'), read: (g) => ({ month: month(g['mon']) }) });
    }
    if (own.monthWordsAfter.length > 0) {
      patterns.push({ needs: { month: true }, startsAt: ['month'], regex: new RegExp(`${BEFORE}(?<mon>${ownMonths})\\s+(?:${words(own.monthWordsAfter)})${AFTER}`, 'giu'), read: (g) => ({ month: month(g['mon']) }) });
    }
    if (own.yearWords.length > 0) {
      patterns.push({ needs: { digit: true }, ...listStarts(own.yearWords), regex: new RegExp(`${BEFORE}(?:${words(own.yearWords)})\\s*(?<y>\\d{4})${AFTER}`, 'giu'), read: (g) => ({ year: Number(g['y']) }) });
    }
    if (own.yearSuffixes.length > 0) {
      // A two-digit year the language marks as a year (`2 декабря 95 г.`, `7 lutego 23 r.`).
      patterns.splice(2, 0, {
        needs: { digit: true, month: true },
        startsAt: ['digit'],
        regex: new RegExp(`${BEFORE}(?<d>\\d{1,2})\\.?\\s+${M}\\s+(?<yy>\\d{2})\\s*(?:${words(own.yearSuffixes)})(?![\\p{L}])`, 'giu'),
        read: (g) => ({ day: Number(g['d']), month: month(g['mon']), twoDigitYear: Number(g['yy']) }),
      });
      patterns.push({ needs: { digit: true }, startsAt: ['digit'], regex: new RegExp(`${BEFORE}(?<y>\\d{4})\\s*(?:${words(own.yearSuffixes)})(?![\\p{L}])`, 'giu'), read: (g) => ({ year: Number(g['y']) }) });
    }
    // A weekday with a time is a date, its name or abbreviation in any calendar the page reads (`Jeu 15:12`, `Sat 10:04 pm`).
    patterns.push({
      needs: { digit: true },
      // Its own list of first words (names and abbreviations of every calendar the page reads), so that the weekday alone is not tried at each.
      ...listStarts([...combined.weekdays.keys()]),
      // A time within a few words of the weekday, checked before the names' alternation.
      quick: WEEKDAY_TIME_SOON,
      regex: new RegExp(combined.weekdayTime.source, 'giu'),
      read: (g, matched) => {
        const weekday = numberOfName(combined.weekdays, g['wd']!);
        return weekday ? { weekday, ...timeOf(g, matched, combined) } : null;
      },
    });
    const weekdayIndex = new Map<string, number>();
    own.weekdays.forEach((names, index) => names.forEach((name) => weekdayIndex.set(own.weekdaysCaseSensitive ? name : foldForMatching(name), index + 1)));
    const weekdayPattern = [...weekdayIndex.keys()].length > 0 ? own.weekdays.flat().map(escapeRegex).sort((a, b) => b.length - a.length).join('|') : null;
    if (weekdayPattern) {
      patterns.push({
        needs: { weekday: true },
        startsAt: ['weekday'],
        regex: new RegExp(`${BEFORE}${PROCLITIC}(?<wd>${weekdayPattern})${AFTER}`, own.weekdaysCaseSensitive ? 'gu' : 'giu'),
        read: (g) => {
          const weekday = weekdayIndex.get(own.weekdaysCaseSensitive ? g['wd']! : foldForMatching(g['wd']!));
          return weekday ? { weekday } : null;
        },
      });
    }
  }
  // Named relative expressions last: a number before one may belong to a date found already (`tháng 5 năm nay`, May this year).
  patterns.push(...relative.named);
  for (const pattern of patterns) if (pattern.startsAt !== 'anywhere') pattern.sticky = new RegExp(pattern.regex.source, `${pattern.regex.flags.replace('g', '')}y`);
  // The first word of a name as the line's words are read: its first run of letters and marks (`ก` of `ก.พ.`, `sty` of `sty.`).
  const firstWords = (names: Iterable<string>) => new Set([...names].map((name) => firstWordOf(foldForMatching(name))).filter((word) => word !== ''));
  const weekdayNames = own ? own.weekdays.flat() : [];
  const monthWords = firstWords([...combined.months.keys(), ...(own?.months.flat() ?? [])]);
  const weekdayWords = firstWords(weekdayNames);
  const wordFlags = new Map<string, number>();
  const flag = (word: string, bit: number) => wordFlags.set(word, (wordFlags.get(word) ?? 0) | bit);
  for (const word of monthWords) flag(word, WORD_MONTH);
  for (const word of weekdayWords) flag(word, WORD_WEEKDAY);
  let listed = 0;
  for (const pattern of patterns) {
    if (!pattern.firstWords) continue;
    // A language has a few word lists (day.month, month and year words); 29 bits are left for them.
    if (listed === 29) throw new Error(`date patterns${language ? ` of ${language}` : ''}: more than 29 patterns start with a word list`);
    pattern.wordBit = FIRST_LISTED_BIT << listed++;
    for (const word of pattern.firstWords) flag(word, pattern.wordBit);
  }
  const joiners = (own?.listJoiners ?? ['and']).filter((joiner) => /\p{L}/u.test(joiner)).map(escapeRegex);
  const yearAfter = new RegExp(`^\\s*(?:[,–/-]|${[...joiners, '(?!)'].join('|')})\\s*(?<y>\\d{4})(?!\\d|[.,:/]\\d)`, 'iu');
  return { patterns, monthWords, weekdayWords, wordFlags, yearCalendars: own?.yearCalendars ?? [], eraStarts, readDuration: relative.readDuration, yearAfter };
}

/**
 * The relative expressions of a language as date patterns, counted ones first (`3 tuần trước`
 * before `tuần trước`): they start at a number or at their first word.
 */
function relativePatterns(own: LanguageCalendar): { counted: DatePattern[]; named: DatePattern[]; readDuration: CompiledRelative['readDuration'] } {
  const relative = compileRelative(own);
  const read = (_: Record<string, string | undefined>, matched: string): Reading | null => {
    const reading = relative.read(matched);
    return reading ? { relative: reading } : null;
  };
  const toPattern = (group: RelativeGroup): DatePattern => {
    const startsAt = group.firstWords ? listStarts(group.firstWords) : group.numberFirst ? { startsAt: ['digit'] as const } : { startsAt: 'anywhere' as const };
    return { needs: group.numberFirst ? { digit: true } : {}, ...startsAt, regex: new RegExp(group.source, group.flags), read, ...(group.quick && { quick: new RegExp(group.quick, 'iuy') }) };
  };
  // Counted expressions that start with their number first, then those that start with a word.
  return {
    counted: relative.groups.filter((group) => !group.named).sort((a, b) => Number(b.numberFirst) - Number(a.numberFirst)).map(toPattern),
    named: relative.groups.filter((group) => group.named).map(toPattern),
    readDuration: relative.readDuration,
  };
}

/**
 * Dates of other calendars a language writes: an era and its year (`令和6年5月1日`, `民國113年`,
 * `令和元年`) and a day, month name and year of the Solar Hijri or Hijri calendar (`۲۴ دی ۱۴۰۲`,
 * `1 رمضان 1445`).
 */
function otherCalendarPatterns(own: LanguageCalendar): DatePattern[] {
  const patterns: DatePattern[] = [];
  const eras = new Map<string, { calendar: OtherCalendar; code?: string }>();
  for (const era of own.eras ?? []) for (const name of era.names) eras.set(name, { calendar: era.calendar, ...(era.code !== undefined && { code: era.code }) });
  if (eras.size > 0) {
    const names = [...eras.keys()].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
    patterns.push({
      needs: {},
      startsAt: 'anywhere',
      regex: new RegExp(`(?<era>${names})\\s*(?<y>\\d{1,3}|元)\\s*年(?:\\s*(?<m>\\d{1,2})\\s*月(?:\\s*(?<d>\\d{1,2})\\s*日)?)?`, 'gu'),
      read: (g) => {
        const era = eras.get(g['era']!)!;
        return {
          calendar: era.calendar,
          ...(era.code !== undefined && { era: era.code }),
          year: g['y'] === '元' ? 1 : Number(g['y']),
          ...(g['m'] && { month: Number(g['m']) }),
          ...(g['d'] && { day: Number(g['d']) }),
        };
      },
    });
  }
  const months = new Map<string, { calendar: OtherCalendar; month: number }>();
  for (const { calendar, months: names } of own.otherMonths) names.forEach((forms, index) => forms.forEach((name) => months.has(foldForMatching(name)) || months.set(foldForMatching(name), { calendar, month: index + 1 })));
  if (months.size > 0) {
    const names = [...new Set(own.otherMonths.flatMap(({ months: names }) => names.flat()))].sort((a, b) => b.length - a.length).map((name) => escapeRegex(name).replace(/ /gu, '\\s+')).join('|');
    patterns.push({
      needs: { digit: true },
      startsAt: ['digit'],
      regex: new RegExp(`${BEFORE}(?<d>\\d{1,2})\\s+${PROCLITIC}(?<om>${names})\\s*[,،]?\\s+(?<y>\\d{4})${AFTER}`, 'giu'),
      read: (g) => {
        const found = months.get(foldForMatching(g['om']!));
        return found ? { calendar: found.calendar, year: Number(g['y']), month: found.month, day: Number(g['d']) } : null;
      },
    });
  }
  return patterns;
}

/** A time (`15:12`, `9h05`) within a few words: what a weekday with a time holds after the weekday. */
const WEEKDAY_TIME_SOON = /[^\d\n]{1,40}?\d{1,2}[:h.]\d{2}/uy;

/** A dot between the figures of a date, spaces allowed around it (`26. 10. 2021`, `30 . 09 . 22`). */
const DOT = '\\s?\\.\\s?';

/** The first separator of a date in figures (a slash, or a dot with spaces allowed), and the second, the same. */
const NUMERIC_SEPARATOR = `(?:/|${DOT})`;

const NUMERIC_SEPARATOR_AGAIN = `(?:(?<=/\\d{1,2})/|(?<=\\.\\s?\\d{1,2})${DOT})`;

/** The beginnings of the full-date forms that start with a number (time first, day first, month first — which starts at a month and has none —, hyphenated). */
const FULL_DATE_STARTS: readonly (RegExp | undefined)[] = [/\d{1,2}[:h.]\d{2}/uy, /\d{1,2}(?:\.|er|st|nd|rd|th)?\s+\S/uy, undefined, /\d{1,2}(?:\.|er|st|nd|rd|th)?-/uy];

/**
 * Where a pattern that begins with one of a list of words can start: at the words that start the
 * list (the first words, folded, as the start positions see them), or anywhere when a listed word
 * does not begin with a letter (a match could then start outside any word).
 */
function listStarts(list: readonly string[]): Pick<DatePattern, 'startsAt' | 'firstWords'> {
  const firstWords = firstWordsOf(list);
  return firstWords ? { startsAt: ['word'], firstWords } : { startsAt: 'anywhere' };
}

/** The first words of a word list, folded, as the start positions see them; undefined when a listed word does not begin with a letter. */
function firstWordsOf(list: readonly string[]): Set<string> | undefined {
  const words = new Set<string>();
  for (const entry of list) {
    const first = /^\p{L}[\p{L}\p{M}]*/u.exec(entry);
    if (!first) return undefined;
    words.add(foldWord(first[0]));
  }
  return words;
}

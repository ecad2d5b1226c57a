import type { LanguageCalendar } from '../data/merge-calendars.js';
import type { CldrCalendarsIndex } from '../data/schemas.js';
import { loadCoreData } from '../data/load.js';
import { compileRelative, durationOf, type CompiledRelative, type RelativeGroup, type RelativeReading } from './relative-dates.js';
import { toGregorian, yearCalendarOf, type OtherCalendar } from '../resources/other-calendars.js';
import type { DateMention, Published, SegmentRole } from '../schema/article.js';
import { asciiDigits } from '../text/ascii-digits.js';
import { escapeRegex } from '../text/escape-regex.js';
import { charClassAt, codeUnitClass, LETTER, MARK } from '../text/char-class.js';
import { foldForMatching, foldWord } from '../speed/fold-fast.js';
import { monthOf, readTime, utcOffsetOf, type CompiledCalendar } from '../resources/calendar.js';
import { codePointWidthAt } from '../text/code-point.js';
import { hashStep, SubstringCache } from '../speed/substring-cache.js';
import { IntList } from '../speed/int-list.js';
import { LineWords, Vocabulary } from '../words/line-words.js';

/** What one pattern reads: any of day, month, year, weekday, as numbers. */
interface Reading {
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

interface DatePattern {
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
type StartKind = 'digit' | 'month' | 'weekday' | 'word';

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
}

/** A word that starts a month name. */
const WORD_MONTH = 1;
/** A word that starts a weekday name. */
const WORD_WEEKDAY = 2;
/** The first bit of the patterns that start with a word list: each has one (`wordBit`), and `WORD_LISTED` holds them all. */
const FIRST_LISTED_BIT = 4;
/** A word that is the first word of some pattern's word list (`firstWords`): any of the patterns' bits. */
const WORD_LISTED = ~(WORD_MONTH | WORD_WEEKDAY);

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
  const month = (name: string | undefined) => (name === undefined ? undefined : combined.months.get(foldForMatching(name)));
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
      startsAt: index === 2 ? (['month'] as const) : (['digit'] as const),
      // What each form holds right after its first number, checked before the whole form: a time's
      // separator, a day's space and letter, the hyphen of `12-Mär-2014`.
      ...(index !== 2 && { quick: FULL_DATE_STARTS[index]! }),
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
      needs: { digit: true, weekday: true },
      startsAt: ['weekday'],
      regex: new RegExp(combined.weekdayTime.source, 'giu'),
      read: (g, matched) => {
        const weekday = combined.weekdays.get(foldForMatching(g['wd']!));
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
  const firstWords = (names: Iterable<string>) => new Set([...names].map((name) => /^[\p{L}\p{M}]*/u.exec(foldForMatching(name).split(' ')[0]!)![0]).filter((word) => word !== ''));
  const weekdayNames = [...(own ? own.weekdays.flat() : []), ...combined.weekdays.keys()];
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
  return { patterns, monthWords, weekdayWords, wordFlags, yearCalendars: own?.yearCalendars ?? [], eraStarts, readDuration: relative.readDuration };
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

/** A block of text to search, with its role and offset in the article. */
export interface DateSearchBlock {
  text: string;
  offset: number;
  role: SegmentRole;
}

/**
 * Finds the dates a text talks about, as ISO 8601 values at the precision written: `2015-07-23`,
 * `2020-08`, `2013`, partial `--06-30` or `--05` when the year is missing, `-W-4` for a weekday.
 * When the publication date is known (to the day), a missing year is taken from it (a date more
 * than a month after publication belongs to the year before) and a weekday becomes the latest
 * such day on or before publication; `inferred` records it.
 *
 * @example
 * extractDateMentions([{ text: 'ngày 30.6 và năm 2013', offset: 0, role: 'body' }], patterns, null).map((d) => d.value); // ['--06-30', '2013']
 */
export function extractDateMentions(blocks: readonly DateSearchBlock[], compiled: DateMentionPatterns, published: Published | null, anchor: DateAnchor | null = dateAnchor(published)): DateMention[] {
  let vocabulary = ownVocabularies.get(compiled);
  if (!vocabulary) ownVocabularies.set(compiled, (vocabulary = new Vocabulary((word) => ({ dateWords: dateWordsOf(word, compiled) }))));
  const mentions: DateMention[] = [];
  for (const block of blocks) for (const mention of datesInBlock(block, vocabulary.read(block.text, ownLine), compiled, anchor)) mentions.push(mention);
  return mentions;
}

/** The vocabulary of {@link extractDateMentions} per compiled patterns, and the line it reads into. */
const ownVocabularies = new WeakMap<DateMentionPatterns, Vocabulary<DateWordFacts>>();
const ownLine = new LineWords<DateWordFacts>();

/** What the date finder needs to know of a word of a line: the date words it holds (see {@link dateWordsOf}). */
export interface DateWordFacts {
  readonly dateWords: RunWords | null;
}

/**
 * The date words of a word of a line, as a vocabulary keeps them: for a word that is one run of
 * letters and marks (most words), the words a date can start with in it (see {@link RunWords});
 * null for a word with digits or joiners, or one that starts with a mark, whose runs the finder
 * reads from the line.
 *
 * @param folded the word folded with `foldForMatching`, when the caller has it (a vocabulary that
 * also links names folds each new word once for both)
 * @example
 * dateWordsOf('czerwca', patterns)?.offsets; // [0]
 * dateWordsOf('30.6', patterns); // null
 */
export function dateWordsOf(word: string, compiled: DateMentionPatterns, folded?: string): RunWords | null {
  let hasMark = false;
  for (let i = 0; i < word.length; i += codePointWidthAt(word, i)) {
    const kind = charClassAt(word, i);
    if (i === 0 ? !(kind & LETTER) : !(kind & (LETTER | MARK))) return null;
    if (kind & MARK) hasMark = true;
  }
  return hasMark ? runWords(word, compiled) : wordsOfUnmarkedRun(folded ?? foldForMatching(word), compiled);
}

/**
 * A text that is only a duration (`2 giờ`, `15 hrs`, `1 Jahr, 2 Monate`), as page time stamps
 * write how long ago they were published: that long before the anchor. In running text a duration
 * is no date (`the talks lasted 2 hours`), so only a whole text is read so.
 *
 * @example
 * durationAlone('2 giờ', compileDatePatterns(…, 'vi', …), dateAnchor({ value: '2024-01-15T10:30', precision: 'minute' }))?.value; // '2024-01-15T08:30'
 */
export function durationAlone(text: string, compiled: DateMentionPatterns, anchor: DateAnchor | null): DateMention | null {
  const trimmed = text.trim().replace(/[.。]$/u, '');
  const reading = trimmed === '' || !/\d/u.test(trimmed) ? null : compiled.readDuration?.(asciiDigits(trimmed));
  if (!reading) return null;
  const value = relativeValue(reading, anchor);
  const start = text.indexOf(trimmed);
  return { surface: trimmed, value: value.value, precision: value.precision, start, end: start + trimmed.length, role: 'body', ...(value.inferred && { inferred: value.inferred }), ...(value.relative !== undefined && { relative: value.relative }) };
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

/**
 * The dates of one block, whose words a vocabulary read (`line`, of `block.text`; the parser reads
 * each line once for names and dates): what {@link extractDateMentions} finds in the block.
 *
 * @example
 * datesInBlock(block, vocabulary.read(block.text, line), patterns, dateAnchor(published)).map((d) => d.value); // ['--06-30']
 */
export function datesInBlock(block: DateSearchBlock, line: LineWords<DateWordFacts>, compiled: DateMentionPatterns, anchor: DateAnchor | null): DateMention[] {
  const found: DateMention[] = [];
  // Spans claimed by earlier patterns, in order and without overlap, as start, end pairs: a later
  // pattern may not overlap them. A pattern's own matches come in order and never overlap, so one
  // pointer walks the list as they go (linear in the matches, however many a long line has), and
  // the pattern's spans are merged in when it is done.
  let taken: number[] = [];
  let claimed: number[] = [];
  // What each date found was read as, by its start in the article: what the dates of a block say about one another.
  const readings = new Map<number, Reading>();
  let cursor = 0;
  let pattern: DatePattern;
  // One visitor for every pattern (not a closure per pattern): it reads the current pattern from the variable above.
  const visit = (match: RegExpExecArray): void => {
    const start = match.index;
    let end = start + match[0].length;
    while (cursor < taken.length && taken[cursor + 1]! <= start) cursor += 2;
    if (cursor < taken.length && taken[cursor]! < end) return;
    const reading = pattern.read(match.groups ?? NO_GROUPS, match[0]);
    if (reading?.length !== undefined) end = start + reading.length;
    if (reading && isPartOfAnotherDate(reading, text, start, end, taken)) return;
    const value = reading && toValue(reading, anchor, compiled);
    if (!value) return;
    claimed.push(start, end);
    readings.set(block.offset + start, reading);
    found.push({
      surface: block.text.slice(start, end),
      value: value.value,
      precision: value.precision,
      start: block.offset + start,
      end: block.offset + end,
      role: block.role,
      ...(value.inferred && { inferred: value.inferred }),
      ...(value.relative !== undefined && { relative: value.relative }),
      ...(value.calendar && { calendar: value.calendar }),
    });
  };
  const text = asciiDigits(block.text);
  const starts = startPositions(text, compiled, line);
  const hasDigit = starts.digit.length > 0;
  const hasMonth = starts.month.length > 0;
  const hasWeekday = starts.weekday.length > 0;
  for (pattern of compiled.patterns) {
    if ((pattern.needs.digit && !hasDigit) || (pattern.needs.month && !hasMonth) || (pattern.needs.weekday && !hasWeekday)) continue;
    cursor = 0;
    forEachMatch(pattern, text, starts, visit);
    if (claimed.length > 0) {
      taken = mergeSpans(taken, claimed);
      claimed = [];
    }
  }
  found.sort((a, b) => a.start - b.start);
  return readings.size > 1 ? withContext(found, readings, block, anchor, compiled) : found;
}

/**
 * What one date of a block says about the next: counted relative expressions side by side are one
 * (`2 гадзіны таму 10 хвіліны таму`, two hours and ten minutes ago), and a day and month without a
 * year take the year of a full date before them in the block (`19 марта 2001, 20 марта`) rather
 * than the publication's.
 */
function withContext(found: DateMention[], readings: Map<number, Reading>, block: DateSearchBlock, anchor: DateAnchor | null, compiled: DateMentionPatterns): DateMention[] {
  const out: DateMention[] = [];
  let contextYear: number | undefined;
  for (const date of found) {
    const reading = readings.get(date.start)!;
    const previous = out[out.length - 1];
    const previousReading = previous && readings.get(previous.start);
    const gap = previous ? block.text.slice(previous.end - block.offset, date.start - block.offset) : '';
    if (previous && reading.relative && !reading.relative.named && previousReading?.relative && !previousReading.relative.named && /^\s+$/u.test(gap) && /\d/u.test(previous.surface) && /\d/u.test(date.surface) && Math.sign(reading.relative.amount) === Math.sign(previousReading.relative.amount)) {
      const merged: Reading = { relative: { ...previousReading.relative, more: [...(previousReading.relative.more ?? []), { unit: reading.relative.unit, amount: reading.relative.amount }, ...(reading.relative.more ?? [])] } };
      const value = toValue(merged, anchor, compiled)!;
      readings.set(previous.start, merged);
      out[out.length - 1] = { ...previous, surface: block.text.slice(previous.start - block.offset, date.end - block.offset), end: date.end, value: value.value, precision: value.precision, ...(value.relative !== undefined && { relative: value.relative }), ...(value.inferred && { inferred: value.inferred }) };
      continue;
    }
    // A year read on its own right after a day and month is theirs (`14 декабря в 1989 году`).
    if (previous && previousReading && isYearless(previousReading) && reading.year !== undefined && reading.month === undefined && reading.day === undefined && !reading.calendar && !reading.relative && /^[\s,،]*$/u.test(gap)) {
      const merged: Reading = { ...previousReading, year: reading.year };
      const value = toValue(merged, anchor, compiled);
      if (value) {
        readings.set(previous.start, merged);
        const { inferred: _, ...written } = previous;
        out[out.length - 1] = { ...written, surface: block.text.slice(previous.start - block.offset, date.end - block.offset), end: date.end, value: value.value, precision: value.precision };
        contextYear = reading.year;
        continue;
      }
    }
    if (contextYear !== undefined && !reading.relative && !reading.calendar && reading.year === undefined && reading.twoDigitYear === undefined && reading.month !== undefined && reading.day !== undefined) {
      const value = toValue({ ...reading, year: contextYear }, anchor, compiled);
      if (value) {
        out.push({ ...date, value: value.value, precision: value.precision, inferred: 'year' });
        continue;
      }
    }
    if (!reading.relative && !reading.calendar && reading.year !== undefined && reading.month !== undefined && reading.day !== undefined) contextYear = reading.year;
    out.push(date);
  }
  return out;
}

/** A day and month written without a year (nor another calendar's, nor a weekday). */
function isYearless(reading: Reading): boolean {
  return reading.day !== undefined && reading.month !== undefined && reading.year === undefined && reading.twoDigitYear === undefined && !reading.calendar && !reading.relative && reading.weekday === undefined;
}

/** A dot between the figures of a date, spaces allowed around it (`26. 10. 2021`, `30 . 09 . 22`). */
const DOT = '\\s?\\.\\s?';
/** The first separator of a date in figures (a slash, or a dot with spaces allowed), and the second, the same. */
const NUMERIC_SEPARATOR = `(?:/|${DOT})`;
const NUMERIC_SEPARATOR_AGAIN = `(?:(?<=/\\d{1,2})/|(?<=\\.\\s?\\d{1,2})${DOT})`;

const NO_GROUPS: Record<string, string | undefined> = {};

/** A day number and its ordinal mark just before a month (`31 ` in `31 April 2015`). */
const DAY_BEFORE = /(?<![\d.,/])\d{1,2}(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?$/u;
/** A number just after a day and month: perhaps a two-digit year (`2 декабря 95`), perhaps not; a time (`23. März 18.37 Uhr`) is not one. */
const NUMBER_AFTER = /^\s+\d{1,2}(?![\d:.h])/u;
/** A four-digit number just after a day and month that no full date took: a year written in a way not read (`17 de marzo de 1615` before 1000, `21 сентября 2021г` in an unknown language). */
const YEAR_AFTER = /^(?:\s*[,،]?\s*(?:de|del|of)?\s*)\d{4}(?!\d)/u;
/** A four-digit year just before a day and month, perhaps with a short word or dot (`2011 წლის 17 მარტი`, `1945. május 8`): the date's year, written first. */
const YEAR_BEFORE = /(?<!\d)\d{4}(?:\.|\s*[\p{L}\p{M}]{1,6}\.?)?\s*$/u;
/** A year that ends a sentence before a capitalised month (`July 12th, 2014. July 13th`): a new sentence, not a year written first (`1945. május 8`). */
const SENTENCE_AFTER_YEAR = /\d{4}\.\s+\p{Lu}$/u;
/** A number, a word and a comma or short joining word just before a counted relative expression: a compound not read whole (`1年，1月，1周前`, `1 неделя, 1 день и 1 минуту назад`). */
const COUNT_BEFORE = /\d\s*[\p{L}\p{M}.]{1,12}\s*(?:[,،、，]|\s\p{L}{1,3})\s*$/u;
/** A number just before a named relative expression (`4 tahun lalu` is four years ago, not "last year"). */
const NUMBER_BEFORE = /\d\s*$/u;
/** What may stand between a weekday and the date it names: `Tuesday, Jul 22, 2014`, `22 July 2014 (Tuesday)`. */
const JOIN = /^[\s,،(（)）]*$/u;

/**
 * Whether a match is a piece of a date that is not one, and so must give no date rather than a
 * wrong one: a month and year after a day number that made no valid date (`31 April 2015`), a day
 * and month next to another bare number that may be its year or its day (`2 декабря 95`,
 * `2 December 15 people`: neither is guessed),
 * a day and month next to a year no full date read (`2011 წლის 17 მარტი`, `17 de marzo de 1615`),
 * a weekday next to a date found already (`Tuesday Jul 22, 2014` is one date), a named relative
 * expression after a number (`4 tahun lalu` is four years ago, not last year).
 */
function isPartOfAnotherDate(reading: Reading, text: string, start: number, end: number, taken: readonly number[]): boolean {
  const before = (length: number) => text.slice(Math.max(0, start - length), start);
  if (reading.relative) {
    if (!reading.relative.named && reading.relative.unit !== undefined && COUNT_BEFORE.test(before(16))) return true;
    // A number before an expression without one (`4 tahun lalu`, `1 минуту назад` as `минуту назад`): the expression counts it, in a form not read.
    const number = NUMBER_BEFORE.exec(before(4));
    return number !== null && !/\d/u.test(text.slice(start, end)) && !isTaken(start - before(4).length + number.index, taken);
  }
  // A day before a month and year, or a number before a month alone (Vietnamese `3 tháng 10 ngày`, three months and ten days): another form, or none.
  if (reading.month !== undefined && reading.day === undefined && reading.weekday === undefined) return DAY_BEFORE.test(before(12));
  if (reading.year === undefined && reading.twoDigitYear === undefined && reading.day !== undefined && reading.month !== undefined) {
    // `2 December 15 people`: which number is the day is not known, so neither reading is given.
    // A year before it that ends a date found already (`July 13th 2014 July 14th`) is that date's.
    const yearBefore = YEAR_BEFORE.exec(before(14));
    const ownYearBefore = yearBefore !== null && !isTaken(start - before(14).length + yearBefore.index, taken) && !SENTENCE_AFTER_YEAR.test(text.slice(Math.max(0, start - 8), start + 1));
    return NUMBER_AFTER.test(text.slice(end, end + 4)) || DAY_BEFORE.test(before(12)) || YEAR_AFTER.test(text.slice(end, end + 12)) || ownYearBefore;
  }
  if (reading.weekday === undefined) return false;
  for (let i = 0; i < taken.length; i += 2) {
    if (taken[i]! >= end && JOIN.test(text.slice(end, taken[i]!))) return true;
    if (taken[i + 1]! <= start && JOIN.test(text.slice(taken[i + 1]!, start))) return true;
  }
  return false;
}

/** Whether a position lies in a span taken by a date found already. */
function isTaken(position: number, taken: readonly number[]): boolean {
  for (let i = 0; i < taken.length; i += 2) if (taken[i]! <= position && position < taken[i + 1]!) return true;
  return false;
}

/** Two ordered lists of non-overlapping spans (start, end pairs) merged into one ordered list. */
function mergeSpans(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) {
      merged.push(a[i]!, a[i + 1]!);
      i += 2;
    } else {
      merged.push(b[j]!, b[j + 1]!);
      j += 2;
    }
  }
  return merged;
}

/** Where dates can start in a line: digit runs, month and weekday names (with an Arabic proclitic), any word. */
interface StartPositions {
  digit: IntList;
  month: IntList;
  weekday: IntList;
  /** Words that start some pattern's word list. */
  word: IntList;
  /** The flags of the word at each of `word`, in its order: which patterns' lists it starts (their `wordBit`). */
  wordFlags: IntList;
}

const scratchStarts: StartPositions = { digit: new IntList(), month: new IntList(), weekday: new IntList(), word: new IntList(), wordFlags: new IntList() };
/** The start positions of several kinds, merged in order, for a pattern that may start at any of them. */
const mergedStarts = new IntList();

/**
 * The date words of one run of letters and marks, as {@link startPositions} reads them: a word
 * starts at the run's first letter and at each letter that follows a mark; each word is looked up
 * with the rest of the run and with its letters up to the next mark, and what either can start is
 * kept as the word's flags. Only words that can start a date (a month or weekday name, the first
 * word of a pattern's list) are kept.
 */
export interface RunWords {
  /** Offsets of the words in the run. */
  offsets: number[];
  /** What each word can start: `WORD_MONTH` (1), `WORD_WEEKDAY` (2), and the `wordBit` (4 and up) of each pattern whose list it starts. */
  flags: number[];
}

/**
 * The words of each distinct run inside a word with digits or joiners (`30czerwca`, `Mát-xcơ-va`),
 * per compiled patterns: split, folded and looked up once per process, and found in place.
 */
const runCaches = new WeakMap<DateMentionPatterns, SubstringCache<RunWords>>();

/**
 * The start positions of a line (in arrays reused for every line), from its words as a vocabulary
 * read them: a word that is one run gives its date words from its facts; the digit runs and runs of
 * any other word are found by scanning that word. Digits and letters only ever stand in words, so
 * this finds what a scan of every character of the line finds (property-tested against it).
 */
function startPositions(text: string, compiled: DateMentionPatterns, line: LineWords<DateWordFacts>): StartPositions {
  // One set of arrays, emptied for each line: a line's positions are read before the next line's are found.
  const starts = scratchStarts;
  starts.digit.length = 0;
  starts.month.length = 0;
  starts.weekday.length = 0;
  starts.word.length = 0;
  starts.wordFlags.length = 0;
  let cache = runCaches.get(compiled);
  if (!cache) runCaches.set(compiled, (cache = new SubstringCache((run) => runWords(run, compiled))));
  const { spans, entries } = line;
  const count = spans.count;
  for (let k = 0; k < count; k++) {
    const words = entries[k]!.value.dateWords;
    if (words === null) scanWord(text, spans.starts.values[k]!, spans.ends.values[k]!, cache, starts);
    else if (words !== NO_WORDS) addRunWords(spans.starts.values[k]!, words, starts);
  }
  return starts;
}

/** The digit runs and runs of letters and marks of one word (`text` from `from` to `to`), each run hashed as it is read and looked up once. */
function scanWord(text: string, from: number, to: number, cache: SubstringCache<RunWords>, starts: StartPositions): void {
  for (let i = from; i < to; ) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      if (!(i > 0 && isAsciiDigit(text.charCodeAt(i - 1)))) starts.digit.push(i);
      i++;
      continue;
    }
    const surrogate = code >= 0xd800 && code <= 0xdbff;
    if (!((surrogate ? charClassAt(text, i) : codeUnitClass(code)) & LETTER)) {
      i += surrogate ? codePointWidthAt(text, i) : 1;
      continue;
    }
    // A run: a letter, then letters and marks (a surrogate pair counts as one character).
    const runStart = i;
    let hash = hashStep(0, code);
    if (surrogate && codePointWidthAt(text, i) === 2) hash = hashStep(hash, text.charCodeAt(++i));
    i++;
    while (i < to) {
      const next = text.charCodeAt(i);
      if (next >= 0xd800 && next <= 0xdbff) {
        if (!(charClassAt(text, i) & (LETTER | MARK))) break;
        hash = hashStep(hash, next);
        if (codePointWidthAt(text, i) === 2) hash = hashStep(hash, text.charCodeAt(++i));
        i++;
      } else if (codeUnitClass(next) & (LETTER | MARK)) {
        hash = hashStep(hash, next);
        i++;
      } else break;
    }
    addRunWords(runStart, cache.entry(text, runStart, i, hash).value, starts);
  }
}

/** Adds the date words of a run that starts at `runStart` to the start positions. */
function addRunWords(runStart: number, words: RunWords, starts: StartPositions): void {
  for (let w = 0; w < words.offsets.length; w++) {
    const start = runStart + words.offsets[w]!;
    const flags = words.flags[w]!;
    if (flags & WORD_MONTH) starts.month.push(start);
    if (flags & WORD_WEEKDAY) starts.weekday.push(start);
    // Only words that start a pattern's word list can start a match at a word.
    if (!(flags & WORD_LISTED)) continue;
    starts.word.push(start);
    starts.wordFlags.push(flags);
  }
}

/** What a folded word can start (`WORD_MONTH`, `WORD_WEEKDAY`, patterns' `wordBit`); a word may also carry an Arabic proclitic (وآب, وقبل). */
function dateWordFlags(word: string, compiled: DateMentionPatterns): number {
  return (compiled.wordFlags.get(word) ?? 0) | (ARABIC_PROCLITICS.has(word.charCodeAt(0)) ? (compiled.wordFlags.get(word.slice(1)) ?? 0) : 0);
}

/** The date words of a run without marks, given folded: the run is one word. */
function wordsOfUnmarkedRun(folded: string, compiled: DateMentionPatterns): RunWords {
  const flags = dateWordFlags(folded, compiled);
  return flags === 0 ? NO_WORDS : { offsets: [0], flags: [flags] };
}

/** A run with no word a date can start with (most runs): one shared value, so that the cache holds little per run. */
const NO_WORDS: RunWords = { offsets: [], flags: [] };

/** Splits a run of letters and marks into the words a date can start with (see {@link RunWords}). */
function runWords(run: string, compiled: DateMentionPatterns): RunWords {
  // Most runs hold no mark (NFC text): one word, folded once, with no lists to build.
  let hasMark = false;
  for (let i = 0; i < run.length && !hasMark; i += codePointWidthAt(run, i)) hasMark = (charClassAt(run, i) & MARK) !== 0;
  if (!hasMark) return wordsOfUnmarkedRun(foldForMatching(run), compiled);
  // A name may start at a letter right after a mark, and end before a mark.
  const headStarts = [0];
  const headMarks = [-1];
  let previous = LETTER;
  for (let i = codePointWidthAt(run, 0); i < run.length; i += codePointWidthAt(run, i)) {
    const kind = charClassAt(run, i) & (LETTER | MARK);
    if (kind & LETTER && previous === MARK) {
      headStarts.push(i);
      headMarks.push(-1);
    }
    if (kind & MARK && previous === LETTER) headMarks[headMarks.length - 1] = i;
    previous = kind & LETTER ? LETTER : MARK;
  }
  let words: RunWords = NO_WORDS;
  for (let h = 0; h < headStarts.length; h++) {
    const start = headStarts[h]!;
    const markAt = headMarks[h]!;
    // Folded directly, not through foldWord's cache: this runs once per distinct run, on a miss of the run cache.
    const word = foldForMatching(run.slice(start));
    const head = markAt < 0 ? word : foldForMatching(run.slice(start, markAt));
    const flags = dateWordFlags(word, compiled) | (head === word ? 0 : dateWordFlags(head, compiled));
    if (flags === 0) continue;
    if (words === NO_WORDS) words = { offsets: [], flags: [] };
    words.offsets.push(start);
    words.flags.push(flags);
  }
  return words;
}

/**
 * Visits the matches of a pattern in a line, left to right and not overlapping, as a global scan
 * finds them; a pattern with start positions is tried only there (every position where it can match is
 * one of them), which spares running long alternations of month names at every character.
 */
function forEachMatch(pattern: DatePattern, text: string, starts: StartPositions, visit: (match: RegExpExecArray) => void): void {
  if (pattern.startsAt === 'anywhere' || !pattern.sticky) {
    pattern.regex.lastIndex = 0;
    for (const match of text.matchAll(pattern.regex)) visit(match as RegExpExecArray);
    return;
  }
  const { sticky, quick } = pattern;
  let after = 0;
  const wordBit = pattern.wordBit ?? 0;
  const positions = pattern.startsAt.length === 1 ? starts[pattern.startsAt[0]!] : merged(pattern.startsAt, starts);
  // A pattern that starts at a month name and holds a number needs one soon after the name: most
  // month-like words (Polish `się` folds to the abbreviation `sie`) have none, and are passed over.
  const digitSoon = pattern.needs.digit === true && pattern.startsAt.length === 1 && pattern.startsAt[0] === 'month';
  let nextDigit = 0;
  for (let k = 0; k < positions.length; k++) {
    const position = positions.values[k]!;
    if (position < after) continue;
    if (digitSoon) {
      while (nextDigit < starts.digit.length && starts.digit.values[nextDigit]! < position) nextDigit++;
      if (nextDigit === starts.digit.length || starts.digit.values[nextDigit]! - position > DIGIT_WITHIN) continue;
    }
    // A pattern that starts at a word (its positions are `starts.word`) starts only at its own list's words.
    if (wordBit !== 0 && (starts.wordFlags.values[k]! & wordBit) === 0) continue;
    if (quick) {
      quick.lastIndex = position;
      if (!quick.test(text)) continue;
    }
    sticky.lastIndex = position;
    const match = sticky.exec(text);
    if (!match) continue;
    after = position + match[0].length;
    visit(match);
  }
}

/** The beginnings of the full-date forms that start with a number (time first, day first, month first — which starts at a month and has none —, hyphenated). */
const FULL_DATE_STARTS: readonly (RegExp | undefined)[] = [/\d{1,2}[:h.]\d{2}/uy, /\d{1,2}(?:\.|er|st|nd|rd|th)?\s+\S/uy, undefined, /\d{1,2}(?:\.|er|st|nd|rd|th)?-/uy];

/** How far after the start of a month name its day or year may stand (`września 2023 r.`, `Aug. 9, 2012`, `ربيع الأول 1445`). */
const DIGIT_WITHIN = 40;

/** The start positions of several kinds in one ordered list (in a list reused for every pattern). */
function merged(kinds: readonly StartKind[], starts: StartPositions): IntList {
  mergedStarts.length = 0;
  for (const kind of kinds) {
    const list = starts[kind];
    for (let k = 0; k < list.length; k++) mergedStarts.push(list.values[k]!);
  }
  mergedStarts.values.subarray(0, mergedStarts.length).sort();
  return mergedStarts;
}

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

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The Arabic proclitics و ف ب ل ك that may be written onto a month or weekday name. */
const ARABIC_PROCLITICS = new Set([...'وفبلك'].map((char) => char.charCodeAt(0)));

type MentionValue = Pick<DateMention, 'value' | 'precision' | 'inferred' | 'relative' | 'calendar'>;

function toValue(reading: Reading, anchorOrNull: DateAnchor | null, compiled: DateMentionPatterns): MentionValue | null {
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
  let inferredYear = anchor.getUTCFullYear();
  const candidate = Date.UTC(inferredYear, month - 1, day ?? 1);
  if (candidate - anchor.getTime() > 31 * 86_400_000) inferredYear--;
  if (day !== undefined && day > daysIn(month, inferredYear)) return null;
  return day === undefined
    ? { value: `${inferredYear}-${pad(month)}`, precision: 'month', inferred: 'year' }
    : { value: isoDay(inferredYear, month, day), precision: 'day', inferred: 'year' };
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
function relativeValue(reading: RelativeReading, anchor: DateAnchor | null): MentionValue {
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

function isoDay(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

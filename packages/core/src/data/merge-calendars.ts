import type { Calendar, CldrCalendar, DurationUnits, RelativeExpressions, RelativeWords } from './schemas.js';

/**
 * A language's calendar as polynews reads it: what CLDR generated (`calendar.cldr.json`) merged
 * with what the hand-written `calendar.json` adds (inflected forms, context words, local patterns,
 * expressions and time zones CLDR lacks). `handWritten` says whether the language has its own file.
 */
export interface LanguageCalendar extends Omit<Calendar, 'months' | 'weekdays'> {
  months: string[][];
  weekdays: string[][];
  handWritten: boolean;
  monthAbbreviations: string[][];
  weekdayAbbreviations: string[][];
  dayPeriods: { am: string[]; pm: string[]; ranges: Record<string, [number, number]> };
  relative: RelativeExpressions;
  /** Duration forms by unit, CLDR's and the hand-written ones. */
  durationUnits: DurationUnits;
  relativeWords: RelativeWords;
  timeZones: Record<string, string>;
  listJoiners: string[];
  /** Words that join a date to its time (`at`, `um`), CLDR's and the hand-written ones. */
  dateTimeJoiners: string[];
  /** CLDR's date patterns with the month as a word (`y. MMMM d.`). */
  writtenDateForms: string[];
  /** Month names of other calendars: hand-written (Solar Hijri) and CLDR's Hijri months. */
  otherMonths: NonNullable<Calendar['otherMonths']>;
  /** The day/month order of the locale's short date (CLDR); page.json's `dateOrder` wins where set. */
  dateOrder?: 'dmy' | 'mdy' | 'ymd';
}

const EMPTY_RELATIVE: RelativeExpressions = { days: {}, periods: {}, counted: [] };

/**
 * Merges hand-written and generated calendars by language (code order): names are the union,
 * hand-written first (they carry the inflected forms text uses), and an abbreviation that is also a
 * full name is kept once, as a name.
 *
 * @example
 * mergeCalendars([polishHandWritten], [polishFromCldr])[0]?.months[1]; // ['luty', 'lutego', 'lutym']
 */
export function mergeCalendars(handWritten: readonly Calendar[], generated: readonly CldrCalendar[]): LanguageCalendar[] {
  const byLanguage = new Map<string, { hand?: Calendar; cldr?: CldrCalendar }>();
  for (const hand of handWritten) byLanguage.set(hand.language, { hand });
  for (const cldr of generated) byLanguage.set(cldr.language, { ...byLanguage.get(cldr.language), cldr });
  return [...byLanguage.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([language, { hand, cldr }]) => mergeOne(language, hand, cldr));
}

function mergeOne(language: string, hand: Calendar | undefined, cldr: CldrCalendar | undefined): LanguageCalendar {
  const months = Array.from({ length: 12 }, (_, index) => union(hand?.months?.[index], cldr?.months[index]));
  // A weekday with a part of the day written onto it (`Montagabend`) is that weekday.
  const weekdays = Array.from({ length: 7 }, (_, index) => {
    const names = union(hand?.weekdays?.[index], cldr?.weekdays[index]);
    return union(names, names.flatMap((name) => (hand?.weekdaySuffixes ?? []).map((suffix) => `${name}${suffix}`)));
  });
  const monthNames = new Set(months.flat());
  const weekdayNames = new Set(weekdays.flat());
  const relative = hand?.relative;
  return {
    language,
    handWritten: hand !== undefined,
    months,
    weekdays,
    ...(hand?.weekdaysCaseSensitive !== undefined && { weekdaysCaseSensitive: hand.weekdaysCaseSensitive }),
    dayMonthWords: hand?.dayMonthWords ?? [],
    monthWords: hand?.monthWords ?? [],
    monthWordsAfter: hand?.monthWordsAfter ?? [],
    yearWords: hand?.yearWords ?? [],
    yearSuffixes: hand?.yearSuffixes ?? [],
    patterns: hand?.patterns ?? [],
    monthAbbreviations: (cldr?.monthAbbreviations ?? months.map(() => [])).map((names) => names.filter((name) => !monthNames.has(name))),
    weekdayAbbreviations: (cldr?.weekdayAbbreviations ?? weekdays.map(() => [])).map((names) => names.filter((name) => !weekdayNames.has(name))),
    dayPeriods: { am: union(cldr?.dayPeriods.am, hand?.dayPeriods?.am), pm: union(cldr?.dayPeriods.pm, hand?.dayPeriods?.pm), ranges: cldr?.dayPeriods.ranges ?? {} },
    relative: {
      days: mergeNamed(cldr?.relative.days, relative?.days),
      periods: Object.fromEntries(
        [...new Set([...Object.keys(cldr?.relative.periods ?? {}), ...Object.keys(relative?.periods ?? {})])].map((unit) => [
          unit,
          mergeNamed(cldr?.relative.periods[unit as keyof RelativeExpressions['periods']], relative?.periods?.[unit as keyof RelativeExpressions['periods']]),
        ]),
      ),
      counted: [...(cldr?.relative.counted ?? EMPTY_RELATIVE.counted), ...(relative?.counted ?? [])],
    },
    durationUnits: mergeNamed(cldr?.durationUnits, hand?.durationUnits),
    relativeWords: hand?.relativeWords ?? {},
    timeZones: { ...cldr?.timeZones, ...hand?.timeZones },
    listJoiners: cldr?.listJoiners ?? [],
    dateTimeJoiners: union(cldr?.dateTimeJoiners, hand?.dateTimeJoiners),
    writtenDateForms: cldr?.writtenDateForms ?? [],
    ...(hand?.eras && { eras: hand.eras }),
    ...(hand?.yearCalendars && { yearCalendars: hand.yearCalendars }),
    otherMonths: [...(hand?.otherMonths ?? []), ...(cldr?.hijriMonths ? [{ calendar: 'islamic' as const, months: cldr.hijriMonths }] : [])],
    ...(cldr && { dateOrder: cldr.dateOrder }),
  };
}

function union(first: readonly string[] | undefined, second: readonly string[] | undefined): string[] {
  return [...new Set([...(first ?? []), ...(second ?? [])])];
}

function mergeNamed(first: Record<string, string[]> | undefined, second: Record<string, string[]> | undefined): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const key of new Set([...Object.keys(first ?? {}), ...Object.keys(second ?? {})])) merged[key] = union(first?.[key], second?.[key]);
  return merged;
}

import type { RelativeExpressions } from '../data/schemas.js';
import { escapeRegex } from '../text/escape-regex.js';
import { foldForMatching } from '../speed/fold-fast.js';

/** A unit of a relative expression. */
export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** What a relative expression says: how many units from the reference, and whether it names a period (`last week`) rather than counting (`3 weeks ago`). */
export interface RelativeReading {
  unit: RelativeUnit;
  amount: number;
  /** A named period (`last week`, `this year`) is that whole period; a counted one (`3 weeks ago`) is a point. */
  named: boolean;
}

/** One compiled group of relative expressions: a regular expression of alternatives and where its matches can start. */
export interface RelativeGroup {
  source: string;
  flags: string;
  /** Every alternative begins with the number (`{0} days ago`): matches start at digits. */
  numberFirst: boolean;
  /** The first words of the alternatives, when each begins with a letter of a script written with spaces; undefined for those that begin with the number or may begin inside a run of letters (`外交部昨天表示`), which are searched for anywhere. */
  firstWords?: string[];
}

/** A language's relative expressions, compiled: the groups to search for and how to read what they match. */
export interface CompiledRelative {
  groups: RelativeGroup[];
  /** Reads a matched expression (`3 dni temu` → 3 days back), or null. */
  read(matched: string): RelativeReading | null;
}

/** Named periods polynews reads (`last week`, `this month`, `next year`); `now` and `this hour` are left out, being common words. */
const NAMED_UNITS = ['week', 'month', 'year'] as const;
/** Scripts written without spaces between words: an expression in them needs no word boundary. */
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';
const ARABIC_PROCLITIC = '(?:[وفبلك](?=\\p{Script=Arabic}))?';
/** Where a capitalised named expression may stand: at the start of a line or sentence (`Yesterday, …`), never inside one (German `am Morgen` is "in the morning", `morgen` "tomorrow"). */
const SENTENCE_START = '(?<=^|[.!?:;"“”«»„]\\s*|\\n)';

/**
 * Compiles a language's relative-time expressions (generated from CLDR, with what the hand-written
 * calendar adds) into three searches: named days and periods (`wczoraj`, `last week`), matched as
 * written, or capitalised at a sentence start; counted expressions that begin with a word
 * (`vor {0} Tagen`, `قبل {0} أيام`) and those that begin with the number (`{0} ngày trước`,
 * `{0}天前`), matched in any case.
 *
 * @example
 * const relative = compileRelative(calendar.relative);
 * relative.read('3 dni temu'); // { unit: 'day', amount: -3, named: false }
 */
export function compileRelative(expressions: RelativeExpressions): CompiledRelative {
  const readings = new Map<string, RelativeReading | { unit: RelativeUnit; sign: 1 | -1 }>();
  const named: string[] = [];
  const addNamed = (unit: RelativeUnit, offset: string, texts: readonly string[] | undefined) => {
    for (const text of texts ?? []) {
      const key = keyOf(text);
      if (!readings.has(key)) readings.set(key, { unit, amount: Number(offset), named: unit !== 'day' });
      named.push(text);
    }
  };
  for (const [offset, texts] of Object.entries(expressions.days)) addNamed('day', offset, texts);
  for (const unit of NAMED_UNITS) for (const [offset, texts] of Object.entries(expressions.periods[unit] ?? {})) addNamed(unit, offset, texts);
  const wordFirst: string[] = [];
  const numberFirst: string[] = [];
  for (const { direction, unit, pattern, count } of expressions.counted) {
    const key = keyOf(pattern);
    const sign = direction === 'past' ? -1 : 1;
    if (!readings.has(key)) readings.set(key, count === undefined ? { unit, sign } : { unit, amount: sign * count, named: false });
    if (pattern.startsWith('{0}')) numberFirst.push(pattern);
    else if (/^\p{L}/u.test(pattern)) wordFirst.push(pattern);
  }
  const groups: RelativeGroup[] = [];
  if (named.length > 0) {
    const asWritten = unique(named);
    const capitalised = unique(named.map(capitalise)).filter((text) => !asWritten.includes(text));
    const alternatives = [...asWritten.map((text) => alternative(text)), ...capitalised.map((text) => `${SENTENCE_START}${alternative(text)}`)];
    groups.push({ source: `(?:${sortLongestFirst(alternatives).join('|')})`, flags: 'gu', numberFirst: false, firstWords: firstWordsOf([...asWritten, ...capitalised]) });
  }
  if (wordFirst.length > 0) groups.push({ source: `(?:${sortLongestFirst(unique(wordFirst).map((text) => alternative(text))).join('|')})`, flags: 'giu', numberFirst: false, firstWords: firstWordsOf(wordFirst) });
  if (numberFirst.length > 0) {
    // One number, then what follows it in any expression: tried at each number of a line, so the alternation starts after the digits.
    const rests = unique(numberFirst.map((template) => alternative(template.slice('{0}'.length).trimStart(), false)));
    groups.push({ source: `(?<![\\p{N}.,:/])\\d{1,4}\\s*(?:${sortLongestFirst(rests).join('|')})`, flags: 'giu', numberFirst: true });
  }
  return {
    groups,
    read(matched) {
      const number = /\d+/u.exec(matched);
      const found = readings.get(keyOf(matched)) ?? (/^[وفبلك]\p{Script=Arabic}/u.test(matched) ? readings.get(keyOf(matched.slice(1))) : undefined);
      if (!found) return null;
      if ('amount' in found) return found;
      if (!number) return null;
      return { unit: found.unit, amount: found.sign * Number(number[0]), named: false };
    },
  };
}

/**
 * The lookup key of an expression: folded, its number (or `{0}`) replaced by `#`, its spaces made one, so
 * that a template and any text it matches share a key.
 */
function keyOf(text: string): string {
  return foldForMatching(text.replace(/\{0\}|\d+/gu, '#'))
    .replace(/[\s\u00a0\u202f]+/gu, ' ')
    .trim();
}

/** The regular expression of one expression: its number as digits, its spaces as any spaces, bounded by non-letters unless written without spaces. */
function alternative(template: string, bounded = true): string {
  const body = template
    .split('{0}')
    .map((piece) =>
      piece
        .split(/[\s\u00a0\u202f]+/u)
        .map(escapeRegex)
        .join('\\s+'),
    )
    .join('\\d{1,4}')
    // A space written beside the number may be missing or several (`3 天前`, `3天前`).
    .replace(/\\s\+\\d\{1,4\}/gu, '\\s*\\d{1,4}')
    .replace(/\\d\{1,4\}\\s\+/gu, '\\d{1,4}\\s*');
  const before = !bounded || NO_SPACE_SCRIPT.test(template.charAt(0)) || template.startsWith('{0}') ? '' : BEFORE;
  // An Arabic proclitic may be written onto the first word (وقبل يومين, "and two days ago").
  if (bounded && /^\p{Script=Arabic}/u.test(template)) return `${before}${ARABIC_PROCLITIC}${body}${NO_SPACE_SCRIPT.test(template.charAt(template.length - 1)) ? '' : AFTER}`;
  const after = NO_SPACE_SCRIPT.test(template.charAt(template.length - 1)) ? '' : AFTER;
  return `${before}${body}${after}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function sortLongestFirst(values: readonly string[]): string[] {
  return [...values].sort((a, b) => b.length - a.length);
}

/** The first word of each expression (undefined when one begins with something other than a letter). */
function firstWordsOf(texts: readonly string[]): string[] | undefined {
  const words: string[] = [];
  for (const text of texts) {
    const first = /^\p{L}[\p{L}\p{M}]*/u.exec(text);
    if (!first || NO_SPACE_SCRIPT.test(first[0])) return undefined;
    words.push(first[0]);
  }
  return unique(words);
}

/**
 * The signed ISO 8601 duration of a relative reading: `-P3D` (3 days ago), `P1W` (next week),
 * `-PT2H` (2 hours ago), `P0D` (today).
 *
 * @example
 * durationOf({ unit: 'hour', amount: -2, named: false }); // '-PT2H'
 */
export function durationOf(reading: RelativeReading): string {
  const sign = reading.amount < 0 ? '-' : '';
  const size = Math.abs(reading.amount);
  const designator = { second: 'TS', minute: 'TM', hour: 'TH', day: 'D', week: 'W', month: 'M', year: 'Y' }[reading.unit];
  return designator.startsWith('T') ? `${sign}PT${size}${designator.slice(1)}` : `${sign}P${size}${designator}`;
}

import type { DurationUnits, RelativeExpressions, RelativeWords } from '../data/schemas.js';
import type { DURATION_UNITS } from '../data/schemas.js';

type DurationUnit = (typeof DURATION_UNITS)[number];
import { escapeRegex } from '../text/escape-regex.js';
import { foldForMatching } from '../speed/fold-fast.js';
import { APOSTROPHE_CLASS, APOSTROPHES, NO_SPACE_SCRIPT, phraseTrie } from '../text/phrase-trie.js';

/** A unit of a relative expression. */
export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** What a relative expression says: how many units from the reference, and whether it names a period (`last week`) rather than counting (`3 weeks ago`). */
export interface RelativeReading {
  unit: RelativeUnit;
  amount: number;
  /** A named period (`last week`, `this year`) is that whole period; a counted one (`3 weeks ago`) is a point. */
  named: boolean;
  /** The other units of a compound (`1 godz. 2 minuty temu`: one hour besides the two minutes), signed as `amount`. */
  more?: { unit: RelativeUnit; amount: number }[];
}

/** One compiled group of relative expressions: a regular expression of alternatives and where its matches can start. */
export interface RelativeGroup {
  source: string;
  flags: string;
  /** Every alternative begins with the number (`{0} days ago`): matches start at digits. */
  numberFirst: boolean;
  /** Named days and periods (`yesterday`, `last week`) rather than counted expressions. */
  named: boolean;
  /** The first words of the alternatives, when each begins with a letter of a script written with spaces; undefined for those that begin with the number or may begin inside a run of letters (`外交部昨天表示`), which are searched for anywhere. */
  firstWords?: string[];
  /** For a group that begins with the number: what must follow it (the number, spaces, and a first letter of what the alternatives put after it), a cheap test at each number. */
  quick?: string;
}

/** A language's relative expressions, compiled: the groups to search for and how to read what they match. */
export interface CompiledRelative {
  groups: RelativeGroup[];
  /** Reads a matched expression (`3 dni temu` → 3 days back), or null. */
  read(matched: string): RelativeReading | null;
  /** Reads a duration written alone (`2 godz.`, `1 year 2 months`) as that long ago, or null: a time stamp of a page that is only a duration. */
  readDuration(text: string): RelativeReading | null;
}

/** Named periods polynews reads (`last week`, `this month`, `next year`); `now` and `this hour` are left out, being common words. */
const NAMED_UNITS = ['week', 'month', 'year'] as const;
/** Scripts written without spaces between words: an expression in them needs no word boundary. */
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
const ARABIC_PROCLITIC = '(?:[وفبلك](?=\\p{Script=Arabic}))?';
/** Where a capitalised named expression may stand: at the start of a line or sentence (`Yesterday, …`), never inside one (German `am Morgen` is "in the morning", `morgen` "tomorrow"). */
const SENTENCE_START = '(?<=^|[.!?:;"“”«»„]\\s*|\\n)';

/** What {@link compileRelative} reads a language's relative expressions from: its calendar's relative expressions, list joiners, duration forms and relative words. */
export interface RelativeVocabulary {
  relative: RelativeExpressions;
  listJoiners?: readonly string[];
  durationUnits?: DurationUnits;
  relativeWords?: RelativeWords;
}

/**
 * Compiles a language's relative-time expressions (generated from CLDR, with what the hand-written
 * calendar adds) into searches: named days and periods (`wczoraj`, `last week`), matched as
 * written, or capitalised at a sentence start; and counted expressions, read as a direction word
 * and a duration.
 *
 * The direction words are those of CLDR's patterns: what stands before the number (`vor`, `il y
 * a`, `قبل`, `za`) or after the duration (`ago`, `temu`, `前`, `trước`), with the spellings the
 * hand-written data adds. A duration is one or more counts, each a number (or a word for one, `a`,
 * `einer`, except after a word that places it in the future, which prose uses as a preposition:
 * `in a week`) and a unit word in any form CLDR gives (`Stunden`, `Std.`, `h`, `小时`), joined by
 * the language's list joiners (`,`, `i`): `2 lata, 3 miesiące i 25 sekund temu`, `vor 29h`.
 * An approximation may stand between a leading direction word and the duration (`vor etwa 23
 * Stunden`). A unit word of one letter is read only in the past (`vor 29h`, `2 ч. назад`): in the
 * future, `in 5m` is as often metres; one that stands for two units (English `m`) is never read.
 *
 * @example
 * const relative = compileRelative(getResources().calendarFor('pl')!);
 * relative.read('3 dni temu'); // { unit: 'day', amount: -3, named: false }
 * relative.read('1 godz. 2 minuty temu'); // { unit: 'minute', amount: -2, named: false, more: [{ unit: 'hour', amount: -1 }] }
 * relative.readDuration('2 godz.'); // { unit: 'hour', amount: -2, named: false }
 */
export function compileRelative(vocabulary: RelativeVocabulary): CompiledRelative {
  const expressions = vocabulary.relative;
  const words = vocabulary.relativeWords ?? {};
  const readings = new Map<string, RelativeReading>();
  const named: string[] = [];
  const addNamed = (unit: RelativeUnit, offset: string, texts: readonly string[] | undefined) => {
    for (const text of withOptionalMarks(texts ?? [])) {
      const key = keyOf(text);
      if (!readings.has(key)) readings.set(key, { unit, amount: Number(offset), named: unit !== 'day' });
      named.push(text);
    }
  };
  for (const [offset, texts] of Object.entries(expressions.days)) addNamed('day', offset, texts);
  for (const unit of NAMED_UNITS) for (const [offset, texts] of Object.entries(expressions.periods[unit] ?? {})) addNamed(unit, offset, texts);
  // Expressions with their count in words (`قبل يومين`, `a day ago`) are read whole, as are those written with the number that are not a direction word and a unit (`{0} সেকেন্ডে`).
  const whole: string[] = [];
  const templates = new Map<string, { unit: RelativeUnit; sign: 1 | -1 }>();
  for (const { direction, unit, pattern, count } of expressions.counted) {
    const key = keyOf(pattern);
    const sign = direction === 'past' ? -1 : 1;
    if (count === undefined) {
      if (!templates.has(key)) templates.set(key, { unit, sign });
      continue;
    }
    if (!readings.has(key)) readings.set(key, { unit, amount: sign * count, named: false });
    whole.push(pattern);
  }
  const units = unitWordsOf(expressions.counted, vocabulary.durationUnits ?? {});
  const directions = directionWordsOf(expressions.counted, units, words);
  const exactNumberFirst = directions.whole.filter((pattern) => pattern.startsWith('{0}'));
  const exactWordFirst = directions.whole.filter((pattern) => !pattern.startsWith('{0}') && /^\p{L}/u.test(pattern));
  const joiners = joinerPattern(vocabulary.listJoiners ?? []);
  const approximately = words.approximately ?? [];
  const one = words.one ?? [];
  const groups: RelativeGroup[] = [];
  if (named.length > 0) {
    const asWritten = unique(named);
    const capitalised = unique(named.map(capitalise)).filter((text) => !asWritten.includes(text));
    const asWrittenSource = phrasesPattern(asWritten);
    const capitalisedSource = capitalised.length > 0 ? `|${SENTENCE_START}(?:${phrasesPattern(capitalised)})` : '';
    groups.push({ source: `(?:${asWrittenSource}${capitalisedSource})`, flags: 'gu', numberFirst: false, named: true, firstWords: firstWordsOf([...asWritten, ...capitalised]) });
  }
  if (units.long.length > 0) {
    const approximation = approximately.length > 0 ? `(?:${phraseTrie(approximately)}\\s*)?` : '';
    const durationOf = (past: boolean, oneFirst: boolean) => durationPattern(units, joiners, { short: past, one: oneFirst ? one : [] });
    const heads = (direction: Direction) => directions.before.filter((word) => word.direction === direction).map((word) => word.text);
    const tails = (direction: Direction) => directions.after.filter((word) => word.direction === direction).map((word) => word.text);
    // A direction word, then the duration: `vor 3 Tagen`, `za 10 sat 43 min`, `قبل 3 أيام`.
    const wordFirst: string[] = [];
    for (const direction of ['past', 'future'] as const) {
      const before = heads(direction);
      if (before.length > 0) wordFirst.push(`${headPattern(before)}${approximation}${durationOf(direction === 'past', direction === 'past')}`);
    }
    const exactWords = exactWordFirstPattern(exactWordFirst);
    if (wordFirst.length > 0 || whole.length > 0 || exactWords) {
      const alternatives = [...wordFirst, ...(exactWords ? [exactWords] : []), ...(whole.length > 0 ? [phrasesPattern(whole)] : [])];
      groups.push({ source: `(?:${alternatives.join('|')})`, flags: 'giu', numberFirst: false, named: false, firstWords: firstWordsOf([...directions.before.map((word) => word.text), ...exactWordFirst, ...whole]) });
    }
    // The duration, then a direction word: `3 dni temu`, `3天前`, `2h ago`.
    const numberFirst: string[] = [];
    const oneFirst: string[] = [];
    for (const direction of ['past', 'future'] as const) {
      const after = tails(direction);
      if (after.length === 0) continue;
      // Khmer and Burmese write a zero-width space between words.
      numberFirst.push(`${durationOf(direction === 'past', false)}[\\s\\u200b]*${phraseTrie(after)}`);
      if (one.length > 0) oneFirst.push(`${BEFORE}${durationPattern(units, joiners, { short: direction === 'past', one, oneOnly: true })}\\s*${phraseTrie(after)}`);
    }
    const exactTails = unique(exactNumberFirst.map((template) => template.slice('{0}'.length).trimStart()));
    if (exactNumberFirst.length > 0) numberFirst.push(`\\d{1,4}\\s*${phraseTrie(exactTails)}`);
    if (numberFirst.length > 0) {
      const firstLetters = unique([...units.long, ...units.short, ...exactTails].map((text) => [...text][0]!));
      groups.push({ source: `(?<![\\p{N}.,:/])(?:${numberFirst.join('|')})`, flags: 'giu', numberFirst: true, named: false, quick: `\\d{1,4}\\s*[${firstLetters.map(escapeClass).join('')}]` });
    }
    if (oneFirst.length > 0) groups.push({ source: `(?:${oneFirst.join('|')})`, flags: 'giu', numberFirst: false, named: false, firstWords: firstWordsOf(one) });
  }
  const normalisedHeads = directions.before.map((word) => ({ ...word, text: normalise(word.text) })).sort((a, b) => b.text.length - a.text.length);
  const normalisedTails = directions.after.map((word) => ({ ...word, text: normalise(word.text) })).sort((a, b) => b.text.length - a.text.length);
  const normalisedApproximately = approximately.map(normalise).sort((a, b) => b.length - a.length);
  const pairReader = pairReaderOf(units, joiners, one, true);
  // Alone, a one-letter unit is too often something else (`5m`, five metres or million).
  const durationReader = pairReaderOf(units, joiners, one, false);
  return {
    groups,
    read(text) {
      const trimmed = text.trim();
      const found = readings.get(keyOf(trimmed)) ?? (/^[وفبلك]\p{Script=Arabic}/u.test(trimmed) ? readings.get(keyOf(trimmed.slice(1))) : undefined);
      if (found) return { ...found };
      const template = templates.get(keyOf(trimmed)) ?? (/^[وفبلك]\p{Script=Arabic}/u.test(trimmed) ? templates.get(keyOf(trimmed.slice(1))) : undefined);
      const number = /\d+/u.exec(trimmed);
      if (template && number) return { unit: template.unit, amount: template.sign * Number(number[0]), named: false };
      let rest = normalise(text);
      let direction: Direction | null = null;
      const head = normalisedHeads.find((word) => startsWithWord(rest, word.text) || (/^[وفبلك]\p{Script=Arabic}/u.test(rest) && startsWithWord(rest.slice(1), word.text)));
      if (head) {
        direction = head.direction;
        rest = rest.slice(rest.indexOf(head.text) + head.text.length).trim();
        const approximation = normalisedApproximately.find((word) => startsWithWord(rest, word));
        if (approximation) rest = rest.slice(approximation.length).trim();
      } else {
        const tail = normalisedTails.find((word) => rest.endsWith(word.text));
        if (!tail) return null;
        direction = tail.direction;
        rest = rest.slice(0, rest.length - tail.text.length).trim();
      }
      return pairReader(rest, direction === 'past' ? -1 : 1);
    },
    readDuration(text) {
      // A duration is no expression of its own: `10 সেকেন্ডে` (in 10 seconds) is read as written.
      if (templates.has(keyOf(text.trim()))) return null;
      const rest = normalise(text);
      const approximation = normalisedApproximately.find((word) => startsWithWord(rest, word));
      return durationReader(approximation ? rest.slice(approximation.length) : rest, -1);
    },
  };
}

type Direction = 'past' | 'future';

/** A unit word: its text as CLDR writes it (`Std.`, `h`, `小时`), its unit, and whether it is one letter of a cased script, read only when written onto its number. */
interface UnitWord {
  text: string;
  unit: RelativeUnit;
  /** Ten for a decade, one otherwise. */
  factor: number;
}

/** The unit words of a language: those spelled out or abbreviated (`Stunden`, `Std.`, `小时`) and those of one letter (`h`), by normalised key. */
interface UnitWords {
  long: string[];
  short: string[];
  byKey: Map<string, { unit: RelativeUnit; factor: number }>;
}

const ONE_CASED_LETTER = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]\.?$/u;

/**
 * The unit words of a language: the duration forms of CLDR's units (`{0} Stunden`, `{0}h`) and
 * the words of its counted expressions between the number and the direction word (`godz.` of
 * `{0} godz. temu`; the direction word being the ending most of a direction's units share).
 * A unit written before its number is left out.
 */
function unitWordsOf(counted: RelativeExpressions['counted'], durationUnits: DurationUnits): UnitWords {
  const found: UnitWord[] = [];
  for (const [unit, forms] of Object.entries(durationUnits) as [DurationUnit, string[]][]) {
    for (const form of forms) {
      if (!form.startsWith('{0}')) continue;
      const text = form.slice(3).trim();
      if (text === '' || text.includes('{')) continue;
      found.push({ text, unit: unit === 'decade' ? 'year' : unit, factor: unit === 'decade' ? 10 : 1 });
    }
  }
  for (const direction of ['past', 'future'] as const) {
    const templates = counted.filter((entry) => entry.direction === direction && entry.pattern.includes('{0}'));
    const afterNumber = templates.map(({ unit, pattern }) => ({ unit, rest: pattern.slice(pattern.indexOf('{0}') + 3).trim(), numberFirst: pattern.startsWith('{0}') }));
    // The direction word: the ending (last word, or in a script without spaces any ending) the most units share, if three or more do; of endings shared alike, the longest (Thai `ที่แล้ว`, not its last letter).
    const unitsByEnding = new Map<string, Set<RelativeUnit>>();
    for (const { unit, rest } of afterNumber) {
      for (const ending of endingsOf(rest)) unitsByEnding.set(ending, (unitsByEnding.get(ending) ?? new Set()).add(unit));
    }
    const [directionWord] = [...unitsByEnding].filter(([, units]) => units.size >= 3).sort((a, b) => b[1].size - a[1].size || b[0].length - a[0].length)[0] ?? [''];
    for (const { unit, rest, numberFirst } of afterNumber) {
      // Without a direction word after it, a number-first expression's ending may hold its direction (Bengali `{0} সেকেন্ডে`, in N seconds): it is read whole, not as a unit.
      if (directionWord ? !rest.endsWith(directionWord) : numberFirst) continue;
      const text = (directionWord ? rest.slice(0, rest.length - directionWord.length) : rest).replace(/^[\s\u200b]+|[\s\u200b]+$/gu, '');
      if (text === '' || text.includes('{') || /\d/u.test(text)) continue;
      found.push({ text, unit, factor: 1 });
    }
  }
  const byKey = new Map<string, { unit: RelativeUnit; factor: number }>();
  // A word of two units (English `m`, a month and a minute) is neither.
  const ambiguous = new Set<string>();
  const long: string[] = [];
  const short: string[] = [];
  for (const word of found) {
    const bare = word.text.replace(/\.$/u, '');
    if (bare === '' || /\d/u.test(bare)) continue;
    const key = normalise(bare);
    const known = byKey.get(key);
    if (known && (known.unit !== word.unit || known.factor !== word.factor)) ambiguous.add(key);
    if (!known) byKey.set(key, { unit: word.unit, factor: word.factor });
    (ONE_CASED_LETTER.test(bare) ? short : long).push(bare);
  }
  for (const key of ambiguous) byKey.delete(key);
  const usable = (words: string[]) => unique(words).filter((word) => !ambiguous.has(normalise(word)));
  return { long: usable(long), short: usable(short), byKey };
}

/** A word that places a duration in the past or the future, written before it (`vor`) or after it (`ago`). */
interface DirectionWord {
  text: string;
  direction: Direction;
}

/**
 * The direction words of a language's counted expressions: what stands before the number when
 * what follows it is a unit word (`vor` of `vor {0} Tagen`), and what follows the unit word when
 * the number comes first (`temu` of `{0} dni temu`), with the hand-written spellings. A word found
 * for both directions is left out.
 */
function directionWordsOf(counted: RelativeExpressions['counted'], units: UnitWords, words: RelativeWords): { before: DirectionWord[]; after: DirectionWord[]; whole: string[] } {
  const whole: string[] = [];
  const before = new Map<string, Set<Direction>>();
  const after = new Map<string, Set<Direction>>();
  const add = (map: Map<string, Set<Direction>>, text: string, direction: Direction) => map.set(text, (map.get(text) ?? new Set()).add(direction));
  const unitAtStart = (text: string): string | null => {
    const normal = normalise(text);
    let best: string | null = null;
    for (const key of units.byKey.keys()) if (normal.startsWith(key) && (best === null || key.length > best.length)) best = key;
    return best;
  };
  for (const { direction, pattern } of counted) {
    const at = pattern.indexOf('{0}');
    if (at < 0) continue;
    const head = pattern.slice(0, at).trim();
    const rest = pattern.slice(at + 3).trim();
    const unit = unitAtStart(rest);
    const tail = unit === null ? null : normalise(rest).slice(unit.length).replace(/^\./u, '').trim();
    if (head !== '' && tail === '') add(before, head, direction);
    else if (head === '' && tail) add(after, restTail(rest, tail), direction);
    // An expression not read as a direction word and a unit (`{0} সেকেন্ডে`, `-{0} ч`) is matched as written.
    else whole.push(pattern);
  }
  for (const text of words.pastBefore ?? []) add(before, text, 'past');
  for (const text of words.futureBefore ?? []) add(before, text, 'future');
  for (const text of words.pastAfter ?? []) add(after, text, 'past');
  for (const text of words.futureAfter ?? []) add(after, text, 'future');
  const list = (map: Map<string, Set<Direction>>) => [...map].filter(([, directions]) => directions.size === 1).map(([text, directions]) => ({ text, direction: [...directions][0]! }));
  return { before: list(before), after: list(after), whole };
}

/** The text of a pattern's ending as written, given its normalised form (`trước` of `{0} ngày trước`). */
function restTail(rest: string, normalTail: string): string {
  const words = rest.split(/[\s\u00a0\u202f]+/u);
  for (let count = 1; count <= words.length; count++) {
    const candidate = words.slice(-count).join(' ');
    if (normalise(candidate) === normalTail) return candidate;
  }
  // In a script without spaces, the ending whose fold it is (a fold may drop marks, so lengths differ).
  for (let length = 1; length <= rest.length; length++) if (normalise(rest.slice(rest.length - length)) === normalTail) return rest.slice(rest.length - length);
  return rest.slice(rest.length - normalTail.length);
}

/**
 * A duration as a pattern: counts, each a number and a unit word (`3 Tagen`, `2 godz.`, `29h`),
 * joined by spaces or list joiners. `short` admits unit words of one letter written onto the
 * number; `one` admits a word for one as a count (`einer Stunde`), and `oneOnly` makes the first
 * count such a word.
 */
function durationPattern(units: UnitWords, joiners: string, options: { short: boolean; one: readonly string[]; oneOnly?: boolean }): string {
  const longUnits = `(?:${phraseTrie(units.long)})\\.?`;
  const shortUnits = options.short && units.short.length > 0 ? `|\\d{1,4}\\s?(?:${units.short.map(escapeRegex).join('|')})\\.?${AFTER}` : '';
  const numbered = `(?:\\d{1,4}\\s*${longUnits}${shortUnits})`;
  const oneWord = options.one.length > 0 ? `(?:${phraseTrie(options.one)})\\s+${longUnits}` : '';
  const first = options.oneOnly ? oneWord : oneWord ? `(?:${numbered}|${oneWord})` : numbered;
  return `${first}(?:\\s*(?:${joiners}\\s*)?${numbered})*(?!-)`;
}

/** Reads a normalised duration (`1 jahr, 2 monate`) whole, signed by `sign`, or null when anything is left over; `withShort` admits unit words of one letter. */
function pairReaderOf(units: UnitWords, joiners: string, one: readonly string[], withShort: boolean): (text: string, sign: 1 | -1) => RelativeReading | null {
  const shortKeys = new Set(units.short.map(normalise));
  const keys = [...units.byKey.keys()].filter((key) => withShort || !shortKeys.has(key)).sort((a, b) => b.length - a.length).map(escapeRegex);
  if (keys.length === 0) return () => null;
  const ones = one.map(normalise).sort((a, b) => b.length - a.length).map(escapeRegex);
  const pair = new RegExp(`(?:(?<count>\\d{1,4})|(?<one>${ones.join('|') || '(?!)'})\\s)\\s*(?<unit>${keys.join('|')})\\.?(?=$|[\\s\\d,،、，]|${NO_SPACE_SCRIPT.source})\\s*(?:${joiners}\\s*)?`, 'uy');
  return (text, sign) => {
    const parts: { unit: RelativeUnit; amount: number }[] = [];
    pair.lastIndex = 0;
    const trimmed = text.trim();
    while (pair.lastIndex < trimmed.length) {
      const match = pair.exec(trimmed);
      if (!match) return null;
      const found = units.byKey.get(match.groups!['unit']!);
      if (!found) return null;
      const count = match.groups!['count'] !== undefined ? Number(match.groups!['count']) : 1;
      parts.push({ unit: found.unit, amount: sign * count * found.factor });
    }
    if (parts.length === 0) return null;
    // The finest unit is the expression's own; the others are its compound's.
    const order = UNIT_ORDER;
    const main = parts.reduce((best, part) => (order.indexOf(part.unit) > order.indexOf(best.unit) ? part : best));
    const more = parts.filter((part) => part !== main);
    return { unit: main.unit, amount: main.amount, named: false, ...(more.length > 0 && { more }) };
  };
}

const UNIT_ORDER: readonly RelativeUnit[] = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

/** Text as relative expressions are compared: folded, apostrophes made one, spaces made one. */
function normalise(text: string): string {
  return foldForMatching(text.replace(APOSTROPHES, "'").replace(/\u200b/gu, '')).replace(/[\s\u00a0\u202f]+/gu, ' ').trim();
}

/** Whether a normalised text starts with a word or phrase, ending there (or written without spaces). */
function startsWithWord(text: string, word: string): boolean {
  if (!text.startsWith(word)) return false;
  const next = text.charAt(word.length);
  return next === '' || !/[\p{L}\p{M}]/u.test(next) || NO_SPACE_SCRIPT.test(word.charAt(word.length - 1));
}

/** The endings a direction word may be: the last word of a text, or every ending of its last run when it is written without spaces. */
function endingsOf(text: string): string[] {
  if (NO_SPACE_SCRIPT.test(text.charAt(text.length - 1))) {
    // Every proper ending of the run of letters, which may be the whole word written without spaces (`前` of `天前`, `ที่แล้ว` of `วันที่แล้ว`).
    const run = /[^\s\u00a0\u202f\u200b]+$/u.exec(text)![0];
    const endings: string[] = [];
    for (let length = 1; length < run.length; length++) endings.push(run.slice(run.length - length));
    if (run !== text) endings.push(run);
    return endings;
  }
  const words = text.split(/[\s\u00a0\u202f]+/u);
  return words.length > 1 ? [words[words.length - 1]!] : [];
}

/** What may join the units of a compound (`2 lata, 3 miesiące i 25 sekund`): a comma, or a list joiner of the language (CLDR). */
function joinerPattern(listJoiners: readonly string[]): string {
  const words = listJoiners.filter((joiner) => !/^[,،、，]$/u.test(joiner)).map((joiner) => `${escapeRegex(joiner)}(?![\\p{L}\\p{M}])`);
  return `(?:${['[,،、，]', ...unique(words)].join('|')})`;
}

/**
 * The lookup key of an expression: folded, its number (or `{0}`) replaced by `#`, its spaces made one, so
 * that a template and any text it matches share a key.
 */
function keyOf(text: string): string {
  return foldForMatching(text.replace(/\{0\}|\d+/gu, '#').replace(APOSTROPHES, "'"))
    .replace(/[\s\u00a0\u202f]+/gu, ' ')
    // A space beside the number may be written or not (`3 天前`, `3天前`).
    .replace(/ ?# ?/gu, '#')
    .trim();
}

/** Word-first expressions matched as written, grouped by what stands before the number: each group's words once, then its endings. */
function exactWordFirstPattern(templates: readonly string[]): string | null {
  if (templates.length === 0) return null;
  const byHead = new Map<string, string[]>();
  for (const template of unique(templates)) {
    const head = template.slice(0, template.indexOf('{0}')).trimEnd();
    byHead.set(head, [...(byHead.get(head) ?? []), template.slice(template.indexOf('{0}') + 3).trimStart()]);
  }
  return [...byHead].map(([head, tails]) => `${headPattern([head])}\\d{1,4}\\s*${phraseTrie(unique(tails))}`).join('|');
}

/** The words that stand before a duration (`vor`, `il y a`, `قبل`), as a pattern: not after a letter or digit (unless written without spaces), an Arabic proclitic allowed, and followed by a space unless written without spaces. */
function headPattern(heads: readonly string[]): string {
  const spaced = heads.filter((head) => !NO_SPACE_SCRIPT.test(head.charAt(0)));
  const unspaced = heads.filter((head) => NO_SPACE_SCRIPT.test(head.charAt(0)));
  const arabic = spaced.some((head) => /^\p{Script=Arabic}/u.test(head));
  const parts = [...(spaced.length > 0 ? [`${BEFORE}${arabic ? ARABIC_PROCLITIC : ''}${phraseTrie(spaced)}\\s+`] : []), ...(unspaced.length > 0 ? [`${phraseTrie(unspaced)}\\s*`] : [])];
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}

/**
 * Phrases that stand as words (`wczoraj`, `w zeszłym tygodniu`, `昨天`) as one pattern: not after a
 * letter or digit unless written without spaces, an Arabic proclitic allowed before an Arabic one.
 */
function phrasesPattern(phrases: readonly string[]): string {
  const spaced = phrases.filter((phrase) => !NO_SPACE_SCRIPT.test(phrase.charAt(0)));
  const unspaced = phrases.filter((phrase) => NO_SPACE_SCRIPT.test(phrase.charAt(0)));
  const arabic = spaced.some((phrase) => /^\p{Script=Arabic}/u.test(phrase));
  const parts = [...(spaced.length > 0 ? [`${BEFORE}${arabic ? ARABIC_PROCLITIC : ''}${phraseTrie(spaced)}`] : []), ...(unspaced.length > 0 ? [phraseTrie(unspaced)] : [])];
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}

/** A character as a member of a character class. */
function escapeClass(character: string): string {
  return character.replace(/[\\\]\[^-]/gu, '\\$&');
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}


/** Scripts whose marks writers often leave out (Persian `هفتهٔ` written `هفته`, Arabic harakat, Hebrew niqqud). */
const OPTIONAL_MARKS_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/** Phrases, and in a script whose marks are optional, each also without its marks. */
function withOptionalMarks(phrases: readonly string[]): string[] {
  const out: string[] = [];
  for (const phrase of phrases) {
    out.push(phrase);
    if (!OPTIONAL_MARKS_SCRIPT.test(phrase)) continue;
    // The marks written apart (in NFC), not those of precomposed letters (`آ` stays).
    const bare = phrase.replace(/\p{M}/gu, '');
    if (bare !== phrase) out.push(bare);
  }
  return out;
}

/** Apostrophes that are letters (Unicode Lm, Ll): a word written with one is one word (`aujourdʼhui`). */
const LETTER_APOSTROPHES = ['ʼ', 'ʻ', 'ꞌ', 'ʹ'];

/** The first word of each expression (undefined when one begins with something other than a letter), and the word an apostrophe that is a letter makes of it (`aujourdʼhui` of `aujourd’hui`). */
function firstWordsOf(texts: readonly string[]): string[] | undefined {
  const words: string[] = [];
  for (const text of texts) {
    const first = /^\p{L}[\p{L}\p{M}]*/u.exec(text);
    if (!first || NO_SPACE_SCRIPT.test(first[0])) return undefined;
    words.push(first[0]);
    const joined = new RegExp(`^${escapeRegex(first[0])}${APOSTROPHE_CLASS}[\\p{L}\\p{M}]+`, 'u').exec(text);
    if (joined) for (const apostrophe of LETTER_APOSTROPHES) words.push(joined[0].replace(APOSTROPHES, apostrophe));
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
  const parts = [{ unit: reading.unit, amount: reading.amount }, ...(reading.more ?? [])];
  const sign = reading.amount < 0 ? '-' : '';
  const size = (unit: RelativeUnit) => parts.filter((part) => part.unit === unit).reduce((sum, part) => sum + Math.abs(part.amount), 0);
  const date = (['year', 'month', 'week', 'day'] as const).map((unit) => (size(unit) || (parts.length === 1 && reading.unit === unit) ? `${size(unit)}${DESIGNATOR[unit]}` : '')).join('');
  const time = (['hour', 'minute', 'second'] as const).map((unit) => (size(unit) || (parts.length === 1 && reading.unit === unit) ? `${size(unit)}${DESIGNATOR[unit]}` : '')).join('');
  return `${sign}P${date}${time ? `T${time}` : ''}`;
}

const DESIGNATOR: Record<RelativeUnit, string> = { year: 'Y', month: 'M', week: 'W', day: 'D', hour: 'H', minute: 'M', second: 'S' };

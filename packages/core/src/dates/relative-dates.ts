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
const AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
/** The apostrophes text writes for one another (`aujourd’hui`, `aujourd'hui`, `Aujourdʼhui`). */
const APOSTROPHES = /['’ʼʻ՚ꞌ＇′‵ʹ]/gu;
const APOSTROPHE_CLASS = "['’ʼʻ՚ꞌ＇′‵ʹ]";
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
 * A counted expression may be a compound, its other units before its number, each a number and a
 * unit word (the expressions' words between the number and the direction: `godz.` of
 * `{0} godz. temu`), joined by the language's list joiners (`,`, `i`): `2 lata, 3 miesiące i 25
 * sekund temu`.
 *
 * @example
 * const relative = compileRelative(calendar.relative, calendar.listJoiners);
 * relative.read('3 dni temu'); // { unit: 'day', amount: -3, named: false }
 * relative.read('1 godz. 2 minuty temu'); // { unit: 'minute', amount: -2, named: false, more: [{ unit: 'hour', amount: -1 }] }
 */
export function compileRelative(expressions: RelativeExpressions, listJoiners: readonly string[] = []): CompiledRelative {
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
  const units = unitWordsOf(expressions.counted);
  const joiners = joinerPattern(listJoiners);
  const chain = units.pattern ? `\\d{1,4}\\s*(?:${units.pattern})\\.?\\s*(?:${joiners}\\s*)?` : '';
  // A word-first expression may also be followed by units (`za 10 sat 43 min`, `in 1 year 11 months`).
  const trailing = units.pattern ? `(?:\\s*(?:${joiners}\\s*)?\\d{1,4}\\s*(?:${units.pattern})\\.?)*` : '';
  const groups: RelativeGroup[] = [];
  if (named.length > 0) {
    const asWritten = unique(named);
    const capitalised = unique(named.map(capitalise)).filter((text) => !asWritten.includes(text));
    const asWrittenSource = phrasesPattern(asWritten);
    const capitalisedSource = capitalised.length > 0 ? `|${SENTENCE_START}(?:${phrasesPattern(capitalised)})` : '';
    groups.push({ source: `(?:${asWrittenSource}${capitalisedSource})`, flags: 'gu', numberFirst: false, named: true, firstWords: firstWordsOf([...asWritten, ...capitalised]) });
  }
  if (wordFirst.length > 0) {
    // Grouped by what stands before the number (`za`, `vor`, `il y a`): each group's words once, then its endings.
    const byHead = new Map<string, string[]>();
    const whole: string[] = [];
    for (const template of unique(wordFirst)) {
      // An expression with its count in words (`قبل يومين`, `a day ago`) has no number to group by.
      if (!template.includes('{0}')) {
        whole.push(template);
        continue;
      }
      const head = template.slice(0, template.indexOf('{0}'));
      byHead.set(head, [...(byHead.get(head) ?? []), template.slice(head.length)]);
    }
    const alternatives = [...byHead].map(([head, tails]) => {
      const headSource = headPattern(head.trimEnd());
      // Every tail starts with the number (`{0} Tagen`): the number and the units before it are written once.
      const rests = phraseTrie(unique(tails.map((tail) => tail.slice('{0}'.length).trimStart())));
      return `${headSource}\\s*${chain ? `(?:${chain})*` : ''}\\d{1,4}\\s*${rests}${trailing}`;
    });
    groups.push({ source: `(?:${sortLongestFirst(alternatives).join('|')}${whole.length > 0 ? `|${phrasesPattern(whole)}` : ''})`, flags: 'giu', numberFirst: false, named: false, firstWords: firstWordsOf(wordFirst) });
  }
  if (numberFirst.length > 0) {
    // One number, then what follows it in any expression: tried at each number of a line, so the alternation starts after the digits.
    const rests = phraseTrie(unique(numberFirst.map((template) => template.slice('{0}'.length).trimStart())));
    groups.push({ source: `(?<![\\p{N}.,:/])${chain ? `(?:${chain})*` : ''}\\d{1,4}\\s*${rests}`, flags: 'giu', numberFirst: true, named: false });
  }
  const pairRegex = new RegExp(`(?<count>\\d{1,4})\\s*(?<unit>${units.pattern || '(?!)'})\\.?(?:\\s*${joiners})?`, 'giu');
  const lookUp = (text: string): RelativeReading | null => {
    const number = /\d+/u.exec(text);
    const trimmed = text.trim();
    const found = readings.get(keyOf(trimmed)) ?? (/^[وفبلك]\p{Script=Arabic}/u.test(trimmed) ? readings.get(keyOf(trimmed.slice(1))) : undefined);
    if (!found) return null;
    if ('amount' in found) return { ...found };
    return number ? { unit: found.unit, amount: found.sign * Number(number[0]), named: false } : null;
  };
  return {
    groups,
    read(text) {
      const found = lookUp(text);
      if (found) return found;
      // A compound: each number and unit word in turn is taken as the expression's own, the others as its other units.
      const pairs = chain ? [...text.matchAll(pairRegex)] : [];
      if (pairs.length < 2) return null;
      for (const main of pairs) {
        let rest = text;
        const more: { unit: RelativeUnit; count: number }[] = [];
        for (const pair of [...pairs].reverse()) {
          if (pair === main) continue;
          const unit = units.byKey.get(keyOf(pair.groups!['unit']!));
          if (!unit) continue;
          more.push({ unit, count: Number(pair.groups!['count']) });
          rest = `${rest.slice(0, pair.index)} ${rest.slice(pair.index + pair[0].length)}`;
        }
        const reading = lookUp(rest.replace(new RegExp(`^\\s*${joiners}|${joiners}\\s*$`, 'gu'), '').replace(new RegExp(`${joiners}\\s+(?=\\d)`, 'gu'), ' '));
        if (!reading || reading.named || more.length !== pairs.length - 1) continue;
        const sign = reading.amount < 0 ? -1 : 1;
        return { ...reading, more: more.reverse().map(({ unit, count }) => ({ unit, amount: sign * count })) };
      }
      return null;
    },
  };
}

/** The unit words of a language's counted expressions, by key, and as a pattern. */
interface UnitWords {
  byKey: Map<string, RelativeUnit>;
  /** Every unit word, longest first, as a regular-expression alternation (empty when there are none). */
  pattern: string;
}

/**
 * The unit words of counted expressions (`dni`, `godz.`, `天`, `Tagen`): what follows the number,
 * less the direction word most of the direction's units share at the end (`temu`, `назад`, `前`);
 * outliers such as Russian `-{0} ч` are left out.
 */
function unitWordsOf(counted: RelativeExpressions['counted']): UnitWords {
  const byKey = new Map<string, RelativeUnit>();
  const words: string[] = [];
  for (const direction of ['past', 'future'] as const) {
    const templates = counted.filter((entry) => entry.direction === direction && entry.pattern.includes('{0}'));
    const afterNumber = templates.map(({ unit, pattern }) => ({ unit, rest: pattern.slice(pattern.indexOf('{0}') + 3).trim() }));
    // The direction word: the ending (last word, or last character in a script without spaces) the most units share, if three or more do.
    const unitsByEnding = new Map<string, Set<RelativeUnit>>();
    for (const { unit, rest } of afterNumber) {
      const ending = endingOf(rest);
      if (ending && ending !== rest) unitsByEnding.set(ending, (unitsByEnding.get(ending) ?? new Set()).add(unit));
    }
    const [directionWord] = [...unitsByEnding].filter(([, units]) => units.size >= 3).sort((a, b) => b[1].size - a[1].size)[0] ?? [''];
    for (const { unit, rest } of afterNumber) {
      if (directionWord && !rest.endsWith(directionWord)) continue;
      const word = (directionWord ? rest.slice(0, rest.length - directionWord.length) : rest).trim();
      if (word === '' || word.includes('{') || /\d/u.test(word)) continue;
      const key = keyOf(word);
      if (!byKey.has(key)) byKey.set(key, unit);
      words.push(word.replace(/\.$/u, ''));
    }
  }
  return { byKey, pattern: words.length > 0 ? phraseTrie(unique(words)) : '' };
}

/** The last word of a text, or its last character when it ends in a script written without spaces. */
function endingOf(text: string): string {
  if (NO_SPACE_SCRIPT.test(text.charAt(text.length - 1))) return text.charAt(text.length - 1);
  const words = text.split(/[\s\u00a0\u202f]+/u);
  return words.length > 1 ? words[words.length - 1]! : '';
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

/** What stands before the number of a word-first expression (`za`, `il y a`, `قبل`), as a pattern: not after a letter or digit (unless written without spaces), an Arabic proclitic allowed. */
function headPattern(head: string): string {
  const words = head.split(/[\s\u00a0\u202f]+/u).map((word) => escapeRegex(word).replace(APOSTROPHES, APOSTROPHE_CLASS));
  const before = NO_SPACE_SCRIPT.test(head.charAt(0)) ? '' : `${BEFORE}${/^\p{Script=Arabic}/u.test(head) ? ARABIC_PROCLITIC : ''}`;
  return `${before}${words.join('\\s+')}`;
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

/** A node of {@link phraseTrie}: the pieces that may follow, and whether a phrase may end here. */
interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/**
 * Phrases as one regular expression shaped as a trie (`w\s+(?:zeszłym\s+(?:tygodniu|roku)|tym\s+…)`):
 * tried at a position, it reads each word once instead of trying every phrase in turn. Words are
 * split at spaces (any spaces match), characters of scripts without spaces one by one; apostrophes
 * match one another.
 */
function phraseTrie(phrases: readonly string[]): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const phrase of phrases) {
    let node = root;
    const words = phrase.trim().split(/[\s\u00a0\u202f]+/u);
    words.forEach((word, index) => {
      const pieces = NO_SPACE_SCRIPT.test(word) ? [...word] : [word];
      pieces.forEach((piece, at) => {
        const key = `${index > 0 && at === 0 ? ' ' : ''}${piece}`;
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = { next: new Map(), end: false }));
        node = child;
      });
    });
    node.end = true;
  }
  // One boundary after the whole trie (each phrase's own would multiply the classes the expression compiles): a phrase in a script with spaces may not run on into a letter or digit.
  const spaced = phrases.some((phrase) => !NO_SPACE_SCRIPT.test(phrase.charAt(phrase.length - 1)));
  return spaced ? `(?:${emitTrie(root)})${AFTER}` : emitTrie(root);
}

function emitTrie(node: TrieNode): string {
  const options = [...node.next]
    .sort(([a], [b]) => b.length - a.length)
    .map(([key, child]) => {
      const piece = key.startsWith(' ') ? key.slice(1) : key;
      const text = `${key.startsWith(' ') ? '\\s+' : ''}${escapeRegex(piece).replace(APOSTROPHES, APOSTROPHE_CLASS)}`;
      return `${text}${emitTrie(child)}`;
    });
  if (node.end) options.push('');
  if (options.length === 1) return options[0]!;
  return `(?:${options.join('|')})`;
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
  const parts = [{ unit: reading.unit, amount: reading.amount }, ...(reading.more ?? [])];
  const sign = reading.amount < 0 ? '-' : '';
  const size = (unit: RelativeUnit) => parts.filter((part) => part.unit === unit).reduce((sum, part) => sum + Math.abs(part.amount), 0);
  const date = (['year', 'month', 'week', 'day'] as const).map((unit) => (size(unit) || (parts.length === 1 && reading.unit === unit) ? `${size(unit)}${DESIGNATOR[unit]}` : '')).join('');
  const time = (['hour', 'minute', 'second'] as const).map((unit) => (size(unit) || (parts.length === 1 && reading.unit === unit) ? `${size(unit)}${DESIGNATOR[unit]}` : '')).join('');
  return `${sign}P${date}${time ? `T${time}` : ''}`;
}

const DESIGNATOR: Record<RelativeUnit, string> = { year: 'Y', month: 'M', week: 'W', day: 'D', hour: 'H', minute: 'M', second: 'S' };

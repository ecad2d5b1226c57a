// Finds the dates of text blocks: where each expression may start in a line, which expression
// claims each span, and what the dates of one block say about one another.
import type { DateMention, Published, SegmentRole } from '../schema/article.js';
import { asciiDigits } from '../text/ascii-digits.js';
import { charClassAt, codeUnitClass, LETTER, MARK } from '../text/char-class.js';
import { foldForMatching, foldWord } from '../speed/fold-fast.js';
import { codePointWidthAt } from '../text/code-point.js';
import { hashStep, SubstringCache } from '../speed/substring-cache.js';
import { IntList } from '../speed/int-list.js';
import { LineWords, Vocabulary } from '../words/line-words.js';
import { WORD_LISTED, WORD_MONTH, WORD_WEEKDAY, type DateMentionPatterns, type DatePattern, type StartKind } from './date-patterns.js';
import { dateAnchor, relativeValue, toValue, type DateAnchor, type Reading } from './date-reading.js';
import { isPartOfAnotherDate } from './date-guards.js';

export { compileDatePatterns, type DateMentionPatterns } from './date-patterns.js';
export { dateAnchor, type DateAnchor } from './date-reading.js';

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
  yearsListedAfter(found, readings, block, compiled);
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

/**
 * The years listed after a year found (`in 2022 and 2023`, `2022, 2023`): a bare number is a year
 * only after a word that makes it one, and a list carries that word on. Added to `found` in place.
 */
function yearsListedAfter(found: DateMention[], readings: Map<number, Reading>, block: DateSearchBlock, compiled: DateMentionPatterns): void {
  for (let index = 0; index < found.length; index++) {
    const date = found[index]!;
    const reading = readings.get(date.start)!;
    if (reading.year === undefined || reading.month !== undefined || reading.calendar || reading.relative) continue;
    const from = date.end - block.offset;
    const next = compiled.yearAfter.exec(block.text.slice(from, from + 24));
    const year = next && Number(asciiDigits(next.groups!['y']!));
    if (!next || !year || year < 1800 || year > 2100) continue;
    const start = date.end + next[0].length - 4;
    if (found.some((other) => other.start < start + 4 && other.end > start)) continue;
    readings.set(start, { year });
    found.splice(index + 1, 0, { surface: String(next.groups!['y']), value: String(year), precision: 'year', start, end: start + 4, role: block.role });
  }
}

/** A day and month written without a year (nor another calendar's, nor a weekday). */
function isYearless(reading: Reading): boolean {
  return reading.day !== undefined && reading.month !== undefined && reading.year === undefined && reading.twoDigitYear === undefined && !reading.calendar && !reading.relative && reading.weekday === undefined;
}

const NO_GROUPS: Record<string, string | undefined> = {};

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

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The Arabic proclitics و ف ب ل ك that may be written onto a month or weekday name. */
const ARABIC_PROCLITICS = new Set([...'وفبلك'].map((char) => char.charCodeAt(0)));

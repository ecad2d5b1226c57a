import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Published } from '../src/index.js';
import { compileDatePatterns, entityMatcherFor, extractDateMentions, getResources, loadCoreData } from '../src/internals.js';
import { LineWords, Vocabulary } from '../src/words/line-words.js';
import { dateAnchor, datesInBlock, dateWordsOf } from '../src/dates/date-mentions.js';
import { foldForMatching } from '../src/speed/fold-fast.js';
import type { EntityWordFacts } from '../src/entities/entity-matcher.js';
import { SEEDS_DIR } from './helpers.js';

const seedLines = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => readFileSync(join(SEEDS_DIR, name), 'utf8').split('\n'))
  .filter((line) => line.trim().length > 0);

/** Seed lines, names in several scripts and inflections, dates, joiners, marks and odd characters, in any order. */
const lineText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...seedLines),
      fc.constantFrom('Ławrowem', 'Siergieja Ławrowa', 'ولافروف', 'Лаврову', 'Mát-xcơ-va', 'ngày 30.6', '7 lutego 2023', 'w czwartek', 'والأربعاء', '30czerwca', '\u0301abc', '普京', '😀', '\ud800', ' ', ', ', '-', '’'),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(' '));

const published: Published = { value: '2023-07-01T09:05:00+07:00', precision: 'minute', source: 'dateline', evidence: '01/07/2023 09:05 GMT+7' };

describe('Vocabulary', () => {
  it('reads the words of a line with their entries, building each distinct word once', () => {
    const built: string[] = [];
    const vocabulary = new Vocabulary((word) => {
      built.push(word);
      return { length: word.length };
    });
    const line = vocabulary.read("Ławrow i Diop, Ławrow w Côte d'Ivoire", new LineWords());
    expect(line.count).toBe(7);
    expect(line.entries.slice(0, line.count).map((entry) => [entry.key, entry.value.length])).toEqual([
      ['Ławrow', 6],
      ['i', 1],
      ['Diop', 4],
      ['Ławrow', 6],
      ['w', 1],
      ['Côte', 4],
      ["d'Ivoire", 8],
    ]);
    expect(built).toEqual(['Ławrow', 'i', 'Diop', 'w', 'Côte', "d'Ivoire"]);
    // The same line object, read again: a shorter line's words, the same entries for known words.
    const again = vocabulary.read('Diop i Ławrow', line);
    expect(again).toBe(line);
    expect([line.text, line.count, line.entries[2]!.key]).toEqual(['Diop i Ławrow', 3, 'Ławrow']);
    expect(built).toHaveLength(6);
  });
});

describe('names and dates from one reading of a line', () => {
  const { calendars } = loadCoreData();
  for (const language of ['pl', 'vi', 'ar']) {
    it(`finds the names and dates that reading the line separately finds (${language})`, () => {
      const matcher = entityMatcherFor(loadCoreData().entities, language);
      const patterns = compileDatePatterns(calendars, getResources().calendar, language, 'dmy');
      // As the parser builds a word's facts: folded once for both stages.
      const shared = new Vocabulary((word) => {
        const folded = foldForMatching(word);
        const forms = matcher.formsOf(word, folded);
        return { candidates: matcher.candidatesOf(word, folded, forms), forms, dateWords: dateWordsOf(word, patterns, folded) };
      });
      const line = new LineWords<EntityWordFacts & { dateWords: ReturnType<typeof dateWordsOf> }>();
      const anchor = dateAnchor(published);
      let names = 0;
      let dates = 0;
      fc.assert(
        fc.property(lineText, (text) => {
          shared.read(text, line);
          const found = matcher.findInWords(line);
          expect(found).toEqual(matcher.find(text));
          const block = { text, offset: 5, role: 'body' as const };
          const inBlock = datesInBlock(block, line, patterns, anchor);
          expect(inBlock).toEqual(extractDateMentions([block], patterns, published));
          names += found.length;
          dates += inBlock.length;
        }),
        { numRuns: 1_500, seed: 17 },
      );
      // The generated lines do hold names and dates.
      expect(names).toBeGreaterThan(300);
      expect(dates).toBeGreaterThan(100);
    });
  }

  it('keeps a word of one run of letters and marks with its date words, and leaves other words to the line scan', () => {
    const patterns = compileDatePatterns(loadCoreData().calendars, getResources().calendar, 'pl', 'dmy');
    expect(dateWordsOf('lutego', patterns)).toEqual({ offsets: [0], flags: [1] });
    expect(dateWordsOf('Ławrow', patterns)).toEqual({ offsets: [], flags: [] });
    // Weekday names start with 2 (w czwartek, we wtorek); Polish lists with their own bits: counted relative
    // expressions that start with a word (4: za, godzinę…), day.month words (8: dnia, od, do), month words
    // (16: w, we, od, do…), year words (32: w, od, do, roku…), weekdays with a time, named or abbreviated in
    // the calendars the page reads (64: w czwartek, wtorek…), and named relative expressions, tried last
    // (128: wczoraj, w zeszłym tygodniu).
    expect(dateWordsOf('za', patterns)?.flags).toEqual([4]);
    expect(dateWordsOf('dnia', patterns)?.flags).toEqual([8]);
    expect(dateWordsOf('we', patterns)?.flags).toEqual([2 | 16 | 64]);
    expect(dateWordsOf('w', patterns)?.flags).toEqual([2 | 16 | 32 | 64 | 128]);
    expect(dateWordsOf('Do', patterns)?.flags).toEqual([8 | 16 | 32]);
    expect(dateWordsOf('wczoraj', patterns)?.flags).toEqual([128]);
    for (const word of ['30', '30czerwca', 'Mát-xcơ-va', '\u0301abc', "d'Ivoire"]) expect(dateWordsOf(word, patterns)).toBeNull();
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eld } from 'eld/medium';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { languageDetector, languageModelFile, writeLanguageModelFile } from '../src/detector/eld/language-model.js';
import { MAX_NGRAM_CHARS, NgramIndex, ngramKey, packNgrams, type NgramScores, type PackedNgrams } from '../src/detector/eld/packed-ngrams.js';
import fc from 'fast-check';
import { seededRandom } from '../src/corpus/seeded-random.js';

/** ELD's database as its own module exports it (the slow path the packed copy replaces). */
function eldOwnNgrams(): NgramScores {
  const eldSource = join(dirname(fileURLToPath(import.meta.resolve('eld'))), '..');
  return (createRequire(import.meta.url)(join(eldSource, 'ngrams', 'medium.js')) as { ngramsData: { ngrams: NgramScores } }).ngramsData.ngrams;
}
import { detectLanguage, dominantScript, dominantScriptOf, scriptCounts } from '../src/detector/detect-language.js';

const seedsDir = join(import.meta.dirname, '../../../seeds');
const seedLines = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => readFileSync(join(seedsDir, name), 'utf8').split('\n'))
  .filter((line) => line.trim().length > 0);

/** The scores the index holds for an n-gram, as ELD's database writes them, or undefined. */
function scoresAt(index: NgramIndex, ngram: string): Record<string, number> | undefined {
  const { high, low } = ngramKey(ngram);
  const offset = index.offsetOf(high, low);
  if (offset < 0) return undefined;
  const scores: Record<string, number> = {};
  for (let k = 0; k < index.pairs[offset]!; k++) scores[index.pairs[offset + 1 + 2 * k]!] = index.pairs[offset + 2 + 2 * k]!;
  return scores;
}

/** Our detector's verdict, labelled with the text so that a failure shows it. */
function verdictOf(text: string) {
  return { text, ...languageDetector().detect(text) };
}

/** ELD's own verdict on a text, in the same shape. */
function eldVerdict(text: string) {
  const result = eld.detect(text);
  if (!result.language) return { text, language: null, score: 0, reliable: false };
  return { text, language: result.language, score: result.getScores()[result.language], reliable: result.isReliable() };
}

describe('languageDetector', () => {
  it('reads ELD’s database from the packed JSON copy the build writes, named by ELD’s version, and indexes it', () => {
    const file = writeLanguageModelFile();
    expect(file).toBe(languageModelFile());
    expect(file).toMatch(/generated[/\\]eld-2\.1\.0-medium\.packed\.json$/);
    const copy = JSON.parse(readFileSync(file, 'utf8')) as { type: string; languages: Record<string, string>; ngrams: PackedNgrams };
    expect(copy.type).toBe('M60');
    expect(Object.keys(copy.languages)).toHaveLength(60);
    expect(copy.ngrams.keys.length).toBeGreaterThan(100_000);
    // The index finds ELD's own scores, n-gram by n-gram.
    const index = new NgramIndex(copy.ngrams);
    const own = eldOwnNgrams();
    expect(Object.keys(own)).toEqual(copy.ngrams.keys);
    for (const key of copy.ngrams.keys.filter((_, position) => position % 97 === 0)) expect(scoresAt(index, key)).toEqual(own[key]);
    expect(Math.max(...copy.ngrams.keys.map((key) => key.length))).toBeLessThanOrEqual(MAX_NGRAM_CHARS);
    expect(scoresAt(index, 'zzzzzz')).toBeUndefined();
  });

  it('gives exactly ELD’s own answers and scores on every seed line and on text of many scripts', () => {
    expect(seedLines.length).toBeGreaterThan(100);
    const random = seededRandom(3);
    const pieces = ['Ławrow', 'złożył', 'Ngoại trưởng', 'Nga', 'وزير الخارجية', 'Лавров', 'Москва', 'Mali', 'the minister', 'der Minister', '新华社', 'ΟΔΗΓΟΣ', '2023', ',', ' ', '—', 'don’t', 'şehir', 'अध्यक्ष', '한국어'];
    const mixed = Array.from({ length: 300 }, () => Array.from({ length: 1 + Math.floor(random() * 40) }, () => pieces[Math.floor(random() * pieces.length)]).join(' '));
    for (const line of [...seedLines, ...mixed]) {
      expect(verdictOf(line)).toEqual(eldVerdict(line));
    }
  });

  it('gives exactly ELD’s own answers on generated text: apostrophes, digits, case, surrogates, long words, past the cuts', () => {
    const pieces = fc.constantFrom('Ławrow', 'ZŁOŻYŁ', 'Ngoại', 'trưởng', 'وزير', 'الخارجية', 'Лавров', 'ΣΟΦΟΣ', 'İstanbul', 'don’t', "l'état", '`x', '’’', "'", '新华社', '한국어', '😀', '\ud835', '\udc00', '12', '—', ' ', '  ', '\n', '.', 'x'.repeat(80), 'ą'.repeat(40), 'K', 'ǅ');
    const texts = fc.array(pieces, { maxLength: 200, size: 'max' }).map((parts) => parts.join(''));
    fc.assert(fc.property(texts, (text) => { expect(verdictOf(text)).toEqual(eldVerdict(text)); }), { numRuns: 3000, seed: 11 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 1200, size: 'max' }), (text) => { expect(verdictOf(text)).toEqual(eldVerdict(text)); }), { numRuns: 2000, seed: 12 });
  });

  it('detects the seed languages and others through detectLanguage', () => {
    expect(detectLanguage('Ławrow złożył takie zobowiązanie w czwartek podczas rozmowy.').language).toBe('pl');
    expect(detectLanguage('Ngoại trưởng Nga Sergei Lavrov cam kết ủng hộ Mali.').language).toBe('vi');
    expect(detectLanguage('أكد وزير الخارجية الروسي سيرغي لافروف دعم بلاده لمالي').language).toBe('ar');
    expect(detectLanguage('Der russische Außenminister sicherte Mali seine Unterstützung zu.').language).toBe('de');
  });
});

describe('packed n-grams', () => {
  it('pack and index any scores that fit in bytes, and refuse the rest', () => {
    const scores: NgramScores = { ' ab': { '3': 40 }, 'xyz ': { '0': 6, '59': 207 }, ' \u00e0\u00b8': { '12': 99, '7': 1 }, ' abcd ': { '1': 2 } };
    const index = new NgramIndex(packNgrams(scores));
    for (const key of Object.keys(scores)) expect(scoresAt(index, key)).toEqual(scores[key]);
    expect(scoresAt(index, ' abc')).toBeUndefined();
    expect(packNgrams({ ' ab': { '3': 40 } })).toEqual({ keys: [' ab'], pairs: 'AQMo' });
    expect(() => packNgrams({ ' ab': { '3': 300 } })).toThrow('packNgrams: score 300 does not fit in a byte');
    expect(() => new NgramIndex({ keys: [' ab', ' cd'], pairs: 'AQMo' })).toThrow('NgramIndex: the pairs end at n-gram 2 of 2');
    expect(() => new NgramIndex({ keys: [], pairs: 'AQMo' })).toThrow('NgramIndex: the pairs hold 3 bytes, the n-grams need 0');
    expect(() => new NgramIndex({ keys: [' ab', ' ab'], pairs: 'AQMoAQMo' })).toThrow('NgramIndex: the n-gram " ab" is listed twice');
    expect(() => ngramKey(' abcdef')).toThrow('longer than 6 characters');
    expect(() => ngramKey(' ł')).toThrow('holds U+142, above U+00FF');
  });

  it('give different keys to different n-grams', () => {
    const keys = new Set<string>();
    const ngrams = fc.sample(fc.string({ unit: fc.integer({ min: 0, max: 255 }).map((code) => String.fromCharCode(code)), minLength: 1, maxLength: MAX_NGRAM_CHARS }), { numRuns: 20_000, seed: 5 });
    const distinct = new Set(ngrams);
    for (const ngram of distinct) {
      const { high, low } = ngramKey(ngram);
      keys.add(`${high}:${low}`);
    }
    expect(keys.size).toBe(distinct.size);
  });
});

describe('detectLanguage on long texts', () => {
  const polish = 'Ławrow złożył takie zobowiązanie w czwartek podczas rozmowy z ministrem spraw zagranicznych Mali. ';
  it('reads the start, and the middle and end too when the start is not reliable', () => {
    expect(detectLanguage(polish.repeat(20))).toMatchObject({ language: 'pl', reliable: true });
    const noisyStart = `${'12:30 | 45 / 2023 – 77 '.repeat(20)}${polish.repeat(20)}`;
    expect(detectLanguage(noisyStart.slice(0, 400)).language).not.toBe('pl');
    expect(detectLanguage(noisyStart)).toMatchObject({ language: 'pl' });
  });
});

describe('script counts', () => {
  it('add up over lines, so a body joined from lines has the sum of their counts', () => {
    const lines = ['Mali được Nga cam kết', 'وزير الخارجية المالي', 'Ławrow 😀 𝐀', 'Лавров', '12 — …'];
    const summed = lines.map(scriptCounts).reduce((total, counts) => total.map((count, i) => count + counts[i]!));
    expect(scriptCounts(lines.join('\n'))).toEqual(summed);
    expect(dominantScriptOf(summed)).toBe('Latin');
    expect(dominantScriptOf(scriptCounts('وزير الخارجية Mali'))).toBe('Arabic');
    expect(dominantScriptOf(scriptCounts('12 — …'))).toBeNull();
    expect(dominantScript('Лавров и Диоп')).toBe('Cyrillic');
  });

  it('count each character of a script once, surrogate pairs whole', () => {
    // Latin, Arabic, Cyrillic, Han come first in the script list; 𠀀 is one Han character in two code units.
    expect(scriptCounts('Łódź Лавров وزير 中国𠀀 😀 \ud835').slice(0, 4)).toEqual([4, 4, 6, 3]);
  });
});

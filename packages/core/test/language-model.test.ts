import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eld } from 'eld/medium';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { languageDetector, languageModelFile, writeLanguageModelFile } from '../src/pipeline/language-model.js';
import { ngramTable, packNgrams, type NgramScores, type PackedNgrams } from '../src/pipeline/packed-ngrams.js';
import { seededRandom } from '../src/corpus/seeded-random.js';

/** ELD's database as its own module exports it (the slow path the packed copy replaces). */
function eldOwnNgrams(): NgramScores {
  const eldSource = join(dirname(fileURLToPath(import.meta.resolve('eld'))), '..');
  return (createRequire(import.meta.url)(join(eldSource, 'ngrams', 'medium.js')) as { ngramsData: { ngrams: NgramScores } }).ngramsData.ngrams;
}
import { detectLanguage, dominantScript, dominantScriptOf, scriptCounts } from '../src/pipeline/detect-language.js';

const seedsDir = join(import.meta.dirname, '../../../seeds');
const seedLines = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => readFileSync(join(seedsDir, name), 'utf8').split('\n'))
  .filter((line) => line.trim().length > 0);

describe('languageDetector', () => {
  it('reads ELD’s database from the packed JSON copy the build writes, named by ELD’s version', () => {
    const file = writeLanguageModelFile();
    expect(file).toBe(languageModelFile());
    expect(file).toMatch(/generated[/\\]eld-2\.1\.0-medium\.packed\.json$/);
    const copy = JSON.parse(readFileSync(file, 'utf8')) as { type: string; languages: Record<string, string>; ngrams: PackedNgrams };
    expect(copy.type).toBe('M60');
    expect(Object.keys(copy.languages)).toHaveLength(60);
    expect(copy.ngrams.keys.length).toBeGreaterThan(100_000);
    // The packed table answers like ELD's own database, n-gram by n-gram.
    const table = ngramTable(copy.ngrams);
    const own = eldOwnNgrams();
    for (const key of copy.ngrams.keys.filter((_, index) => index % 97 === 0)) expect(table[key]).toEqual(own[key]);
    expect(Object.keys(own)).toEqual(copy.ngrams.keys);
    expect(table['no such n-gram']).toBeUndefined();
    expect(table['__proto__']).toBeUndefined();
  });

  it('gives exactly ELD’s own answers and scores on every seed line and on text of many scripts', () => {
    expect(seedLines.length).toBeGreaterThan(100);
    const random = seededRandom(3);
    const pieces = ['Ławrow', 'złożył', 'Ngoại trưởng', 'Nga', 'وزير الخارجية', 'Лавров', 'Москва', 'Mali', 'the minister', 'der Minister', '新华社', 'ΟΔΗΓΟΣ', '2023', ',', ' ', '—', 'don’t', 'şehir', 'अध्यक्ष', '한국어'];
    const mixed = Array.from({ length: 300 }, () => Array.from({ length: 1 + Math.floor(random() * 40) }, () => pieces[Math.floor(random() * pieces.length)]).join(' '));
    for (const line of [...seedLines, ...mixed]) {
      const ours = languageDetector().detect(line);
      const theirs = eld.detect(line);
      expect([line, ours.language, ours.isReliable(), ours.getScores()]).toEqual([line, theirs.language, theirs.isReliable(), theirs.getScores()]);
    }
  });

  it('detects the seed languages and others through detectLanguage', () => {
    expect(detectLanguage('Ławrow złożył takie zobowiązanie w czwartek podczas rozmowy.').language).toBe('pl');
    expect(detectLanguage('Ngoại trưởng Nga Sergei Lavrov cam kết ủng hộ Mali.').language).toBe('vi');
    expect(detectLanguage('أكد وزير الخارجية الروسي سيرغي لافروف دعم بلاده لمالي').language).toBe('ar');
    expect(detectLanguage('Der russische Außenminister sicherte Mali seine Unterstützung zu.').language).toBe('de');
  });
});

describe('packed n-grams', () => {
  it('pack and read back any scores that fit in bytes, and refuse the rest', () => {
    const scores: NgramScores = { ' ab': { '3': 40 }, 'xyz ': { '0': 6, '59': 207 }, ' \u00e0\u00b8': { '12': 99, '7': 1 } };
    const table = ngramTable(packNgrams(scores));
    for (const key of Object.keys(scores)) expect(table[key]).toEqual(scores[key]);
    expect(Object.keys(table['xyz ']!)).toEqual(['0', '59']);
    expect(packNgrams({ ' ab': { '3': 40 } })).toEqual({ keys: [' ab'], pairs: 'AQMo' });
    expect(() => packNgrams({ ' ab': { '3': 300 } })).toThrow('packNgrams: score 300 does not fit in a byte');
    expect(() => ngramTable({ keys: [' ab', ' cd'], pairs: 'AQMo' })).toThrow('ngramTable: the pairs end at n-gram 2 of 2');
    expect(() => ngramTable({ keys: [], pairs: 'AQMo' })).toThrow('ngramTable: the pairs hold 3 bytes, the n-grams need 0');
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

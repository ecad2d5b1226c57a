import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { eld } from 'eld/medium';
import { describe, expect, it } from 'vitest';
import { languageDetector, languageModelFile, writeLanguageModelFile } from '../src/pipeline/language-model.js';
import { detectLanguage, dominantScript, dominantScriptOf, scriptCounts } from '../src/pipeline/detect-language.js';

const seedsDir = join(import.meta.dirname, '../../../seeds');
const seedLines = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => readFileSync(join(seedsDir, name), 'utf8').split('\n'))
  .filter((line) => line.trim().length > 0);

describe('languageDetector', () => {
  it('reads ELD’s database from the JSON copy the build writes, named by ELD’s version', () => {
    const file = writeLanguageModelFile();
    expect(file).toBe(languageModelFile());
    expect(file).toMatch(/generated[/\\]eld-2\.1\.0-medium\.json$/);
    const copy = JSON.parse(readFileSync(file, 'utf8')) as { type: string; languages: Record<string, string>; ngrams: object };
    expect(copy.type).toBe('M60');
    expect(Object.keys(copy.languages)).toHaveLength(60);
    expect(Object.keys(copy.ngrams).length).toBeGreaterThan(100_000);
  });

  it('gives exactly ELD’s own answers and scores on every seed line', () => {
    expect(seedLines.length).toBeGreaterThan(100);
    for (const line of seedLines) {
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

import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { measureDetectionFloor, measureFloor, measureWordFloor } from '../src/pipeline-bench.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'polynews-floors-'));
mkdirSync(join(dir, 'nested'));
const texts = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .map((name, index) => {
    const text = readFileSync(join(SEEDS, name), 'utf8');
    writeFileSync(join(dir, index % 2 === 0 ? 'nested' : '.', name), text);
    return text;
  });
// A page written decomposed (NFD): the word floor normalises it as the parser does.
texts.push('Ławrow i Diop – rozmowa w Moskwie\nMát-xcơ-va, 30.6\n'.normalize('NFD'));
writeFileSync(join(dir, 'nfd.txt'), texts.at(-1)!);
// A page without letters: the detector has no language for it.
texts.push('2023 — 15:30\n| 1 | 2 |\n');
writeFileSync(join(dir, 'digits.txt'), texts.at(-1)!);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The parser's words, as the pattern its tokeniser is property-tested against. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;

describe('benchmark floors', () => {
  it('the raw floor reads every file of the tree and counts its lines', async () => {
    const floor = await measureFloor(dir);
    expect(floor.bytes).toBe(texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0));
    expect(floor.lines).toBe(texts.reduce((sum, text) => sum + text.split('\n').length, 0));
    expect(floor.words).toBe(0);
    expect(floor.seconds).toBeGreaterThan(0);
  });

  it('the word floor finds the words of every line of the NFC text, as the tokeniser does', async () => {
    const floor = await measureWordFloor(dir);
    const words = texts.reduce((sum, text) => sum + (text.normalize('NFC').match(WORD)?.length ?? 0), 0);
    expect(floor.words).toBe(words);
    // The NFD page: 'Ławrow', 'i', 'Diop', 'rozmowa', 'w', 'Moskwie', 'Mát-xcơ-va', '30', '6'.
    expect(texts.at(-2)!.normalize('NFC').match(WORD)).toHaveLength(9);
    expect(floor.detections).toBe(0);
    expect(floor.lines).toBe(texts.reduce((sum, text) => sum + text.split('\n').length, 0));
    expect(floor.bytes).toBe((await measureFloor(dir)).bytes);
  });

  it('the detection floor is the word floor plus one language detection a page that has letters', async () => {
    const [words, detection] = [await measureWordFloor(dir), await measureDetectionFloor(dir)];
    expect([detection.bytes, detection.lines, detection.words]).toEqual([words.bytes, words.lines, words.words]);
    // Five seeds and the Polish page get a language; the page of digits and dashes gets none.
    expect(texts).toHaveLength(7);
    expect(detection.detections).toBe(6);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pageLetters, seededRandom, syntheticPages, type SeedPage } from '../src/synthetic-corpus.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const seeds: SeedPage[] = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8') }));

describe('synthetic benchmark corpus', () => {
  it('is the same for the same seed and different for another', () => {
    const a = [...syntheticPages(seeds, 50, 42)];
    const b = [...syntheticPages(seeds, 50, 42)];
    const c = [...syntheticPages(seeds, 50, 7)];
    expect(b).toEqual(a);
    expect(c.map((page) => page.text)).not.toEqual(a.map((page) => page.text));
    expect(seededRandom(42)()).toBe(0.6011037519201636);
  });

  it('builds every page from seed lines, keeps a seed head, shuffles the rest and mixes the seeds', () => {
    const seedLines = new Set(seeds.flatMap((page) => page.text.split('\n')));
    const pages = [...syntheticPages(seeds, 200, 42)];
    expect(pages[0]!.name).toBe('000/0000000.txt');
    expect(pages[199]!.name).toBe('000/0000199.txt');
    for (const page of pages) for (const line of page.text.split('\n')) expect(seedLines.has(line)).toBe(true);
    // Every seed page is used, by its first line (the head is kept).
    const heads = new Set(pages.map((page) => page.text.split('\n')[0]));
    for (const seed of seeds) expect(heads.has(seed.text.split('\n')[0])).toBe(true);
    // Shuffled: most pages differ from their seed page.
    const verbatim = pages.filter((page) => seeds.some((seed) => seed.text === page.text)).length;
    expect(verbatim).toBeLessThan(10);
  });

  it('with a growing vocabulary, brings new words on every page and keeps the seeds’ layout', () => {
    const plain = [...syntheticPages(seeds, 30, 42)];
    const growing = [...syntheticPages(seeds, 30, 42, 'growing')];
    expect([...syntheticPages(seeds, 30, 42, 'growing')]).toEqual(growing);
    const seedWords = new Set(seeds.flatMap((page) => page.text.match(/\p{L}+/gu) ?? []));
    const seen = new Set<string>();
    for (const [index, page] of growing.entries()) {
      expect(page.name).toBe(plain[index]!.name);
      // The same head and the same number of lines as the page with the seeds' words.
      expect(page.text.split('\n')[0]).toBe(plain[index]!.text.split('\n')[0]);
      expect(page.text.split('\n')).toHaveLength(plain[index]!.text.split('\n').length);
      const fresh = (page.text.match(/\p{L}+/gu) ?? []).filter((word) => !seedWords.has(word) && word.endsWith(pageLetters(index)));
      expect(fresh.length).toBeGreaterThan(20);
      for (const word of fresh) expect(seen.has(word)).toBe(false);
      for (const word of fresh) seen.add(word);
    }
    // New words are letters only (a word with digits would start dates where a real corpus has none).
    expect(growing.some((page, index) => /\p{L}\d|\d\p{L}/u.test(page.text) && !/\p{L}\d|\d\p{L}/u.test(plain[index]!.text))).toBe(false);
    expect([0, 25, 26, 27, 26 * 26].map(pageLetters)).toEqual(['a', 'z', 'ba', 'bb', 'baa']);
  });
});

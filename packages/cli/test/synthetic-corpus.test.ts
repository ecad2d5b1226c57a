import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seededRandom, syntheticPages, type SeedPage } from '../src/bench/synthetic-corpus.js';

const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));
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
});

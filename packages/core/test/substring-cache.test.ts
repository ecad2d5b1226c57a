import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashStep, substringHash, SubstringCache } from '../src/speed/substring-cache.js';
import { standaloneCopy } from '../src/speed/standalone-copy.js';

describe('SubstringCache', () => {
  it('builds a value once per distinct substring and finds it again in place', () => {
    const built: string[] = [];
    const cache = new SubstringCache((word: string) => {
      built.push(word);
      return word.toUpperCase();
    });
    expect(cache.entry('Ławrow i Diop', 0, 6).value).toBe('ŁAWROW');
    expect(cache.entry('rozmowa: Ławrow', 9, 15)).toMatchObject({ key: 'Ławrow', value: 'ŁAWROW' });
    expect(cache.entry('Ławrowa', 0, 7).value).toBe('ŁAWROWA');
    expect(built).toEqual(['Ławrow', 'Ławrowa']);
    expect(cache.size).toBe(2);
  });

  it('hashes a substring step by step as a scan reads it', () => {
    expect(substringHash('Aa BB', 0, 2)).toBe(hashStep(hashStep(0, 65), 97));
    expect(substringHash('Aa BB', 0, 2)).toBe(substringHash('Aa BB', 3, 5));
    const long = 'Ławrow '.repeat(1_000);
    const hash = substringHash(long, 0, long.length);
    expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 30).toBe(true);
    const cache = new SubstringCache((word: string) => word.length);
    expect(cache.entry('x Ławrow', 2, 8, substringHash('Ławrow', 0, 6)).value).toBe(6);
    expect(cache.entry('Ławrow', 0, 6).key).toBe('Ławrow');
    expect(cache.size).toBe(1);
  });

  it('tells apart substrings whose hashes collide', () => {
    // "Aa" and "BB" have the same polynomial hash (65·31 + 97 = 66·31 + 66).
    const cache = new SubstringCache((word: string) => `<${word}>`);
    expect(cache.entry('Aa BB', 0, 2).value).toBe('<Aa>');
    expect(cache.entry('Aa BB', 3, 5).value).toBe('<BB>');
    expect(cache.entry('BB', 0, 2).value).toBe('<BB>');
    expect(cache.entry('xAa', 1, 3).value).toBe('<Aa>');
    expect(cache.size).toBe(2);
  });

  it('empties itself past its limit', () => {
    const cache = new SubstringCache((word: string) => word.length, 3);
    for (const word of ['a', 'bb', 'ccc']) cache.entry(word, 0, word.length);
    expect(cache.size).toBe(3);
    expect(cache.entry('dddd', 0, 4).value).toBe(4);
    expect(cache.size).toBe(1);
    expect(cache.entry('bb', 0, 2).value).toBe(2);
  });

  it('finds each substring’s own value through hash collisions and emptyings', () => {
    // Few letters, short words: many words share a hash ("Aa"/"BB"-style collisions).
    const words = fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'B', 'ł', '\u0301'), maxLength: 4 }), { minLength: 1, maxLength: 400, size: 'max' });
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 60 }), (list, limit) => {
        const builds = new Map<string, number>();
        const cache = new SubstringCache((word: string) => {
          builds.set(word, (builds.get(word) ?? 0) + 1);
          return `<${word}>`;
        }, limit);
        const text = list.join(' ');
        let at = 0;
        for (const word of list) {
          const entry = cache.entry(text, at, at + word.length);
          expect(entry.key).toBe(word);
          expect(entry.value).toBe(`<${word}>`);
          expect(cache.size).toBeLessThanOrEqual(limit);
          at += word.length + 1;
        }
        // Without an emptying, each distinct word was built once.
        if (new Set(list).size <= limit) expect([...builds.values()].every((count) => count === 1)).toBe(true);
      }),
      { numRuns: 300, seed: 4 },
    );
  });
});

describe('standaloneCopy', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  /** Heap growth, in MB, while `keep` holds a 30-character piece of each of 40 pages of 1 MB. */
  const heldBy = (piece: (line: string) => string): number => {
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = new Map<string, number>();
    for (let page = 0; page < 40; page++) {
      const text = `page ${page} `.repeat(100_000);
      kept.set(piece(text.slice(500, 530)), page);
    }
    gc();
    const grown = (process.memoryUsage().heapUsed - before) / 1e6;
    expect(kept.size).toBe(40);
    return grown;
  };

  it('keeps a piece of a page without keeping the page', () => {
    expect(standaloneCopy('Ławrow')).toBe('Ławrow');
    expect(standaloneCopy('Siergiej Ławrow, minister')).toBe('Siergiej Ławrow, minister');
    // A plain slice keeps its page: the test can tell.
    expect(heldBy((line) => line)).toBeGreaterThan(20);
    expect(heldBy(standaloneCopy)).toBeLessThan(5);
  });
});

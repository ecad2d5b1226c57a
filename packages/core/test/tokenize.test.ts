import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTokenSpans, tokenize, TokenSpans } from '../src/speed/token-spans.js';
import { tokenizeByDefinition } from '../src/text/tokenize.js';
import { substringHash } from '../src/speed/substring-cache.js';

const byPattern = (text: string) => tokenizeByDefinition(text);

/** Letters of several scripts, combining marks, digits of several systems, joiners, spaces, punctuation, astral letters and emoji, lone surrogates. */
const PIECES = ['a', 'Ł', 'ơ', 'д', 'م', 'ال', '新', 'x', '\u0301', '\u064b', '7', '٣', '\u00b2', "'", '’', '-', '‐', '–', ' ', '\u00a0', ',', '.', '"', '𝐀', '😀', '\ud800', '\udc00', '\n', '_'];

describe('tokenize', () => {
  it('finds the words of the seed-like examples with their offsets', () => {
    expect(tokenize("Ławrow, Ławrowa i Mát-xcơ-va w Côte d'Ivoire", 10)).toEqual([
      { text: 'Ławrow', start: 10, end: 16 },
      { text: 'Ławrowa', start: 18, end: 25 },
      { text: 'i', start: 26, end: 27 },
      { text: 'Mát-xcơ-va', start: 28, end: 38 },
      { text: 'w', start: 39, end: 40 },
      { text: 'Côte', start: 41, end: 45 },
      { text: "d'Ivoire", start: 46, end: 54 },
    ]);
    expect(tokenize('وزير الخارجية المالي-الروسي -- 2023').map((token) => token.text)).toEqual(['وزير', 'الخارجية', 'المالي-الروسي', '2023']);
  });

  it('gives the words of the regular-expression definition on 5,000 random strings', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect(tokenize(text)).toEqual(byPattern(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it('gives the same words as offsets in reused arrays, however many words a text has', () => {
    const spans = new TokenSpans();
    const long = 'Ławrow i Diop '.repeat(200);
    for (const text of [long, "Mát-xcơ-va d'Ivoire", '', long.slice(0, 40)]) {
      findTokenSpans(text, spans);
      const words = tokenize(text);
      expect(spans.count).toBe(words.length);
      for (let k = 0; k < spans.count; k++) expect(text.slice(spans.starts.values[k], spans.ends.values[k])).toBe(words[k]!.text);
    }
    expect(findTokenSpans('Ławrow i Diop', spans).count).toBe(3);
    expect([spans.starts.values[2], spans.ends.values[2]]).toEqual([9, 13]);
  });

  it("gives each word's substringHash, through joiners, astral letters and marks", () => {
    const spans = new TokenSpans();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        findTokenSpans(text, spans);
        for (let k = 0; k < spans.count; k++) expect(spans.hashes.values[k]).toBe(substringHash(text, spans.starts.values[k]!, spans.ends.values[k]!));
      }),
      { numRuns: 5_000 },
    );
    expect(spans.hashes.length).toBe(spans.count);
  });
});

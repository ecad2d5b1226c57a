import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, foldForMatching, foldWord } from '../src/speed/fold-fast.js';
import { countWordsByDefinition, foldByDefinition, foldCharacter } from '../src/text/fold.js';

/** Characters from the scripts and traps the fold meets: marks, spaces of every kind, surrogate pairs, Arabic. */
const tricky = fc.constantFrom(...'aZ ŁłĐđßÆœİıΣςأإآٱىـًٌَُِّْ \t\n\u00a0\u2003\u3000\u200b\u0301\u0323ẠạỆệÔôƯưáéíóúñçÇ😀𝐀Щщ-.,:«»'.split(''), '😀', '𝐀');

describe('foldForMatching', () => {
  it('folds the seed languages’ diacritics, Arabic letter forms and white space', () => {
    expect(foldForMatching('  Przetłumaczono \u00a0 przez  ')).toBe('przetlumaczono przez');
    expect(foldForMatching('اقرأ أيضاً')).toBe('اقرا ايضا');
    expect(foldForMatching('NGÀY 30.6, Bộ Ngoại giao')).toBe('ngay 30.6, bo ngoai giao');
    expect(foldForMatching('ΟΔΗΓΟΣ')).toBe('οδηγοσ');
    expect(foldForMatching('')).toBe('');
    expect(foldForMatching(' \t ')).toBe('');
    // Words that fold to themselves, short (returned as they are) and long (decoded from the buffer).
    expect(foldForMatching('moskwa')).toBe('moskwa');
    expect(foldForMatching('konstantynopolitańczykowianeczka')).toBe('konstantynopolitanczykowianeczka');
    expect(foldForMatching('przeciwdziałanie'.replace('ł', 'l'))).toBe('przeciwdzialanie');
    expect(foldForMatching('مالي')).toBe('مالي');
    // Capitalised words: their lower case, except where the fold goes further (Ł) or lower-casing depends on the place (Σ).
    expect(foldForMatching('Moskwa')).toBe('moskwa');
    expect(foldForMatching('ЛАВРОВ')).toBe('лавров');
    expect(foldForMatching('Ławrow')).toBe('lawrow');
    expect(foldForMatching('ΟΔΟΣ')).toBe('οδοσ');
  });

  it('equals the definition on words of letters (capitals, Σ and İ among them) and digits, of every length around the short-string cut', () => {
    const word = fc.array(fc.constantFrom(...'abcxyz0129-ąłéABZÉŁİΣΟΦσςЛДлдĲ'.split('')), { minLength: 0, maxLength: 20 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(word, (text) => {
        expect(foldForMatching(text)).toBe(foldByDefinition(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it('equals the whole-string definition on any text', () => {
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(foldForMatching(text)).toBe(foldByDefinition(text));
      }),
      { numRuns: 2_000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
          expect(foldForMatching(text)).toBe(foldByDefinition(text));
        }),
       { numRuns: 2_000 });
  });

  it('equals the definition on text without surrogates (the buffered path), long folds included', () => {
    const bmp = fc.oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0xffff })).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(fc.array(bmp, { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect(foldForMatching(text)).toBe(foldByDefinition(text));
      }),
      { numRuns: 3_000 },
    );
    // Hangul syllables decompose into three letters each: the output outgrows twice the input.
    const hangul = '한국어 '.repeat(400);
    expect(foldForMatching(hangul)).toBe(foldByDefinition(hangul));
    expect(foldForMatching(hangul).length).toBeGreaterThan(hangul.length * 2);
    expect(foldForMatching('STRAßE ß'.repeat(3))).toBe('strasse ssstrasse ssstrasse ss');
  });

  it('folds one character at a time, and single words through the cache', () => {
    expect(foldCharacter('Ł')).toBe('l');
    expect(foldCharacter('\u0301')).toBe('');
    expect(foldCharacter('\u3000')).toBe(' ');
    expect(foldWord('Ławrowem')).toBe('lawrowem');
    expect(countWords('Ławrow złożył – takie')).toBe(3);
  });
});

describe('countWords', () => {
  const byDefinition = countWordsByDefinition;

  it('counts as the definition does on any text, white space and punctuation of every kind included', () => {
    const pieces = fc.constantFrom(...' \t\n\u00a0\u2003\u200b\u3000\ufeff\u2028–—•|«»©·،؛؟-.,:aZ9ąłЩ普'.split(''), 'Ławrow', 'w czwartek', ' – ', '😀', '\ud835');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 40, size: 'max' }), (parts) => {
        const text = parts.join('');
        expect(countWords(text)).toBe(byDefinition(text));
      }),
      { numRuns: 3_000 },
    );
    // Every code unit, between two letters and alone: the class table agrees with the definition everywhere.
    const disagreeing: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (countWords(`a${char}b`) !== byDefinition(`a${char}b`) || countWords(`-${char}-`) !== byDefinition(`-${char}-`)) disagreeing.push(code);
    }
    expect(disagreeing).toEqual([]);
    expect(countWords('Ławrow złożył – takie | • zobowiązanie')).toBe(4);
    expect(countWords('')).toBe(0);
  });
});

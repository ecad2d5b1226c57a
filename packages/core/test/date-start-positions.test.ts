import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Published } from '../src/index.js';
import { compileDatePatterns, extractDateMentions, getResources, loadCoreData, type DateMentionPatterns } from '../src/internals.js';
import { charClassAt, codeUnitClass, LETTER, MARK, NUMBER } from '../src/text/char-class.js';

const published: Published = { value: '2023-07-01T09:05:00+07:00', precision: 'minute', source: 'dateline', evidence: '01/07/2023 09:05 GMT+7' };

/** The same patterns scanned over every character of the line: what trying them at start positions must equal. */
function scanningEverywhere(compiled: DateMentionPatterns): DateMentionPatterns {
  return { ...compiled, patterns: compiled.patterns.map(({ sticky: _sticky, firstWords: _firstWords, ...pattern }) => ({ ...pattern, startsAt: 'anywhere' as const })) };
}

const pieces = fc.constantFrom(
  ...['ngày 30.6', 'tháng 8/2020', 'năm 2013', 'Thứ Năm', '7 lutego 2023', 'w marcu', 'od 2012 r.', 'w czwartek', 'عام 2022', 'آذار/مارس', 'والأربعاء', '3 يوليو', 'July 1, 2023 at 09:05', 'March 3rd', '2023-07-01', '01/07/2023', '09:05', '12', 'x', 'A1', ' ', ', ', '.', '/', '-', 'Lavrov', 'ولافروف', '\u0301', '😀'],
);

describe('date start positions', () => {
  const { calendars } = loadCoreData();
  for (const language of ['vi', 'pl', 'ar', 'en']) {
    it(`finds exactly what scanning every character finds (${language})`, () => {
      const compiled = compileDatePatterns(calendars, getResources().calendar, language, language === 'en' ? 'mdy' : 'dmy');
      const everywhere = scanningEverywhere(compiled);
      fc.assert(
        fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
          const block = { text: parts.join(''), offset: 0, role: 'body' as const };
          expect(extractDateMentions([block], compiled, published)).toEqual(extractDateMentions([block], everywhere, published));
        }),
        { numRuns: 4_000 },
      );
      // 4,000 generated lines each read twice: on a busy machine this takes longer than vitest's default.
    }, 180_000);
  }

  it('finds the same when a word list holds a word that starts with a non-letter', () => {
    const vi = calendars.find((calendar) => calendar.language === 'vi')!;
    const withSymbol = calendars.map((calendar) => (calendar === vi ? { ...vi, dayMonthWords: [...vi.dayMonthWords, '(ngày'] } : calendar));
    const compiled = compileDatePatterns(withSymbol, getResources().calendar, 'vi', 'dmy');
    // That list's pattern scans the line (a match may start outside any word); with the list as shipped it starts at words.
    const scanning = (patterns: DateMentionPatterns) => patterns.patterns.filter((pattern) => pattern.startsAt === 'anywhere').length;
    expect(scanning(compiled)).toBe(scanning(compileDatePatterns(calendars, getResources().calendar, 'vi', 'dmy')) + 1);
    const everywhere = scanningEverywhere(compiled);
    const block = { text: 'Hôm qua (ngày 30.6) và ngày 1.7, tháng 8/2020', offset: 0, role: 'body' as const };
    expect(extractDateMentions([block], compiled, null).map((d) => d.surface)).toEqual(['Hôm qua', '(ngày 30.6', 'ngày 1.7', 'tháng 8/2020']);
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.constant('(ngày 30.6')), { maxLength: 12 }), (parts) => {
        const text = { text: parts.join(''), offset: 0, role: 'body' as const };
        expect(extractDateMentions([text], compiled, published)).toEqual(extractDateMentions([text], everywhere, published));
      }),
      { numRuns: 2_000 },
    );
  });

  it('classifies characters whole, surrogate pairs included', () => {
    expect(charClassAt('Ł', 0)).toBe(LETTER);
    expect(charClassAt('\u0301', 0)).toBe(MARK);
    expect(charClassAt('٣', 0)).toBe(NUMBER);
    expect(charClassAt('𝐀', 0)).toBe(LETTER);
    expect(charClassAt('-', 0)).toBe(0);
    expect(charClassAt('\ud835x', 0)).toBe(0); // a lone high surrogate
  });

  it('reads a code unit’s class from a table that equals the Unicode properties', () => {
    const byDefinition = (char: string) => (/\p{L}/u.test(char) ? LETTER : 0) | (/\p{M}/u.test(char) ? MARK : 0) | (/\p{N}/u.test(char) ? NUMBER : 0);
    expect(codeUnitClass('Ł'.charCodeAt(0))).toBe(LETTER);
    expect(codeUnitClass('٣'.charCodeAt(0))).toBe(NUMBER);
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xdc00, max: 0xffff })), (code) => {
        expect(codeUnitClass(code)).toBe(byDefinition(String.fromCharCode(code)));
        expect(charClassAt(String.fromCharCode(code), 0)).toBe(codeUnitClass(code));
      }),
      { numRuns: 5_000 },
    );
  });
});

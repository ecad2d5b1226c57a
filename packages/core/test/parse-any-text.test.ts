import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleParseError, articleIssues, parseArticle } from '../src/index.js';
import { SEEDS_DIR } from './helpers.js';

const seedLines = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => readFileSync(join(SEEDS_DIR, name), 'utf8').split('\n'));

/** Pieces that scraped pages hold and that stress the stages: marks, scripts, dates, quotes, URLs, odd white space. */
const pieces = fc.constantFrom(
  '\n', '\n\n', ' ', '\t', '\u00a0', '\u200b', '\u200f', '\ufeff', '\r\n', '\r',
  '«', '»', '„', '”', '"', '‘', '’', "'", '(', ')', ':', '—', '|', '©', '•',
  '30.6', '2023', '1/7/2023', '٢٠٢٣', '09:05', 'ngày 1/7', 'tháng 8/2020', '12 марта 2024 года', '3 lipca 2023 r.',
  'Reuters', 'AFP', 'TASS', 'رويترز', 'ТАСС', 'Фото:', 'Nguồn:', 'المصدر:', 'https://tass.ru/x', 'www.',
  'Ławrow', 'Лавров', 'لافروف', 'Mali', 'مالي', '普京', 'Diop', 'powiedział', 'nói', 'قال',
  '😀', '\ud835', '\udc00', 'x'.repeat(500), 'ą'.repeat(120), 'ä̧', 'ΣΟΦΟΣ', 'İ',
);

/** A text from seed lines (shuffled and cut) and the pieces above, in any order. */
const pageText = fc
  .array(fc.oneof(fc.constantFrom(...seedLines), pieces, fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 80, size: 'max' })
  .map((parts) => parts.join(''));

describe('parseArticle on any text', () => {
  it('returns a valid article covering the text, or an ArticleParseError that names the file and the problem, never a crash', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        let article;
        try {
          article = parseArticle(text, { file: 'page.txt' });
        } catch (error) {
          // Only input problems may fail a page; the parser's own failure is a bug.
          expect(error).toBeInstanceOf(ArticleParseError);
          expect((error as ArticleParseError).code).not.toBe('invalid-article');
          expect((error as ArticleParseError).message.startsWith('page.txt: ')).toBe(true);
          return;
        }
        expect(articleIssues(article)).toEqual([]);
        // The segments cover the text exactly, in order.
        expect(article.segments.map((segment) => article.text.slice(segment.start, segment.end)).join('')).toBe(article.text);
        for (const mention of article.mentions) expect(article.text.slice(mention.start, mention.end)).toBe(mention.surface);
        for (const date of article.dates) expect(article.text.slice(date.start, date.end)).toBe(date.surface);
        // A quote's offsets delimit the quoted words; an agency's lie inside the text, and its evidence is text of the page.
        for (const quote of article.quotes) expect(article.text.slice(quote.start, quote.end)).toBe(quote.text);
        for (const citation of article.citations) {
          expect(citation.start).toBeLessThan(citation.end);
          expect(citation.end).toBeLessThanOrEqual(article.text.length);
          expect(article.text).toContain(citation.evidence);
        }
      }),
      { numRuns: 400, seed: 16 },
    );
  });
});

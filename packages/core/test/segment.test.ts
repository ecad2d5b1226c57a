import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../src/pipeline/segment.js';

function assertLossless(text: string) {
  const blocks = segmentText(text);
  let cursor = 0;
  for (const block of blocks) {
    expect(block.start).toBe(cursor);
    expect(block.end).toBeGreaterThan(block.start);
    expect(block.contentStart).toBeGreaterThanOrEqual(block.start);
    expect(block.contentEnd).toBeLessThanOrEqual(block.end);
    expect(text.slice(block.contentStart, block.contentEnd)).toBe(block.text);
    cursor = block.end;
  }
  expect(cursor).toBe(text.length);
  expect(blocks.map((block) => text.slice(block.start, block.end)).join('')).toBe(text);
}

describe('segmentText', () => {
  it('splits lines and gives blank lines to the block before them', () => {
    const blocks = segmentText('\n  Title\n\nBody one.\nBody two.\n');
    expect(blocks.map((b) => [b.text, b.start, b.end, b.breaksAfter])).toEqual([
      ['Title', 0, 10, 2],
      ['Body one.', 10, 20, 1],
      ['Body two.', 20, 30, 1],
    ]);
    expect(blocks[0]!.indent).toBe('  ');
  });

  it('returns nothing for empty text and one block for white space only', () => {
    expect(segmentText('')).toEqual([]);
    expect(segmentText(' \n ').map((b) => [b.start, b.end])).toEqual([[0, 3]]);
  });

  it('covers every character exactly once for arbitrary text (lone surrogates, NBSP, bidi marks, mixed scripts)', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom('\n', '\n\n', ' ', '\u00a0', '\u200f', '\u202b', '\u2028', '\ud800', '\udc00', 'مالي', 'Ławrow', 'Лавров', 'Ngoại trưởng', '  • '),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), assertLossless), { numRuns: 500 });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../src/segment/segment.js';

/** Null when the blocks cover the text exactly once in order, else what is wrong. */
function losslessProblem(text: string): string | null {
  const blocks = segmentText(text);
  let cursor = 0;
  for (const block of blocks) {
    if (block.start !== cursor) return `block ${block.index} starts at ${block.start}, expected ${cursor}`;
    if (block.end <= block.start) return `block ${block.index} is empty`;
    if (block.contentStart < block.start || block.contentEnd > block.end) return `block ${block.index} content is outside the block`;
    if (text.slice(block.contentStart, block.contentEnd) !== block.text) return `block ${block.index} text does not match its offsets`;
    cursor = block.end;
  }
  if (cursor !== text.length) return `blocks end at ${cursor}, text has ${text.length}`;
  return null;
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
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
        expect(losslessProblem(text)).toBeNull();
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('reads every line back from the reused buffer as the text it is, on pages of any size and in any order', () => {
    const line = (n: number) => `Ławrow i Diop \ud800 مالي ${'x'.repeat(n % 40)} 😀 ${n}`;
    const page = (lines: number) => Array.from({ length: lines }, (_, n) => line(n)).join('\n\n');
    // Small, then large enough to grow the buffer, then larger than the buffer that is kept (1 MiB), then small again.
    for (const text of [page(3), page(3_000), page(30_000), page(2), `${'é'.repeat(20)}\n${'a'.repeat(700_000)}`, page(1)]) {
      const blocks = segmentText(text);
      expect(losslessProblem(text)).toBeNull();
      expect(blocks.map((block) => block.text)).toEqual(text.split('\n').filter((part) => part.length > 0));
    }
  });
});

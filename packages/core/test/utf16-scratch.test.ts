import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textOfUnits, Utf16Scratch } from '../src/speed/utf16-scratch.js';

/** The reference: each code unit as written, one by one. */
const byUnits = (units: readonly number[]) => units.map((unit) => String.fromCharCode(unit)).join('');

describe('Utf16Scratch', () => {
  it('reads back any code units as written, lone surrogates included', () => {
    const scratch = new Utf16Scratch(16);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 600, size: 'max' }), fc.nat(), (units, cut) => {
        const out = scratch.reserve(units.length);
        out.set(units);
        const start = units.length === 0 ? 0 : cut % units.length;
        expect(scratch.text(start, units.length)).toBe(byUnits(units.slice(start)));
        expect(textOfUnits(out, start, units.length)).toBe(byUnits(units.slice(start)));
      }),
      { numRuns: 1_000 },
    );
    expect(scratch.units.length).toBeGreaterThanOrEqual(500);
  });

  it('keeps the units written when it grows, and reads past 4,096 units by chunks', () => {
    const scratch = new Utf16Scratch(4);
    scratch.units.set([0x4c, 0x61, 0x77, 0xd835]);
    const grown = scratch.reserve(10_000, 3);
    expect(grown).toBe(scratch.units);
    expect(scratch.text(0, 3)).toBe('Law');
    expect(grown[3]).toBe(0);
    grown.fill(0x105, 3, 9_000);
    expect(scratch.text(0, 9_000)).toBe(`Law${'ą'.repeat(8_997)}`);
    expect(textOfUnits(grown, 0, 9_000)).toBe(scratch.text(0, 9_000));
    // A reserve that fits returns the same array.
    expect(scratch.reserve(100)).toBe(grown);
  });
});

import { describe, expect, it } from 'vitest';
import { codePointStartBefore, codePointWidthAt } from '../src/text/code-point.js';

describe('code point widths', () => {
  it('counts a surrogate pair as two units and anything else, a lone surrogate too, as one', () => {
    const text = 'a𝐀b\ud800c\udc00';
    expect([0, 1, 3, 4, 5, 6].map((index) => codePointWidthAt(text, index))).toEqual([1, 2, 1, 1, 1, 1]);
    expect(codePointWidthAt(text, text.length)).toBe(1);
  });

  it('steps back over a whole code point, and agrees with the string iterator', () => {
    expect(codePointStartBefore('a𝐀b', 3)).toBe(1);
    expect(codePointStartBefore('a𝐀b', 1)).toBe(0);
    expect(codePointStartBefore('\udc00b', 1)).toBe(0);
    const text = 'Đà Nẵng 𝐀𝐁 مالي 😀\ud800x';
    const starts: number[] = [];
    for (let i = 0; i < text.length; i += codePointWidthAt(text, i)) starts.push(i);
    const expected: number[] = [];
    let at = 0;
    for (const char of text) {
      expected.push(at);
      at += char.length;
    }
    expect(starts).toEqual(expected);
    for (let k = 1; k < starts.length; k++) expect(codePointStartBefore(text, starts[k]!)).toBe(starts[k - 1]);
  });
});

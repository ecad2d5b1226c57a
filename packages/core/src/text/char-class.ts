import { codePointWidthAt } from './code-point.js';
/** Bit flags of a character's Unicode general category group. */
export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;

const UNKNOWN = 255;
/** Each Basic Multilingual Plane code unit's flags, filled on first sight by the Unicode property regexes. */
const bmpClasses = new Uint8Array(0x10000).fill(UNKNOWN);
const IS_LETTER = /\p{L}/u;
const IS_MARK = /\p{M}/u;
const IS_NUMBER = /\p{N}/u;

/**
 * The class of the code point at `index` (`LETTER`, `MARK`, `NUMBER` or 0), from a table filled once
 * per character: one array read instead of a regular-expression test in the loops that scan every
 * character of a page. A surrogate pair is classified whole.
 *
 * @example
 * charClassAt('Ł1', 0) & LETTER; // 1
 * charClassAt('Ł1', 1) & NUMBER; // 4
 */
export function charClassAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && codePointWidthAt(text, index) === 2) return classify(text.slice(index, index + 2));
  return codeUnitClass(code);
}

/**
 * The class of a code unit that does not start a surrogate pair (any code unit below 0xD800 or
 * above 0xDBFF), from the same table as {@link charClassAt}: for loops that read the code unit
 * themselves and take the slow path only at a high surrogate.
 *
 * @example
 * codeUnitClass('Ł'.charCodeAt(0)) & LETTER; // 1
 */
export function codeUnitClass(code: number): number {
  const known = bmpClasses[code]!;
  return known !== UNKNOWN ? known : (bmpClasses[code] = classify(String.fromCharCode(code)));
}

function classify(char: string): number {
  return (IS_LETTER.test(char) ? LETTER : 0) | (IS_MARK.test(char) ? MARK : 0) | (IS_NUMBER.test(char) ? NUMBER : 0);
}

/**
 * How many UTF-16 code units the code point at `index` takes: 2 when a surrogate pair (a high
 * surrogate followed by a low one) starts there, else 1 (a lone surrogate counts as one unit).
 *
 * @example
 * codePointWidthAt('a𝐀b', 1); // 2
 * codePointWidthAt('a𝐀b', 0); // 1
 */
export function codePointWidthAt(text: string, index: number): 1 | 2 {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/**
 * Where the code point that ends just before `index` starts: `index - 2` after a surrogate pair,
 * else `index - 1`.
 *
 * @example
 * codePointStartBefore('a𝐀b', 3); // 1
 * codePointStartBefore('a𝐀b', 1); // 0
 */
export function codePointStartBefore(text: string, index: number): number {
  return index >= 2 && codePointWidthAt(text, index - 2) === 2 ? index - 2 : index - 1;
}

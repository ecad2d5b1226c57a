/**
 * The value of every decimal digit of the Basic Multilingual Plane that is not ASCII (Arabic-Indic
 * ٠–٩, Persian ۰–۹, Devanagari ०–९, Bengali ০–৯, Thai ๐–๙, fullwidth ０–９…), read from Unicode's own
 * `Nd` property: its digits come in runs of ten from zero.
 */
const DIGIT_VALUES = (() => {
  const values = new Map<string, string>();
  const decimal = /\p{Nd}/u;
  for (let code = 0x80; code <= 0xffff; code++) {
    const char = String.fromCharCode(code);
    if (!decimal.test(char)) continue;
    // The first digit of a run is its zero: the previous code point is no digit.
    const zero = decimal.test(String.fromCharCode(code - 1)) ? values.get(String.fromCharCode(code - 1))! : null;
    values.set(char, zero === null ? '0' : String((Number(zero) + 1) % 10));
  }
  return values;
})();

/** The runs of those digits as one character class (`[\u0660-\u0669…]`): one range test a character. */
const NON_ASCII_DIGIT = new RegExp(
  `[${[...DIGIT_VALUES.entries()]
    .filter(([, value]) => value === '0')
    .map(([zero]) => `\\u${zero.charCodeAt(0).toString(16).padStart(4, '0')}-\\u${(zero.charCodeAt(0) + 9).toString(16).padStart(4, '0')}`)
    .join('')}]`,
  'g',
);

/**
 * Replaces the decimal digits of any script with ASCII digits. Each such digit is one UTF-16 code
 * unit, as is its ASCII form, so offsets into the result are offsets into the input.
 *
 * @example
 * asciiDigits('٠١/٠٧/٢٠٢٣'); // '01/07/2023'
 * asciiDigits('১০ জানুয়ারি ২০২৪'); // '10 জানুয়ারি 2024'
 */
export function asciiDigits(text: string): string {
  return text.replace(NON_ASCII_DIGIT, (digit) => DIGIT_VALUES.get(digit) ?? digit);
}

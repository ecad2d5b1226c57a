/** A word of the text with its offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Letters, marks and digits, with inner apostrophes, hyphens and dots between letters (`d'Ivoire`, `Mát-xcơ-va`, `Al-Kaidy`). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Splits text into words with their offsets (UTF-16 code units), in one regular-expression pass.
 *
 * @example
 * tokenize('Ławrow, Ławrowa i Mát-xcơ-va').map((t) => t.text); // ['Ławrow', 'Ławrowa', 'i', 'Mát-xcơ-va']
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) tokens.push({ text: match[0], start: offset + match.index, end: offset + match.index + match[0].length });
  return tokens;
}

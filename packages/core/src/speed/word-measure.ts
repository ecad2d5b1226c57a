import { countWords } from './fold-fast.js';

/** 1 for the code units of scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, kana, Han, halfwidth katakana. */
const NO_SPACE = new Uint8Array(0x10000);
for (const [from, to] of [
  [0x0e00, 0x0eff],
  [0x1000, 0x109f],
  [0x1780, 0x17ff],
  [0x3040, 0x30ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xff66, 0xff9f],
] as const) NO_SPACE.fill(1, from, to + 1);

/** Word boundaries as ICU finds them (dictionaries for Thai, Chinese, Japanese…), shared. */
export const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * Whether a text holds a character of a script written without spaces (Chinese, Japanese, Thai…),
 * where counting space-separated words would make a sentence one word.
 *
 * @example
 * hasNoSpaceScript('東港新建集装箱码头投入使用'); // true
 */
export function hasNoSpaceScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (NO_SPACE[text.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * The number of words of a text in any script: `countWords` (runs between spaces) for scripts that
 * space their words, `Intl.Segmenter` word segments for a text with Chinese, Japanese, Thai, Lao,
 * Khmer or Burmese (a mixed line too), so that a Chinese headline counts as the words it has.
 *
 * @example
 * measureWords('Mali tightens ties with Moscow'); // 5
 * measureWords('东港新建集装箱码头投入使用') > 4; // true
 */
export function measureWords(text: string): number {
  if (!hasNoSpaceScript(text)) return countWords(text);
  let words = 0;
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

import { codePointWidthAt } from './code-point.js';
/** Letters that NFD does not decompose but that scraped text often writes without their mark. */
const EXTRA_FOLDS: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
const ARABIC_FOLDS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ـ: '' };

/**
 * Folds text for cue matching: lower case, no diacritics or Arabic harakat, Arabic alef and
 * alef maqsura unified, tatweel removed, white space collapsed. Used for comparisons only,
 * never for offsets.
 *
 * It runs on every line of every page, so it reads each character's fold from a table filled
 * once per character (by {@link foldCharacter}) instead of normalizing and running regular
 * expressions over the whole line; the result is the same, character by character.
 *
 * @example
 * foldForMatching('Przetłumaczono  przez'); // 'przetlumaczono przez'
 * foldForMatching('اقرأ أيضاً'); // 'اقرا ايضا'
 */
export function foldForMatching(text: string): string {
  let out = '';
  let pendingSpace = false;
  let runStart = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = codePointWidthAt(text, i) === 2;
    let piece: string;
    if (pair) piece = foldCharacter(text.slice(i, i + 2));
    else {
      const known = bmpFolds[code];
      piece = known === undefined ? (bmpFolds[code] = foldCharacter(text[i]!)) : known;
    }
    const width = pair ? 2 : 1;
    if (piece !== ' ' && piece !== '' && (width === 1 ? piece === text[i] : piece === text.slice(i, i + 2))) {
      // Characters that fold to themselves are copied later, a whole run in one slice.
      if (runStart < 0) {
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        runStart = i;
      }
    } else {
      if (runStart >= 0) out += text.slice(runStart, i);
      runStart = -1;
      if (piece === ' ') pendingSpace = out.length > 0;
      else if (piece !== '') {
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        out += piece;
      }
    }
    i += width - 1;
  }
  if (runStart >= 0) out += text.slice(runStart);
  return out;
}

/** Each Basic Multilingual Plane character's fold, filled on first sight. */
const bmpFolds: (string | undefined)[] = new Array<string | undefined>(0x10000);
const WHITE_SPACE = /^\s$/u;

/**
 * The fold of one character: `' '` for white space, `''` for a mark or tatweel, else the character
 * decomposed, stripped of marks, lower-cased and mapped through the extra folds. Final sigma folds
 * like sigma, so that a word folds the same wherever it stands.
 *
 * @example
 * foldCharacter('Ł'); // 'l'
 */
export function foldCharacter(char: string): string {
  if (WHITE_SPACE.test(char)) return ' ';
  return char
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łđøßæœıأإآٱىـς]/g, (folded) => (folded === 'ς' ? 'σ' : (EXTRA_FOLDS[folded] ?? ARABIC_FOLDS[folded] ?? folded)));
}

/**
 * Counts words: runs of characters between white space that hold at least one letter or digit
 * (a lone dash, bullet or pipe is not a word). A single pass over the string, no regular
 * expression, because it runs on every line of every page. A run of Chinese or Japanese
 * characters counts as one word.
 *
 * @example
 * countWords('Ławrow złożył takie zobowiązanie – w czwartek.'); // 6
 */
export function countWords(text: string): number {
  let count = 0;
  let inToken = false;
  let tokenHasWordChar = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (isSpace(code)) {
      if (inToken && tokenHasWordChar) count++;
      inToken = false;
      tokenHasWordChar = false;
    } else {
      inToken = true;
      if (!tokenHasWordChar && isWordChar(code)) tokenHasWordChar = true;
    }
  }
  return count;
}

function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** ASCII letters and digits, and anything beyond ASCII except general punctuation (dashes, bullets, quotes). */
function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0x2010 && code <= 0x206f) return false;
  if (code === 0xa9 || code === 0xab || code === 0xbb || code === 0xb7 || code === 0x60c || code === 0x61b || code === 0x61f) return false;
  return true;
}

const wordFolds = new Map<string, string>();

/**
 * `foldForMatching` for a single word, cached: the same words recur on every page of a corpus, so
 * the matchers fold each distinct word once per process (the cache is emptied past 100,000 words).
 *
 * @example
 * foldWord('Ławrowem'); // 'lawrowem'
 */
export function foldWord(word: string): string {
  let folded = wordFolds.get(word);
  if (folded === undefined) {
    folded = foldForMatching(word);
    if (wordFolds.size > 100_000) wordFolds.clear();
    wordFolds.set(word, folded);
  }
  return folded;
}

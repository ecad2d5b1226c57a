// The definitions of folding and word counting: short, slow, the reference. The fast versions
// the pipeline runs (speed/fold-fast.ts) are tested equal to these on any text.

/** Letters that NFD does not decompose but that scraped text often writes without their mark. */
const EXTRA_FOLDS: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
const ARABIC_FOLDS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ـ: '' };

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
 * The fold of a text, by definition: each character folded (see {@link foldCharacter}), runs of
 * white space made one space, none at the ends. What `foldForMatching` computes faster.
 *
 * @example
 * foldByDefinition('  Przetłumaczono \u00a0 przez  '); // 'przetlumaczono przez'
 */
export function foldByDefinition(text: string): string {
  let out = '';
  for (const char of text) out += foldCharacter(char);
  return out.replace(/ +/g, ' ').trim();
}

/**
 * The number of words of a text, by definition: runs between white space that hold a letter or
 * digit, or any character beyond ASCII but general punctuation (dashes, bullets, quotes, «», ·,
 * Arabic comma and marks). What `countWords` computes faster.
 *
 * @example
 * countWordsByDefinition('Ławrow złożył – w czwartek.'); // 4
 */
export function countWordsByDefinition(text: string): number {
  return text.split(WORD_SEPARATORS).filter((token) => NOT_PUNCTUATION.test(token)).length;
}

/** The white space `countWords` splits at. */
const WORD_SEPARATORS = /[\u0000-\u0020\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/;
/** A character that makes a token a word. */
const NOT_PUNCTUATION = /[0-9A-Za-z]|[^\u0000-\u007f\u2010-\u206f\u00a9\u00ab\u00bb\u00b7\u060c\u061b\u061f]/;

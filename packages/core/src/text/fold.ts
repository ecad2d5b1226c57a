/** Letters that NFD does not decompose but that scraped text often writes without their mark. */
const EXTRA_FOLDS: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
const ARABIC_FOLDS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ـ: '' };

/**
 * Folds text for cue matching: lower case, no diacritics or Arabic harakat, Arabic alef and
 * alef maqsura unified, tatweel removed, white space collapsed. Used for comparisons only,
 * never for offsets.
 *
 * @example
 * foldForMatching('Przetłumaczono  przez'); // 'przetlumaczono przez'
 * foldForMatching('اقرأ أيضاً'); // 'اقرا ايضا'
 */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łđøßæœıأإآٱىـ]/g, (char) => EXTRA_FOLDS[char] ?? ARABIC_FOLDS[char] ?? char)
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Counts words with the Unicode word segmenter, so that scripts without spaces count too.
 *
 * @example
 * countWords('Ławrow złożył takie zobowiązanie.'); // 4
 */
export function countWords(text: string): number {
  let count = 0;
  for (const piece of wordSegmenter.segment(text)) if (piece.isWordLike) count++;
  return count;
}

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

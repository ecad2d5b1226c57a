import { eld } from 'eld/medium';

/** A detected language and how sure the detector is. */
export interface LanguageGuess {
  /** ISO 639-1 code, or null when the text has too few letters or the detector has no answer. */
  language: string | null;
  /** 0..1: the detector's score for the winner, 0 when there is none. */
  confidence: number;
  /** The detector's own reliability flag (enough n-grams and a clear winner). */
  reliable: boolean;
}

/** Fewer letters than this and a line keeps the article's language (or none). */
const MIN_LETTERS = 12;

/**
 * Detects the language of a text with ELD (Efficient Language Detector, n-gram model, 60
 * languages, ISO 639-1 output).
 *
 * @example
 * detectLanguage('Ławrow złożył takie zobowiązanie w czwartek.').language; // 'pl'
 */
export function detectLanguage(text: string): LanguageGuess {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return { language: null, confidence: 0, reliable: false };
  const result = eld.detect(text);
  if (!result.language) return { language: null, confidence: 0, reliable: false };
  const score = result.getScores()[result.language] ?? 0;
  return { language: result.language, confidence: Math.max(0, Math.min(1, score)), reliable: result.isReliable() && letters >= MIN_LETTERS };
}

/** The dominant script of a text (`Latin`, `Arabic`, `Cyrillic`…), or null without letters. */
export function dominantScript(text: string): string | null {
  const counts = new Map<string, number>();
  for (const script of SCRIPTS) {
    const count = text.match(script.pattern)?.length ?? 0;
    if (count > 0) counts.set(script.name, count);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts) if (count > bestCount) [best, bestCount] = [name, count];
  return best;
}

const SCRIPTS = [
  { name: 'Latin', pattern: /\p{Script=Latin}/gu },
  { name: 'Arabic', pattern: /\p{Script=Arabic}/gu },
  { name: 'Cyrillic', pattern: /\p{Script=Cyrillic}/gu },
  { name: 'Han', pattern: /\p{Script=Han}/gu },
  { name: 'Greek', pattern: /\p{Script=Greek}/gu },
  { name: 'Hebrew', pattern: /\p{Script=Hebrew}/gu },
  { name: 'Devanagari', pattern: /\p{Script=Devanagari}/gu },
  { name: 'Thai', pattern: /\p{Script=Thai}/gu },
  { name: 'Hangul', pattern: /\p{Script=Hangul}/gu },
  { name: 'Kana', pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu },
];

/**
 * The language of one segment. Article text (title, lead, body) written in the article's script
 * takes the article's language without running the detector (the article was detected on all of
 * it, and per-paragraph detection would dominate the parse time); other segments — navigation,
 * credits, embeds, where pages mix languages — and text in another script are detected on their
 * own. A detection that is not reliable falls back to the article's language when the script is
 * the same, and to none otherwise.
 *
 * @example
 * segmentLanguage('An error occurred while retrieving the Tweet.', false, 'ar', 'Arabic'); // 'en'
 * segmentLanguage('Ławrow złożył takie zobowiązanie w czwartek.', true, 'pl', 'Latin'); // 'pl'
 */
export function segmentLanguage(text: string, isArticleText: boolean, articleLanguage: string | null, articleScript: string | null): string | undefined {
  const script = dominantScript(text);
  if (script === null) return undefined;
  const sameScript = script === articleScript && articleLanguage !== null;
  if (isArticleText && sameScript) return articleLanguage;
  const guess = detectLanguage(text);
  if (guess.reliable && guess.language) return guess.language;
  return sameScript ? articleLanguage : undefined;
}

import { charClassAt, LETTER } from '../text/char-class.js';
import { languageDetector } from './eld/language-model.js';
import { codePointWidthAt } from '../text/code-point.js';
import { standaloneCopy } from '../speed/standalone-copy.js';
import { CACHE_ENTRIES } from '../speed/cache-limit.js';

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
 * languages, ISO 639-1 output; see `languageDetector`). ELD reads only the first ~350 bytes of
 * what it is given, so a long text is detected on its start; when that is not reliable, its
 * middle and end are detected too and the language with the highest summed score wins.
 *
 * @example
 * detectLanguage('Ławrow złożył takie zobowiązanie w czwartek.').language; // 'pl'
 */
export function detectLanguage(text: string): LanguageGuess {
  // Only "none" and "at least MIN_LETTERS" matter, so counting stops there.
  const letters = countLetters(text, MIN_LETTERS);
  if (letters === 0) return { language: null, confidence: 0, reliable: false };
  if (text.length <= 3 * CHUNK_CHARS) return detectChunk(text, letters);
  const [start, ...rest] = chunks(text);
  const first = detectChunk(start!, letters);
  if (first.reliable) return first;
  const guesses = [first, ...rest.map((chunk) => detectChunk(chunk, letters))];
  const totals = new Map<string, number>();
  for (const guess of guesses) if (guess.language) totals.set(guess.language, (totals.get(guess.language) ?? 0) + guess.confidence);
  let best: string | null = null;
  for (const [language, total] of totals) if (best === null || total > totals.get(best)!) best = language;
  if (best === null) return { language: null, confidence: 0, reliable: false };
  const agreeing = guesses.filter((guess) => guess.language === best);
  return { language: best, confidence: totals.get(best)! / guesses.length, reliable: agreeing.length >= 2 && agreeing.some((guess) => guess.reliable) };
}

/** One ELD detection; `letters` is the letter count of the whole text (up to the floor), for the reliability floor. */
function detectChunk(text: string, letters: number): LanguageGuess {
  const verdict = languageDetector().detect(text);
  if (!verdict.language) return { language: null, confidence: 0, reliable: false };
  return { language: verdict.language, confidence: Math.max(0, Math.min(1, verdict.score)), reliable: verdict.reliable && letters >= MIN_LETTERS };
}

/** Characters per chunk of a long text: more than the ~350 bytes ELD reads, in any script. */
const CHUNK_CHARS = 400;

/** The start, middle and end of a long text, cut at spaces. */
function chunks(text: string): string[] {
  const cut = (from: number) => {
    const start = from === 0 ? 0 : Math.max(0, text.indexOf(' ', from) + 1);
    const end = text.lastIndexOf(' ', start + CHUNK_CHARS);
    return text.slice(start, end > start ? end : start + CHUNK_CHARS);
  };
  return [cut(0), cut(Math.floor(text.length / 2 - CHUNK_CHARS / 2)), cut(text.length - CHUNK_CHARS)];
}

/** The dominant script of a text (`Latin`, `Arabic`, `Cyrillic`…), or null without letters. */
export function dominantScript(text: string): string | null {
  return dominantScriptOf(scriptCounts(text));
}

/**
 * How many characters of each script a text holds (indexed like the internal script list); counts
 * of texts add up, so the counts of a page's lines give the counts of any text joined from them.
 *
 * @example
 * dominantScriptOf(scriptCounts('Mali مالي Mali')); // 'Latin'
 */
export function scriptCounts(text: string): number[] {
  const counts: number[] = [];
  for (let k = 0; k < SCRIPTS.length; k++) counts.push(0);
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    let script: number;
    if (code >= 0xd800 && code <= 0xdbff && codePointWidthAt(text, i) === 2) {
      script = charKind(text.codePointAt(i)!);
      i++;
    } else script = charKind(code);
    if (script !== NO_SCRIPT) counts[script]!++;
  }
  return counts;
}

/**
 * The script with the most characters in counts from {@link scriptCounts} (the first listed on a tie), or null when all are 0.
 *
 * @example
 * dominantScriptOf(scriptCounts('Ławrow')); // 'Latin'
 */
export function dominantScriptOf(counts: readonly number[]): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (let index = 0; index < counts.length; index++) {
    if (counts[index]! > bestCount) {
      best = SCRIPTS[index]!.name;
      bestCount = counts[index]!;
    }
  }
  return best;
}

const SCRIPTS = [
  { name: 'Latin', pattern: /\p{Script=Latin}/u },
  { name: 'Arabic', pattern: /\p{Script=Arabic}/u },
  { name: 'Cyrillic', pattern: /\p{Script=Cyrillic}/u },
  { name: 'Han', pattern: /\p{Script=Han}/u },
  { name: 'Greek', pattern: /\p{Script=Greek}/u },
  { name: 'Hebrew', pattern: /\p{Script=Hebrew}/u },
  { name: 'Devanagari', pattern: /\p{Script=Devanagari}/u },
  { name: 'Thai', pattern: /\p{Script=Thai}/u },
  { name: 'Hangul', pattern: /\p{Script=Hangul}/u },
  { name: 'Kana', pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/u },
];
/** The script index of a code point with none of SCRIPTS. */
const NO_SCRIPT = 15;
const UNCLASSIFIED = 255;

/**
 * Each Basic Multilingual Plane code point is classified once per process by the same Unicode
 * property regexes (its script; letters are counted with `text/char-class.ts`), then read from this
 * table: one array read per character instead of a regex pass per script.
 */
const bmpKinds = new Uint8Array(0x10000).fill(UNCLASSIFIED);

/** A code point's index in SCRIPTS (NO_SCRIPT when none). */
function charKind(code: number): number {
  if (code < 0x10000) {
    const known = bmpKinds[code]!;
    if (known !== UNCLASSIFIED) return known;
    return (bmpKinds[code] = classify(code));
  }
  return classify(code);
}

function classify(code: number): number {
  const char = String.fromCodePoint(code);
  const script = SCRIPTS.findIndex(({ pattern }) => pattern.test(char));
  return script >= 0 ? script : NO_SCRIPT;
}

/** How many letters (`\p{L}`) a text holds, counted up to `limit`. */
function countLetters(text: string, limit: number): number {
  let letters = 0;
  for (let i = 0; i < text.length && letters < limit; i++) {
    if (charClassAt(text, i) & LETTER) letters++;
    i += codePointWidthAt(text, i) - 1;
  }
  return letters;
}

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
 * @param script the segment's dominant script, when the caller has counted it
 */
export function segmentLanguage(text: string, isArticleText: boolean, articleLanguage: string | null, articleScript: string | null, script = dominantScript(text)): string | undefined {
  if (script === null) return undefined;
  const sameScript = script === articleScript && articleLanguage !== null;
  if (isArticleText && sameScript) return articleLanguage;
  const guess = detectSegment(text);
  if (guess.reliable && guess.language) return guess.language;
  return sameScript ? articleLanguage : undefined;
}

/** Segments this long or shorter have their detection cached: menus, credits and widgets recur on every page of an outlet. */
const CACHED_SEGMENT_CHARS = 300;
const segmentGuesses = new Map<string, LanguageGuess>();

/** {@link detectLanguage} for a segment, cached per process for short ones (emptied at `CACHE_ENTRIES` texts). */
function detectSegment(text: string): LanguageGuess {
  if (text.length > CACHED_SEGMENT_CHARS) return detectLanguage(text);
  let guess = segmentGuesses.get(text);
  if (!guess) {
    guess = detectLanguage(text);
    if (segmentGuesses.size >= CACHE_ENTRIES) segmentGuesses.clear();
    segmentGuesses.set(standaloneCopy(text), guess);
  }
  return guess;
}

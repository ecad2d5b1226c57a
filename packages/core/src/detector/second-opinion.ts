import type { LanguageGuess } from './detect-language.js';
import { languageDetector } from './eld/language-model.js';

/** cld3's identifier, once `ready()` has loaded it. */
interface Identifier {
  findLanguage(text: string): { language: string; probability: number; is_reliable: boolean };
}

let identifier: Identifier | null = null;
let loading: Promise<void> | undefined;

/** Below this confidence the first detector's answer is checked against the second. */
const CHECK_BELOW = 0.75;
/** The second detector is believed only when it is at least this sure. */
const BELIEVE_FROM = 0.9;
/** The second detector reads at most this much of the text (its cost grows with the text). */
const SECOND_OPINION_CHARS = 600;
/** Older codes cld3 answers with. */
const CURRENT_CODES: Record<string, string> = { iw: 'he', in: 'id', ji: 'yi', jw: 'jv' };

/**
 * Loads the second language detector, cld3 (Google's Compact Language Detector 3, compiled to
 * WebAssembly by cld3-asm), which knows languages the first detector has no model for (Swahili,
 * Hausa, Indonesian…). WebAssembly loads asynchronously, so call it once before parsing;
 * `parseCorpus` and the CLI do. Without it, `parseArticle` uses the first detector alone and says so
 * in a warning when the second would have been asked.
 *
 * @example
 * await ready();
 * parseArticle('Baraza la jiji liliamua Jumanne kukarabati jengo la shule ya msingi.').language; // 'sw'
 */
export function ready(): Promise<void> {
  loading ??= (async () => {
    const { loadModule } = await import('cld3-asm');
    const factory = await loadModule();
    identifier = factory.create(0, 1000) as Identifier;
  })();
  return loading;
}

/** What the second opinion did to a guess. */
export interface CheckedGuess extends LanguageGuess {
  /** Set when the second detector's answer replaced the first's. */
  bySecondDetector?: boolean;
  /** Set when the second detector would have been asked but `ready()` was not awaited. */
  unchecked?: boolean;
}

/**
 * The page's language guess checked against the second detector where the first is weak: when it
 * is unsure (confidence below 0.75) or has no answer. A sure second answer (0.9 and reliable) in a
 * language the first detector has no model for replaces it: that is how Swahili and Hausa, which
 * the first calls Albanian or Tagalog, are found.
 *
 * @example
 * checkGuess(detectLanguage(text), text).language;
 */
export function checkGuess(guess: LanguageGuess, text: string): CheckedGuess {
  if (guess.language !== null && guess.confidence >= CHECK_BELOW) return guess;
  // A text without letters (numbers, punctuation) has no language for either detector.
  if (!/\p{L}/u.test(text)) return guess;
  if (identifier === null) return { ...guess, unchecked: true };
  const answer = identifier.findLanguage(text.slice(0, SECOND_OPINION_CHARS));
  // A romanized answer (`zh-Latn`, `hi-Latn`) names the language, not how this text is written: not taken.
  if (answer.language.includes('-')) return guess;
  const language = CURRENT_CODES[answer.language] ?? answer.language;
  if (!answer.is_reliable || answer.probability < BELIEVE_FROM || firstDetectorKnows(language)) return guess;
  return { language, confidence: Math.round(answer.probability * 1000) / 1000, reliable: true, bySecondDetector: true };
}

let known: Set<string> | undefined;

/** Whether the first detector has a model for the language (then its own answer stands). */
function firstDetectorKnows(language: string): boolean {
  known ??= new Set(languageDetector().languages);
  return known.has(language);
}

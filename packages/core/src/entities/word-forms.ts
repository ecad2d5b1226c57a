import type { Inflection } from '../data/schemas.js';
import { foldForMatching, foldWord } from '../speed/fold-fast.js';
import { standaloneCopy } from '../speed/standalone-copy.js';
import { CACHE_ENTRIES } from '../speed/cache-limit.js';

/** The inflection rules of one language, ready to apply. */
export interface WordFormRules {
  minStem: number;
  /** Case endings, longest first. */
  suffixes: string[];
  /** The same endings by their last code unit, each list longest first: a word is tried only against the endings it can carry. */
  suffixesByLastUnit: ReadonlyMap<number, readonly string[]>;
  /** Proclitics with their replacement, longest first. */
  prefixes: [string, string][];
}

const NO_RULES: WordFormRules = { minStem: 1, suffixes: [], suffixesByLastUnit: new Map(), prefixes: [] };

const compiledRules = new WeakMap<Inflection, Map<string, WordFormRules>>();

/**
 * The rules for a language from `data/languages/<code>/inflection.json` (none for a language without rules), built
 * once per inflection data and language: the entity matcher and the quote finder of a language
 * share one rules object, and so one cache of word forms ({@link formsOfWord}).
 *
 * @example
 * wordFormRules(loadCoreData().inflection, 'pl').suffixes.includes('owi'); // true
 */
export function wordFormRules(inflection: Inflection, language: string | null): WordFormRules {
  const rules = language ? inflection.languages[language] : undefined;
  if (!rules) return NO_RULES;
  let byLanguage = compiledRules.get(inflection);
  if (!byLanguage) {
    byLanguage = new Map();
    compiledRules.set(inflection, byLanguage);
  }
  let compiled = byLanguage.get(language!);
  if (!compiled) {
    // A suffix that folds to nothing (only marks) would be every word's ending: it is not one.
    const suffixes = rules.suffixes.map(foldForMatching).filter((suffix) => suffix.length > 0).sort((a, b) => b.length - a.length);
    const suffixesByLastUnit = new Map<number, string[]>();
    for (const suffix of suffixes) {
      const last = suffix.charCodeAt(suffix.length - 1);
      suffixesByLastUnit.set(last, [...(suffixesByLastUnit.get(last) ?? []), suffix]);
    }
    compiled = {
      minStem: rules.minStem,
      suffixes,
      suffixesByLastUnit,
      prefixes: [...rules.prefixes].map(([strip, replace]) => [foldForMatching(strip), foldForMatching(replace)] as [string, string]).sort((a, b) => b[0].length - a[0].length),
    };
    byLanguage.set(language!, compiled);
  }
  return compiled;
}

/**
 * The stems of a folded word: the word without each case ending it carries, when enough letters
 * remain. All of them, not only the longest, so that alias and text meet on a shared stem
 * (`zachodnia` and `zachodniej` both give `zachodni`).
 *
 * @example
 * stemsOf('lawrowowi', rules); // ['lawrow', 'lawrowow']
 */
export function stemsOf(folded: string, rules: WordFormRules): string[] {
  const stems: string[] = [];
  const suffixes = rules.suffixesByLastUnit.get(folded.charCodeAt(folded.length - 1));
  if (suffixes === undefined) return stems;
  for (const suffix of suffixes) {
    if (folded.length - suffix.length >= rules.minStem && folded.endsWith(suffix)) stems.push(folded.slice(0, -suffix.length));
  }
  return stems;
}

/**
 * The forms under which a folded word of the text is looked up: itself, its stem, and the word
 * with each proclitic removed (and its stem).
 *
 * @example
 * lookupForms('للكرملين', arabicRules); // ['للكرملين', 'الكرملين', 'لكرملين', …]
 */
export function lookupForms(folded: string, rules: WordFormRules): string[] {
  const forms = [folded, ...stemsOf(folded, rules)];
  for (const [strip, replace] of rules.prefixes) {
    if (folded.length - strip.length < rules.minStem || !folded.startsWith(strip)) continue;
    const rest = replace + folded.slice(strip.length);
    forms.push(rest, ...stemsOf(rest, rules));
  }
  return forms;
}

const formCaches = new WeakMap<WordFormRules, Map<string, readonly string[]>>();

/**
 * {@link lookupForms} of a word of the text as written (folded first), cached per rules and word:
 * the same words recur on every page, so each distinct word is folded and stemmed once per
 * process (a cache is emptied at `CACHE_ENTRIES` words). The array is shared: read it, never change it.
 *
 * @example
 * formsOfWord('Ławrowowi', polishRules); // ['lawrowowi', 'lawrow', 'lawrowow']
 */
export function formsOfWord(word: string, rules: WordFormRules): readonly string[] {
  let cache = formCaches.get(rules);
  if (!cache) {
    cache = new Map();
    formCaches.set(rules, cache);
  }
  let forms = cache.get(word);
  if (!forms) {
    forms = lookupForms(foldWord(word), rules);
    if (cache.size >= CACHE_ENTRIES) cache.clear();
    cache.set(standaloneCopy(word), forms);
  }
  return forms;
}

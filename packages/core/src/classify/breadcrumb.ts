import { countWords, foldForMatching } from '../speed/fold-fast.js';

/** What separates the steps of a breadcrumb trail, spaced: `>`, `›`, `»`, `/`, `→`. */
const STEP = /\s+[>›»/→]\s+/u;
/** A step is a short name: a few words, no sentence punctuation. */
const MAX_STEP_WORDS = 4;

/**
 * A breadcrumb trail (`Home > World > Africa`, `Accueil › International`): three or more short
 * steps, or two whose first is the site's home (`homeWords` of the language files). Such a line is
 * navigation, never a headline.
 *
 * @example
 * isBreadcrumb('Home > World > Africa', new Set(['home'])); // true
 * isBreadcrumb('Profits > expectations as sales rise', new Set(['home'])); // false
 * @param homeWords folded home words of every language (`Resources.homeWords`)
 */
export function isBreadcrumb(line: string, homeWords: ReadonlySet<string>): boolean {
  if (!STEP.test(line)) return false;
  const steps = line.trim().split(STEP);
  if (steps.some((step) => step === '' || countWords(step) > MAX_STEP_WORDS || /[.!?:;,"“”«»]/u.test(step))) return false;
  return steps.length >= 3 || (steps.length === 2 && homeWords.has(foldForMatching(steps[0]!)));
}

import type { Resources } from '../resources/resources.js';
import { foldForMatching } from '../speed/fold-fast.js';

/** What may follow the reporter's name on a byline: a place, a date, a second name. */
const AFTER_NAME = /\s*[·|,•–—]\s*|\s+-\s+|\s+(?=\p{N})/u;
/** A lowercase particle inside a name (`de la`, `van der`, `bin`). */
const PARTICLE = /^\p{Ll}{1,3}$/u;
const MAX_NAME_WORDS = 4;

/**
 * True when a line is a byline: a reporter's name after a byline word of any language's data
 * (`By Maya Clarke`, `Von Jana Krüger · 07.05.2024, 06:30 Uhr`, `Daga Musa Abdullahi, Kano`, `מאת דנה לוי`),
 * before one (`홍길동 기자`), or a whole byline line (`নিজস্ব প্রতিবেদক`). The name is one to four words,
 * each capitalised where the script has case, so that a headline opening with the same word
 * (`Di Maio resigns`) is not taken.
 *
 * @example
 * isBylineLine('By Dana Whitfield', getResources(), 3); // true
 * isBylineLine('By the end of the year', getResources(), 6); // false
 * @param folded the line folded with `foldForMatching`, when the caller has it
 */
export function isBylineLine(line: string, resources: Resources, words: number, folded?: string): boolean {
  if (words > 12) return false;
  const text = line.trim();
  if (resources.bylines.exact.has(folded ?? foldForMatching(text))) return true;
  const before = resources.bylines.before.exec(text);
  if (before) return looksLikeName(text.slice(before[0].length).split(AFTER_NAME)[0]!);
  const after = resources.bylines.after.exec(text);
  if (after) return looksLikeName(text.slice(0, after.index));
  return false;
}

/** One to four words, none of them lowercase but the particles inside a name; no sentence mark. */
function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/u).filter((word) => word !== '');
  if (words.length === 0 || words.length > MAX_NAME_WORDS || /[.!?;:]$/u.test(text.trim())) return false;
  return words.every((word, i) => !/^\p{Ll}/u.test(word) || (i > 0 && i < words.length - 1 && PARTICLE.test(word)));
}

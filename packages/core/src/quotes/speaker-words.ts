import { hasNoSpaceScript, measureWords } from '../speed/word-measure.js';
import { wordsOf } from '../words/words-of.js';
import { tokenize } from '../speed/token-spans.js';
import type { Token } from '../text/tokenize.js';

// The words around a quote that name its speaker: split into words in any script, and read for a
// name, a description or a subject marker. Pure functions of the text; `quotes.ts` decides which to trust.

/** A stretch of a block's text with its words: the text before or after a quote. */
export interface TextWindow {
  text: string;
  /** Offset of the window in the article text. */
  start: number;
  tokens: Token[];
}

/** How many words a description of the speaker keeps (`malijski dyplomata`, `ο πρόεδρος του λιμενικού`). */
export const MAX_DESCRIPTOR_WORDS = 4;
/** Where a clause ends inside a sentence, in any script. */
export const CLAUSE_BREAK = /[,，、;；:：،؛]/u;
/** A word that begins with a capital. */
export const CAPITAL = /^\p{Lu}/u;

/** Whether a text is written in a script with case (Latin, Cyrillic, Greek…). */
export const hasCase = (text: string): boolean => /\p{Lu}|\p{Ll}/u.test(text);

/**
 * The text the tokens span in a window, from the first's start to the last's end.
 *
 * @example
 * spanText({ text: 'said Jan de Vries', start: 0, tokens }, tokens.slice(1)); // 'Jan de Vries'
 */
export function spanText(win: TextWindow, tokens: readonly Token[]): string {
  return win.text.slice(tokens[0]!.start - win.start, tokens.at(-1)!.end - win.start);
}


/**
 * Of the words after a verb, split at commas, the part that names the speaker: in a script with
 * case, of the parts up to one without a capital, the one holding the best-scored name (`Menteri
 * Besar, Datuk Kamal Hassan, ketika…` → `Datuk Kamal Hassan`), up to the end of that name (`директор
 * залізничного вокзалу Олег Бондар`); in a script without, the parts up to the sentence's end
 * when they are short (`מנהלת החפירה, ד"ר רונית שמיר`), else the first.
 *
 * @example
 * spanText(win, speakerPart(win, win.tokens)); // 'Juma Hamisi' for `Waziri wa Maji, Juma Hamisi, wakati wa uzinduzi`
 */
export function speakerPart(win: TextWindow, tokens: readonly Token[]): Token[] {
  const parts: Token[][] = [[]];
  for (const [i, token] of tokens.entries()) {
    if (i > 0 && CLAUSE_BREAK.test(win.text.slice(tokens[i - 1]!.end - win.start, token.start - win.start))) parts.push([]);
    parts.at(-1)!.push(token);
  }
  if (hasCase(spanText(win, tokens))) {
    // The part with the longest name (`Marco Bianchi, presidente della Provincia` → the first).
    let chosen = parts[0]!;
    for (const part of parts.slice(1)) {
      if (!part.some((token) => capitalised(token))) break;
      if (longestName(part).score > longestName(chosen).score) chosen = part;
    }
    return throughName(chosen);
  }
  const first = parts[0]!.slice(0, MAX_DESCRIPTOR_WORDS);
  const reachesEnd = win.text.slice(tokens.at(-1)!.end - win.start).trim().replace(/^[.!?؟…。]+/u, '') === '';
  const short = parts.every((part) => part.length <= MAX_DESCRIPTOR_WORDS) && tokens.length <= 2 * MAX_DESCRIPTOR_WORDS;
  return reachesEnd && short ? [...tokens] : first;
}

/** A description's first words, or through the capitalised name it leads to (`ο πρόεδρος του λιμενικού ταμείου Νίκος Αντωνίου`). */
function throughName(part: readonly Token[]): Token[] {
  const name = longestName(part);
  if (name.length === 0 || name.start > 2 * MAX_DESCRIPTOR_WORDS - 2) return part.slice(0, MAX_DESCRIPTOR_WORDS);
  return part.slice(0, name.start + name.length);
}

const capitalised = (token: Token | undefined): boolean => token !== undefined && CAPITAL.test(token.text);
const NAME_PARTICLE = /^\p{Ll}{1,3}$/u;

/**
 * The longest run of capitalised words in a part, lowercase particles inside it allowed (`Jan de Vries`);
 * scored by its capitals, a particle counting against it, as titles hold more (`Waziri wa Maji` < `Juma Hamisi`).
 */
function longestName(part: readonly Token[]): { start: number; length: number; score: number } {
  let best = { start: 0, length: 0, score: 0 };
  for (let i = 0; i < part.length; i++) {
    if (!capitalised(part[i])) continue;
    let end = i + 1;
    let particles = 0;
    while (end < part.length && (capitalised(part[end]) || (NAME_PARTICLE.test(part[end]!.text) && capitalised(part[end + 1])))) {
      if (!capitalised(part[end])) particles++;
      end++;
    }
    const score = 2 * (end - i - particles) - particles;
    if (score > best.score) best = { start: i, length: end - i, score };
    i = end - 1;
  }
  return best;
}

/**
 * The speaker a particle or ending marks before the quote, in the quote's own clause: `市長は式典で「…」`
 * → `市長`, `상인회장은 "…"` → `상인회장`, `صوبائی وزیر ٹرانسپورٹ نے … کہا کہ "…"` → `صوبائی وزیر ٹرانسپورٹ`.
 *
 * @example
 * subjectBefore('市長は式典で', ['は', 'が'], []); // '市長'
 */
export function subjectBefore(text: string, particles: readonly string[], suffixes: readonly string[]): string | null {
  const clause = text.split(CLAUSE_BREAK).at(-1) ?? '';
  let end = -1;
  for (const particle of particles) {
    const alone = hasNoSpaceScript(particle) ? clause.lastIndexOf(particle) : lastWordIndex(clause, particle);
    end = Math.max(end, alone);
  }
  for (const suffix of suffixes) {
    for (const match of clause.matchAll(/\S+/gu)) {
      const word = match[0];
      if (word.length > suffix.length && word.endsWith(suffix)) end = Math.max(end, match.index + word.length - suffix.length);
    }
  }
  if (end <= 0) return null;
  const subject = clause.slice(0, end).trim();
  const words = measureWords(subject);
  return words >= 1 && words <= 2 * MAX_DESCRIPTOR_WORDS && subject.length <= 60 ? subject : null;
}

/**
 * The speaker that opens the quote's sentence before a comma when the verb follows the quote
 * (`Kaya, "…" dedi.`, `Ziraat Odası Başkanı Ahmet Kaya, "…" dedi.`): up to `maxWords` words, one of them capitalised.
 *
 * @example
 * subjectOpeningSentence('Ahmet Kaya, açıklamasında ', 6); // 'Ahmet Kaya'
 */
export function subjectOpeningSentence(text: string, maxWords: number): string | null {
  const comma = text.search(/[,،]/u);
  if (comma <= 0) return null;
  const subject = text.slice(0, comma).trim();
  const words = subject.split(/\s+/u);
  return words.length <= maxWords && words.some((word) => CAPITAL.test(word)) ? subject : null;
}

/** Where the last occurrence of a word standing alone begins in a text, -1 when none. */
function lastWordIndex(text: string, word: string): number {
  let found = -1;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const alone = (at === 0 || /\s/u.test(text[at - 1]!)) && (at + word.length === text.length || /\s/u.test(text[at + word.length]!));
    if (alone) found = at;
  }
  return found;
}


// The fast fold and word count that run on every line of every page: tables filled once per
// character and a reused buffer. Their definitions are in text/fold.ts; a test keeps them equal.
import { codePointWidthAt } from '../text/code-point.js';
import { foldCharacter } from '../text/fold.js';
import { SHORTEST_VIEW, standaloneCopy } from './standalone-copy.js';
import { Utf16Scratch } from './utf16-scratch.js';
import { CACHE_ENTRIES } from './cache-limit.js';
/**
 * Folds text for cue matching: lower case, no diacritics or Arabic harakat, Arabic alef and
 * alef maqsura unified, tatweel removed, white space collapsed. Used for comparisons only,
 * never for offsets.
 *
 * It runs on every line of every page, so it reads each character's fold from tables filled
 * once per character (by {@link foldCharacter}) and writes the folded code units into a reused
 * buffer that is read back once (`Utf16Scratch`), instead of normalizing and running regular expressions over the
 * whole line or concatenating pieces; the result is the same, character by character.
 *
 * @example
 * foldForMatching('Przetłumaczono  przez'); // 'przetlumaczono przez'
 * foldForMatching('اقرأ أيضاً'); // 'اقرا ايضا'
 */
export function foldForMatching(text: string): string {
  const length = text.length;
  // A character folds to one code unit, with at most one space before it; longer folds check for room.
  let out = scratch.units.length < length * 2 + 2 ? scratch.reserve(length * 2 + 64) : scratch.units;
  let n = 0;
  let pendingSpace = false;
  /** Whether every character so far folds to itself (then a short text is its own fold). */
  let same = true;
  /** Whether every character so far folds to itself or to its lower case (then the fold is `toLowerCase`). */
  let lower = true;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    // Surrogates (pairs and lone ones) take the slower path, which keeps them as they are.
    if (code >= 0xd800 && code <= 0xdfff) return foldByPieces(text);
    let kind = foldKinds[code]!;
    if (kind === FOLD_UNKNOWN) kind = learnFold(code);
    if (kind === FOLD_SINGLE) {
      if (pendingSpace) out[n++] = 32;
      pendingSpace = false;
      const unit = foldUnits[code]!;
      if (unit !== code) {
        same = false;
        if (!foldsToLowerCase[code]) lower = false;
      }
      out[n++] = unit;
    } else if (kind === FOLD_SPACE) {
      pendingSpace = n > 0;
      same = lower = false;
    } else if (kind === FOLD_EMPTY) same = lower = false;
    else if (kind === FOLD_MULTI) {
      same = lower = false;
      const piece = bmpFolds[code]!;
      if (n + piece.length + (length - i) * 2 + 1 > out.length) out = scratch.reserve((n + piece.length + (length - i) * 2) * 2, n);
      if (pendingSpace) out[n++] = 32;
      pendingSpace = false;
      for (let k = 0; k < piece.length; k++) out[n++] = piece.charCodeAt(k);
    }
  }
  // A text that folds to itself (a lower-case word without marks, the commonest case) is returned
  // as it is when it is short, sparing the buffer's read-back; V8 copies a substring under 13
  // characters, so the result never keeps a larger text alive.
  if (same && length < SHORTEST_VIEW) return text;
  // A capitalised word without marks: the native lower-casing builds a new string, cheaper than
  // reading the buffer back.
  if (lower && !same) return text.toLowerCase();
  return n === 0 ? '' : scratch.text(0, n);
}

/** The folded code units of the line being folded, reused for every line. */
const scratch = new Utf16Scratch(1024);
const FOLD_UNKNOWN = 0;
/** The character folds to one code unit (`foldUnits`). */
const FOLD_SINGLE = 1;
/** White space. */
const FOLD_SPACE = 2;
/** A mark or tatweel: nothing. */
const FOLD_EMPTY = 3;
/** Several code units (`bmpFolds`), as `ß` → `ss`. */
const FOLD_MULTI = 4;
const foldKinds = new Uint8Array(0x10000);
const foldUnits = new Uint16Array(0x10000);
/**
 * 1 where a character's fold is its lower case, one code unit (`A` → `a`, `Л` → `л`; not `Ł` → `l`).
 * Capital sigma is left out: `toLowerCase` writes it final (`ς`) at the end of a word, the fold never.
 */
const foldsToLowerCase = new Uint8Array(0x10000);
const CAPITAL_SIGMA = 0x3a3;

function learnFold(code: number): number {
  const piece = foldCharacter(String.fromCharCode(code));
  bmpFolds[code] = piece;
  const kind = piece === ' ' ? FOLD_SPACE : piece === '' ? FOLD_EMPTY : piece.length === 1 ? FOLD_SINGLE : FOLD_MULTI;
  if (kind === FOLD_SINGLE) {
    foldUnits[code] = piece.charCodeAt(0);
    const lowered = String.fromCharCode(code).toLowerCase();
    if (code !== CAPITAL_SIGMA && lowered.length === 1 && lowered === piece) foldsToLowerCase[code] = 1;
  }
  foldKinds[code] = kind;
  return kind;
}

/** {@link foldForMatching} piece by piece, for text with surrogates. */
function foldByPieces(text: string): string {
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
/**
 * Counts words: runs of characters between white space that hold at least one letter or digit
 * (a lone dash, bullet or pipe is not a word). A single pass over the string reading each code
 * unit's class from a table (no regular expression, no chain of comparisons), because it runs on
 * every line of every page. A run of Chinese or Japanese characters counts as one word.
 *
 * @example
 * countWords('Ławrow złożył takie zobowiązanie – w czwartek.'); // 6
 */
export function countWords(text: string): number {
  let count = 0;
  // OUTSIDE a token, in one with no word character yet (IN_TOKEN), or in one that counts (IN_WORD).
  let state = OUTSIDE;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const kind = wordCountKinds[text.charCodeAt(i)]!;
    if (kind === SPACE) {
      if (state === IN_WORD) count++;
      state = OUTSIDE;
    } else if (state !== IN_WORD) state = kind === WORD_CHAR ? IN_WORD : IN_TOKEN;
  }
  return state === IN_WORD ? count + 1 : count;
}

const OUTSIDE = 0;
const IN_TOKEN = 1;
const IN_WORD = 2;
/** `countWords`' class of a code unit: white space, a word character, or other (punctuation). */
const SPACE = 1;
const WORD_CHAR = 2;
const wordCountKinds = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) wordCountKinds[code] = isSpace(code) ? SPACE : isWordChar(code) ? WORD_CHAR : 0;

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
 * the matchers fold each distinct word once per process (the cache is emptied at `CACHE_ENTRIES` words).
 *
 * @example
 * foldWord('Ławrowem'); // 'lawrowem'
 */
export function foldWord(word: string): string {
  let folded = wordFolds.get(word);
  if (folded === undefined) {
    // Both stored standalone: a word cut from a page, or its fold, must not keep the page alive.
    folded = standaloneCopy(foldForMatching(word));
    if (wordFolds.size >= CACHE_ENTRIES) wordFolds.clear();
    wordFolds.set(standaloneCopy(word), folded);
  }
  return folded;
}

// The fast word scan the pipeline runs: one pass over a per-character table, offsets and hashes
// written into reused lists. Its definition is `tokenizeByDefinition` (text/tokenize.ts); a
// property test keeps the two equal.
import { charClassAt, codeUnitClass, LETTER, MARK, NUMBER } from '../text/char-class.js';
import { codePointWidthAt } from '../text/code-point.js';
import type { Token } from '../text/tokenize.js';
import { IntList } from './int-list.js';
import { hashStep } from './substring-cache.js';

const WORD_CLASS = LETTER | MARK | NUMBER;

/**
 * Splits text into words with their offsets (UTF-16 code units): runs of letters, marks and digits,
 * with inner apostrophes and hyphens between them (`d'Ivoire`, `Mát-xcơ-va`, `Al-Kaidy`). The same
 * words as the pattern `[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*`, found by one scan over a
 * per-character table instead of a regular expression (property-tested against it).
 *
 * @example
 * tokenize('Ławrow, Ławrowa i Mát-xcơ-va').map((t) => t.text); // ['Ławrow', 'Ławrowa', 'i', 'Mát-xcơ-va']
 */
export function tokenize(text: string, offset = 0): Token[] {
  const spans = findTokenSpans(text, scratchSpans);
  const tokens: Token[] = [];
  for (let k = 0; k < spans.count; k++) {
    const start = spans.starts.values[k]!;
    const end = spans.ends.values[k]!;
    tokens.push({ text: text.slice(start, end), start: offset + start, end: offset + end });
  }
  return tokens;
}

/** Where the words of a text start and end, in lists reused from text to text (see {@link findTokenSpans}). */
export class TokenSpans {
  readonly starts = new IntList();
  readonly ends = new IntList();
  /** Each word's `substringHash`, computed during the scan: a cache lookup of the word (`SubstringCache.entry`) need not read it again. */
  readonly hashes = new IntList();

  /** How many words the last text had. */
  get count(): number {
    return this.starts.length;
  }
}

const scratchSpans = new TokenSpans();

/**
 * The words of {@link tokenize} as offsets only, written into `spans` (emptied first), with each
 * word's `substringHash`: a caller that looks words up in place (see `SubstringCache`) cuts no
 * string, allocates nothing per word and reads each word's characters once.
 *
 * @example
 * const spans = findTokenSpans('Ławrow i Diop', new TokenSpans());
 * [spans.count, spans.starts.values[2], spans.ends.values[2]]; // [3, 9, 13]
 * spans.hashes.values[2] === substringHash('Ławrow i Diop', 9, 13); // true
 */
export function findTokenSpans(text: string, spans: TokenSpans): TokenSpans {
  spans.starts.length = 0;
  spans.ends.length = 0;
  spans.hashes.length = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      // A high surrogate: a pair is classified whole.
      if ((charClassAt(text, i) & WORD_CLASS) === 0) {
        i += codePointWidthAt(text, i);
        continue;
      }
    } else if ((codeUnitClass(code) & WORD_CLASS) === 0) {
      i++;
      continue;
    }
    const start = i;
    i = wordRunEnd(text, i, 0);
    // A joiner continues the word only when a letter, mark or digit follows it.
    while (i + 1 < length && isJoiner(text.charCodeAt(i)) && (charClassAt(text, i + 1) & WORD_CLASS) !== 0) i = wordRunEnd(text, i + 1, hashStep(runHash, text.charCodeAt(i)));
    spans.starts.push(start);
    spans.ends.push(i);
    spans.hashes.push(runHash);
  }
  return spans;
}

/** Apostrophes and hyphens: they join two runs of letters into one word. */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2010;
}

/** The hash of the text up to the end of the last run scanned by {@link wordRunEnd}. */
let runHash = 0;

/**
 * The end of the run of letters, marks and digits that starts at `index`; the hash `seed` (of the
 * word's text before `index`) is carried through the run's code units into `runHash`.
 */
function wordRunEnd(text: string, index: number, seed: number): number {
  const length = text.length;
  let i = index;
  let hash = seed;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      if ((charClassAt(text, i) & WORD_CLASS) === 0) break;
      hash = hashStep(hash, code);
      if (codePointWidthAt(text, i) === 2) hash = hashStep(hash, text.charCodeAt(++i));
      i++;
    } else if ((codeUnitClass(code) & WORD_CLASS) === 0) break;
    else {
      hash = hashStep(hash, code);
      i++;
    }
  }
  runHash = hash;
  return i;
}

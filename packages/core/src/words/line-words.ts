import { findTokenSpans, TokenSpans } from '../speed/token-spans.js';
import { SubstringCache, type SubstringEntry } from '../speed/substring-cache.js';

/**
 * The words of one line, each with its entry in a {@link Vocabulary}: what the stages that read a
 * line word by word (names, dates) share, so that the line is tokenised and each word looked up
 * once for all of them. Reused from line to line: read a line's words before the next is read in.
 */
export class LineWords<F> {
  /** The line. */
  text = '';
  /** Where its words start and end (and their hashes). */
  readonly spans = new TokenSpans();
  /** Each word's vocabulary entry: `key` is the word, `value` its facts (entries past `count` belong to earlier lines). */
  readonly entries: SubstringEntry<F>[] = [];

  /** How many words the line has. */
  get count(): number {
    return this.spans.count;
  }
}

/**
 * Per-word facts computed once per distinct word and found again in place: the words of a line are
 * found by the tokeniser (`findTokenSpans`) and looked up in one cache (`SubstringCache`), so a word
 * seen before costs one hash, computed during the scan, and one lookup, whatever number of stages
 * read its facts. What the facts are is the builder's: the parser's hold a word's candidate names
 * and the date words it can start.
 *
 * @example
 * const vocabulary = new Vocabulary((word) => ({ length: word.length }));
 * const line = vocabulary.read('Ławrow i Diop', new LineWords());
 * line.entries.slice(0, line.count).map((entry) => [entry.key, entry.value.length]); // [['Ławrow', 6], ['i', 1], ['Diop', 4]]
 */
export class Vocabulary<F> {
  readonly #words: SubstringCache<F>;

  constructor(build: (word: string) => F) {
    this.#words = new SubstringCache(build);
  }

  /**
   * Reads the words of `text` into `line` (emptied first) and returns it.
   *
   * @example
   * vocabulary.read('w Moskwie', line).count; // 2
   */
  read(text: string, line: LineWords<F>): LineWords<F> {
    line.text = text;
    const spans = findTokenSpans(text, line.spans);
    const count = spans.count;
    for (let k = 0; k < count; k++) line.entries[k] = this.#words.entry(text, spans.starts.values[k]!, spans.ends.values[k]!, spans.hashes.values[k]!);
    return line;
  }
}

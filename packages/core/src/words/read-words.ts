import type { ClassifiedBlock } from '../classify/classify.js';
import { LineWords, type Vocabulary } from './line-words.js';

/**
 * Stage 6, words: the words of every line of a page, each looked up once in a vocabulary whose
 * entry for a word holds what the next stages read (its candidate names, its date words, whether
 * an agency's name can start in it). Names, dates and citations take this value as an argument.
 * The lines are kept in a pool reused from page to page: a page's words are valid until the next
 * page is read.
 */
export class PageWords<F> {
  readonly #lines: LineWords<F>[] = [];
  /** Each block's line in the pool, by block index; undefined for an empty block. */
  #byBlock: (LineWords<F> | undefined)[] = [];

  /**
   * Reads the words of every block (one lookup per word, whatever number of stages read it).
   *
   * @example
   * const words = new PageWords<WordFacts>().read(blocks, vocabulary);
   * words.lineOf(0)?.count; // the number of words of the first block
   */
  read(blocks: readonly ClassifiedBlock[], vocabulary: Vocabulary<F>): this {
    this.#byBlock = [];
    let used = 0;
    for (const block of blocks) {
      if (block.text.length === 0) {
        this.#byBlock.push(undefined);
        continue;
      }
      const line = (this.#lines[used++] ??= new LineWords<F>());
      this.#byBlock.push(vocabulary.read(block.text, line));
    }
    return this;
  }

  /** The words of the block with this index, or undefined for an empty block. */
  lineOf(blockIndex: number): LineWords<F> | undefined {
    return this.#byBlock[blockIndex];
  }

  /**
   * Whether any word of a block has a fact: the citations stage searches only the blocks with a
   * word a cited-only alias of a medium can start in.
   *
   * @example
   * words.someWord(3, (facts) => facts.citedOnly); // true when block 3 may hold a cited-only alias (`الجزيرة`)
   */
  someWord(blockIndex: number, test: (facts: F) => boolean): boolean {
    const line = this.#byBlock[blockIndex];
    if (!line) return false;
    for (let k = 0; k < line.count; k++) if (test(line.entries[k]!.value)) return true;
    return false;
  }
}

import { CACHE_ENTRIES } from './cache-limit.js';
import { standaloneCopy } from './standalone-copy.js';

/** A cached value and the substring it is for. */
export interface SubstringEntry<V> {
  /** The substring, as a standalone string (it does not keep its page alive). */
  readonly key: string;
  readonly value: V;
  /** The key's {@link substringHash}. */
  readonly hash: number;
  /** Another entry in the same slot. */
  readonly next: SubstringEntry<V> | undefined;
}

/**
 * One step of the hash of {@link SubstringCache}: the hash of a substring followed by `code`.
 * 30 bits, so that it stays a small integer, which V8 keeps unboxed (no number allocated per word).
 *
 * @example
 * hashStep(hashStep(0, 65), 97) === substringHash('Aa', 0, 2); // true
 */
export function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) & 0x3fffffff;
}

/**
 * The hash of `text.slice(start, end)` for {@link SubstringCache}, from its code units.
 *
 * @example
 * substringHash('Aa BB', 0, 2) === substringHash('Aa BB', 3, 5); // true: a collision the cache tells apart
 */
export function substringHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let k = start; k < end; k++) hash = hashStep(hash, text.charCodeAt(k));
  return hash;
}

/**
 * Values computed once per distinct substring (a word, a run of letters) and found again without
 * cutting the substring out of its text: the key is a hash of the substring's code units, checked
 * in place with `startsWith`. Looking up a word of a page then allocates nothing, where a Map keyed
 * by strings needs the word cut out (an allocation) and hashed again. Entries are chained in an
 * array of slots chosen by the hash's low bits (at least as many slots as `limit`): an array read
 * and write where a `Map` keyed by the hash took 12 % longer in the entity stage on a corpus that
 * keeps bringing new words. Emptied past `limit` entries.
 *
 * @example
 * const lengths = new SubstringCache((word: string) => word.length);
 * lengths.entry('Ławrow i Diop', 0, 6).value; // 6, computed once
 * lengths.entry('rozmowa: Ławrow', 9, 15).key; // 'Ławrow', found again
 */
export class SubstringCache<V> {
  readonly #build: (key: string) => V;
  readonly #limit: number;
  /** Chains of entries by the low bits of their hash: an array read instead of a Map's lookup. */
  readonly #slots: (SubstringEntry<V> | undefined)[];
  readonly #mask: number;
  #size = 0;

  constructor(build: (key: string) => V, limit = CACHE_ENTRIES) {
    this.#build = build;
    this.#limit = limit;
    // At least as many slots as entries, a power of two: chains stay short.
    let slots = 16;
    while (slots < limit) slots *= 2;
    this.#slots = new Array<SubstringEntry<V> | undefined>(slots).fill(undefined);
    this.#mask = slots - 1;
  }

  /**
   * The entry of `text.slice(start, end)`, built on first sight.
   *
   * @param hash the substring's {@link substringHash}, when the caller computed it while scanning
   */
  entry(text: string, start: number, end: number, hash = substringHash(text, start, end)): SubstringEntry<V> {
    const length = end - start;
    const slot = hash & this.#mask;
    const first = this.#slots[slot];
    for (let entry = first; entry !== undefined; entry = entry.next) if (entry.hash === hash && entry.key.length === length && text.startsWith(entry.key, start)) return entry;
    if (this.#size >= this.#limit) {
      this.#slots.fill(undefined);
      this.#size = 0;
    }
    const key = standaloneCopy(text.slice(start, end));
    const entry: SubstringEntry<V> = { key, value: this.#build(key), hash, next: this.#size === 0 ? undefined : first };
    this.#slots[slot] = entry;
    this.#size++;
    return entry;
  }

  /** How many substrings are cached. */
  get size(): number {
    return this.#size;
  }
}

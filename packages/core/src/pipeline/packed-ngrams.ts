import { CACHE_ENTRIES } from '../text/cache-limit.js';

/** ELD's n-gram scores: for each n-gram (bytes as characters), the languages (by index) that have it and their scores. */
export type NgramScores = Record<string, Record<string, number>>;

/** {@link NgramScores} packed for storage: the n-grams, and for each in turn its count of languages then (language, score) pairs, one byte each, in base64. */
export interface PackedNgrams {
  keys: string[];
  pairs: string;
}

/**
 * Packs ELD's n-gram scores. ELD's database has about 105,000 n-grams with one to a few
 * languages each; as JSON objects with numeric keys each takes a holey array sized by its highest
 * language index, about 34 MB per thread. Packed, the scores are 0.4 MB of bytes.
 *
 * @throws Error when a count, language index or score does not fit in a byte (another ELD database)
 * @example
 * packNgrams({ ' ab': { '3': 40 } }); // { keys: [' ab'], pairs: 'AQMo' }
 */
export function packNgrams(ngrams: NgramScores): PackedNgrams {
  const keys = Object.keys(ngrams);
  const bytes: number[] = [];
  const byte = (value: number, what: string): number => {
    if (!Number.isInteger(value) || value < 0 || value > 255) throw new Error(`packNgrams: ${what} ${value} does not fit in a byte`);
    return value;
  };
  for (const key of keys) {
    const scores = Object.entries(ngrams[key]!);
    bytes.push(byte(scores.length, 'language count'));
    for (const [language, score] of scores) bytes.push(byte(Number(language), 'language index'), byte(score, 'score'));
  }
  return { keys, pairs: Buffer.from(bytes).toString('base64') };
}

/**
 * ELD's n-gram scores read from their packed form: an object ELD reads as its own (`table[ngram]`
 * gives `{ language: score }`, or undefined), backed by one Map from n-gram to its index and one
 * byte array. ELD's scoring loop reads only the n-grams of the text it detects (a hundred or so);
 * each one's small object is built on first read and kept, up to `CACHE_ENTRIES` of them (the
 * n-grams of a language recur from page to page). The table takes about 7 MB instead of 34 MB in
 * every thread that detects, for up to a quarter more time per detection (measured; within the drift of the machine).
 *
 * @throws Error when the pairs do not match the n-grams (a damaged copy)
 * @example
 * ngramTable(packNgrams({ ' ab': { '3': 40 } }))[' ab']; // { '3': 40 }
 */
export function ngramTable(packed: PackedNgrams): NgramScores {
  const pairs = Buffer.from(packed.pairs, 'base64');
  const indexOf = new Map<string, number>();
  const offsets = new Int32Array(packed.keys.length);
  let at = 0;
  for (let index = 0; index < packed.keys.length; index++) {
    if (at >= pairs.length) throw new Error(`ngramTable: the pairs end at n-gram ${index + 1} of ${packed.keys.length}`);
    indexOf.set(packed.keys[index]!, index);
    offsets[index] = at;
    at += 1 + 2 * pairs[at]!;
  }
  if (at !== pairs.length) throw new Error(`ngramTable: the pairs hold ${pairs.length} bytes, the n-grams need ${at}`);
  const built = new Map<number, Record<string, number>>();
  return new Proxy({} as NgramScores, {
    get(_target, key) {
      const index = typeof key === 'string' ? indexOf.get(key) : undefined;
      if (index === undefined) return undefined;
      let scores = built.get(index);
      if (scores === undefined) {
        scores = {};
        const offset = offsets[index]!;
        const count = pairs[offset]!;
        for (let k = 0; k < count; k++) scores[pairs[offset + 1 + 2 * k]!] = pairs[offset + 2 + 2 * k]!;
        if (built.size >= CACHE_ENTRIES) built.clear();
        built.set(index, scores);
      }
      return scores;
    },
  });
}

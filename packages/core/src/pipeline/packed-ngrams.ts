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
 * gives `{ language: score }`, or undefined), backed by one Map from n-gram to offset and one byte
 * array. ELD's scoring loop reads only the n-grams of the text it detects (a hundred or so), so
 * building each one's small object when read costs little, and the table takes about 5 MB instead
 * of 34 MB in every thread that detects.
 *
 * @throws Error when the pairs do not match the n-grams (a damaged copy)
 * @example
 * ngramTable(packNgrams({ ' ab': { '3': 40 } }))[' ab']; // { '3': 40 }
 */
export function ngramTable(packed: PackedNgrams): NgramScores {
  const pairs = Buffer.from(packed.pairs, 'base64');
  const offsets = new Map<string, number>();
  let at = 0;
  for (let index = 0; index < packed.keys.length; index++) {
    if (at >= pairs.length) throw new Error(`ngramTable: the pairs end at n-gram ${index + 1} of ${packed.keys.length}`);
    offsets.set(packed.keys[index]!, at);
    at += 1 + 2 * pairs[at]!;
  }
  if (at !== pairs.length) throw new Error(`ngramTable: the pairs hold ${pairs.length} bytes, the n-grams need ${at}`);
  return new Proxy({} as NgramScores, {
    get(_target, key) {
      const offset = typeof key === 'string' ? offsets.get(key) : undefined;
      if (offset === undefined) return undefined;
      const scores: Record<string, number> = {};
      const count = pairs[offset]!;
      for (let k = 0; k < count; k++) scores[pairs[offset + 1 + 2 * k]!] = pairs[offset + 2 + 2 * k]!;
      return scores;
    },
  });
}

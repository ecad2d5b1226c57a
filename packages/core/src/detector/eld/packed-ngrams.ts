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

/** The longest n-gram ELD forms: a space, four bytes and a space. */
export const MAX_NGRAM_CHARS = 6;

/**
 * An n-gram of up to {@link MAX_NGRAM_CHARS} characters below U+0100 (ELD writes bytes as such
 * characters) as two 32-bit numbers: `high` holds the length and the first two characters, `low`
 * the next four. Different n-grams never share both numbers.
 *
 * @example
 * ngramKey(' ab'); // { high: 0x3_2061, low: 0x6200_0000 }
 */
export function ngramKey(ngram: string): { high: number; low: number } {
  if (ngram.length > MAX_NGRAM_CHARS) throw new Error(`ngramKey: "${ngram}" is longer than ${MAX_NGRAM_CHARS} characters`);
  const units = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < ngram.length; i++) {
    const code = ngram.charCodeAt(i);
    if (code > 0xff) throw new Error(`ngramKey: "${ngram}" holds U+${code.toString(16).toUpperCase()}, above U+00FF`);
    units[i] = code;
  }
  return { high: keyHigh(ngram.length, units[0]!, units[1]!), low: keyLow(units[2]!, units[3]!, units[4]!, units[5]!) };
}

/**
 * The `high` half of an n-gram key: its length and first two characters' codes.
 *
 * @example
 * keyHigh(3, 0x20, 0x61) === ngramKey(' ab').high; // true
 */
export function keyHigh(length: number, first: number, second: number): number {
  return (length << 16) | (first << 8) | second;
}

/**
 * The `low` half of an n-gram key: the codes of its third to sixth characters (0 past its end).
 *
 * @example
 * keyLow(0x62, 0, 0, 0) === ngramKey(' ab').low; // true
 */
export function keyLow(third: number, fourth: number, fifth: number, sixth: number): number {
  return (third << 24) | (fourth << 16) | (fifth << 8) | sixth;
}

/**
 * ELD's packed n-gram scores with an index for lookups by {@link ngramKey}: an open-addressing
 * hash table of typed arrays (about 3 MB), so finding an n-gram's scores builds no string and
 * no object. `offsetOf` gives where the n-gram's entry starts in `pairs`: its language count, then
 * (language, score) byte pairs.
 *
 * @throws Error when the pairs do not match the n-grams (a damaged copy), or an n-gram is not ELD's kind
 * @example
 * const index = new NgramIndex(packNgrams({ ' ab': { '3': 40 } }));
 * const { high, low } = ngramKey(' ab');
 * index.pairs[index.offsetOf(high, low) + 2]; // 40, the score of language 3
 */
export class NgramIndex {
  /** Each n-gram's language count, then its (language, score) pairs. */
  readonly pairs: Uint8Array;
  readonly size: number;
  private readonly highs: Int32Array;
  private readonly lows: Int32Array;
  /** Offset in `pairs` plus one; 0 marks an empty slot. */
  private readonly offsets: Int32Array;
  private readonly mask: number;

  constructor(packed: PackedNgrams) {
    this.pairs = Buffer.from(packed.pairs, 'base64');
    this.size = packed.keys.length;
    let slots = 1024;
    while (slots < this.size * 2) slots *= 2;
    this.mask = slots - 1;
    this.highs = new Int32Array(slots);
    this.lows = new Int32Array(slots);
    this.offsets = new Int32Array(slots);
    let at = 0;
    for (let index = 0; index < packed.keys.length; index++) {
      if (at >= this.pairs.length) throw new Error(`NgramIndex: the pairs end at n-gram ${index + 1} of ${packed.keys.length}`);
      const { high, low } = ngramKey(packed.keys[index]!);
      let slot = slotOf(high, low) & this.mask;
      while (this.offsets[slot] !== 0) {
        if (this.highs[slot] === high && this.lows[slot] === low) throw new Error(`NgramIndex: the n-gram "${packed.keys[index]}" is listed twice`);
        slot = (slot + 1) & this.mask;
      }
      this.highs[slot] = high;
      this.lows[slot] = low;
      this.offsets[slot] = at + 1;
      at += 1 + 2 * this.pairs[at]!;
    }
    if (at !== this.pairs.length) throw new Error(`NgramIndex: the pairs hold ${this.pairs.length} bytes, the n-grams need ${at}`);
  }

  /** Where the n-gram's entry starts in `pairs`, or -1 when ELD's database does not have it. */
  offsetOf(high: number, low: number): number {
    let slot = slotOf(high, low) & this.mask;
    for (;;) {
      const offset = this.offsets[slot]!;
      if (offset === 0) return -1;
      if (this.highs[slot] === high && this.lows[slot] === low) return offset - 1;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** A well-mixed hash of an n-gram key (multiply–xorshift). */
function slotOf(high: number, low: number): number {
  let hash = Math.imul(high, 0x9e3779b1) ^ Math.imul(low ^ (low >>> 15), 0x85ebca77);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

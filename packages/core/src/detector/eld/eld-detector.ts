import { keyHigh, keyLow, MAX_NGRAM_CHARS, NgramIndex } from './packed-ngrams.js';
import { Utf16Scratch } from '../../speed/utf16-scratch.js';

/** What one detection gives: ELD's answer, its score and its reliability flag. */
export interface EldVerdict {
  /** ISO 639-1 code of the winner, or null when no n-gram of the text is in the database. */
  language: string | null;
  /** The winner's score, 0..1, as ELD's `getScores()` gives it; 0 without a winner. */
  score: number;
  /** ELD's `isReliable()`. */
  reliable: boolean;
}

/** What the detector needs of ELD besides the n-grams, read from ELD's own source (see `language-model.ts`). */
export interface EldTables {
  /** Language index → ISO 639-1 code, as in ELD's database. */
  languages: Record<string, string>;
  /** ELD's average score of a correct detection, per language (`avgScore.js`). */
  averageScores: Record<string, number>;
  /** ELD's dictionary of the characters it writes bytes as (`dictionary.js`), 256 entries. */
  byteCharacters: readonly string[];
  /** ELD's separator pattern (`regexPatterns.js`): a run of non-letters not ending in an apostrophe. */
  separators: RegExp;
}

/** ELD reads at most this many code units of a text. */
const MAX_TEXT_UNITS = 1000;
/** ELD ends the text at the first space after this many UTF-8 bytes… */
const CUT_AFTER_BYTES = 350;
/** …and after any character past this many. */
const ENFORCE_CUT_AFTER_BYTES = 380;
/** ELD reads the first 70 bytes of a word. */
const MAX_WORD_BYTES = 70;
/** ELD adds this to every stored score (its database stores score − 53). */
const BASE_NGRAM_SCORE = 53;
/** ELD's scale from raw score per n-gram to 0..1. */
const SCORE_SCALE = 25;
/** ELD's default reliability threshold, a share of the language's average score. */
const RELIABLE_RATIO = 0.75;
/** Distinct n-grams of one text: at most ~190 (380 bytes), so this table stays sparse. */
const SEEN_SLOTS = 1024;

const LETTER = 1;
const APOSTROPHE = 2;

/**
 * ELD's language detection (Efficient Language Detector 2.1.0, its n-gram database and its
 * scoring), computed over typed arrays. ELD's own `detect` builds a string per word and per
 * n-gram, an object of n-grams and an object per database entry it reads; on pages of news this
 * took about a fifth of the whole parse. This class follows the same steps on the same data and
 * gives the same answer, score and reliability flag, text for text (tested against ELD's own
 * module on every seed line and on thousands of generated texts):
 *
 * 1. the first 1,000 code units; each run of non-letters (ELD's letter class) becomes one space,
 *    unless it ends in an apostrophe (`'`, `` ` ``, `’`), where the run is replaced up to its last
 *    other character; trimmed and lower-cased;
 * 2. UTF-8 bytes, written as ELD's dictionary characters, cut at the first space after 350 bytes
 *    or after any character past 380; words split at spaces;
 * 3. each word's first 70 bytes give n-grams of four bytes with a stride of three, the first with
 *    a leading space, the last four bytes with a trailing space; each distinct n-gram counts once;
 * 4. each language scores the sum of (stored score + 53) over the n-grams it has; the highest
 *    wins (the first on a tie); its score is `s / (s + 25)` with `s` the raw score per n-gram;
 * 5. reliable when there are at least 3 n-grams, the score is at least three quarters of the
 *    language's average, and it differs by at least 0.01 from ELD's next value (which is, as ELD
 *    writes it, the runner-up's language index).
 *
 * @example
 * const detector = languageDetector(); // from language-model.ts
 * detector.detect('Ławrow złożył takie zobowiązanie w czwartek.'); // { language: 'pl', score: 0.9…, reliable: true }
 */
export class EldDetector {
  private readonly codes: (string | null)[];
  private readonly averages: Float64Array;
  /** LETTER or APOSTROPHE per BMP code unit (0: another separator). */
  private readonly kinds: Uint8Array;
  /** ELD's character code for each byte value 0x80–0xFF (index: byte − 0x80). */
  private readonly highBytes: Uint8Array;
  private readonly scores: Int32Array;
  private readonly seenHigh = new Int32Array(SEEN_SLOTS);
  private readonly seenLow = new Int32Array(SEEN_SLOTS);
  private readonly seenStamp = new Uint32Array(SEEN_SLOTS);
  private stamp = 0;
  private distinct = 0;
  private readonly normalized = new Utf16Scratch(MAX_TEXT_UNITS);
  /** The bytes of the word being read: at most the ~384 bytes ELD reads of a text. */
  private readonly word = new Uint8Array(512);
  /** The last n-gram of a word being built. */
  private readonly tail = new Uint8Array(MAX_NGRAM_CHARS);
  /** N-grams longer than the database's, which only count (see `addWord`). */
  private readonly longNgrams = new Set<string>();

  /** The languages the model has (ISO 639-1). */
  get languages(): string[] {
    return this.codes.filter((code): code is string => code !== null);
  }

  constructor(
    private readonly index: NgramIndex,
    tables: EldTables,
  ) {
    const count = Object.keys(tables.languages).length;
    this.codes = Array.from({ length: count }, (_, language) => tables.languages[language] ?? null);
    this.averages = Float64Array.from(this.codes, (code) => (code !== null && code in tables.averageScores ? tables.averageScores[code]! : Number.NaN));
    this.scores = new Int32Array(count);
    this.kinds = letterKinds(tables.separators);
    if (tables.byteCharacters.length !== 256) throw new Error(`EldDetector: ELD's dictionary has ${tables.byteCharacters.length} entries, not 256`);
    this.highBytes = new Uint8Array(0x80);
    for (let byte = 0x80; byte <= 0xff; byte++) {
      const code = tables.byteCharacters[byte]!.charCodeAt(0);
      if (tables.byteCharacters[byte]!.length !== 1 || code > 0xff) throw new Error(`EldDetector: ELD writes byte ${byte} as "${tables.byteCharacters[byte]}", not one character below U+0100`);
      this.highBytes[byte - 0x80] = code;
    }
  }

  /**
   * Detects the language of a text, exactly as ELD's `detect(text)` with its default settings.
   *
   * @example
   * languageDetector().detect('Ngoại trưởng Nga cam kết ủng hộ Mali.').language; // 'vi'
   */
  detect(text: string): EldVerdict {
    const lowered = this.normalize(text);
    this.stamp = (this.stamp + 1) >>> 0 || 1;
    this.distinct = 0;
    this.longNgrams.clear();
    this.scores.fill(0);
    this.encodeWords(lowered);
    return this.verdict();
  }

  /** Step 1: separators to spaces, trimmed, lower-cased. */
  private normalize(text: string): string {
    const length = Math.min(text.length, MAX_TEXT_UNITS);
    const out = this.normalized.units;
    const kinds = this.kinds;
    let n = 0;
    let i = 0;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (kinds[code] === LETTER) {
        out[n++] = code;
        i++;
        continue;
      }
      // A run of non-letters: replaced by one space up to its last character that is not an apostrophe.
      let end = i;
      let lastOther = -1;
      while (end < length) {
        const kind = kinds[text.charCodeAt(end)];
        if (kind === LETTER) break;
        if (kind !== APOSTROPHE) lastOther = end;
        end++;
      }
      let from = i;
      if (lastOther >= 0) {
        out[n++] = 32;
        from = lastOther + 1;
      }
      for (let k = from; k < end; k++) out[n++] = text.charCodeAt(k);
      i = end;
    }
    // Only the spaces written above can be white space here, so trimming drops spaces.
    let start = 0;
    while (start < n && out[start] === 32) start++;
    while (n > start && out[n - 1] === 32) n--;
    if (n === start) return '';
    return this.normalized.text(start, n).toLowerCase();
  }

  /** Step 2: bytes and words, each word handed to `addWord` as it ends. */
  private encodeWords(text: string): void {
    const word = this.word;
    const high = this.highBytes;
    let bytes = 0;
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code < 0x80) {
        if (code === 32) {
          if (n > 0) this.addWord(n);
          n = 0;
          if (bytes > CUT_AFTER_BYTES) break;
        } else word[n++] = code;
        bytes++;
      } else if (code < 0x800) {
        word[n++] = high[(0xc0 | (code >> 6)) - 0x80]!;
        word[n++] = high[code & 0x3f]!;
        bytes += 2;
      } else if (code < 0xd800 || code >= 0xe000) {
        word[n++] = high[(0xe0 | (code >> 12)) - 0x80]!;
        word[n++] = high[(code >> 6) & 0x3f]!;
        word[n++] = high[code & 0x3f]!;
        bytes += 3;
      } else {
        // As ELD: a surrogate takes the next code unit as its pair, whatever it is.
        i++;
        code = 0x10000 + (((code & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
        word[n++] = high[(0xf0 | (code >> 18)) - 0x80]!;
        word[n++] = high[(code >> 12) & 0x3f]!;
        word[n++] = high[(code >> 6) & 0x3f]!;
        word[n++] = high[code & 0x3f]!;
        bytes += 4;
      }
      if (bytes > ENFORCE_CUT_AFTER_BYTES) break;
    }
    if (n > 0) this.addWord(n);
  }

  /**
   * Step 3: the n-grams of a word of `length` bytes. As in ELD, the stride runs over the first 70
   * bytes, but the last n-gram runs from four bytes before the 70th to the word's end: in a longer
   * word it is longer than any n-gram of the database, so it only counts.
   */
  private addWord(length: number): void {
    const w = this.word;
    const capped = Math.min(length, MAX_WORD_BYTES);
    let j = 0;
    for (; j + 4 < capped; j += 3) {
      if (j === 0) this.addNgram(keyHigh(5, 32, w[0]!), keyLow(w[1]!, w[2]!, w[3]!, 0));
      else this.addNgram(keyHigh(4, w[j]!, w[j + 1]!), keyLow(w[j + 2]!, w[j + 3]!, 0, 0));
    }
    const start = Math.max(0, capped - 4);
    const size = (j === 0 ? 1 : 0) + (length - start) + 1;
    if (size > MAX_NGRAM_CHARS) {
      const ngram = String.fromCharCode(...w.subarray(start, length)) + ' ';
      if (!this.longNgrams.has(ngram)) {
        this.longNgrams.add(ngram);
        this.distinct++;
      }
      return;
    }
    const t = this.tail;
    t.fill(0);
    let n = 0;
    if (j === 0) t[n++] = 32;
    for (let k = start; k < length; k++) t[n++] = w[k]!;
    t[n++] = 32;
    this.addNgram(keyHigh(n, t[0]!, t[1]!), keyLow(t[2]!, t[3]!, t[4]!, t[5]!));
  }

  /** Step 4: a distinct n-gram adds its languages' scores. */
  private addNgram(high: number, low: number): void {
    let slot = (Math.imul(high ^ Math.imul(low, 0x85ebca77), 0x9e3779b1) >>> 22) & (SEEN_SLOTS - 1);
    while (this.seenStamp[slot] === this.stamp) {
      if (this.seenHigh[slot] === high && this.seenLow[slot] === low) return;
      slot = (slot + 1) & (SEEN_SLOTS - 1);
    }
    this.seenStamp[slot] = this.stamp;
    this.seenHigh[slot] = high;
    this.seenLow[slot] = low;
    this.distinct++;
    const offset = this.index.offsetOf(high, low);
    if (offset < 0) return;
    const pairs = this.index.pairs;
    const count = pairs[offset]!;
    for (let k = 0; k < count; k++) this.scores[pairs[offset + 1 + 2 * k]!]! += pairs[offset + 2 + 2 * k]! + BASE_NGRAM_SCORE;
  }

  /** Steps 4 and 5: the winner, its score and ELD's reliability test. */
  private verdict(): EldVerdict {
    const scores = this.scores;
    const ngrams = this.distinct;
    // ELD orders the languages by scaled score with a stable sort: the first and second of that order.
    let first = -1;
    let firstScore = 0;
    let second = -1;
    let secondScore = 0;
    for (let language = 0; language < scores.length; language++) {
      if (scores[language]! <= 0) continue;
      const perNgram = scores[language]! / ngrams;
      const scaled = perNgram / (perNgram + SCORE_SCALE);
      if (first < 0 || scaled > firstScore) {
        second = first;
        secondScore = firstScore;
        first = language;
        firstScore = scaled;
      } else if (second < 0 || scaled > secondScore) {
        second = language;
        secondScore = scaled;
      }
    }
    const language = first < 0 ? null : this.codes[first]!;
    if (language === null) return { language: null, score: 0, reliable: false };
    const next = second < 0 ? 0 : second;
    const reliable = ngrams >= 3 && !(this.averages[first]! * RELIABLE_RATIO > firstScore || 0.01 > Math.abs(firstScore - next));
    return { language, score: firstScore, reliable };
  }
}

/**
 * LETTER or APOSTROPHE for each BMP code unit, from ELD's own separator pattern
 * `[^<letters>]+(?<![\x27\x60\u2019])`: its class is tested on every code unit once.
 * Surrogates are never letters (the class lists BMP letters only).
 */
function letterKinds(separators: RegExp): Uint8Array {
  const source = separators.source;
  const suffix = "]+(?<![\\x27\\x60\\u2019])";
  if (!source.startsWith('[^') || !source.endsWith(suffix)) throw new Error(`EldDetector: ELD's separator pattern is not the one this detector follows: /${source.slice(0, 40)}…/`);
  const nonLetter = new RegExp(`${source.slice(0, -suffix.length)}]`, 'u');
  const kinds = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (!nonLetter.test(String.fromCharCode(code))) kinds[code] = LETTER;
  }
  for (const apostrophe of [0x27, 0x60, 0x2019]) kinds[apostrophe] = APOSTROPHE;
  return kinds;
}

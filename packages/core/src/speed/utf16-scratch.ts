/** Whether a Uint16Array's bytes are UTF-16LE on this machine (they are on every platform Node runs on; checked all the same). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * A reusable array of UTF-16 code units, written by a scanning loop and read back as a string.
 * The string is read through a `Buffer` over the same memory (`toString('utf16le', …)`), which
 * is faster than `TextDecoder` for the short texts the folds and the language detector build. The units are copied as they are: a lone
 * surrogate stays one, where `TextDecoder` would replace it.
 *
 * @example
 * const scratch = new Utf16Scratch(8);
 * scratch.units.set([0x4c, 0x61, 0x77]);
 * scratch.text(0, 3); // 'Law'
 */
export class Utf16Scratch {
  #units: Uint16Array;
  #bytes: Buffer;

  constructor(size: number) {
    this.#units = new Uint16Array(size);
    this.#bytes = bytesOf(this.#units);
  }

  /** The code units (a new array after {@link reserve} grows it). */
  get units(): Uint16Array {
    return this.#units;
  }

  /**
   * Room for at least `size` units, keeping the first `keep`; returns the (possibly new) units.
   *
   * @example
   * const units = scratch.reserve(4096, written); // the first `written` units are still there
   */
  reserve(size: number, keep = 0): Uint16Array {
    if (this.#units.length >= size) return this.#units;
    const grown = new Uint16Array(size);
    grown.set(this.#units.subarray(0, keep));
    this.#units = grown;
    this.#bytes = bytesOf(grown);
    return grown;
  }

  /**
   * The units from `start` to `end` as a new string.
   *
   * @example
   * scratch.text(1, 3); // 'aw'
   */
  text(start: number, end: number): string {
    return LITTLE_ENDIAN ? this.#bytes.toString('utf16le', start * 2, end * 2) : textOfUnits(this.#units, start, end);
  }
}

/**
 * The units from `start` to `end` as a string, by `String.fromCharCode` in chunks: what
 * {@link Utf16Scratch.text} does on a big-endian machine, where the bytes are not UTF-16LE.
 *
 * @example
 * textOfUnits(new Uint16Array([0x4c, 0x61, 0x77]), 1, 3); // 'aw'
 */
export function textOfUnits(units: Uint16Array, start: number, end: number): string {
  let out = '';
  for (let k = start; k < end; k += 4096) out += String.fromCharCode(...units.subarray(k, Math.min(end, k + 4096)));
  return out;
}

function bytesOf(units: Uint16Array): Buffer {
  return Buffer.from(units.buffer, units.byteOffset, units.byteLength);
}

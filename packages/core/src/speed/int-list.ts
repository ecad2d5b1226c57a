/**
 * A growable list of 32-bit integers reused from line to line: emptied by setting `length` to 0,
 * which keeps its storage (an array whose length is set to 0 gives its storage up and allocates it
 * again as it grows). Read entries as `values[k]` for `k < length`; entries past `length` belong to
 * earlier uses.
 *
 * @example
 * const list = new IntList();
 * list.push(7);
 * [list.length, list.values[0]]; // [1, 7]
 */
export class IntList {
  values = new Int32Array(64);
  length = 0;

  /** Adds a value at the end, doubling the storage when it is full. */
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

/**
 * A copy of a string that does not keep alive the text it was cut from. V8 represents a
 * substring of 13 or more characters as a view into its parent, so a cache keyed by words or lines
 * of pages would keep every page it ever saw in memory. Cache keys taken from page text go
 * through this.
 *
 * @example
 * cache.set(standaloneCopy(line), value); // the page of `line` can be collected
 */
export function standaloneCopy(text: string): string {
  // Joining builds a new flat string (the view's characters copied); the slice is a view into that copy only.
  return text.length < SHORTEST_VIEW ? text : (' ' + text).slice(1);
}

/** The length from which V8 makes a substring a view into its parent; a shorter one is a copy. */
export const SHORTEST_VIEW = 13;

import { describe, expect, it } from 'vitest';
import { parseArticle } from '@polynews/core';
import { PATHOLOGICAL_LINES } from '../src/pathological-lines.js';

/**
 * Counts the characters that string operations copy or scan during a call: every `slice`,
 * `substring` and `lastIndexOf`/`indexOf` result, and the text of every `matchAll`. A stage that
 * re-reads the text before each match of a long line (cutting out `text.slice(0, start)`, or
 * running a global pattern over the whole line again) makes this grow with the square of the line.
 */
function countStringWork(run: () => void): number {
  let work = 0;
  const proto = String.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const saved = { slice: proto.slice!, substring: proto.substring!, matchAll: proto.matchAll! };
  proto.slice = function (this: string, ...args: unknown[]) {
    const result = saved.slice.apply(this, args) as string;
    work += result.length;
    return result;
  };
  proto.substring = function (this: string, ...args: unknown[]) {
    const result = saved.substring.apply(this, args) as string;
    work += result.length;
    return result;
  };
  proto.matchAll = function (this: string, ...args: unknown[]) {
    work += this.length;
    return saved.matchAll.apply(this, args);
  };
  try {
    run();
  } finally {
    Object.assign(proto, saved);
  }
  return work;
}

describe('every stage is linear in the length of a line', () => {

  it.each(Object.keys(PATHOLOGICAL_LINES))('a long line of %s: doubling it gives less than 2.5 times the string work', (name) => {
    const page = PATHOLOGICAL_LINES[name as keyof typeof PATHOLOGICAL_LINES];
    parseArticle(page(2_000));
    const small = countStringWork(() => parseArticle(page(40_000)));
    const large = countStringWork(() => parseArticle(page(80_000)));
    expect(large / small).toBeLessThan(2.5);
  });
});

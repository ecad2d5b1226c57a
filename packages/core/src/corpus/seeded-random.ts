/**
 * A small, fast, seedable pseudo-random generator (mulberry32): the same seed gives the same
 * sequence on every machine, so that sampling (the boilerplate learner) and generated corpora (the
 * benchmark) are the same everywhere.
 *
 * @example
 * const random = seededRandom(42);
 * random(); // 0.6011037519201636, then the same sequence on every run
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How many entries a per-process cache of words or lines holds before it is emptied (word folds,
 * word forms, entity candidates, date runs, segment languages). The caches are what keeps a page's
 * repeated words cheap; bounded, they are what keeps a parse worker inside its heap on a corpus
 * that keeps bringing new words, as every real one does. With 100,000 entries each, the ten or so
 * caches of a worker reached about 90 MB and workers ran out of their 128 MB heap on 20,000 pages of
 * a growing vocabulary; news text is Zipfian, so the most frequent 20,000 words still hit.
 *
 * @example
 * if (cache.size >= CACHE_ENTRIES) cache.clear();
 */
export const CACHE_ENTRIES = 20_000;

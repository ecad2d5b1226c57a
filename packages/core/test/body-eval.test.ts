import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE_ROLES, type Article } from '../src/index.js';
import { parseSeed } from './helpers.js';

interface Counts {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
  misses: string[];
}

const evaluation = JSON.parse(readFileSync(new URL('./fixtures/body-eval.json', import.meta.url), 'utf8')) as { seeds: Record<string, string[]> };
const baseline = JSON.parse(readFileSync(new URL('./fixtures/body-eval.baseline.json', import.meta.url), 'utf8')) as {
  overall: { precision: number; recall: number };
  perSeed: { precision: number; recall: number };
};

/**
 * Walks the expected lines in page order, matching each to the next segment that starts with it,
 * and counts article lines kept (true positives), boilerplate kept as article (false positives)
 * and article lines lost (false negatives).
 */
function score(article: Article, expected: readonly string[]): Counts {
  const counts: Counts = { truePositive: 0, falsePositive: 0, falseNegative: 0, misses: [] };
  let cursor = 0;
  for (const entry of expected) {
    const isArticle = entry.startsWith('A ');
    const prefix = entry.slice(2);
    const index = article.segments.findIndex((segment, i) => i >= cursor && article.text.slice(segment.start, segment.end).trim().startsWith(prefix));
    if (index === -1) throw new Error(`${article.file}: no segment after #${cursor} starts with "${prefix}"`);
    cursor = index + 1;
    const predicted = ARTICLE_ROLES.includes(article.segments[index]!.role);
    if (isArticle && predicted) counts.truePositive++;
    else if (!isArticle && predicted) counts.falsePositive++;
    else if (isArticle && !predicted) counts.falseNegative++;
    if (isArticle !== predicted) counts.misses.push(`${isArticle ? 'lost' : 'kept'} [${article.segments[index]!.role}] ${prefix}`);
  }
  return counts;
}

const precision = (c: Counts) => c.truePositive / Math.max(1, c.truePositive + c.falsePositive);
const recall = (c: Counts) => c.truePositive / Math.max(1, c.truePositive + c.falseNegative);

describe('body-line evaluation on the seeds (trafilatura style)', () => {
  const scores = new Map(Object.entries(evaluation.seeds).map(([file, expected]) => [file, score(parseSeed(file), expected)]));

  for (const [file, counts] of scores) {
    it(`${file}: precision and recall of article lines reach the baseline`, () => {
      expect(counts.truePositive).toBeGreaterThan(0);
      expect(precision(counts), counts.misses.join('\n')).toBeGreaterThanOrEqual(baseline.perSeed.precision);
      expect(recall(counts), counts.misses.join('\n')).toBeGreaterThanOrEqual(baseline.perSeed.recall);
    });
  }

  it('reaches the overall baseline across the seeds', () => {
    const total = [...scores.values()].reduce((sum, c) => ({
      truePositive: sum.truePositive + c.truePositive,
      falsePositive: sum.falsePositive + c.falsePositive,
      falseNegative: sum.falseNegative + c.falseNegative,
      misses: [...sum.misses, ...c.misses],
    }));
    expect(total.truePositive + total.falseNegative).toBe(Object.values(evaluation.seeds).flat().filter((entry) => entry.startsWith('A ')).length);
    expect(precision(total), total.misses.join('\n')).toBeGreaterThanOrEqual(baseline.overall.precision);
    expect(recall(total), total.misses.join('\n')).toBeGreaterThanOrEqual(baseline.overall.recall);
  });

  it('fails when a boilerplate line is kept as article text (the check can fail)', () => {
    const article = parseSeed('000_7d0d01de241d3518.txt');
    const counts = score(article, ['A Mali được Nga cam kết', '- Bộ Ngoại giao Nga ngày 30.6']);
    expect(precision(counts)).toBe(0.5);
    expect(counts.misses).toEqual(['kept [lead] Bộ Ngoại giao Nga ngày 30.6']);
  });
});

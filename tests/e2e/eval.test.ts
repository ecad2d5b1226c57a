import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

interface Scores {
  pages: number;
  failures: number;
  publishedBySource: Record<string, number | null>;
  misses: string[];
  [score: string]: unknown;
}

describe('the evaluation set (tests/eval)', () => {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/eval.mjs'), '--json'], { cwd: ROOT, encoding: 'utf8' });
  const scores = JSON.parse(run.stdout) as Scores;
  const baseline = JSON.parse(readFileSync(join(ROOT, 'tests/eval/baseline.json'), 'utf8')) as Record<string, number | Record<string, number>>;

  it('parses every page of every language and input kind', () => {
    expect(scores.failures).toBe(0);
    expect(scores.pages).toBeGreaterThanOrEqual(154);
  });

  it('has three pages or more in each of the thirty languages with page data', () => {
    const languages = 'en fr de es pt it nl pl cs uk ru tr ar fa he hi ur bn id ms vi th zh ja ko sw ha ro hu el'.split(' ');
    const byLanguage = scores['byLanguage'] as Record<string, { title: string }>;
    const pages = Object.fromEntries(languages.map((language) => [language, Number(byLanguage[language]?.title.split('/')[1] ?? 0)]));
    expect(Object.entries(pages).filter(([, count]) => count < 3)).toEqual([]);
  });

  it('scores at or above every floor of tests/eval/baseline.json', () => {
    const below: string[] = [];
    for (const [name, floor] of Object.entries(baseline)) {
      if (name === '$comment') continue;
      if (typeof floor === 'number') {
        if ((scores[name] as number) < floor) below.push(`${name} ${String(scores[name])} < ${floor}`);
      } else {
        const byKey = (scores[name] ?? {}) as Record<string, number | null>;
        for (const [key, keyFloor] of Object.entries(floor)) if ((byKey[key] ?? 0) < keyFloor) below.push(`${name}.${key} ${String(byKey[key])} < ${keyFloor}`);
      }
    }
    expect({ below, misses: scores.misses }).toEqual({ below: [], misses: expect.any(Array) });
  });
});

import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, articleIssues, type Article } from '../src/index.js';
import { parseSeed, SEEDS_DIR } from './helpers.js';

const seeds = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .map(parseSeed);

/** Every path of a JSON value down to its leaves (objects and arrays included), as lists of keys. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const paths = [path];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...path, index])));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...path, key]));
  return paths;
}

/** A copy of the article with the value at `path` replaced (or the key removed when `replacement` is REMOVE). */
const REMOVE = Symbol('remove');
function mutated(article: Article, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(article) as unknown as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (replacement === REMOVE) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

describe('articleIssues (the parser’s validator)', () => {
  it('passes every parsed seed, whose JSON is exactly what zod parses it to (same values, same key order)', () => {
    for (const article of seeds) {
      expect(articleIssues(article)).toEqual([]);
      expect(JSON.stringify(article)).toBe(JSON.stringify(ArticleSchema.parse(article)));
    }
  });

  it('gives the same verdict as ArticleSchema.safeParse on any one change to an article', () => {
    const replacements = fc.constantFrom<unknown>(REMOVE, null, undefined, -1, 0, 1.5, 2, Number.NaN, Infinity, '', 'xx', 'EN', 'body', 'day', '2023-07', true, [], {}, [1], { name: 'x' });
    fc.assert(
      fc.property(fc.nat(seeds.length - 1), fc.nat(), replacements, (seedIndex, pathIndex, replacement) => {
        const article = seeds[seedIndex]!;
        const paths = pathsOf(article).filter((path) => path.length > 0);
        const candidate = mutated(article, paths[pathIndex % paths.length]!, replacement);
        expect(articleIssues(candidate).length === 0).toBe(ArticleSchema.safeParse(candidate).success);
      }),
      { numRuns: 3_000 },
    );
  });

  it('names the field and the problem', () => {
    const article = seeds[0]!;
    expect(articleIssues({ ...article, languageConfidence: 2 })).toEqual(['languageConfidence: must be <= 1']);
    expect(articleIssues({ ...article, id: 'not-hex' })[0]).toMatch(/^id: must match pattern/);
    expect(articleIssues({ ...article, segments: article.segments.slice(1) })).toEqual([
      `segments.0: segments must cover the text in order without gaps: expected start 0, got ${article.segments[1]!.start}-${article.segments[1]!.end}`,
    ]);
    expect(articleIssues({ ...article, text: `${article.text}!` })).toEqual([`segments: segments end at ${article.text.length} but the text has ${article.text.length + 1} characters`]);
  });
});

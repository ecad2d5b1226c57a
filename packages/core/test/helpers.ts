import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article, SegmentRole } from '../src/index.js';
import { parseArticle } from '../src/index.js';

/** The repository's seed folder. */
export const SEEDS_DIR = fileURLToPath(new URL('../../../seeds/', import.meta.url));

/** Parses a seed file by name. */
export function parseSeed(name: string): Article {
  return parseArticle(readFileSync(`${SEEDS_DIR}${name}`), { file: name });
}

/** Parses a fixture of this package's test folder by name. */
export function parseFixture(name: string): Article {
  return parseArticle(readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))), { file: name });
}

/** The role of the segment whose text starts with the given line start. */
export function roleOf(article: Article, lineStart: string): SegmentRole {
  const segment = article.segments.find((s) => article.text.slice(s.start, s.end).trim().startsWith(lineStart));
  if (!segment) throw new Error(`no segment starts with "${lineStart}" in ${article.file}`);
  return segment.role;
}

/** The visible text of each segment with a given role. */
export function linesWithRole(article: Article, role: SegmentRole): string[] {
  return article.segments.filter((s) => s.role === role).map((s) => article.text.slice(s.start, s.end).trim());
}

/** Citations as compact tuples. */
export function citationTuples(article: Article): [string, string][] {
  return article.citations.map((c) => [c.agency, c.role]);
}

import { fileURLToPath } from 'node:url';
import { parseCorpus, type Article } from '@polynews/core';

/** The seed folder of the repository. */
export const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));

let seeds: Promise<Article[]> | undefined;

/** The five seed articles, parsed once per test file, in file order (000 … 004). */
export function seedArticles(): Promise<Article[]> {
  seeds ??= parseCorpus([SEEDS]).then((corpus) => {
    if (corpus.failures.length > 0) throw new Error(`seeds failed: ${corpus.failures.map((f) => f.message).join('; ')}`);
    return [...corpus.articles].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? ''));
  });
  return seeds;
}

/** The seed article whose file name starts with `prefix` (`'003'`). */
export function seed(articles: readonly Article[], prefix: string): Article {
  const found = articles.find((article) => (article.file ?? '').split('/').pop()!.startsWith(prefix));
  if (!found) throw new Error(`no seed ${prefix}`);
  return found;
}

import { desc, op, type ColumnTable } from 'arquero';
import type { CorpusTables } from './corpus-tables.js';

/** Options of {@link duplicates}. */
export interface DuplicatesOptions {
  /**
   * `body` (default): the same title, lead and body with white space folded (`bodyHash`), as when
   * two outlets carry one wire story; `content`: the same bytes (`contentHash`), the same file twice.
   */
  by?: 'body' | 'content';
}

/** The columns of {@link duplicates}, in order. */
export const DUPLICATE_COLUMNS = ['hash', 'copies', 'articleId', 'file', 'outlet', 'language', 'published', 'duplicateOf'] as const;

/**
 * The articles that share their text with another: one row per article of every group of two or
 * more with the same hash, with the size of its group (`copies`). Syndication made visible, not
 * hidden: every copy stays an article of the corpus and counts in every other verb.
 *
 * @returns columns `hash`, `copies`, `articleId`, `file`, `outlet`, `language`, `published`,
 *   `duplicateOf` (the first article of the run with the same body); largest groups first, then by hash and file
 * @example
 * duplicates(tables).objects();
 * // [{ hash: '9c1e…', copies: 2, articleId: '5a0f…', file: 'afp/a.txt', outlet: 'Le Monde', … , duplicateOf: null }, { …, duplicateOf: '5a0f…' }]
 */
export function duplicates(tables: CorpusTables, options: DuplicatesOptions = {}): ColumnTable {
  const column = hashColumn(options.by);
  const hashed = tables.articles.filter(`d => d.${column} != null`).derive({ hash: `d => d.${column}` });
  return hashed
    .groupby('hash')
    .derive({ copies: op.count() })
    .ungroup()
    .filter((d: { copies: number }) => d.copies > 1)
    .derive({ articleId: (d: { id: string }) => d.id })
    .select(...DUPLICATE_COLUMNS)
    .orderby(desc('copies'), 'hash', 'file', 'articleId');
}

/**
 * The article column a {@link DuplicatesOptions.by} groups on.
 *
 * @example
 * hashColumn('content'); // 'contentHash'
 */
export function hashColumn(by: DuplicatesOptions['by'] = 'body'): 'bodyHash' | 'contentHash' {
  if (by === 'body') return 'bodyHash';
  if (by === 'content') return 'contentHash';
  throw new Error(`unknown duplicates key "${String(by)}"; expected body or content`);
}

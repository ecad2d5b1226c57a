import { from, type ColumnTable } from 'arquero';
import type { Article } from '@polynews/core';

/** One row of {@link articlesTable}. */
export interface ArticleRow {
  id: string;
  file: string | null;
  title: string | null;
  language: string | null;
  languageConfidence: number;
  outlet: string | null;
  outletConfidence: number | null;
  published: string | null;
  precision: string | null;
  /** `YYYY-MM-DD` when the publication date is known to the day or better, else null. */
  publishedDay: string | null;
  /** `YYYY-MM` when known to the month or better, else null. */
  publishedMonth: string | null;
  /** `YYYY` when known to the year or better, else null. */
  publishedYear: string | null;
  isTranslation: boolean;
  citations: number;
  words: number;
  bodyWords: number;
}

const PRECISION_RANK = { year: 0, month: 1, day: 2, minute: 3 } as const;

/**
 * Builds an arquero table with one row per article (columns of {@link ArticleRow}). Date columns
 * respect precision: an article known only to the month has a `publishedMonth` but no `publishedDay`.
 *
 * @param articles parsed articles (from `parseCorpus` or `polynews parse` JSONL)
 * @returns a ColumnTable, in the order of the input
 * @example
 * const { articles } = await parseCorpus(['seeds']);
 * articlesTable(articles).select('file', 'language', 'title').print();
 */
export function articlesTable(articles: readonly Article[]): ColumnTable {
  return from(articles.map(toRow));
}

function toRow(article: Article): ArticleRow {
  const published = article.published;
  const rank = published ? PRECISION_RANK[published.precision] : -1;
  const value = published?.value ?? '';
  return {
    id: article.id,
    file: article.file,
    title: article.title,
    language: article.language,
    languageConfidence: article.languageConfidence,
    outlet: article.outlet?.name ?? null,
    outletConfidence: article.outlet?.confidence ?? null,
    published: published?.value ?? null,
    precision: published?.precision ?? null,
    publishedDay: rank >= PRECISION_RANK.day ? value.slice(0, 10) : null,
    publishedMonth: rank >= PRECISION_RANK.month ? value.slice(0, 7) : null,
    publishedYear: rank >= PRECISION_RANK.year ? value.slice(0, 4) : null,
    isTranslation: article.translation.isTranslation,
    citations: article.citations.length,
    words: article.stats.words,
    bodyWords: article.stats.bodyWords,
  };
}

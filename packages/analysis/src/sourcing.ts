import { desc, op, table, type ColumnTable } from 'arquero';
import type { CorpusTables } from './corpus-tables.js';
import { groupKeys, labelUnknown, withGroupTotals, type GroupBy } from './group-keys.js';
import { groupByColumns } from './group-by-columns.js';

/** Options of {@link sourcing}. */
export interface SourcingOptions {
  /** Group by outlet (default), language, both, or `[]`. */
  by?: GroupBy;
}

/**
 * Which agencies each outlet relies on: one row per group, agency and citation role
 * (`attribution` in the text, photo `credit`, `source-line`), with `citations`, `articles` (of the
 * group citing the agency in that role), `total` (articles of the group) and `share = articles / total`.
 *
 * @returns columns: the group keys, `agency`, `role`, `citations`, `articles`, `total`, `share`
 * @example
 * sourcing(tables).objects()[0];
 * // { outlet: 'Al Mayadeen', agency: 'AFP', role: 'source-line', citations: 1, articles: 1, total: 1, share: 1 }
 */
export function sourcing(tables: CorpusTables, options: SourcingOptions = {}): ColumnTable {
  const keys = groupKeys(options.by ?? 'outlet');
  const totals = groupByColumns(labelUnknown(tables.articles, keys), keys).rollup({ total: op.count() });
  const perArticle = groupByColumns(labelUnknown(tables.citations, keys), [...keys, 'agency', 'role', 'articleId']).rollup({ citations: op.count() });
  const counted = groupByColumns(perArticle, [...keys, 'agency', 'role']).rollup({ citations: op.sum('citations'), articles: op.count() });
  const joined = withGroupTotals(counted, totals, keys);
  return joined
    .derive({ share: (d: { articles: number; total: number }) => d.articles / d.total })
    .select(...keys, 'agency', 'role', 'citations', 'articles', 'total', 'share')
    .orderby(...keys, desc('citations'), 'agency', 'role');
}

/** One row of {@link translations}. */
export interface TranslationRow {
  articleId: string;
  file: string | null;
  outlet: string | null;
  language: string | null;
  translationTool: string | null;
  originalUrl: string | null;
  originalOutlet: string | null;
  originalLanguage: string | null;
  /** The id of the corpus article whose source URL is the original, or null when the original is not in the corpus. */
  originalArticleId: string | null;
  originalFile: string | null;
}

/**
 * The translated articles and what they translate: the tool, the original's URL, outlet and
 * language, and the original itself when the corpus holds it: an article that is not a translation
 * whose own URL (or the source URL its text names) is the original's (ignoring scheme, `www.`, a
 * trailing slash and the fragment).
 *
 * @returns columns of {@link TranslationRow}, one row per translated article
 * @example
 * translations(tables).objects();
 * // [{ file: '…/002.txt', language: 'pl', translationTool: 'Google Translate', originalUrl: 'https://www.rt.com/africa/…', originalOutlet: 'RT', originalLanguage: 'en', originalArticleId: null, … }]
 */
export function translations(tables: CorpusTables): ColumnTable {
  const articles = tables.articles.objects() as {
    id: string; file: string | null; outlet: string | null; language: string | null; sourceUrl: string | null; url: string | null;
    isTranslation: boolean; translationTool: string | null; originalUrl: string | null; originalOutlet: string | null; originalLanguage: string | null;
  }[];
  // Only an article that is not itself a translation can be an original: two translations of one
  // text both name the original's URL as their source. The first such article in corpus order wins.
  const bySourceUrl = new Map<string, { id: string; file: string | null }>();
  for (const article of articles) {
    if (article.isTranslation) continue;
    // The page's own URL (from its record or its markup) first, then a URL its text names as its source.
    for (const own of [article.url, article.sourceUrl]) {
      if (!own) continue;
      const url = comparableUrl(own);
      if (!bySourceUrl.has(url)) bySourceUrl.set(url, article);
    }
  }
  const rows: TranslationRow[] = articles
    .filter((article) => article.isTranslation)
    .map((article) => {
      const original = article.originalUrl ? bySourceUrl.get(comparableUrl(article.originalUrl)) : undefined;
      return {
        articleId: article.id,
        file: article.file,
        outlet: article.outlet,
        language: article.language,
        translationTool: article.translationTool,
        originalUrl: article.originalUrl,
        originalOutlet: article.originalOutlet,
        originalLanguage: article.originalLanguage,
        originalArticleId: original && original.id !== article.id ? original.id : null,
        originalFile: original && original.id !== article.id ? original.file : null,
      };
    });
  return rows.length > 0 ? table(columnsOf(rows)) : table(Object.fromEntries(TRANSLATION_COLUMNS.map((name) => [name, []])));
}

const TRANSLATION_COLUMNS: readonly (keyof TranslationRow)[] = [
  'articleId', 'file', 'outlet', 'language', 'translationTool', 'originalUrl', 'originalOutlet', 'originalLanguage', 'originalArticleId', 'originalFile',
];

function columnsOf(rows: readonly TranslationRow[]): Record<string, unknown[]> {
  return Object.fromEntries(TRANSLATION_COLUMNS.map((name) => [name, rows.map((row) => row[name])]));
}

/**
 * A URL reduced for comparison: no scheme, no `www.`, lower-case host, no fragment, no trailing slash.
 *
 * @example
 * comparableUrl('https://www.RT.com/africa/1-x/#top'); // 'rt.com/africa/1-x'
 */
export function comparableUrl(url: string): string {
  const match = /^(?:[a-z][a-z0-9+.-]*:)?\/\/(?:www\.)?([^/?#]+)([^#]*)/i.exec(url.trim());
  if (!match) return url.trim();
  return `${match[1]!.toLowerCase()}${match[2]!.replace(/\/+$/, '')}`;
}


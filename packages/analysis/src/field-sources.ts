import { table, type ColumnTable } from 'arquero';

/** The article fields whose source the articles table records, with their column. */
const FIELDS = [
  ['title', 'titleSource'],
  ['published', 'publishedSource'],
  ['outlet', 'outletSource'],
  ['language', 'languageSource'],
] as const;

/**
 * Where each field of the articles came from: for title, publication date, outlet and language,
 * how many articles got it from each source (the record's metadata, JSON-LD, HTML meta tags,
 * markup, the URL, a dateline, the text, a source line, house style, the language detector), and
 * how many have none (`none`). Read it before trusting a comparison: a field that comes mostly
 * from guesses deserves less weight.
 *
 * @returns columns: `field`, `source`, `articles`, `share`; by field, most common source first
 * @example
 * fieldSources(tables.articles).print();
 * // field     source      articles share
 * // title     text        5        1
 */
export function fieldSources(articles: ColumnTable): ColumnTable {
  const total = articles.numRows();
  const rows: { field: string; source: string; articles: number }[] = [];
  for (const [field, column] of FIELDS) {
    const counts = new Map<string, number>();
    for (const source of articles.array(column) as (string | null)[]) counts.set(source ?? 'none', (counts.get(source ?? 'none') ?? 0) + 1);
    for (const [source, count] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) rows.push({ field, source, articles: count });
  }
  return table({
    field: rows.map((row) => row.field),
    source: rows.map((row) => row.source),
    articles: rows.map((row) => row.articles),
    share: rows.map((row) => (total === 0 ? 0 : Math.round((row.articles / total) * 1000) / 1000)),
  });
}

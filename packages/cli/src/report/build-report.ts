import { escape, toMarkdown, type ColumnTable } from 'arquero';
import { basename } from 'node:path';
import type { CorpusResult } from '@polynews/core';
import { articlesTable, countArticles } from '@polynews/analysis';

/** A titled table of the report. */
export interface ReportSection {
  heading: string;
  table: ColumnTable;
}

/**
 * Builds the sections of the corpus report: the articles, then counts by language, by outlet and
 * by publication day (unknown dates counted, not dropped).
 *
 * @example
 * buildReportSections(await parseCorpus(['seeds'])).map((s) => s.heading);
 * // ['Articles', 'By language', 'By outlet', 'By publication date (day)', 'By language and outlet']
 */
export function buildReportSections(corpus: CorpusResult): ReportSection[] {
  const articles = articlesTable(corpus.articles);
  const listing = articles
    .derive({
      file: escape((d: { file: string | null }) => (d.file == null ? '' : basename(d.file))),
      outlet: escape((d: { outlet: string | null; outletConfidence: number | null }) => (d.outlet == null ? 'unknown' : `${d.outlet} (${d.outletConfidence})`)),
      published: escape((d: { published: string | null }) => d.published ?? 'unknown'),
      title: escape((d: { title: string | null }) => d.title ?? '—'),
    })
    .select('file', 'language', 'outlet', 'published', 'bodyWords', 'title');
  return [
    { heading: 'Articles', table: listing },
    { heading: 'By language', table: countArticles(articles, ['language']) },
    { heading: 'By outlet', table: countArticles(articles, ['outlet']) },
    { heading: 'By publication date (day)', table: countArticles(articles, ['date'], { dateUnit: 'day' }) },
    { heading: 'By language and outlet', table: countArticles(articles, ['language', 'outlet']) },
  ];
}

/**
 * Renders the report as Markdown: a summary line, every section as a table, and the failures.
 *
 * @example
 * renderMarkdownReport(corpus, ['seeds']).split('\n')[0]; // '# polynews report: seeds'
 */
export function renderMarkdownReport(corpus: CorpusResult, inputs: readonly string[]): string {
  const lines = [
    `# polynews report: ${inputs.join(', ')}`,
    '',
    `${corpus.articles.length} articles parsed, ${corpus.failures.length} files failed.`,
    '',
  ];
  for (const section of buildReportSections(corpus)) {
    lines.push(`## ${section.heading}`, '', toMarkdown(section.table).trimEnd(), '');
  }
  if (corpus.failures.length > 0) {
    lines.push('## Files that could not be parsed', '');
    for (const failure of corpus.failures) lines.push(`- ${failure.message} (${failure.code})`);
    lines.push('');
  }
  return lines.join('\n');
}

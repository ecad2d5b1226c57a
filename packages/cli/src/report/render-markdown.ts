import { escapeMarkdown, markdownTable } from '@polynews/analysis';
import type { ReportModel } from './report-model.js';
import { cutNote, MARKDOWN_ROWS, tableFiles } from './table-files.js';

/**
 * Renders the key tables of the report as Markdown (what the terminal shows and `report.md` holds):
 * the summary, every table marked `key` (its first 100 rows, saying so when it has more: the whole
 * table is in its CSV file), and the files that could not be parsed. Every value that
 * comes from the pages or their file names is escaped (see `escapeMarkdown`), so a title such as
 * `<script>` is shown as text by any Markdown viewer.
 *
 * @example
 * renderMarkdownReport(model).split('\n')[0]; // '# polynews report: seeds'
 */
export function renderMarkdownReport(model: ReportModel): string {
  const lines = [`# ${escapeMarkdown(model.title)}`, '', ...model.summary.map(escapeMarkdown), ''];
  const files = tableFiles(model);
  for (const section of model.sections) {
    for (const entry of section.tables) {
      const { caption, table, key } = entry;
      if (!key) continue;
      lines.push(`## ${escapeMarkdown(caption)}`, '');
      lines.push(table.numRows() === 0 ? '(none)' : markdownTable(table, { limit: MARKDOWN_ROWS }), '');
      const cut = cutNote(table.numRows(), MARKDOWN_ROWS, files.get(entry));
      if (cut) lines.push(escapeMarkdown(cut), '');
    }
  }
  if (model.failures.length > 0) {
    lines.push('## Files that could not be parsed', '');
    for (const failure of model.failures) lines.push(`- ${escapeMarkdown(failure.message)} (${escapeMarkdown(failure.code)})`);
    lines.push('');
  }
  return lines.join('\n');
}

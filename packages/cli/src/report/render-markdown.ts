import { toMarkdown } from 'arquero';
import { displayFormats } from '@polynews/analysis';
import type { ReportModel } from './report-model.js';

/**
 * Renders the key tables of the report as Markdown (what the terminal shows and `report.md` holds):
 * the summary, every table marked `key`, and the files that could not be parsed.
 *
 * @example
 * renderMarkdownReport(model).split('\n')[0]; // '# polynews report: seeds'
 */
export function renderMarkdownReport(model: ReportModel): string {
  const lines = [`# ${model.title}`, '', ...model.summary, ''];
  for (const section of model.sections) {
    for (const { caption, table, key } of section.tables) {
      if (!key) continue;
      lines.push(`## ${caption}`, '');
      lines.push(table.numRows() === 0 ? '(none)' : toMarkdown(table, { format: displayFormats(table) }).trimEnd(), '');
    }
  }
  if (model.failures.length > 0) {
    lines.push('## Files that could not be parsed', '');
    for (const failure of model.failures) lines.push(`- ${failure.message} (${failure.code})`);
    lines.push('');
  }
  return lines.join('\n');
}

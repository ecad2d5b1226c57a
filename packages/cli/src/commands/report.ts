import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseCorpus } from '@polynews/core';
import { writeTable } from '@polynews/analysis';
import { tableFiles } from '../report/table-files.js';
import { buildReportModel } from '../report/report-model.js';
import { renderHtmlReport } from '../report/render-html.js';
import { renderMarkdownReport } from '../report/render-markdown.js';
import type { CliIo } from '../io.js';

/** Options of `polynews report`. */
export interface ReportCommandOptions {
  /** Folder the report files are written to (default `reports`). */
  outDir: string;
}

/**
 * `polynews report [paths…]`: parses the corpus (default `seeds`), prints the key tables, and
 * writes `report.html` (every table and chart, self-contained), `report.md` (the key tables) and
 * every table whole as CSV in `tables/` to the out folder.
 *
 * @returns 0, or 1 when any file failed (the report lists them)
 * @example
 * await reportCommand(['seeds'], { outDir: 'reports' }, processIo); // writes reports/report.html and reports/report.md
 */
export async function reportCommand(paths: readonly string[], options: ReportCommandOptions, io: CliIo): Promise<number> {
  const inputs = paths.length > 0 ? paths : ['seeds'];
  const corpus = await parseCorpus(inputs.map((path) => resolve(io.cwd, path)));
  const model = buildReportModel(corpus, inputs);
  const markdown = renderMarkdownReport(model);
  const html = await renderHtmlReport(model);
  const outDir = resolve(io.cwd, options.outDir);
  await mkdir(outDir, { recursive: true });
  const htmlFile = join(outDir, 'report.html');
  const markdownFile = join(outDir, 'report.md');
  await writeFile(htmlFile, html);
  await writeFile(markdownFile, markdown);
  // Every table, whole, as CSV beside the report: the HTML and Markdown show the first rows of long ones.
  const files = tableFiles(model);
  await mkdir(join(outDir, 'tables'), { recursive: true });
  for (const [entry, file] of files) await writeTable(entry.table, join(outDir, file));
  io.stdout(`${markdown}\nReport written to ${htmlFile} (tables and charts), ${markdownFile} and ${files.size} tables as CSV in ${join(outDir, 'tables')}\n`);
  for (const failure of corpus.failures) io.stderr(`polynews report: ${failure.message} [${failure.code}]\n`);
  return corpus.failures.length > 0 ? 1 : 0;
}

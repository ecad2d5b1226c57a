import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseCorpus } from '@polynews/core';
import { renderMarkdownReport } from '../report/build-report.js';
import type { CliIo } from '../io.js';

/** Options of `polynews report`. */
export interface ReportCommandOptions {
  /** Folder the report file is written to (default `reports`). */
  outDir: string;
}

/**
 * `polynews report [paths…]`: parses the corpus (default `seeds`), prints the tables by language,
 * outlet and date, and writes the same report to `reports/report.md`.
 *
 * @returns 0, or 1 when any file failed (the report lists them)
 * @example
 * await reportCommand(['seeds'], { outDir: 'reports' }, processIo); // writes reports/report.md
 */
export async function reportCommand(paths: readonly string[], options: ReportCommandOptions, io: CliIo): Promise<number> {
  const inputs = paths.length > 0 ? paths : ['seeds'];
  const corpus = await parseCorpus(inputs.map((path) => resolve(io.cwd, path)));
  const markdown = renderMarkdownReport(corpus, inputs);
  const outDir = resolve(io.cwd, options.outDir);
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, 'report.md');
  await writeFile(file, markdown);
  io.stdout(`${markdown}\nReport written to ${file}\n`);
  for (const failure of corpus.failures) io.stderr(`polynews report: ${failure.message} [${failure.code}]\n`);
  return corpus.failures.length > 0 ? 1 : 0;
}

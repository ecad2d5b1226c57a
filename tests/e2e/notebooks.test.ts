import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jupyterPython, ROOT } from './helpers.js';

interface NotebookOutput {
  output_type: string;
  ename?: string;
  evalue?: string;
  data?: Record<string, unknown>;
}
interface Notebook {
  cells: { cell_type: string; source: string | string[]; outputs?: NotebookOutput[] }[];
}

/** Executes a notebook headlessly with nbconvert and the tslab kernel; returns the executed notebook. */
export function executeNotebook(path: string, workdir: string): { status: number | null; stderr: string; notebook?: Notebook } {
  const output = join(workdir, 'executed.ipynb');
  const result = spawnSync(
    jupyterPython(),
    ['-m', 'nbconvert', '--to', 'notebook', '--execute', '--ExecutePreprocessor.timeout=300', '--output', output, path],
    { cwd: join(ROOT, 'notebooks'), encoding: 'utf8', env: { ...process.env, PYDEVD_DISABLE_FILE_VALIDATION: '1' } },
  );
  if (result.status !== 0) return { status: result.status, stderr: result.stderr };
  return { status: 0, stderr: result.stderr, notebook: JSON.parse(readFileSync(output, 'utf8')) as Notebook };
}

const notebooks = readdirSync(join(ROOT, 'notebooks')).filter((name) => name.endsWith('.ipynb')).sort();
const executed = new Map<string, ReturnType<typeof executeNotebook>>();

/** Each notebook is executed once per test run; later tests read the same executed copy. */
function executedNotebook(name: string) {
  if (!executed.has(name)) executed.set(name, executeNotebook(join(ROOT, 'notebooks', name), mkdtempSync(join(tmpdir(), 'polynews-nb-'))));
  return executed.get(name)!;
}

describe('notebooks execute headlessly through the tslab kernel', () => {
  it('finds the notebooks', () => {
    expect(notebooks).toContain('01-corpus-overview.ipynb');
  });

  it.each(notebooks)('%s runs without a failing cell', (name) => {
    const run = executedNotebook(name);
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    const errors = run.notebook!.cells.flatMap((cell) => cell.outputs ?? []).filter((output) => output.output_type === 'error');
    expect(errors).toEqual([]);
  });

  it('01-corpus-overview shows the seeds by language and outlet as HTML tables', () => {
    const run = executedNotebook('01-corpus-overview.ipynb');
    const html = run.notebook!.cells
      .flatMap((cell) => cell.outputs ?? [])
      .map((output) => output.data?.['text/html'])
      .filter((value): value is string | string[] => value !== undefined)
      .map((value) => (Array.isArray(value) ? value.join('') : value));
    expect(html.length).toBeGreaterThanOrEqual(4);
    expect(html.some((table) => table.includes('<td style="text-align: left;">pl</td><td style="text-align: right;">1</td>'))).toBe(true);
    expect(html.some((table) => table.includes('Al Mayadeen'))).toBe(true);
  });

  it('fails the run when a cell errors (the check above can fail)', () => {
    const broken = {
      cells: [{ cell_type: 'code', id: 'broken', metadata: {}, execution_count: null, outputs: [], source: "throw new Error('broken cell');" }],
      metadata: { kernelspec: { display_name: 'TypeScript', language: 'typescript', name: 'tslab' } },
      nbformat: 4,
      nbformat_minor: 5,
    };
    const dir = mkdtempSync(join(tmpdir(), 'polynews-nb-broken-'));
    writeFileSync(join(dir, 'broken.ipynb'), JSON.stringify(broken));
    const run = executeNotebook(join(dir, 'broken.ipynb'), dir);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('broken cell');
  });
});

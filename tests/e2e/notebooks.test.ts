import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { jupyterPython, ROOT } from './helpers.js';

interface NotebookOutput {
  output_type: string;
  name?: string;
  text?: string | string[];
  ename?: string;
  evalue?: string;
  data?: Record<string, unknown>;
}
interface Notebook {
  cells: { cell_type: string; source: string | string[]; outputs?: NotebookOutput[]; execution_count?: number | null }[];
}

/** tslab's error when its TypeScript watch program sees a file change mid-run (a race in tslab). */
const TSLAB_WATCH_RACE = 'Unexpected pending rebuildTimer';

/** Runs nbconvert on a notebook; `allowErrors` goes on past failing cells. */
function nbconvert(path: string, output: string, allowErrors: boolean) {
  return spawnSync(
    jupyterPython(),
    ['-m', 'nbconvert', '--to', 'notebook', '--execute', ...(allowErrors ? ['--allow-errors'] : []), '--ExecutePreprocessor.timeout=300', '--ExecutePreprocessor.startup_timeout=300', '--output', output, path],
    { cwd: join(ROOT, 'notebooks'), encoding: 'utf8', env: { ...process.env, PYDEVD_DISABLE_FILE_VALIDATION: '1' } },
  );
}

/**
 * Executes a notebook headlessly with nbconvert and the tslab kernel; returns the executed notebook.
 * tslab reports a failing cell to Jupyter with an empty error and prints the real message (a type
 * error, an exception) on the cell's stderr, so on failure the notebook is run again past errors
 * and `problems` lists each cell that printed on stderr with what it printed.
 */
export function executeNotebook(path: string, workdir: string): { status: number | null; stderr: string; problems: string; notebook?: Notebook } {
  const output = join(workdir, 'executed.ipynb');
  for (let attempt = 1; ; attempt += 1) {
    const result = nbconvert(path, output, false);
    if (result.status === 0) return { status: 0, stderr: result.stderr, problems: '', notebook: JSON.parse(readFileSync(output, 'utf8')) as Notebook };
    const problems = diagnose(path, workdir) || result.stderr.slice(-1500);
    // tslab's type checker (a TypeScript watch program) crashes when a file watcher fires between
    // two cells, e.g. when another process writes into node_modules: a race in tslab, not a fault
    // of the notebook, so the notebook gets one more run.
    if (attempt === 1 && problems.includes(TSLAB_WATCH_RACE)) {
      console.warn(`${path}: tslab hit "${TSLAB_WATCH_RACE}"; running the notebook once more`);
      continue;
    }
    return { status: result.status, stderr: result.stderr, problems };
  }
}

/** Runs a failed notebook again past its errors and returns what each cell printed on stderr. */
function diagnose(path: string, workdir: string): string {
  const diagnosis = join(workdir, 'diagnosis.ipynb');
  nbconvert(path, diagnosis, true);
  if (!existsSync(diagnosis)) return '';
  const notebook = JSON.parse(readFileSync(diagnosis, 'utf8')) as Notebook;
  return notebook.cells
    .flatMap((cell) => {
      const text = (cell.outputs ?? [])
        .filter((out) => out.output_type === 'stream' && out.name === 'stderr')
        .map((out) => (Array.isArray(out.text) ? out.text.join('') : (out.text ?? '')))
        .join('');
      return text === '' ? [] : [`cell:\n${Array.isArray(cell.source) ? cell.source.join('') : cell.source}\nprinted:\n${text}`];
    })
    .join('\n---\n');
}

const notebooks = readdirSync(join(ROOT, 'notebooks')).filter((name) => name.endsWith('.ipynb')).sort();
const executed = new Map<string, ReturnType<typeof executeNotebook>>();

/** Each notebook is executed once per test run; later tests read the same executed copy. */
function executedNotebook(name: string) {
  if (!executed.has(name)) executed.set(name, executeNotebook(join(ROOT, 'notebooks', name), mkdtempSync(join(tmpdir(), 'polynews-nb-'))));
  return executed.get(name)!;
}

/** The HTML and SVG outputs of a notebook, each joined into one string. */
function outputsOf(notebook: Notebook, mime: 'text/html' | 'image/svg+xml' | 'image/png'): string[] {
  return notebook.cells
    .flatMap((cell) => cell.outputs ?? [])
    .map((output) => output.data?.[mime])
    .filter((value): value is string | string[] => value !== undefined)
    .map((value) => (Array.isArray(value) ? value.join('') : value));
}

const cell = (value: string, align: 'left' | 'right' = 'left') => `<td style="text-align: ${align};">${value}</td>`;

describe('notebooks execute headlessly through the tslab kernel', () => {
  it('finds the six notebooks', () => {
    expect(notebooks).toEqual(['01-corpus-overview.ipynb', '02-who-is-covered-and-quoted.ipynb', '03-sourcing-and-translation.ipynb', '04-timeline.ipynb', '05-large-corpus.ipynb', '06-new-topic-names.ipynb']);
  });

  it.each(notebooks)('%s runs without a failing cell and shows tables as HTML and each chart as SVG with a PNG beside it', (name) => {
    const run = executedNotebook(name);
    expect(run.problems).toBe('');
    expect(run.status).toBe(0);
    const errors = run.notebook!.cells.flatMap((cell) => cell.outputs ?? []).filter((output) => output.output_type === 'error');
    expect(errors).toEqual([]);
    expect(outputsOf(run.notebook!, 'text/html').length).toBeGreaterThanOrEqual(2);
    const svgs = outputsOf(run.notebook!, 'image/svg+xml');
    expect(svgs.length).toBeGreaterThanOrEqual(1);
    for (const svg of svgs) expect(svg).toMatch(/^<svg[^>]*class="marks"/);
    // The PNG survives nbconvert's HTML export, which drops SVG: one beside every SVG, twice its size.
    const pngs = outputsOf(run.notebook!, 'image/png');
    expect(pngs).toHaveLength(svgs.length);
    pngs.forEach((png, index) => {
      const image = PNG.sync.read(Buffer.from(png, 'base64'));
      expect(image.width).toBe(2 * Number(/width="(\d+)"/u.exec(svgs[index]!)![1]));
    });
  });

  it.each(notebooks)('%s is committed with its current outputs, so that it reads on a code host (npm run notebooks refreshes them)', (name) => {
    const committed = JSON.parse(readFileSync(join(ROOT, 'notebooks', name), 'utf8')) as Notebook;
    const code = committed.cells.filter((cell) => cell.cell_type === 'code');
    const fresh = executedNotebook(name).notebook!;
    const mimes = (notebook: Notebook) => notebook.cells.map((cell) => (cell.outputs ?? []).map((output) => Object.keys(output.data ?? {}).join('+')));
    expect(mimes(committed)).toEqual(mimes(fresh));
    expect(outputsOf(committed, 'text/html')).toEqual(outputsOf(fresh, 'text/html'));
    expect(outputsOf(committed, 'image/svg+xml').length).toBeGreaterThanOrEqual(1);
    expect(committed.cells.flatMap((cell) => cell.outputs ?? []).filter((output) => output.output_type === 'error')).toEqual([]);
    // Thin: the notebook imports the packages by name and explains each question in markdown.
    const sources = committed.cells.map((cell) => (Array.isArray(cell.source) ? cell.source.join('') : cell.source));
    expect(sources.join('\n')).toContain("from '@polynews/analysis'");
    expect(committed.cells.filter((cell) => cell.cell_type === 'markdown').length).toBeGreaterThanOrEqual(code.length - 2);
  });

  it('01-corpus-overview: the seeds by language, outlet and date, and the boilerplate per role', () => {
    const html = outputsOf(executedNotebook('01-corpus-overview.ipynb').notebook!, 'text/html').join('\n');
    expect(html).toContain(`${cell('pl')}${cell('1', 'right')}`);
    expect(html).toContain(`${cell('Al Mayadeen')}${cell('1', 'right')}`);
    expect(html).toContain(`${cell('vi')}${cell('2023-W26')}${cell('week')}${cell('1', 'right')}`);
    expect(html).toContain(cell('navigation'));
    // Where the fields came from: the seeds' outlets mostly from house style, their languages from the detector.
    expect(html).toContain(`${cell('outlet')}${cell('fingerprint')}${cell('3', 'right')}${cell('60%', 'right')}`);
    expect(html).toContain(`${cell('language')}${cell('detector')}${cell('5', 'right')}${cell('100%', 'right')}`);
    const [perOutlet, boilerplate] = outputsOf(executedNotebook('01-corpus-overview.ipynb').notebook!, 'image/svg+xml');
    expect(perOutlet).toContain('Articles per day, by outlet');
    expect(perOutlet).toContain('Thanh Niên');
    expect(boilerplate).toContain('003_5454df684d767278.txt');
    expect(boilerplate).toContain('boilerplate');
  });

  it('02-who-is-covered-and-quoted: coverage heatmap, speakers and the two languages side by side', () => {
    const notebook = executedNotebook('02-who-is-covered-and-quoted.ipynb').notebook!;
    const html = outputsOf(notebook, 'text/html').join('\n');
    // The described speakers of the seeds resolve to their persons: "malijski dyplomata" to Diop, "Nhà ngoại giao Nga" to Lavrov.
    expect(html).toContain(`${cell('pl')}${cell('Abdoulaye Diop')}${cell('abdoulaye-diop')}${cell('linked')}${cell('2', 'right')}${cell('100%', 'right')}`);
    expect(html).toContain(`${cell('vi')}${cell('Sergei Lavrov')}${cell('sergei-lavrov')}${cell('linked')}${cell('4', 'right')}${cell('67%', 'right')}`);
    expect(html).not.toContain(cell('malijski dyplomata'));
    expect(html).toContain('ar share');
    const svgs = outputsOf(notebook, 'image/svg+xml').join('\n');
    expect(svgs).toContain('Abdoulaye Diop');
    expect(svgs).toContain('Assimi Goïta');
  });

  it('03-sourcing-and-translation: agencies per outlet and the translated seed with its original', () => {
    const notebook = executedNotebook('03-sourcing-and-translation.ipynb').notebook!;
    const html = outputsOf(notebook, 'text/html').join('\n');
    expect(html).toContain(`${cell('RT Arabic')}${cell('Legion-Media')}${cell('credit')}`);
    expect(html).toContain(`${cell('Google Translate')}${cell('https://www.rt.com/africa/602036-lavrov-mali-security-support-pledge/')}${cell('RT')}${cell('en')}`);
    expect(outputsOf(notebook, 'image/svg+xml').join('\n')).toContain('Thanh Niên');
  });

  it('04-timeline: publication and mentioned dates, with the year of “ngày 30.6” taken from the dateline', () => {
    const notebook = executedNotebook('04-timeline.ipynb').notebook!;
    const html = outputsOf(notebook, 'text/html').join('\n');
    expect(html).toContain(`${cell('ngày 30.6')}${cell('2023-06-30')}${cell('day')}${cell('year')}${cell('-1', 'right')}`);
    expect(html).toContain(`${cell('vi')}${cell('published')}${cell('2023')}${cell('year')}${cell('1', 'right')}`);
    expect(outputsOf(notebook, 'image/svg+xml').join('\n')).toContain('>2013<');
  });

  it('06-new-topic-names: unlinked names, a drafted and edited registry, and coverage linked across scripts', () => {
    const notebook = executedNotebook('06-new-topic-names.ipynb').notebook!;
    const html = outputsOf(notebook, 'text/html').join('\n');
    expect(html).toContain(`${cell('Marta Olsen')}${cell('person')}${cell('20', 'right')}${cell('20', 'right')}`);
    expect(html).toContain(`${cell('Harbor Metals Research')}${cell('org')}`);
    const linked = /first \(bundled registry\)<\/td><td[^>]*>(\d+) of (\d+)<\/td>[\s\S]*second \(with the edited draft\)<\/td><td[^>]*>(\d+) of (\d+)</u.exec(html)!;
    expect(Number(linked[3]) / Number(linked[4])).toBeGreaterThan(0.5);
    expect(Number(linked[1]) / Number(linked[2])).toBeLessThan(0.1);
    const svgs = outputsOf(notebook, 'image/svg+xml').join('\n');
    for (const name of ['Marta Olsen', 'Tomás Aguilar', 'Kestrel Lithium']) expect(svgs).toContain(name);
  });

  it('05-large-corpus: the seeds as a Parquet dataset, opened in memory and through DuckDB with the same coverage', () => {
    const notebook = executedNotebook('05-large-corpus.ipynb').notebook!;
    const html = outputsOf(notebook, 'text/html').join('\n');
    expect(html).toContain(`${cell('articles')}${cell('5', 'right')}${cell('4', 'right')}`);
    expect(html).toContain(`${cell('ar')}${cell('person')}`);
    const markdown = notebook.cells
      .flatMap((cell) => cell.outputs ?? [])
      .map((output) => output.data?.['text/markdown'])
      .filter((value): value is string | string[] => value !== undefined)
      .map((value) => (Array.isArray(value) ? value.join('') : value))
      .join('\n');
    expect(markdown).toContain('`openCorpus` chose **memory**; forced, the other engine is **duckdb**');
    expect(markdown).toContain('Coverage from memory and from DuckDB: **identical**');
    expect(outputsOf(notebook, 'image/svg+xml').join('\n')).toContain('Sergei Lavrov');
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
    expect(run.problems).toContain("throw new Error('broken cell');");
    expect(run.problems).toMatch(/printed:\n.*Error: broken cell/s);
  });
});

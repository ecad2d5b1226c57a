import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { DuckDbCorpus, openCorpus } from '@polynews/analysis';
import { describe, expect, it } from 'vitest';
import { runCli, summaryLine, type CliIo } from '../src/index.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SEEDS = join(ROOT, 'seeds');

function capture(extra: Partial<CliIo> = {}): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd: ROOT,
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    ...extra,
  };
  return io;
}

/** How many articles DuckDB reads from a dataset folder. */
async function articlesIn(dir: string): Promise<number> {
  const corpus = await DuckDbCorpus.open(dir);
  try {
    return (await corpus.query('SELECT count(*)::INTEGER AS n FROM articles')).array('n')[0] as number;
  } finally {
    corpus.close();
  }
}

/** A stream that says it is a terminal and keeps what is drawn on it. */
function fakeTerminal(): Writable & { isTTY: boolean; columns: number; drawn: string } {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      stream.drawn += String(chunk);
      done();
    },
  }) as Writable & { isTTY: boolean; columns: number; drawn: string; cursorTo: () => boolean; clearLine: () => boolean; moveCursor: () => boolean };
  Object.assign(stream, { isTTY: true, columns: 160, drawn: '', cursorTo: () => true, clearLine: () => true, moveCursor: () => true, clearScreenDown: () => true });
  return stream;
}

describe('polynews parse at scale', () => {
  it('writes the same JSONL with 1 and 2 jobs', async () => {
    const one = capture();
    const two = capture();
    expect(await runCli(['parse', SEEDS, '--jobs', '1'], one)).toBe(0);
    expect(await runCli(['parse', SEEDS, '--jobs', '2'], two)).toBe(0);
    expect(two.out).toBe(one.out);
    expect(one.out.trimEnd().split('\n')).toHaveLength(5);
    expect(one.err).toMatch(/, 1 job\)\n$/);
    expect(two.err).toMatch(/, 2 jobs\)\n$/);
  });

  it('reads a JSONL file of pages and names a bad line by file:line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-cli-jsonl-'));
    const page = readFileSync(join(SEEDS, '002_1304d1d541c6c9d0.txt'), 'utf8');
    writeFileSync(join(dir, 'pages.jsonl'), `${JSON.stringify({ text: page })}\n{"title": "no text"}\n`);
    const io = capture();
    expect(await runCli(['parse', join(dir, 'pages.jsonl'), '--jobs', '2'], io)).toBe(1);
    const article = JSON.parse(io.out);
    expect(article.file).toBe(`${join(dir, 'pages.jsonl')}:1`);
    expect(article.language).toBe('pl');
    expect(io.err).toContain(`${join(dir, 'pages.jsonl')}:2: the record has no page content: expected a string field "text" or "content" or "body" or "html" [invalid-record]`);
  });

  it('writes a Parquet dataset with --out --format parquet that DuckDB reads back whole', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'polynews-cli-parquet-')), 'corpus');
    const io = capture();
    expect(await runCli(['parse', SEEDS, '--format', 'parquet', '--out', out, '--jobs', '2'], io)).toBe(0);
    expect(io.out).toBe('');
    expect(io.err).toContain(`; wrote ${out} (articles 5, segments 114, mentions 273, quotes 28, citations 7, dates 42 rows; manifest _manifest-part.json, marker _SUCCESS-part)`);
    expect(readdirSync(out).sort()).toEqual(['_SUCCESS-part', '_manifest-part.json', 'articles', 'citations', 'dates', 'mentions', 'quotes', 'segments']);
    const corpus = await DuckDbCorpus.open(out);
    try {
      expect((await corpus.countArticles(['language'])).objects()).toEqual([
        { language: 'ar', articles: 2 },
        { language: 'vi', articles: 2 },
        { language: 'pl', articles: 1 },
      ]);
    } finally {
      corpus.close();
    }
  });

  it('writes each shard\'s Parquet files under its own name, so shards can share one folder', async () => {
    const out = mkdtempSync(join(tmpdir(), 'polynews-cli-shards-'));
    for (const shard of ['1/2', '2/2']) expect(await runCli(['parse', SEEDS, '--format', 'parquet', '--out', out, '--shard', shard, '--jobs', '1'], capture())).toBe(0);
    const files = readdirSync(join(out, 'articles'), { recursive: true }).map(String).filter((name) => name.endsWith('.parquet'));
    expect(files.every((name) => /s[12]of2-00000\.parquet$/.test(name))).toBe(true);
    expect(await articlesIn(out)).toBe(5);
  });

  it('never replaces or mixes with another run unless told, and says what it did', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'polynews-cli-rerun-')), 'corpus');
    const two = mkdtempSync(join(tmpdir(), 'polynews-cli-two-'));
    for (const name of readdirSync(SEEDS).slice(0, 2)) writeFileSync(join(two, name), readFileSync(join(SEEDS, name)));
    const articles = () => articlesIn(out);
    expect(await runCli(['parse', SEEDS, '--format', 'parquet', '--out', out, '--jobs', '1'], capture())).toBe(0);
    // A Spark-named file of the user's, in a table folder.
    writeFileSync(join(out, 'articles', 'part-00000-c000.snappy.parquet'), 'the user\'s');
    const second = capture();
    expect(await runCli(['parse', two, '--format', 'parquet', '--out', out, '--jobs', '1'], second)).toBe(2);
    expect(second.err).toMatch(/holds 1 Parquet file that polynews did not write \(articles\/part-00000-c000\.snappy\.parquet\)/);
    expect(await articles()).toBe(5);
    const overwrite = capture();
    expect(await runCli(['parse', two, '--format', 'parquet', '--out', out, '--jobs', '1', '--overwrite'], overwrite)).toBe(0);
    expect(overwrite.err).toMatch(/: removed \d+ files of an earlier polynews run; kept 1 Parquet files polynews did not write \(it never reads them\)\n/);
    expect(readFileSync(join(out, 'articles', 'part-00000-c000.snappy.parquet'), 'utf8')).toBe('the user\'s');
    expect(await articles()).toBe(2);
    const append = capture();
    expect(await runCli(['parse', SEEDS, '--format', 'parquet', '--out', out, '--jobs', '1', '--append'], append)).toBe(0);
    expect(append.err).toMatch(/: writing as part part-\d{8}T\d{6}-[0-9a-f]{4}; kept 1 Parquet files/);
    expect(await articles()).toBe(7);
    const both = capture();
    expect(await runCli(['parse', SEEDS, '--format', 'parquet', '--out', out, '--overwrite', '--append'], both)).toBe(2);
    expect(both.err).toContain('give --overwrite or --append, not both');
    const jsonl = mkdtempSync(join(tmpdir(), 'polynews-cli-jsonl-'));
    expect(await runCli(['parse', two, '--out', jsonl, '--jobs', '1'], capture())).toBe(0);
    const again = capture();
    expect(await runCli(['parse', two, '--out', jsonl, '--jobs', '1'], again)).toBe(2);
    expect(again.err).toContain(`${join(jsonl, 'articles.jsonl')} exists: add --overwrite to replace it, --append to add to it (JSONL)`);
    expect(await runCli(['parse', two, '--out', jsonl, '--jobs', '1', '--append'], capture())).toBe(0);
    expect(readFileSync(join(jsonl, 'articles.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(4);
  }, 60_000);

  it('refuses an unsharded run into a folder of a sharded one', async () => {
    const out = mkdtempSync(join(tmpdir(), 'polynews-cli-shard-mix-'));
    for (const shard of ['1/2', '2/2']) expect(await runCli(['parse', SEEDS, '--format', 'parquet', '--out', out, '--shard', shard, '--jobs', '1'], capture())).toBe(0);
    const whole = capture();
    expect(await runCli(['parse', SEEDS, '--format', 'parquet', '--out', out, '--jobs', '1'], whole)).toBe(2);
    expect(whole.err).toMatch(/already holds a dataset of seeds \(shard 1\/2, finished .*\): add --overwrite/);
    expect(await articlesIn(out)).toBe(5);
  });

  it('leaves a killed run detectable: readers refuse it, and running it again completes it', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'polynews-cli-killed-')), 'corpus');
    const dump = join(mkdtempSync(join(tmpdir(), 'polynews-cli-killed-in-')), 'pages.jsonl');
    const page = readFileSync(join(SEEDS, '002_1304d1d541c6c9d0.txt'), 'utf8');
    writeFileSync(dump, `${JSON.stringify({ text: page })}\n`.repeat(3000));
    const bin = join(ROOT, 'packages/cli/bin/polynews.js');
    const child = spawn(process.execPath, [bin, 'parse', dump, '--format', 'parquet', '--out', out, '--jobs', '1', '--no-progress'], { stdio: 'ignore' });
    // Killed once its manifest exists (the run has started writing), long before 3,000 pages are parsed.
    while (!existsSync(join(out, '_manifest-part.json'))) await new Promise((wait) => setTimeout(wait, 20));
    child.kill('SIGKILL');
    await new Promise((done) => child.on('close', done));
    expect(existsSync(join(out, '_SUCCESS-part'))).toBe(false);
    await expect(DuckDbCorpus.open(out)).rejects.toThrow(/the dataset is incomplete: part \(started .*\) did not finish/);
    await expect(openCorpus(out)).rejects.toThrow(/the dataset is incomplete/);
    writeFileSync(dump, `${JSON.stringify({ text: page })}\n`.repeat(3));
    expect(await runCli(['parse', dump, '--format', 'parquet', '--out', out, '--jobs', '1'], capture())).toBe(0);
    const corpus = await openCorpus(out);
    try {
      expect((await corpus.countArticles(['language'])).objects()).toEqual([{ language: 'pl', articles: 3 }]);
    } finally {
      corpus.close();
    }
  }, 60_000);

  it('asks for --out when the format is parquet', async () => {
    const io = capture();
    expect(await runCli(['parse', SEEDS, '--format', 'parquet'], io)).toBe(2);
    expect(io.err).toBe('polynews parse: --format parquet writes a folder: give it with --out <dir>\n');
  });

  it('draws a progress bar (files, MB, MB/s, ETA, failures) on a terminal, and nothing when stderr is not one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-cli-progress-'));
    writeFileSync(join(dir, 'a-empty.txt'), '');
    writeFileSync(join(dir, 'b.txt'), readFileSync(join(SEEDS, '000_7d0d01de241d3518.txt')));
    const terminal = fakeTerminal();
    const io = capture({ stderrIsTTY: true, stdoutIsTTY: false, stderrStream: terminal });
    expect(await runCli(['parse', dir, '--jobs', '1'], io)).toBe(1);
    expect(terminal.drawn).toMatch(/parse \[[=-]+\] \d+% \| [0-2]\/2 files \| [\d.]+\/0\.0 MB \| [\d.]+ MB\/s \| ETA \S+ \| [01] failed/);
    expect(terminal.drawn).toContain(`${join(dir, 'a-empty.txt')}: file is empty [empty]`);
    // The summary line still goes to stderr when the bar is done.
    expect(io.err).toMatch(/^polynews parse: 1 parsed, 1 failed \(/);

    const quiet = fakeTerminal();
    const notTty = capture({ stderrIsTTY: false, stderrStream: quiet });
    expect(await runCli(['parse', dir, '--jobs', '1'], notTty)).toBe(1);
    expect(quiet.drawn).toBe('');
    const noProgress = fakeTerminal();
    expect(await runCli(['parse', dir, '--jobs', '1', '--no-progress'], capture({ stderrIsTTY: true, stderrStream: noProgress }))).toBe(1);
    expect(noProgress.drawn).toBe('');
  });

  it('summarises a run in one line', () => {
    expect(summaryLine({ parsed: 5, failed: 1, bytes: 2_500_000, startedAt: 0 }, 2_000, 2)).toBe('5 parsed, 1 failed (2.50 MB in 2.0 s, 1.25 MB/s, 2 jobs)');
  });
});

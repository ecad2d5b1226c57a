import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { benchCommand } from '../src/bench-command.js';
import type { BenchIo } from '../src/bench-io.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function capture(): BenchIo & { out: string; err: string } {
  const io = { out: '', err: '', cwd: ROOT, stdout: (text: string) => void (io.out += text), stderr: (text: string) => void (io.err += text) };
  return io;
}

describe('npm run bench', () => {
  it('prints the stage, scaling, memory and analysis tables for a small synthetic corpus', async () => {
    const io = capture();
    expect(await benchCommand([join(ROOT, 'seeds')], { articles: [20, 40], rows: [3000], jobs: 2, rounds: 1, seed: 42 }, io)).toBe(0);
    const lines = io.out.split('\n');
    expect(lines[0]).toBe('# polynews bench');
    expect(lines[2]).toMatch(/^5 seed pages, seed 42, \d+ cores, Node v\d+/);
    for (const stage of ['decode', 'segment + classify', 'language', 'metadata (URLs, date, outlet, agencies)', 'entities', 'dates', 'quotes', 'assemble + validate']) {
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^\\| ${stage.replace(/[()+]/g, '\\$&')} \\| [\\d,]+ \\| [\\d.]+ \\| [\\d.]+ % \\| [\\d.]+ \\| [\\d.]+ % \\|$`)));
    }
    expect(lines).toContainEqual(expect.stringMatching(/^\| \*\*whole pipeline\*\* \(list, read, parse\) \| \*\*[\d,]+\*\* \| \*\*[\d.]+\*\* \| \| \*\*[\d.]+\*\* \| \|$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\| raw floor \(read \+ decode \+ split lines\) \| [\d,]+ \| [\d.]+ \| \| \| \|$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\| word floor \(raw floor \+ NFC \+ every word found and looked up once\) \| [\d,]+ \| [\d.]+ \| \| \| \|$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Pipeline \/ floor: [\d.]+ % \(the floor is \d+× faster\); pipeline \/ word floor: [\d.]+ %/));
    expect(lines).toContainEqual(expect.stringMatching(/^\| detection floor \(word floor \+ the page's language detected once\) \| [\d,]+ \| [\d.]+ \| \| \| \|$/));
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^At 20 MB\/s a page of this corpus \([\d.]+ kB\) has \d+ µs; the pipeline takes \d+ µs, the raw floor \d+ µs, the word floor \d+ µs \(\d+ % of the budget\) and the detection floor \d+ µs \(\d+ %\)\. Beyond the detection floor the target leaves \d+ µs a page for classifying lines, linking names, reading dates and quotes, and validating the article; the pipeline spends \d+ µs on them\.$/,
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^\| 1 \| [\d,]+ \| [\d.]+ \| [\d.]+ \| 1\.00× \| [\d.]+ MB \|$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\| 2 \| [\d,]+ \| [\d.]+ \| [\d.]+ \| [\d.]+× \| [\d.]+ MB \|$/));
    // The machine's ceiling: the pages split in two shards, each parsed by its own one-job process, at once.
    expect(lines).toContainEqual(expect.stringMatching(/^\| 2 shards in separate processes × 1 job \| [\d,]+ \| [\d.]+ \| [\d.]+ \| [\d.]+× \| [\d.]+ MB \|$/));
    // Memory: each size with the seeds' words and with a growing vocabulary, none failing.
    expect(lines).toContainEqual(expect.stringMatching(/^\| 20 \| the seeds' words \| [\d.]+ \| 0 \| [\d.]+ \| [\d.]+ MB \|$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\| 20 \| growing \(every sixth word new\) \| [\d.]+ \| 0 \| [\d.]+ \| [\d.]+ MB \|$/));
    // Paired rounds: each round's speed-ups are ratios of runs made back to back; the medians sum them up (here of one round).
    expect(lines).toContain('## Scaling in paired rounds (20 articles; each round runs 1 job, 2 workers and 2 shards in separate processes back to back)');
    const roundRows = lines.filter((line) => /^\| \d \| [\d,]+ \| [\d,]+ \| [\d.]+× \| [\d,]+ \| [\d.]+× \|$/.test(line));
    expect(roundRows).toHaveLength(1);
    const [ratio, ceiling] = [4, 6].map((column) => roundRows[0]!.split('|')[column]!.trim());
    expect(lines).toContain(`| **median** | | | **${ratio}** | | **${ceiling}** |`);
    expect(lines).toContainEqual(expect.stringMatching(/^The workers reach \d+ % of the machine's ceiling/));
    // The learner: 40 pages give each of the 5 outlets 8 pages, 4 with its footer, so the 5 footers are learned; 20 pages are too few (2 each, under minFiles 3).
    expect(lines).toContainEqual(expect.stringMatching(/^\| 20 \| 605 \| [\d.]+ \| [\d.]+ MB \| 0 \|$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\| 40 \| 1,205 \| [\d.]+ \| [\d.]+ MB \| 5 \|$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\| 40 \| the seeds' words \| [\d.]+ \| 0 \| [\d.]+ \| [\d.]+ MB \|$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\| 40 \| growing \(every sixth word new\) \| [\d.]+ \| 0 \| [\d.]+ \| [\d.]+ MB \|$/));
    // Pathological pages: one long line of each kind at 100 and 400 kB, time per MB and its growth.
    expect(lines).toContain('## Pathological pages: one long line (time per MB should not grow with the line)');
    for (const name of ['agency names (TASS)', 'agency names (Reuters)', 'names of people and places', 'quote marks', 'digits with dots', 'Arabic clitics', 'credits']) {
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^\\| ${name.replace(/[()]/g, '\\$&')} \\| \\d+ \\| [\\d.]+ \\| \\d+ \\| [\\d.]+ \\| [\\d.]+× \\|$`)));
    }
    expect(lines).toContain('## Input kinds on one core (500 pages)');
    for (const kind of ['text', 'html', 'warc.gz']) expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^\\| ${kind.replace('.', '\\.')} \\| [\\d.]+ \\| [\\d,]+ \\| [\\d.]+ \\|$`)));
    expect(lines).toContain('| verb | arquero 3k | DuckDB 3k |');
    expect(lines).toContainEqual(expect.stringMatching(/^\| group-by entity × language \(count\), groupByColumns \| \d+ ms \| \d+ ms \|$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\| sourcing by outlet \| \d+ ms \| \d+ ms \|$/));
    expect(lines).toContainEqual(expect.stringMatching(/^3,\d{3} mention rows \(\d+ articles\): Parquet written in/));
    // About ten child processes (measured runs, shards, paired rounds, learner, pathological pages): about a minute alone, twice that or more while the other workspaces' tests share the cores. The limit guards against a hang; speed is measured by `npm run bench`, never asserted here.
  }, 300_000);
});

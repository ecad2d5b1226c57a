import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { polynews, ROOT } from './helpers.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
/** The colours vega gives the first categories (tableau10): only chart marks use them on the page. */
const CHART_COLOURS = [
  [0x4c, 0x78, 0xa8],
  [0xf5, 0x85, 0x18],
  [0xe4, 0x57, 0x56],
];

/** Runs headless Chromium with the network resolved to nothing, so that the page must be self-contained. */
function chromium(args: string[]) {
  if (!CHROMIUM) throw new Error('Chromium is not installed: run `sudo apt-get install chromium` (npm test installs it when run as root).');
  const result = spawnSync(
    CHROMIUM,
    ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--host-resolver-rules=MAP * ~NOTFOUND', ...args],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm start’s HTML report in a real browser (headless Chromium)', () => {
  let dir: string;
  let html: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'polynews-report-browser-'));
    const report = polynews(['report', 'seeds', '--out-dir', dir]);
    expect(report.code, report.stderr).toBe(0);
    html = readFileSync(join(dir, 'report.html'), 'utf8');
  });

  it('is self-contained: no script, stylesheet, image or font fetched from anywhere', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe/i);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//i);
  });

  it('shows the tables and the charts in the rendered page', () => {
    const dom = chromium(['--dump-dom', `file://${join(dir, 'report.html')}`]);
    expect(dom.code, dom.stderr.slice(-1000)).toBe(0);
    expect(dom.stdout.match(/<table/g)?.length).toBeGreaterThanOrEqual(12);
    expect(dom.stdout.match(/<svg/g)?.length).toBe(8);
    for (const text of ['By language', 'Who and what is covered', 'Who is quoted', 'Agencies by outlet and role', 'Translations', 'Side by side: ar and vi']) {
      expect(dom.stdout).toContain(text);
    }
    expect(dom.stdout).toContain('<td style="text-align: left;">Al Mayadeen</td>');
    expect(dom.stdout).toContain('Sergei Lavrov');
    expect(dom.stdout).toContain('Google Translate');
  });

  it('paints the charts (the screenshot has chart-coloured bars) and the page is not blank', () => {
    const shot = join(dir, 'report.png');
    const run = chromium(['--window-size=1200,7000', `--screenshot=${shot}`, `file://${join(dir, 'report.html')}`]);
    expect(run.code, run.stderr.slice(-1000)).toBe(0);
    const png = PNG.sync.read(readFileSync(shot));
    expect(png.width).toBe(1200);
    const counts = CHART_COLOURS.map(() => 0);
    let dark = 0;
    for (let index = 0; index < png.data.length; index += 4) {
      const [r, g, b] = [png.data[index]!, png.data[index + 1]!, png.data[index + 2]!];
      if (r + g + b < 200) dark += 1;
      CHART_COLOURS.forEach(([cr, cg, cb], colour) => {
        if (Math.abs(r - cr!) <= 3 && Math.abs(g - cg!) <= 3 && Math.abs(b - cb!) <= 3) counts[colour] = counts[colour]! + 1;
      });
    }
    // Bars of three languages in the voices and timeline charts: thousands of pixels each.
    for (const count of counts) expect(count).toBeGreaterThan(1000);
    // Text of the tables.
    expect(dark).toBeGreaterThan(20_000);
  });
});

describe('the report of a corpus of 240 outlets in a real browser', () => {
  let dir: string;
  let html: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'polynews-report-outlets-'));
    type Generator = (seeds: { name: string; text: string }[], options: { outlets: number; seed: number }) => Iterable<{ url: string; published: string; outlet?: string; text: string }>;
    const { manyOutletRecords } = (await import(join(ROOT, 'bench/dist/many-outlets.js'))) as { manyOutletRecords: Generator };
    const seeds = readdirSync(join(ROOT, 'seeds')).sort().map((name) => ({ name, text: readFileSync(join(ROOT, 'seeds', name), 'utf8') }));
    const records = [...manyOutletRecords(seeds, { outlets: 240, seed: 7 })];
    writeFileSync(join(dir, 'records.jsonl'), records.map((record) => JSON.stringify(record)).join('\n') + '\n');
    const report = polynews(['report', join(dir, 'records.jsonl'), '--out-dir', join(dir, 'report')]);
    expect(report.code, report.stderr).toBe(0);
    html = readFileSync(join(dir, 'report', 'report.html'), 'utf8');
  }, 120_000);

  it('counts every outlet, lists each in the outlet table, and writes the whole list as CSV', () => {
    expect(html).toContain('3 languages, 240 outlets, 499 of 499 articles dated by their page.');
    const csv = readFileSync(join(dir, 'report', 'tables', 'outlets-1-outlets.csv'), 'utf8').trimEnd().split('\n');
    expect(csv).toHaveLength(241);
    expect(csv.filter((line) => line.includes(',domain:') && line.includes(',url,'))).toHaveLength(80);
    expect(html).toContain('The Southern Herald and Regional Weekly Review of the Upper Districts');
  });

  it('shows the outlet view: the largest outlets by name, the rest as one group, n over each heatmap column, no label cut', () => {
    const dom = chromium(['--dump-dom', `file://${join(dir, 'report', 'report.html')}`]);
    expect(dom.code, dom.stderr.slice(-1000)).toBe(0);
    const outlets = dom.stdout.slice(dom.stdout.indexOf('<section id="outlets">'), dom.stdout.indexOf('<section id="coverage">'));
    expect(outlets.match(/<svg/g)).toHaveLength(4);
    expect(outlets).toContain('other (228 outlets)');
    expect(outlets).toContain('Harbour Gazette · n = 30');
    expect(outlets).toContain('Articles per day, by outlet');
    // vega ends a label it had to shorten with an ellipsis: none is.
    expect(dom.stdout.match(/<text[^>]*>[^<]*…<\/text>/g) ?? []).toEqual([]);
    expect(dom.stdout).toContain('Published articles per day, by language');
  });

  it('paints the outlet view', () => {
    const shot = join(dir, 'report.png');
    const run = chromium(['--window-size=1200,6000', `--screenshot=${shot}`, `file://${join(dir, 'report', 'report.html')}`]);
    expect(run.code, run.stderr.slice(-1000)).toBe(0);
    const png = PNG.sync.read(readFileSync(shot));
    // The heatmap's darkest blue (shares of 1: #0a4a90) and the bars' first category colour.
    let darkBlue = 0;
    let bars = 0;
    for (let index = 0; index < png.data.length; index += 4) {
      const [r, g, b] = [png.data[index]!, png.data[index + 1]!, png.data[index + 2]!];
      if (Math.abs(r - 10) <= 3 && Math.abs(g - 74) <= 3 && Math.abs(b - 144) <= 3) darkBlue += 1;
      if (Math.abs(r - 0x4c) <= 3 && Math.abs(g - 0x78) <= 3 && Math.abs(b - 0xa8) <= 3) bars += 1;
    }
    expect(darkBlue).toBeGreaterThan(5000);
    expect(bars).toBeGreaterThan(2000);
  });
});


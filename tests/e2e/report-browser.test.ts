import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { polynews } from './helpers.js';

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
    expect(dom.stdout.match(/<svg/g)?.length).toBe(3);
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

import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleSchema } from '@polynews/core';
import { describe, expect, it } from 'vitest';
import * as cli from '../src/index.js';
import { runCli, type CliIo } from '../src/index.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function capture(cwd = ROOT): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd,
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return io;
}

describe('@polynews/cli public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(cli).sort()).toEqual([
      'ParseProgress', 'buildReportModel', 'escapeHtml', 'namesCommand', 'parseCommand', 'processIo', 'renderHtmlReport',
      'renderMarkdownReport', 'reportCommand', 'runCli', 'schemaCommand', 'summaryLine',
    ]);
  });
});

describe('polynews parse', () => {
  it('writes one valid Article per seed, in file order', async () => {
    const io = capture();
    expect(await runCli(['parse', join(ROOT, 'seeds')], io)).toBe(0);
    const lines = io.out.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    const articles = lines.map((line) => ArticleSchema.parse(JSON.parse(line)));
    expect(articles.map((article) => [article.file!.split('/').pop(), article.language])).toEqual([
      ['000_7d0d01de241d3518.txt', 'vi'],
      ['001_d728a159c3b1bbfd.txt', 'vi'],
      ['002_1304d1d541c6c9d0.txt', 'pl'],
      ['003_5454df684d767278.txt', 'ar'],
      ['004_b8090609d7bbf526.txt', 'ar'],
    ]);
    expect(io.err).toMatch(/^polynews parse: 5 parsed, 0 failed \(0\.02 MB in \d+\.\d s, \d+\.\d\d MB\/s, \d+ jobs?\)\n$/);
  });

  it('keeps going past bad files, names them on stderr and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-cli-'));
    writeFileSync(join(dir, 'a-empty.txt'), '');
    writeFileSync(join(dir, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, 'c-good.txt'), 'Mali thanks Russia for its support\n\nThe head of the junta in Mali thanked the Russian president for humanitarian aid and security help, the Kremlin said.\n');
    const io = capture();
    expect(await runCli(['parse', dir], io)).toBe(1);
    expect(io.out.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(io.out).title).toBe('Mali thanks Russia for its support');
    expect(io.err).toContain(`${join(dir, 'a-empty.txt')}: file is empty [empty]`);
    expect(io.err).toContain(`${join(dir, 'b-binary.txt')}: binary data: NUL byte at offset 4`);
    expect(io.err).toContain('1 parsed, 2 failed');
    expect(io.err.trimEnd().split('\n').at(-1)).toMatch(/^polynews parse: 1 parsed, 2 failed \(.* MB\/s, \d+ jobs?\); failed: /);
    expect(io.err.trimEnd().split('\n').at(-1)).toContain(`; failed: ${join(dir, 'a-empty.txt')} [empty], ${join(dir, 'b-binary.txt')} [binary]`);
  });

  it('refuses a 50 MB file before reading it, names it and the limit, and parses the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-cli-big-'));
    writeFileSync(join(dir, 'big.txt'), Buffer.alloc(50 * 1024 * 1024, 'Mali Russia. '));
    writeFileSync(join(dir, 'small.txt'), 'Mali thanks Russia for its support\n\nThe head of the junta in Mali thanked the Russian president for humanitarian aid and security help, the Kremlin said.\n');
    const io = capture();
    expect(await runCli(['parse', dir], io)).toBe(1);
    expect(io.err).toContain(`${join(dir, 'big.txt')}: file is 52428800 bytes (52.4 MB), more than the limit of 16777216 bytes (16.8 MB) for one article`);
    expect(io.err).toContain('1 parsed, 1 failed (');
    expect(io.err).toContain(`; failed: ${join(dir, 'big.txt')} [too-large]`);
    expect(JSON.parse(io.out).title).toBe('Mali thanks Russia for its support');
  });

  it('reports what --learn-boilerplate learned and rejects a bad --max-bytes', async () => {
    const io = capture();
    expect(await runCli(['parse', join(ROOT, 'seeds'), '--learn-boilerplate'], io)).toBe(0);
    expect(io.err).toContain('polynews parse: learned 0 boilerplate lines for 0 outlets from 5 of 5 files with an identified outlet');
    expect(io.out.trimEnd().split('\n')).toHaveLength(5);
    const bad = capture();
    expect(await runCli(['parse', 'seeds', '--max-bytes', 'lots'], bad)).toBe(2);
    expect(bad.err).toContain('expected a positive whole number');
  });

  it('links extra entities from --entities and rejects an invalid file naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-cli-entities-'));
    const good = join(dir, 'extra.json');
    writeFileSync(good, JSON.stringify({ entities: [{ id: 'tuareg-rebels', name: 'Tuareg rebels', type: 'org', aliases: { ar: ['جماعات الطوارق'] } }] }));
    const io = capture();
    expect(await runCli(['parse', join(ROOT, 'seeds/003_5454df684d767278.txt'), '--entities', good], io)).toBe(0);
    expect(ArticleSchema.parse(JSON.parse(io.out)).mentions.find((m) => m.entityId === 'tuareg-rebels')?.surface).toBe('جماعات الطوارق');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "entities": [{ "id": "x" }] }');
    const failed = capture();
    expect(await runCli(['parse', 'seeds', '--entities', bad], failed)).toBe(2);
    expect(failed.err).toContain(`polynews parse: ${bad}: invalid data file: entities.0.name`);
    expect(failed.out).toBe('');
  });

  it('names outlets from --outlets, in worker threads, and rejects an agency naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-cli-outlets-'));
    const outlets = join(dir, 'outlets.json');
    const gazette = { id: 'river-gazette', name: 'River Gazette', roles: ['outlet'], domains: ['river-gazette.example'], country: null, languages: ['en'], ownership: 'unknown', aliases: [] };
    writeFileSync(outlets, JSON.stringify({ media: [gazette] }));
    const pages = join(dir, 'pages.jsonl');
    const text = 'Flood waters reach the old town\n\nThe river rose two metres overnight, the mayor said on Monday.';
    writeFileSync(pages, [1, 2].map((n) => JSON.stringify({ text, url: `https://river-gazette.example/flood-${n}` })).join('\n'));
    const io = capture();
    expect(await runCli(['parse', pages, '--outlets', outlets, '--jobs', '2'], io)).toBe(0);
    expect(io.out.trim().split('\n').map((line) => ArticleSchema.parse(JSON.parse(line)).outlet?.key)).toEqual(['river-gazette', 'river-gazette']);
    writeFileSync(outlets, JSON.stringify({ media: [{ ...gazette, roles: ['wire-agency'] }] }));
    const failed = capture();
    expect(await runCli(['parse', pages, '--outlets', outlets], failed)).toBe(2);
    expect(failed.err).toContain(`polynews parse: ${outlets}: medium "river-gazette" has the role wire-agency; a user file adds outlets only`);
  });

  it('counts and names what it skipped, and exits 1 when a folder holds nothing to parse', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-cli-skips-'));
    writeFileSync(join(dir, 'a.xml'), '<p>Mali</p>');
    writeFileSync(join(dir, 'b.md'), '# Mali');
    const io = capture();
    expect(await runCli(['parse', dir], io)).toBe(1);
    expect(io.out).toBe('');
    expect(io.err).toContain(`; skipped 2 (2 with another ending (.md 1, .xml 1)): ${join(dir, 'a.xml')}, ${join(dir, 'b.md')}\n`);
    expect(io.err).toContain(`polynews parse: nothing to parse in ${dir}: folders are read for .txt, .html, .htm, .jsonl, .json, .csv, .warc and .warc.gz files\n`);
    writeFileSync(join(dir, 'c.txt'), 'Mali thanks Russia for its support\n\nThe head of the junta in Mali thanked the Russian president for humanitarian aid and security help, the Kremlin said.\n');
    const some = capture();
    expect(await runCli(['parse', dir], some)).toBe(0);
    expect(some.err).toMatch(/^polynews parse: 1 parsed, 0 failed \(.*\); skipped 2 \(2 with another ending/);
  });

  it('writes a JSON array with --format json', async () => {
    const io = capture();
    expect(await runCli(['parse', join(ROOT, 'seeds/002_1304d1d541c6c9d0.txt'), '--format', 'json'], io)).toBe(0);
    const parsed = JSON.parse(io.out) as unknown[];
    expect(parsed).toHaveLength(1);
    expect(ArticleSchema.parse(parsed[0]).translation.originalOutlet).toBe('RT');
  });

  it('rejects an unknown format with exit code 2', async () => {
    const io = capture();
    expect(await runCli(['parse', 'seeds', '--format', 'xml'], io)).toBe(2);
    expect(io.err).toContain("argument 'xml' is invalid");
  });
});

describe('polynews parse --shard', () => {
  it('splits the corpus: the shards together give every article once, each in corpus order', async () => {
    const whole = capture();
    expect(await runCli(['parse', join(ROOT, 'seeds')], whole)).toBe(0);
    const ids = (out: string) => out.trimEnd().split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { id: string }).id);
    const parts = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const io = capture();
      expect(await runCli(['parse', join(ROOT, 'seeds'), '--shard', shard], io)).toBe(0);
      expect(io.err).toContain(`polynews parse (shard ${shard}): `);
      parts.push(ids(io.out));
    }
    expect(parts.flat().sort()).toEqual(ids(whole.out).sort());
    for (const part of parts) expect(part).toEqual(ids(whole.out).filter((id) => part.includes(id)));
  });

  it('rejects a bad shard with exit code 2', async () => {
    const io = capture();
    expect(await runCli(['parse', 'seeds', '--shard', '3/2'], io)).toBe(2);
    expect(io.err).toContain('invalid shard "3/2": expected i/n with 1 ≤ i ≤ n');
  });
});

describe('polynews report', () => {
  it('prints the key tables and writes report.md and a self-contained report.html', async () => {
    const out = mkdtempSync(join(tmpdir(), 'polynews-report-'));
    const io = capture();
    expect(await runCli(['report', join(ROOT, 'seeds'), '--out-dir', out], io)).toBe(0);
    const written = readFileSync(join(out, 'report.md'), 'utf8');
    expect(io.out).toContain(written);
    expect(io.out).toContain(`Report written to ${join(out, 'report.html')}`);
    // Every table, whole, as CSV beside the report.
    const csvFiles = readdirSync(join(out, 'tables')).sort();
    expect(csvFiles.length).toBeGreaterThan(10);
    expect(csvFiles).toContain('corpus-1-by-language.csv');
    expect(readFileSync(join(out, 'tables', 'corpus-1-by-language.csv'), 'utf8').trimEnd().split('\n')).toEqual(['language,articles', 'ar,2', 'vi,2', 'pl,1']);
    expect(written).toContain('5 articles parsed, 0 files failed.');
    expect(written).toContain('3 languages, 5 outlets, 1 of 5 articles dated by their page.');
    expect(written).toContain('## By language\n\n|language|articles|\n|:-|-:|\n|ar|2|\n|vi|2|\n|pl|1|');
    expect(written).toContain('|Al Mayadeen|1|');
    expect(written).toContain('|2023-07-01|day|1|');
    expect(written).toContain('|unknown|unknown|4|');
    expect(written).toContain('|Sergei Lavrov|person|5|');
    // "Nhà ngoại giao Nga" (the Russian diplomat) is resolved to Sergei Lavrov: four of the six Vietnamese quotes are his.
    expect(written).toContain('|vi|Sergei Lavrov|linked|4|67%|');
    expect(written).toContain('|Thanh Niên|TASS|attribution|1|1|1|100%|');
    expect(written).toContain('|002_1304d1d541c6c9d0.txt|pl|RT|Google Translate|https://www.rt.com/africa/602036-lavrov-mali-security-support-pledge/|RT|en|not in the corpus|');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    // Coverage, voices, two timelines, and the outlet view's four charts.
    expect(html.match(/<svg/g)).toHaveLength(8);
    expect(html).toContain('<h2>Side by side: ar and vi</h2>');
    expect(html).toContain('<h2>Outlets: what each published, when, on whom, quoting whom, citing which agencies</h2>');
    // The field sources of the seeds: titles from the text, the one date from a dateline, outlets mostly from house style.
    expect(written).toContain('## Where each field came from\n\n|field|source|articles|share|\n|:-|:-|-:|-:|\n|title|text|3|60%|\n|title|none|2|40%|\n|published|none|4|80%|\n|published|dateline|1|20%|\n|outlet|fingerprint|3|60%|');
    // Each seed is its outlet's only article: the coverage heatmap says n = 1 rather than shading full cells.
    expect(html).toContain('Al Mayadeen · n = 1');
    expect(readFileSync(join(out, 'tables', 'outlets-1-outlets.csv'), 'utf8').split('\n')[0]).toBe('outlet,key,articles,languages,identified by,confidence,first,last');
    expect(html).not.toContain('<script');
  });

  it('lists a file that failed and exits 1, keeping the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-report-bad-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    copyFileSync(join(ROOT, 'seeds/000_7d0d01de241d3518.txt'), join(dir, 'good.txt'));
    const out = mkdtempSync(join(tmpdir(), 'polynews-report-out-'));
    const io = capture();
    expect(await runCli(['report', dir, '--out-dir', out], io)).toBe(1);
    const written = readFileSync(join(out, 'report.md'), 'utf8');
    expect(written).toContain('1 articles parsed, 1 files failed.');
    expect(written).toContain(`## Files that could not be parsed\n\n- ${join(dir, 'empty.txt')}`);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<section id="failures">');
    expect(io.err).toContain('empty.txt');
  });
});

describe('the report says when it cuts a table', () => {
  it('shows the first rows of a long table and names the CSV that holds it whole', async () => {
    const aq = await import('arquero');
    const long = aq.table({ outlet: Array.from({ length: 250 }, (_, i) => `Outlet ${i}`), articles: Array.from({ length: 250 }, (_, i) => 250 - i) });
    const model = { title: 'polynews report: many outlets', summary: [], failures: [], sections: [{ id: 'outlets', heading: 'Outlets', explanation: '', charts: [], tables: [{ caption: 'Articles by outlet', table: long, key: true }] }] };
    const html = await cli.renderHtmlReport(model);
    expect(html.match(/<tr>/g)?.length).toBe(201);
    expect(html).toContain('<p class="cut">Showing the first 200 of 250 rows; the full table is in <a href="tables/outlets-1-articles-by-outlet.csv">tables/outlets-1-articles-by-outlet.csv</a>.</p>');
    const markdown = cli.renderMarkdownReport(model);
    expect(markdown).toContain('|Outlet 99|151|');
    expect(markdown).not.toContain('|Outlet 100|');
    expect(markdown).toContain('Showing the first 100 of 250 rows; the full table is in tables/outlets-1-articles-by-outlet.csv.');
  });
});

describe('polynews report escapes what pages and file names bring', () => {
  it('shows tags in titles and file names as text in report.md and report.html', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-report-hostile-'));
    const page = '<script>alert(1)</script> Mali thanks *Russia* for its support\n\nThe head of the junta in Mali thanked the Russian president for humanitarian aid and security help, the Kremlin said.\n';
    writeFileSync(join(dir, '<img src=x onerror=alert(2)>.txt'), page);
    writeFileSync(join(dir, '<i onmouseover=alert(3)>empty.txt'), '');
    const out = mkdtempSync(join(tmpdir(), 'polynews-report-hostile-out-'));
    const io = capture();
    expect(await runCli(['report', dir, '--out-dir', out], io)).toBe(1);
    const markdown = readFileSync(join(out, 'report.md'), 'utf8');
    expect(markdown).not.toMatch(/<script|<img|<i /);
    expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Mali thanks \\*Russia\\* for its support');
    expect(markdown).toContain('&lt;img src=x onerror=alert(2)&gt;.txt');
    expect(markdown).toContain('&lt;i onmouseover=alert(3)&gt;empty.txt: file is empty (empty)');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).not.toMatch(/<script|<img|<i /);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Mali thanks *Russia* for its support');
    expect(html).toContain('&lt;i onmouseover=alert(3)&gt;empty.txt: file is empty (empty)');
  });
});

describe('polynews as a process', () => {
  const bin = join(ROOT, 'packages/cli/bin/polynews.js');

  it('prints its version with --version', async () => {
    const io = capture();
    expect(await runCli(['--version'], io)).toBe(0);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string };
    expect(io.out).toBe(`${manifest.version}\n`);
  });

  it('ends quietly with exit code 0 when the reader closes stdout early (parse … | head)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-epipe-'));
    const page = readFileSync(join(ROOT, 'seeds/002_1304d1d541c6c9d0.txt'), 'utf8');
    // 400 articles of several kB each: far more than a pipe holds, so writing goes on after the reader left.
    writeFileSync(join(dir, 'dump.jsonl'), `${JSON.stringify({ text: page })}\n`.repeat(400));
    const child = spawn(process.execPath, [bin, 'parse', join(dir, 'dump.jsonl'), '--jobs', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const firstLine = await new Promise<string>((got) => child.stdout.once('data', (chunk: Buffer) => got(chunk.toString().split('\n')[0]!)));
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(JSON.parse(firstLine).file).toBe(`${join(dir, 'dump.jsonl')}:1`);
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 60_000);
});

describe('polynews schema', () => {
  it('prints the JSON Schema of Article', async () => {
    const io = capture();
    expect(await runCli(['schema'], io)).toBe(0);
    const schema = JSON.parse(io.out) as { $schema: string; required: string[]; properties: Record<string, unknown> };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'language', 'outlet', 'published', 'segments', 'citations']));
  });
});

describe('polynews names', () => {
  it('lists the names no registry holds, drafts a registry, and links them when it comes back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-names-'));
    const pages = join(dir, 'pages');
    mkdirSync(pages);
    writeFileSync(join(pages, 'a.txt'), 'Harbour deal signed\n\nMayor Ann Clarke signed the harbour deal with the Northfield Port Authority on Monday.\n\n"It is a good day," Clarke said.\n');
    writeFileSync(join(pages, 'b.txt'), 'Port workers back the deal\n\nWorkers of the Northfield Port Authority welcomed the deal, Mayor Ann Clarke said on Tuesday.\n');
    writeFileSync(join(pages, 'c.txt'), 'Umowa portowa\n\nBurmistrz Jan Nowak spotkał się w Krakowie z delegacją. Jan Nowak wróci z Krakowa w piątek.\n');
    const io = capture(dir);
    expect(await runCli(['names', 'pages', '--to', 'draft.json', '--jobs', '1'], io)).toBe(0);
    const lines = io.out.split('\n');
    expect(lines[0]).toMatch(/^name\s+type\s+mentions\s+articles\s+languages\s+outlets\s+example$/u);
    expect(lines[1]).toMatch(/^Ann Clarke\s+person\s+3\s+2\s+en\s/u);
    expect(io.out).toMatch(/\nKrakowa\s+place\s+2\s+1\s+pl\s/u);
    expect(io.out).toMatch(/\nNorthfield Port Authority\s+org\s+2\s+2\s+en\s/u);
    const draft = JSON.parse(readFileSync(join(dir, 'draft.json'), 'utf8')) as { entities: { id: string; type: string; aliases: Record<string, string[]> }[] };
    expect(draft.entities.find((entity) => entity.id === 'ann-clarke')).toEqual({ id: 'ann-clarke', name: 'Ann Clarke', type: 'person', aliases: { en: ['Ann Clarke', 'Clarke'] } });
    expect(draft.entities.find((entity) => entity.id === 'krakowa')?.aliases).toEqual({ pl: ['Krakowa', 'Krakowie'] });
    const parsed = capture(dir);
    const parseCode = await runCli(['parse', join(pages, 'a.txt'), join(pages, 'c.txt'), '--entities', 'draft.json', '--jobs', '1'], parsed);
    expect(parsed.err).toMatch(/2 parsed, 0 failed/u);
    expect(parseCode).toBe(0);
    const [first, second] = parsed.out.trim().split('\n').map((line) => ArticleSchema.parse(JSON.parse(line)));
    expect(first!.mentions.filter((m) => m.role !== 'title').map((m) => m.entityId)).toEqual(['ann-clarke', 'northfield-port-authority', 'ann-clarke']);
    expect(second!.mentions.filter((m) => m.entityId === 'krakowa').map((m) => m.surface)).toEqual(['Krakowie', 'Krakowa']);
    const again = capture(dir);
    expect(await runCli(['names', 'pages', '--entities', 'draft.json', '--jobs', '1'], again)).toBe(0);
    expect(again.out).toMatch(/9 linked, 0 not/u);
    expect(again.out).not.toMatch(/Ann Clarke/u);
    expect(await runCli(['names', 'pages', '--entities', 'missing.json'], capture(dir))).toBe(2);
  });
});

import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCorpus } from '@polynews/core';
import { WARCRecord, WARCSerializer } from 'warcio';
import { median } from './median.js';
import { syntheticPages, type SeedPage } from './synthetic-corpus.js';

/** One input kind's speed on one core: the same pages as text files, HTML files or one web archive. */
export interface InputKindMeasure {
  kind: 'text' | 'html' | 'warc.gz';
  pages: number;
  bytes: number;
  ms: number;
}

/**
 * Writes the same synthetic pages as text files, as HTML pages (a menu, a headline, a paragraph a
 * line) and as one gzipped web archive of HTML responses, and parses each on one core (the median
 * of three runs), so that HTML and WARC throughput read beside plain text.
 *
 * @example
 * await measureInputKinds(seeds, '/tmp/kinds', 500, 42); // [{ kind: 'text', … }, { kind: 'html', … }, { kind: 'warc.gz', … }]
 */
export async function measureInputKinds(seeds: readonly SeedPage[], dir: string, count: number, seed: number): Promise<InputKindMeasure[]> {
  const pages = [...syntheticPages(seeds, count, seed)];
  const folders = { text: join(dir, 'text'), html: join(dir, 'html'), 'warc.gz': join(dir, 'warc') };
  for (const folder of Object.values(folders)) await mkdir(folder, { recursive: true });
  let textBytes = 0;
  let htmlBytes = 0;
  const records: Uint8Array[] = [];
  for (const [index, page] of pages.entries()) {
    const html = asHtml(page.text);
    textBytes += Buffer.byteLength(page.text);
    htmlBytes += Buffer.byteLength(html);
    await writeFile(join(folders.text, `${index}.txt`), page.text);
    await writeFile(join(folders.html, `${index}.html`), html);
    records.push(await responseRecord(`https://bench.example/${index}`, html));
  }
  const archive = Buffer.concat(records);
  await writeFile(join(folders['warc.gz'], 'pages.warc.gz'), archive);
  const measures: InputKindMeasure[] = [];
  for (const [kind, bytes] of [['text', textBytes], ['html', htmlBytes], ['warc.gz', archive.length]] as const) {
    const runs: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const { articles } = await parseCorpus([folders[kind]], { jobs: 1 });
      runs.push(performance.now() - started);
      if (articles.length !== pages.length) throw new Error(`bench: ${kind} gave ${articles.length} articles for ${pages.length} pages`);
    }
    measures.push({ kind, pages: pages.length, bytes, ms: median(runs) });
  }
  await rm(dir, { recursive: true, force: true });
  return measures;
}

/**
 * The Markdown table of {@link measureInputKinds}.
 *
 * @example
 * inputKindsTable(measures).split('\n')[0]; // '## Input kinds on one core (500 pages)'
 */
export function inputKindsTable(measures: readonly InputKindMeasure[]): string {
  const lines = [`## Input kinds on one core (${measures[0]?.pages ?? 0} pages)`, '', '| input | MB | pages/s | MB/s |', '|---|---:|---:|---:|'];
  for (const { kind, pages, bytes, ms } of measures) lines.push(`| ${kind} | ${(bytes / 1e6).toFixed(2)} | ${Math.round(pages / (ms / 1000)).toLocaleString('en')} | ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} |`);
  return `${lines.join('\n')}\n\n`;
}

/** A page as HTML: its first lines a menu, the next the headline, each other line a paragraph. */
function asHtml(text: string): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const escape = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const menu = lines.slice(0, 2).map((line) => `<a>${escape(line)}</a>`).join(' ');
  const body = lines.slice(3).map((line) => `<p>${escape(line)}</p>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(lines[2] ?? '')}</title></head><body><nav>${menu}</nav><h1>${escape(lines[2] ?? '')}</h1>\n${body}\n</body></html>`;
}

async function responseRecord(url: string, html: string): Promise<Uint8Array> {
  async function* payload() {
    yield new TextEncoder().encode(html);
  }
  const record = WARCRecord.create({ url, date: '2024-05-02T10:00:00Z', type: 'response', warcVersion: 'WARC/1.1', statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } }, payload());
  return WARCSerializer.serialize(record, { gzip: true });
}

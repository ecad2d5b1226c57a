import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { WARCRecord, WARCSerializer } from 'warcio';
import { describe, expect, it } from 'vitest';
import { describeSkipped, parseCorpus } from '../src/index.js';

const FIXTURES = join(import.meta.dirname, 'fixtures/html');

/** One WARC record, gzip-compressed as web archives store them. */
async function record(type: 'response' | 'request' | 'revisit' | 'warcinfo', url: string, statusline: string, httpHeaders: Record<string, string>, body: Uint8Array | string): Promise<Uint8Array> {
  const content = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  async function* payload() {
    yield content;
  }
  const warc = WARCRecord.create({ url, date: '2024-05-02T10:00:00Z', type, warcVersion: 'WARC/1.1', statusline, httpHeaders }, payload());
  return WARCSerializer.serialize(warc, { gzip: true });
}

describe('web archives (WARC.gz)', () => {
  it('reads each HTML response as a page with its target URI and WARC-Date, and skips and counts the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-warc-'));
    const newspaper = readFileSync(join(FIXTURES, 'newspaper-jsonld.html'), 'utf8');
    // A French page in windows-1252 whose HTTP header names its charset (its <meta> says the same).
    const agency = iconv.decode(readFileSync(join(FIXTURES, 'agency-meta.html')), 'windows-1252');
    const parts = await Promise.all([
      record('warcinfo', 'warcinfo:', '', {}, 'software: a test'),
      record('request', 'https://www.harbour-gazette.example/business/port-strike-ends', 'GET /business/port-strike-ends HTTP/1.1', { Host: 'www.harbour-gazette.example' }, ''),
      record('response', 'https://www.harbour-gazette.example/business/port-strike-ends', 'HTTP/1.1 200 OK', { 'Content-Type': 'text/html; charset=utf-8' }, newspaper),
      record('response', 'https://www.harbour-gazette.example/img/dock.jpg', 'HTTP/1.1 200 OK', { 'Content-Type': 'image/jpeg' }, new Uint8Array([0xff, 0xd8, 0xff])),
      record('response', 'https://www.harbour-gazette.example/old', 'HTTP/1.1 301 Moved Permanently', { Location: '/new', 'Content-Type': 'text/html' }, ''),
      record('revisit', 'https://www.harbour-gazette.example/business/port-strike-ends', 'HTTP/1.1 200 OK', { 'Content-Type': 'text/html' }, ''),
      record('response', 'https://depeches.example/economie/greve-levee', 'HTTP/1.1 200 OK', { 'Content-Type': 'text/html; charset=windows-1252' }, iconv.encode(agency, 'windows-1252')),
    ]);
    writeFileSync(join(dir, 'crawl.warc.gz'), Buffer.concat(parts));
    const { articles, failures, skipped } = await parseCorpus([dir], { jobs: 2 });
    expect(failures).toEqual([]);
    expect(articles.map((article) => [article.file!.slice(dir.length + 1), article.input.container, article.url, article.fetched, article.title])).toEqual([
      ['crawl.warc.gz:3', 'warc', 'https://www.harbour-gazette.example/business/port-strike-ends', '2024-05-02T10:00:00Z', 'Port workers end strike after pay deal'],
      ['crawl.warc.gz:7', 'warc', 'https://depeches.example/economie/greve-levee', '2024-05-02T10:00:00Z', 'Grève levée au port après un accord salarial'],
    ]);
    // The crawl's date is never the publication date.
    expect(articles.map((article) => article.published?.value)).toEqual(['2023-07-04T09:30:00+01:00', '2023-07-05']);
    expect(articles[1]!.encoding).toBe('windows-1252');
    expect(skipped.map((entry) => entry.skipped.slice(dir.length + 1))).toEqual([
      'crawl.warc.gz:2 (request)',
      'crawl.warc.gz:4 (response 200 image/jpeg)',
      'crawl.warc.gz:5 (response 301 text/html)',
      'crawl.warc.gz:6 (revisit 200 text/html)',
    ]);
    expect(describeSkipped(skipped)).toBe('4 web-archive records that are not HTML pages (requests, revisits, redirects, other types)');
  });

  it('names a file that is not a web archive', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-warc-bad-'));
    writeFileSync(join(dir, 'broken.warc'), 'this is not a web archive\nbut a text file with the wrong ending\n');
    const { articles, failures } = await parseCorpus([dir]);
    expect(articles).toEqual([]);
    expect(failures.map((failure) => failure.code)).toEqual(['read-failed']);
    expect(failures[0]!.message).toMatch(/broken\.warc: not a web archive: record 1 has no WARC-Type header$/);
  });
});

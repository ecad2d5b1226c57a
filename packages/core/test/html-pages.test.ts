import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, parseArticle, parseCorpus, parsePage, type Article } from '../src/index.js';

const FIXTURES = join(import.meta.dirname, 'fixtures/html');
const page = (name: string) => parseArticle(readFileSync(join(FIXTURES, name)), { file: name, format: 'html' });
const lines = (article: Article, role: string) => article.segments.filter((segment) => segment.role === role).map((segment) => article.text.slice(segment.start, segment.end).trim());

describe('an HTML page with JSON-LD and Open Graph (newspaper template)', () => {
  const article = page('newspaper-jsonld.html');

  it('takes its fields from JSON-LD first, with their source', () => {
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    expect(article.input).toEqual({ format: 'html', container: 'file', exportFormat: null, locator: 'newspaper-jsonld.html' });
    expect(article.title).toBe('Port workers end strike after pay deal');
    expect(article.provenance.title?.source).toBe('json-ld');
    expect(article.published).toEqual({ value: '2023-07-04T09:30:00+01:00', precision: 'minute', source: 'json-ld', evidence: 'JSON-LD NewsArticle: datePublished: 2023-07-04T09:30:00+01:00' });
    expect(article.modified).toBe('2023-07-04T11:05:00+01:00');
    expect(article.outlet).toMatchObject({ name: 'The Harbour Gazette', source: 'json-ld' });
    expect(article.url).toBe('https://www.harbour-gazette.example/business/port-strike-ends');
    expect([article.authors, article.section, article.language]).toEqual([['Ann Smith'], 'Business', 'en']);
  });

  it('turns the markup into lines with roles: menus (a link a line), caption, share buttons, teasers, comments, footer', () => {
    expect(article.text).not.toMatch(/<|font-family|schema\.org/);
    expect(lines(article, 'navigation')).toEqual(['The Harbour Gazette', 'News', 'Business', 'Sport', 'Contact us']);
    // The footer's copyright line is the site's credit, not a link of its menu.
    expect(lines(article, 'credit')).toEqual(['© 2023 The Harbour Gazette. All rights reserved.']);
    expect(lines(article, 'title')).toEqual(['Port workers end strike after pay deal']);
    expect(lines(article, 'dateline')).toEqual(['By Ann Smith, 4 July 2023']);
    expect(lines(article, 'caption')).toEqual(['Cranes stand idle at the container terminal during the strike.']);
    expect(lines(article, 'lead')).toEqual(['Dock workers ended a week-long strike on Tuesday after their union accepted a new pay offer, the port authority said.']);
    expect(lines(article, 'promo')).toEqual(['Share on Facebook', 'Share on X']);
    expect(lines(article, 'related')).toEqual(['Most read', 'City council approves new tram line', 'Heatwave expected this weekend']);
    expect(lines(article, 'comments')).toEqual(['Comments (3)', 'Finally some good news for the town.']);
    expect(article.quotes.map((quote) => quote.text)).toEqual(['We are back at work tomorrow morning,']);
  });
});

describe('an HTML page with meta tags in windows-1252 (agency template)', () => {
  const article = page('agency-meta.html');

  it('decodes the charset its <meta> declares and reads meta tags', () => {
    expect(article.encoding).toBe('windows-1252');
    expect(article.title).toBe('Grève levée au port après un accord salarial');
    expect(article.provenance.title).toEqual({ source: 'html-meta', evidence: '<meta name="twitter:title">' });
    expect(article.published).toMatchObject({ value: '2023-07-05', source: 'html-meta' });
    expect(article.authors).toEqual(['Paul Martin']);
    expect(lines(article, 'dateline')).toEqual(['Marseille, 5 juillet 2023']);
    expect(lines(article, 'navigation')).toEqual(['Accueil Monde Économie']);
    expect(lines(article, 'related')).toEqual(['Lire aussi : le trafic ferroviaire perturbé jeudi']);
  });
});

describe('an HTML page with markup only (broadcaster template)', () => {
  const article = page('broadcaster-markup.html');

  it('takes the first <h1> as the headline and the dateline from the text', () => {
    expect(article.title).toBe('Dockers back at work as strike ends');
    expect(article.provenance.title).toEqual({ source: 'markup', evidence: 'the first <h1> of the page' });
    expect(article.published).toEqual({ value: '2023-07-05', precision: 'day', source: 'dateline', evidence: '5 July 2023' });
    expect(lines(article, 'navigation')).toEqual(['Home', 'Video', 'Radio', 'News > Business', 'Tags: ports, strikes, wages']);
    expect(lines(article, 'related')).toEqual(['Watch: how the strike unfolded']);
  });
});

describe('HTML in records and in folders', () => {
  it('reads a record\'s html with its metadata, and .html files in a folder', async () => {
    const html = readFileSync(join(FIXTURES, 'broadcaster-markup.html'), 'utf8');
    const fromRecord = parsePage({ url: 'https://tv.example/news/2023/07/05/dockers', outlet: 'Example TV', html });
    expect(fromRecord).toMatchObject({ input: { format: 'html' }, title: 'Dockers back at work as strike ends', outlet: { name: 'Example TV', source: 'metadata' } });
    const dir = mkdtempSync(join(tmpdir(), 'polynews-html-'));
    copyFileSync(join(FIXTURES, 'newspaper-jsonld.html'), join(dir, 'a.html'));
    writeFileSync(join(dir, 'b.jsonl'), `${JSON.stringify({ html, language: 'en' })}\n`);
    const { articles, failures } = await parseCorpus([dir], { jobs: 2 });
    expect(failures).toEqual([]);
    expect(articles.map((article) => [article.input.format, article.input.container, article.title])).toEqual([
      ['html', 'file', 'Port workers end strike after pay deal'],
      ['html', 'jsonl', 'Dockers back at work as strike ends'],
    ]);
  });
});

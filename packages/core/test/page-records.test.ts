import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleParseError, ArticleSchema, parseCorpus, parsePage, type Article } from '../src/index.js';

// Pages written for these tests: a headline, a dateline or none, paragraphs.
const STORY = 'Port workers end strike after pay deal\n\nDock workers in the city ended a week-long strike on Tuesday after unions accepted a new pay offer, the port authority said.\n\n"We are back at work tomorrow," a union spokesman told reporters.\n';
const DATED_STORY = `Port workers end strike after pay deal\n\n07/04/2023 10:15\n\n${STORY.split('\n\n').slice(1).join('\n\n')}`;
const POLISH = 'Strajk w porcie zakończony\n\nPracownicy portu zakończyli we wtorek tygodniowy strajk po przyjęciu nowej oferty płacowej, poinformował zarząd portu.\n';

describe('parsePage: a record with what the crawl knows', () => {
  it('uses the record\'s URL for the date and the outlet, and keeps its other fields', () => {
    const article = parsePage({ url: 'https://www.rt.com/news/2023/07/04/port-strike/', text: STORY, crawl_batch: 'b-17', authors: ['Ann Smith'] });
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    expect(article.url).toBe('https://www.rt.com/news/2023/07/04/port-strike/');
    expect(article.published).toEqual({ value: '2023-07-04', precision: 'day', source: 'url', evidence: 'https://www.rt.com/news/2023/07/04/port-strike/' });
    expect(article.outlet).toMatchObject({ name: 'RT', source: 'url' });
    expect(article.authors).toEqual(['Ann Smith']);
    expect(article.extra).toEqual({ crawl_batch: 'b-17' });
    expect(article.input).toEqual({ format: 'text', container: 'string', exportFormat: null, locator: null });
    expect(article.provenance.title).toEqual({ source: 'text', evidence: 'the headline line of the page' });
    expect(article.producer.polynews).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('names an outlet the registry does not know by the registrable domain of the URL, keyed by it', () => {
    const article = parsePage({ url: 'https://news.example-harbour.co.uk/local/port-strike', text: STORY });
    expect(article.outlet).toEqual({ key: 'domain:example-harbour.co.uk', name: 'example-harbour.co.uk', domain: 'example-harbour.co.uk', confidence: 0.6, evidence: ["the registrable domain of the page's URL: https://news.example-harbour.co.uk/local/port-strike"], source: 'url' });
    // A name the record gives is keyed by the page's domain, so the outlet's pages group together whatever the spelling.
    const named = parsePage({ url: 'https://www.example-harbour.co.uk/a', outlet: 'Harbour News', text: STORY });
    expect(named.outlet).toMatchObject({ key: 'domain:example-harbour.co.uk', name: 'Harbour News', domain: 'example-harbour.co.uk' });
    expect(parsePage({ url: 'https://www.rt.com/news/a', text: STORY }).outlet?.key).toBe('rt');
  });

  it('names the outlet a page\'s own copyright line gives, but not an agency\'s photo credit', () => {
    const footer = `${STORY}\nCranes at the terminal. © Reuters\n\nContact us\n© 2024 Northfield Courier. All rights reserved.\n`;
    expect(parsePage({ text: footer }).outlet).toEqual({ key: 'name:northfield courier', name: 'Northfield Courier', confidence: 0.7, evidence: ["the page's copyright line: © 2024 Northfield Courier. All rights reserved."], source: 'text' });
    expect(parsePage({ url: 'https://www.northfield-courier.example/a', text: footer }).outlet).toMatchObject({ key: 'domain:northfield-courier.example', name: 'Northfield Courier' });
    expect(parsePage({ text: `${STORY}\n© AFP\n` }).outlet).toBeNull();
  });

  it('puts the record\'s date first and warns when the dateline is days away from it', () => {
    const article = parsePage({ published: '2023-07-01T08:00:00Z', text: DATED_STORY, title: 'Strike ends at the port', outlet: 'Harbour Gazette', modified: '2023-07-05', fetched: '2023-07-06 12:00:00' });
    expect(article.published).toEqual({ value: '2023-07-01T08:00:00Z', precision: 'minute', source: 'metadata', evidence: '2023-07-01T08:00:00Z' });
    expect(article.warnings).toContainEqual(expect.stringMatching(/^published: metadata gives 2023-07-01T08:00:00Z .* but dateline gives 2023-07-04T10:15:00 \(07\/04\/2023 10:15\); kept the metadata's$/));
    expect(article.title).toBe('Strike ends at the port');
    expect(article.provenance.title).toEqual({ source: 'metadata', evidence: "the record's title" });
    expect(article.outlet).toEqual({ key: 'name:harbour gazette', name: 'Harbour Gazette', confidence: 0.9, evidence: ['the record names the outlet: Harbour Gazette'], source: 'metadata' });
    expect([article.modified, article.fetched]).toEqual(['2023-07-05', '2023-07-06T12:00:00']);
    // The record's title and the page's headline differ: kept the record's, with a warning naming both.
    expect(article.warnings).toContain('title: metadata gives "Strike ends at the port" but text gives "Port workers end strike after pay deal"; kept the metadata\'s');
  });

  it('warns when the record names another outlet than the page\'s URL, and not when they agree', () => {
    const other = parsePage({ url: 'https://www.rt.com/news/2023/07/04/port-strike/', outlet: 'Harbour Gazette', text: STORY });
    expect(other.outlet?.name).toBe('Harbour Gazette');
    expect(other.warnings).toContain('outlet: metadata names "Harbour Gazette" but url names "RT"; kept the metadata\'s');
    const same = parsePage({ url: 'https://www.rt.com/news/2023/07/04/port-strike/', outlet: 'RT', title: 'Port workers end strike after pay deal', text: STORY });
    expect(same.warnings.filter((warning) => /^(outlet|title):/u.test(warning))).toEqual([]);
  });

  it('takes the record\'s language when the detector is unsure, and warns when a sure detector disagrees', () => {
    const short = parsePage({ language: 'pl-PL', text: 'Wyniki\n\n1:0, 2:2, 3:1' });
    expect([short.language, short.provenance.language?.source]).toEqual(['pl', 'metadata']);
    const wrong = parsePage({ language: 'en', text: POLISH });
    expect([wrong.language, wrong.provenance.language?.source]).toEqual(['pl', 'detector']);
    expect(wrong.warnings).toContainEqual(expect.stringMatching(/^language: the record says "en" but the text reads as "pl"/));
    expect(parsePage({ language: 'Polish', text: POLISH }).warnings).toContain('language: the record\'s language "Polish" is not an ISO 639-1 code; not used');
  });

  it('reads the export formats of news-please, Media Cloud and trafilatura', () => {
    const newsPlease = parsePage({ url: 'https://x.example/a', maintext: STORY, title: 'Port strike over', date_publish: '2023-07-04 09:30:00', date_download: '2023-07-05 00:00:00', source_domain: 'x.example', language: 'en', authors: ['Ann Smith', 'Bo Lee'], image_url: 'https://x.example/i.jpg' });
    expect(newsPlease).toMatchObject({ input: { exportFormat: 'news-please' }, title: 'Port strike over', published: { value: '2023-07-04T09:30:00', source: 'metadata' }, fetched: '2023-07-05T00:00:00', outlet: { name: 'x.example', domain: 'x.example' }, authors: ['Ann Smith', 'Bo Lee'], extra: { image_url: 'https://x.example/i.jpg' } });
    const mediaCloud = parsePage({ stories_id: 91, url: 'https://y.example/b', title: 'Port strike over', publish_date: '2023-07-04', media_name: 'Harbour Gazette', language: 'en', text: STORY });
    expect(mediaCloud).toMatchObject({ input: { exportFormat: 'media-cloud' }, published: { value: '2023-07-04', source: 'metadata' }, outlet: { name: 'Harbour Gazette' }, extra: { stories_id: 91 } });
    const trafilatura = parsePage({ title: 'Port strike over', author: 'Ann Smith; Bo Lee', hostname: 'z.example', date: '2023-07-04', text: STORY, sitename: 'Zed News', categories: 'Economy', source: 'https://z.example/c', fingerprint: 'abc' });
    expect(trafilatura).toMatchObject({ input: { exportFormat: 'trafilatura' }, url: 'https://z.example/c', outlet: { name: 'Zed News' }, authors: ['Ann Smith', 'Bo Lee'], section: 'Economy', extra: { fingerprint: 'abc' } });
  });

  it('refuses a record without content, naming the problem', () => {
    const problem = (record: unknown) => {
      try {
        parsePage(record, { file: 'r.jsonl:3' });
      } catch (error) {
        if (error instanceof ArticleParseError) return `${error.code}: ${error.message}`;
      }
      return 'no error';
    };
    expect(problem(['not', 'a', 'record'])).toBe('invalid-record: r.jsonl:3: a record must be an object with its page as "text" or "html"');
    expect(problem({ url: 'https://x.example/a' })).toBe('invalid-record: r.jsonl:3: the record has no page content: expected a string field "text" or "content" or "body" or "html"');
    expect(problem({ source_domain: 'x', maintext: null, date_publish: '2023' })).toMatch(/invalid-record: .*expected a string field "maintext" or "text" \(a news-please record\)$/);
    expect(problem({ html: '<script>var x = 1;</script>' })).toBe('empty: r.jsonl:3: the HTML page has no text outside scripts and styles');
    expect(parsePage({ published: 'last Tuesday', text: STORY }).warnings).toContain('published: the record\'s date "last Tuesday" is not an ISO 8601 date; not used');
  });
});

describe('parseCorpus reads records in JSON Lines, JSON arrays and CSV', () => {
  it('streams each kind, names each record file:line and every bad one with why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-records-'));
    writeFileSync(join(dir, 'a.jsonl'), `${JSON.stringify({ url: 'https://www.rt.com/news/2023/07/04/a/', text: STORY })}\n${JSON.stringify({ url: 'https://x.example/no-text' })}\n`);
    writeFileSync(join(dir, 'b.json'), JSON.stringify([{ title: 'Strajk', language: 'pl', text: POLISH }, 'not a record']));
    writeFileSync(join(dir, 'c.csv'), `url,title,published,text,desk\nhttps://x.example/c,"Port strike over",2023-07-04,"${STORY.replace(/"/g, '""')}",metro\n,,,,\n`);
    writeFileSync(join(dir, 'd.json'), '{"not": "an array"}');
    writeFileSync(join(dir, 'e.csv'), 'url,text\nhttps://x.example/e,"an unclosed quote\n');
    // A JSON array cut off after its first record: the record is read, the rest named as broken.
    writeFileSync(join(dir, 'f.json'), `[${JSON.stringify({ title: 'Strajk', language: 'pl', text: POLISH })}, {"text": `);
    for (const jobs of [1, 2]) {
      const { articles, failures } = await parseCorpus([dir], { jobs });
      expect(articles.map((article: Article) => [article.file!.slice(dir.length + 1), article.input.container, article.published?.value ?? null])).toEqual([
        ['a.jsonl:1', 'jsonl', '2023-07-04'],
        ['b.json:1', 'json', null],
        ['c.csv:2', 'csv', '2023-07-04'],
        ['f.json:1', 'json', null],
      ]);
      expect(articles[2]!.extra).toEqual({ desk: 'metro' });
      expect(failures.map((failure) => `${failure.file.slice(dir.length + 1)} ${failure.code}: ${failure.message.slice(failure.file.length + 2)}`)).toEqual([
        'a.jsonl:2 invalid-record: the record has no page content: expected a string field "text" or "content" or "body" or "html"',
        'b.json:2 invalid-record: a record must be an object with its page as "text" or "html"',
        'c.csv:8 invalid-record: the record has no page content: expected a string field "text" or "content" or "body" or "html"',
        'd.json invalid-record: a .json file of pages must hold an array of records',
        expect.stringMatching(/^e\.csv invalid-record: not readable as CSV \(/),
        expect.stringMatching(/^f\.json invalid-record: not valid JSON \(/),
      ]);
    }
  });
});

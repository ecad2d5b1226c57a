import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, pageLocator, parseArticle, parseCorpus, type Article, type CorpusItem } from '../src/index.js';
import { DuplicateMarker } from '../src/internals.js';
import { SEEDS_DIR } from './helpers.js';

const seed = (name: string) => join(SEEDS_DIR, name);
const WIRE_STORY = 'Mali and Russia sign a grain deal\n\nThe two governments signed an agreement on grain deliveries on Tuesday, officials said in Bamako.\n\nThe deal covers three years of shipments.\n';

describe('pageLocator', () => {
  it('is the input folder\'s name and the path under it, or the file name, with :line for a record', () => {
    expect(pageLocator(join('/data', 'corpus', 'rt', 'a.txt'), join('/data', 'corpus'))).toBe('corpus/rt/a.txt');
    expect(pageLocator(join('/mnt', 'x', 'dump.jsonl'), join('/mnt', 'x', 'dump.jsonl'), 12)).toBe('dump.jsonl:12');
  });
});

describe('every input page is its own article', () => {
  it('gives two identical files two ids, one content hash, and marks the second a duplicate of the first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-dup-'));
    copyFileSync(seed('000_7d0d01de241d3518.txt'), join(dir, 'a.txt'));
    copyFileSync(seed('000_7d0d01de241d3518.txt'), join(dir, 'b.txt'));
    for (const jobs of [1, 2]) {
      const { articles, failures } = await parseCorpus([dir], { jobs });
      expect(failures).toEqual([]);
      const [a, b] = articles.map((article) => ArticleSchema.parse(article));
      expect(a!.id).not.toBe(b!.id);
      expect(a!.contentHash).toBe(b!.contentHash);
      expect(a!.bodyHash).toBe(b!.bodyHash);
      expect([a!.duplicateOf, b!.duplicateOf]).toEqual([null, a!.id]);
    }
  });

  it('catches the same wire story on two sites: same body hash, other bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-wire-'));
    writeFileSync(join(dir, 'site-a.jsonl'), `${JSON.stringify({ text: `Home\nWorld\nBusiness\n\n${WIRE_STORY}\nRead more: Markets close higher\n` })}\n`);
    writeFileSync(join(dir, 'site-b.txt'), `Menu\nSearch\n\n${WIRE_STORY.replace(/ on Tuesday/, '  on\tTuesday')}\nShare this article\n`);
    const { articles } = await parseCorpus([dir]);
    expect(articles.map((article) => article.file)).toEqual([`${join(dir, 'site-a.jsonl')}:1`, join(dir, 'site-b.txt')]);
    const [a, b] = articles as [Article, Article];
    expect(a.contentHash).not.toBe(b.contentHash);
    expect(a.bodyHash).toBe(b.bodyHash);
    expect(b.duplicateOf).toBe(a.id);
  });

  it('keeps ids stable across machines (mount points) and unique when two inputs share a locator', async () => {
    const base = mkdtempSync(join(tmpdir(), 'polynews-ids-'));
    for (const machine of ['m1', 'm2']) {
      mkdirSync(join(base, machine));
      cpSync(SEEDS_DIR, join(base, machine, 'seeds'), { recursive: true });
    }
    const ids = async (paths: string[]) => (await parseCorpus(paths)).articles.map((article) => article.id);
    const first = await ids([join(base, 'm1', 'seeds')]);
    expect(await ids([join(base, 'm2', 'seeds')])).toEqual(first);
    expect(new Set(first).size).toBe(5);
    const both = await ids([join(base, 'm1', 'seeds'), join(base, 'm2', 'seeds')]);
    expect(both.slice(0, 5)).toEqual(first);
    expect(new Set(both).size).toBe(10);
  });

  it('hashes the locator, the file name, or else the content for a page parsed alone; duplicateOf is null outside a run', () => {
    const bytes = readFileSync(seed('002_1304d1d541c6c9d0.txt'));
    const byLocator = parseArticle(bytes, { file: '/x/seeds/002.txt', locator: 'seeds/002.txt' });
    expect(byLocator.id).toBe(parseArticle(bytes, { file: '/y/seeds/002.txt', locator: 'seeds/002.txt' }).id);
    expect(byLocator.id).not.toBe(parseArticle(bytes, { file: 'other.txt' }).id);
    expect(parseArticle(bytes).id).toBe(byLocator.contentHash.slice(0, 16));
    expect(byLocator.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(byLocator.duplicateOf).toBeNull();
    expect(parseArticle('Home\nMenu\nSearch\n').bodyHash).toBeNull();
  });
});

describe('DuplicateMarker', () => {
  it('marks a worker\'s article by patching its JSON text, never parsing it', () => {
    const page = readFileSync(seed('004_b8090609d7bbf526.txt'));
    const first = parseArticle(page, { file: 'a.txt' });
    const second = parseArticle(page, { file: 'b.txt' });
    const fromWorker = (article: Article): CorpusItem =>
      ({
        file: article.file!,
        bytes: page.length,
        json: JSON.stringify(article),
        get article(): Article {
          throw new Error('the marker parsed the JSON');
        },
      }) as CorpusItem;
    const marker = new DuplicateMarker();
    expect(marker.mark(fromWorker(first)).json).toBe(JSON.stringify(first));
    const marked = marker.mark(fromWorker(second));
    expect(marked.json).toBe(JSON.stringify({ ...second, duplicateOf: first.id }));
    expect(marked.article!.duplicateOf).toBe(first.id);
  });
});

import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCorpusEntries, parseCorpus, walkCorpusEntries } from '../src/index.js';
import { SEEDS_DIR } from './helpers.js';

describe('parseCorpus', () => {
  it('parses the five seeds in file order without failures', async () => {
    const { articles, failures } = await parseCorpus([SEEDS_DIR]);
    expect(failures).toEqual([]);
    expect(articles.map((article) => article.language)).toEqual(['vi', 'vi', 'pl', 'ar', 'ar']);
  });

  it('lists every file that failed, in input order, and keeps the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-corpus-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), '   \n');
    writeFileSync(join(dir, 'sub', 'b.txt'), 'Home\nMenu\nSearch\n');
    writeFileSync(join(dir, 'c.md'), 'not taken from a folder');
    const missing = join(dir, 'missing.txt');
    const { articles, failures } = await parseCorpus([missing, dir]);
    expect(failures).toEqual([
      { file: missing, code: 'read-failed', message: `${missing}: no such file or folder` },
      { file: join(dir, 'a.txt'), code: 'empty', message: `${join(dir, 'a.txt')}: file contains only white space` },
    ]);
    expect(articles).toHaveLength(1);
    const [navigationOnly] = articles;
    expect(navigationOnly!.file).toBe(join(dir, 'sub', 'b.txt'));
    expect(navigationOnly!.segments.map((segment) => segment.role)).toEqual(['navigation', 'navigation', 'navigation']);
    expect(navigationOnly!.warnings).toContain('no article text: every line was classified as boilerplate (navigation, captions, teasers…)');
    expect(navigationOnly!.title).toBeNull();
  });
});

describe('walkCorpusEntries', () => {
  it('walks files in the order listCorpusEntries lists them, missing inputs in place, hidden files skipped', async () => {
    const root = mkdtempSync(join(tmpdir(), 'polynews-walk-'));
    for (const folder of ['b', 'a/2', 'a/10', '.hidden']) mkdirSync(join(root, folder), { recursive: true });
    for (const file of ['b/x.txt', 'a/2/y.txt', 'a/10/z.jsonl', 'a/10/skip.csv', '.hidden/h.txt', 'top.txt', '.dot.txt']) writeFileSync(join(root, file), 'text');
    const missing = join(root, 'nowhere');
    const walked: string[] = [];
    for await (const found of walkCorpusEntries([root, missing])) walked.push('missing' in found ? `missing ${found.missing}` : found.path.slice(root.length + 1));
    expect(walked).toEqual(['a/10/z.jsonl', 'a/2/y.txt', 'b/x.txt', 'top.txt', `missing ${missing}`]);
    const listed = await listCorpusEntries([root, missing]);
    expect(listed.entries.map((entry) => entry.path.slice(root.length + 1))).toEqual(walked.slice(0, 4));
    expect(listed.missing).toEqual([missing]);
    expect(listed.entries[0]).toEqual({ path: join(root, 'a/10/z.jsonl'), root, size: 4 });
  });

  it('reads a folder only when the walk reaches it, so the list of files is never held whole', async () => {
    const root = mkdtempSync(join(tmpdir(), 'polynews-walk-lazy-'));
    for (const folder of ['a', 'b']) mkdirSync(join(root, folder));
    writeFileSync(join(root, 'a', '1.txt'), 'one');
    const walk = walkCorpusEntries([root]);
    const first = await walk.next();
    expect(first.value).toMatchObject({ path: join(root, 'a', '1.txt') });
    // Written after the walk started: a listing made up front would not see it.
    writeFileSync(join(root, 'b', '2.txt'), 'two');
    const rest: string[] = [];
    for await (const found of walk) if (!('missing' in found)) rest.push(found.path);
    expect(rest).toEqual([join(root, 'b', '2.txt')]);
  });
});

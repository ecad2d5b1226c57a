import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../src/index.js';
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

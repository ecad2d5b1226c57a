import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listCorpusFiles, parseCorpus, parseShard, shardOf } from '../src/index.js';
import { filesOfShard } from '../src/internals.js';

const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));

/** A tree of 300 small pages in nested folders. */
function makeTree(): string {
  const root = mkdtempSync(join(tmpdir(), 'polynews-shard-'));
  for (let outlet = 0; outlet < 3; outlet += 1) {
    for (let day = 0; day < 100; day += 1) {
      const folder = join(root, `outlet-${outlet}`, `2023-07-${String((day % 28) + 1).padStart(2, '0')}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `page-${day}.txt`), `Page ${outlet}-${day}\n\nMali and Russia signed an agreement in Bamako on Tuesday, officials said.\n`);
    }
  }
  return root;
}

describe('--shard i/n: splitting a corpus between machines', () => {
  it('reads i/n and explains a bad value', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '1/0', 'a/b', '1', '1/2/3']) expect(() => parseShard(bad)).toThrow(`invalid shard "${bad}": expected i/n with 1 ≤ i ≤ n`);
  });

  it('gives every file to exactly one of n shards, in listing order, roughly evenly', async () => {
    const root = makeTree();
    const { files } = await listCorpusFiles([root]);
    expect(files).toHaveLength(300);
    const shards = [1, 2, 3, 4].map((index) => filesOfShard(files, root, { index, count: 4 }));
    expect(shards.flat().sort()).toEqual([...files].sort());
    expect(new Set(shards.flat()).size).toBe(300);
    for (const shard of shards) {
      expect(shard).toEqual(files.filter((file) => shard.includes(file)));
      expect(shard.length).toBeGreaterThan(50);
      expect(shard.length).toBeLessThan(100);
    }
  });

  it('splits the same way wherever the corpus is mounted', async () => {
    const root = makeTree();
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'polynews-shard-mount-')), 'mounted', 'corpus');
    cpSync(root, elsewhere, { recursive: true });
    const relativeShards = async (folder: string) => {
      const { files } = await listCorpusFiles([folder]);
      return files.map((file) => `${file.slice(folder.length)}:${shardOf(file, folder, 5)}`);
    };
    expect(await relativeShards(elsewhere)).toEqual(await relativeShards(root));
  });

  it('parses the seeds in two shards that together are the whole corpus, and reports a missing input once', async () => {
    const whole = await parseCorpus([SEEDS]);
    const first = await parseCorpus([SEEDS, join(SEEDS, 'missing')], { shard: { index: 1, count: 2 } });
    const second = await parseCorpus([SEEDS, join(SEEDS, 'missing')], { shard: { index: 2, count: 2 } });
    expect([...first.articles, ...second.articles].map((a) => a.id).sort()).toEqual(whole.articles.map((a) => a.id).sort());
    expect(first.articles.length).toBeGreaterThan(0);
    expect(second.articles.length).toBeGreaterThan(0);
    expect([...first.failures, ...second.failures].map((f) => f.code)).toEqual(['read-failed']);
  });
});

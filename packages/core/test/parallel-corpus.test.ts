import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iterateCorpus, parseCorpus, type CorpusPlan, type LearnedBoilerplate } from '../src/index.js';
import { LARGE_UNIT_BYTES, ParsePool, WORKER_HEAP_MB, WORKER_YOUNG_HEAP_MB } from '../src/internals.js';
import { SEEDS_DIR } from './helpers.js';

/** The seeds copied into nested folders 4 times over, with an empty file and a binary one among them. */
function seedTree(): string {
  const root = mkdtempSync(join(tmpdir(), 'polynews-parallel-'));
  const seeds = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt'));
  for (let copy = 0; copy < 4; copy++) {
    const folder = join(root, `batch-${copy}`);
    mkdirSync(folder, { recursive: true });
    for (const name of seeds) writeFileSync(join(folder, name), readFileSync(join(SEEDS_DIR, name)));
  }
  writeFileSync(join(root, 'batch-1', '001a-empty.txt'), '\n\n');
  writeFileSync(join(root, 'batch-2', '002a-binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 255, 0, 7]));
  return root;
}

describe('iterateCorpus with worker threads', () => {
  it('gives exactly the items of one job, in the same order, with 2 and 3 workers', async () => {
    const root = seedTree();
    const one = await parseCorpus([root]);
    expect(one.articles).toHaveLength(20);
    expect(one.failures.map((failure) => failure.code)).toEqual(['empty', 'binary']);
    for (const jobs of [2, 3]) {
      const many = await parseCorpus([root], { jobs });
      expect(many.articles.map((article) => article.file)).toEqual(one.articles.map((article) => article.file));
      expect(JSON.stringify(many)).toBe(JSON.stringify(one));
    }
  });

  it("sends each worker's article as its JSON text, parsed into the article only when read", async () => {
    const root = seedTree();
    const local = [];
    for await (const item of iterateCorpus([root])) local.push(item);
    expect(local.every((item) => item.json === undefined)).toBe(true);
    let index = 0;
    for await (const item of iterateCorpus([root], { jobs: 2 })) {
      const expected = local[index++]!;
      if (expected.failure) {
        expect(item.failure).toEqual(expected.failure);
        continue;
      }
      // The text is what the one-job article serializes to, and the article read from it is equal.
      expect(item.json).toBe(JSON.stringify(expected.article));
      expect(item.article).toEqual(expected.article);
      expect(item.article).toBe(item.article);
    }
    expect(index).toBe(22);
  });

  it('reports the plan (files and bytes) before the first item, and the bytes of each item', async () => {
    const root = seedTree();
    let plan: CorpusPlan | undefined;
    let bytes = 0;
    for await (const item of iterateCorpus([root], { jobs: 2, onPlan: (listed) => (plan = listed) })) {
      expect(plan).toBeDefined();
      bytes += item.bytes;
    }
    expect(plan!.files).toBe(22);
    expect(plan!.bytes).toBe(bytes);
    expect(bytes).toBeGreaterThan(4 * 20_000);
  });

  it('learns boilerplate the same way with workers as without', async () => {
    const root = seedTree();
    const learnedLines: number[] = [];
    const onLearned = (learned: LearnedBoilerplate) => learnedLines.push([...learned.byOutlet.values()].reduce((sum, lines) => sum + lines.size, 0));
    const one = await parseCorpus([root], { learnBoilerplate: { minFiles: 2 }, onLearned });
    const two = await parseCorpus([root], { learnBoilerplate: { minFiles: 2 }, onLearned, jobs: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    // Each seed is copied 4 times, so lines recur within each outlet: learning finds some.
    expect(learnedLines[0]).toBeGreaterThan(0);
    expect(learnedLines[1]).toBe(learnedLines[0]);
  });
});

describe('JSONL input', () => {
  it('parses one page per line, names each by file:line, and lists bad lines without stopping', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-jsonl-'));
    const seed = readFileSync(join(SEEDS_DIR, '000_7d0d01de241d3518.txt'), 'utf8');
    const pages = [
      JSON.stringify({ text: seed, url: 'https://thanhnien.vn/the-gioi/mali-nga.htm', crawl_id: 7 }),
      '',
      '{"text": 42}',
      'not json',
      JSON.stringify({ text: 'Mali i Rosja podpisały umowę\n\nMinister spraw zagranicznych Rosji Siergiej Ławrow spotkał się w czwartek w Moskwie z szefem dyplomacji Mali.' }),
    ];
    const file = join(dir, 'dump.jsonl');
    writeFileSync(file, `${pages.join('\n')}\n`);
    for (const jobs of [1, 2]) {
      const { articles, failures } = await parseCorpus([dir], { jobs });
      expect(articles.map((article) => article.file)).toEqual([`${file}:1`, `${file}:5`]);
      expect(articles[0]!.title).toBe('Mali được Nga cam kết ủng hộ khi LHQ rút lực lượng gìn giữ hòa bình');
      expect(articles[0]!.encoding).toBe('text');
      expect(articles[0]!).toMatchObject({ url: 'https://thanhnien.vn/the-gioi/mali-nga.htm', extra: { crawl_id: 7 }, input: { format: 'text', container: 'jsonl', exportFormat: null, locator: expect.stringMatching(/dump\.jsonl:1$/) } });
      expect(articles[1]!.language).toBe('pl');
      expect(articles[1]!.mentions.map((mention) => mention.entityId)).toContain('sergei-lavrov');
      expect(failures).toEqual([
        { file: `${file}:3`, code: 'invalid-record', message: `${file}:3: the record has no page content: expected a string field "text" or "content" or "body" or "html"` },
        expect.objectContaining({ file: `${file}:4`, code: 'invalid-record', message: expect.stringMatching(/^.*dump\.jsonl:4: not valid JSON \(/) }),
      ]);
    }
  });

  it('splits a JSONL file between shards by line, every record exactly once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-jsonl-shard-'));
    const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ text: `Report ${i}\n\nMali and Russia signed agreement number ${i} in Bamako, officials said.` }));
    writeFileSync(join(dir, 'pages.jsonl'), `${lines.join('\n')}\n`);
    const shards = await Promise.all([1, 2, 3].map((index) => parseCorpus([dir], { shard: { index, count: 3 } })));
    const names = shards.flatMap((shard) => shard.articles.map((article) => article.file));
    expect(names).toHaveLength(40);
    expect(new Set(names).size).toBe(40);
    for (const shard of shards) expect(shard.articles.length).toBeGreaterThan(5);
  });
});

describe('ParsePool limits', () => {
  it('parses units over the large-unit size on the calling thread, with the same result', async () => {
    const seed = join(SEEDS_DIR, readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt'))[0]!);
    const size = readFileSync(seed).length;
    const unit = { kind: 'file' as const, name: seed, locator: 'seed.txt', path: seed, size };
    const inWorkers = new ParsePool(1, {});
    const onThisThread = new ParsePool(1, {}, { largeUnitBytes: size - 1 });
    try {
      const [viaWorker, viaThread] = await Promise.all([inWorkers.parse(unit), onThisThread.parse(unit)]);
      expect(viaThread.article?.title).toBe('Mali được Nga cam kết ủng hộ khi LHQ rút lực lượng gìn giữ hòa bình');
      expect(JSON.stringify(viaThread.article)).toBe(JSON.stringify(viaWorker.article));
      expect(viaWorker.json).toBe(JSON.stringify(viaThread.article));
    } finally {
      await Promise.all([inWorkers.close(), onThisThread.close()]);
    }
    expect(WORKER_HEAP_MB).toBe(128);
    expect(WORKER_YOUNG_HEAP_MB).toBe(12);
    expect(LARGE_UNIT_BYTES).toBe(1024 * 1024);
  });

  it('parses a page just under the large-unit size inside a worker, within its heap limits', async () => {
    const seed = join(SEEDS_DIR, readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt'))[0]!);
    const [headline, ...rest] = readFileSync(seed, 'utf8').split('\n');
    const body = rest.join('\n');
    const copies = Math.floor((LARGE_UNIT_BYTES - 64 * 1024) / Buffer.byteLength(body));
    const page = [headline, ...Array.from({ length: copies }, () => body)].join('\n');
    const path = join(mkdtempSync(join(tmpdir(), 'polynews-large-')), 'large.txt');
    writeFileSync(path, page);
    const size = Buffer.byteLength(page);
    expect(size).toBeLessThan(LARGE_UNIT_BYTES);
    expect(size).toBeGreaterThan(LARGE_UNIT_BYTES * 0.9);
    const pool = new ParsePool(1, {});
    try {
      const item = await pool.parse({ kind: 'file', name: path, locator: path, path, size });
      expect(item.failure).toBeUndefined();
      expect(item.article?.title).toBe('Mali được Nga cam kết ủng hộ khi LHQ rút lực lượng gìn giữ hòa bình');
      expect(item.article?.language).toBe('vi');
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('fails a unit that exhausts a worker\'s heap alone (out-of-memory) and parses the units that shared the worker again, as they parse in any run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-oom-'));
    const seeds = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).slice(0, 3);
    // One long line of agency names: each becomes a citation, far more heap than a 48 MB worker has.
    writeFileSync(join(dir, 'huge.txt'), `A page of one long line\n\n${'TASS said '.repeat(200_000)}\n`);
    const units = [...seeds.slice(0, 1), 'huge.txt', ...seeds.slice(1)].map((name) => {
      const path = name === 'huge.txt' ? join(dir, name) : join(SEEDS_DIR, name);
      return { kind: 'file' as const, name: path, locator: name, path, size: readFileSync(path).length };
    });
    const healthy = new ParsePool(1, {});
    const expected = await Promise.all(units.filter((unit) => !unit.name.endsWith('huge.txt')).map((unit) => healthy.parse(unit)));
    await healthy.close();
    for (let run = 0; run < 2; run++) {
      const pool = new ParsePool(1, {}, { heapMb: 48, largeUnitBytes: Number.POSITIVE_INFINITY });
      try {
        // All four in flight on the one worker at once, as a run's window sends them.
        const items = await Promise.all(units.map((unit) => pool.parse(unit)));
        expect(items.map((item) => item.failure?.code ?? 'parsed')).toEqual(['parsed', 'out-of-memory', 'parsed', 'parsed']);
        expect(items[1]!.failure!.message).toMatch(/huge\.txt: parsing it needs more than the 48 MB heap of a parse worker/);
        expect(items.filter((item) => item.article).map((item) => item.json)).toEqual(expected.map((item) => item.json));
        // The pool goes on with a fresh worker.
        expect((await pool.parse(units[0]!)).json).toBe(expected[0]!.json);
      } finally {
        await pool.close();
      }
    }
  }, 120_000);
});

import { createHash } from 'node:crypto';
import { relative, sep } from 'node:path';

/** One machine's part of a corpus split over `count` machines: `index` is 1-based. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Reads `i/n` (1 ≤ i ≤ n) as a shard, with an error that says what is expected.
 *
 * @example
 * parseShard('2/8'); // { index: 2, count: 8 }
 */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new Error(`invalid shard "${text}": expected i/n with 1 ≤ i ≤ n, e.g. 1/4`);
  }
  return { index, count };
}

/**
 * The shard (1…count) a file belongs to: a hash (SHA-1) of its path relative to the input it was
 * found under, with `/` separators. The split is deterministic and depends only on the corpus
 * layout, not on the machine, the mount point or the listing order, so that `n` machines given the
 * same inputs (`polynews parse corpus/ --shard i/n`) parse every file exactly once between them.
 *
 * @param file the file path as listed
 * @param root the input path it was found under (the file itself when it was named directly)
 * @example
 * shardOf('/data/corpus/rt/2023/a.txt', '/data/corpus', 4); // the same number on every machine: 1…4
 */
export function shardOf(file: string, root: string, count: number): number {
  return shardOfKey(shardKey(file, root), count);
}

/**
 * The key a file is sharded by: its path relative to the input it was found under, with `/`
 * separators (its own name when it was named directly).
 *
 * @example
 * shardKey('/data/corpus/rt/a.txt', '/data/corpus'); // 'rt/a.txt'
 */
export function shardKey(file: string, root: string): string {
  return file === root ? file.split(sep).pop()! : relative(root, file).split(sep).join('/');
}

/**
 * The shard (1…count) of any key (a file's {@link shardKey}, or `key:line` for a record of a JSONL
 * file): the first 32 bits of its SHA-1, modulo `count`.
 *
 * @example
 * shardOfKey('rt/dump.jsonl:12', 4); // 1…4, the same on every machine
 */
export function shardOfKey(key: string, count: number): number {
  const digest = createHash('sha1').update(key).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/**
 * Keeps the files of one shard, in their order.
 *
 * @example
 * filesOfShard(['corpus/a.txt', 'corpus/b.txt'], 'corpus', { index: 1, count: 2 }); // the files hashed to shard 1
 */
export function filesOfShard(files: readonly string[], root: string, shard: Shard): string[] {
  return files.filter((file) => shardOf(file, root, shard.count) === shard.index);
}

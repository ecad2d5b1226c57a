import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { listCorpusFiles, safeParseArticle } from '@polynews/core';
import type { CliIo } from '../io.js';

/** Options of `polynews bench`. */
export interface BenchCommandOptions {
  /** How many times the whole corpus is parsed (default 200). */
  repeat: number;
}

/**
 * `polynews bench [paths…]`: parses the corpus (default `seeds`) in memory `repeat` times after a
 * warm-up and prints throughput (articles/s, MB/s on one core) and peak RSS.
 *
 * @example
 * await benchCommand(['seeds'], { repeat: 200 }, processIo);
 * // parse: 1000 articles, 4.14 MB in 4.99 s — 200 articles/s, 0.83 MB/s (1 core); peak RSS 308 MB
 */
export async function benchCommand(paths: readonly string[], options: BenchCommandOptions, io: CliIo): Promise<number> {
  const inputs = (paths.length > 0 ? paths : ['seeds']).map((path) => resolve(io.cwd, path));
  const { files } = await listCorpusFiles(inputs);
  const contents = await Promise.all(files.map(async (file) => ({ file, bytes: await readFile(file) })));
  if (contents.length === 0) {
    io.stderr('polynews bench: no input files\n');
    return 2;
  }
  for (const { file, bytes } of contents) safeParseArticle(bytes, { file });
  const bytesPerRound = contents.reduce((sum, { bytes }) => sum + bytes.length, 0);
  let peakRss = process.memoryUsage().rss;
  const started = performance.now();
  for (let round = 0; round < options.repeat; round++) {
    for (const { file, bytes } of contents) safeParseArticle(bytes, { file });
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  const articles = contents.length * options.repeat;
  const megabytes = (bytesPerRound * options.repeat) / 1e6;
  io.stdout(
    `parse: ${articles} articles, ${megabytes.toFixed(2)} MB in ${seconds.toFixed(2)} s — ` +
      `${Math.round(articles / seconds)} articles/s, ${(megabytes / seconds).toFixed(2)} MB/s (1 core); ` +
      `peak RSS ${Math.round(peakRss / 1e6)} MB\n`,
  );
  return 0;
}

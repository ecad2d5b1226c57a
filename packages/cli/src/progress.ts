import { MultiBar, type SingleBar } from 'cli-progress';
import type { CorpusItem, CorpusPlan } from '@polynews/core';

/** Where a progress bar may draw: a terminal stream (`isTTY`), usually `process.stderr`. */
export interface ProgressStream extends NodeJS.WritableStream {
  isTTY?: boolean;
  columns?: number;
}

/** What a run has done so far; also the source of the summary line. */
export interface RunTally {
  parsed: number;
  failed: number;
  bytes: number;
  startedAt: number;
}

/**
 * A progress bar for `polynews parse` on a terminal: files, MB, MB/s, ETA and failures so far,
 * drawn with `cli-progress` at most 10 times a second. Messages logged through it (failed files)
 * print above the bar instead of through it.
 *
 * @example
 * const progress = new ParseProgress(process.stderr);
 * progress.start({ files: 1200, bytes: 48e6 });
 * progress.advance(item, tally); // after each item
 * progress.stop();
 */
export class ParseProgress {
  readonly #multibar: MultiBar;
  #bar: SingleBar | undefined;
  #plan: CorpusPlan = { files: 0, bytes: 0 };

  constructor(stream: ProgressStream) {
    this.#multibar = new MultiBar({
      stream,
      format: 'parse [{bar}] {percentage}% | {files}/{totalFiles} files | {mb}/{totalMb} MB | {rate} MB/s | ETA {eta_formatted} | {failed} failed',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
      fps: 10,
    });
  }

  /** Draws the bar for a run of this size. */
  start(plan: CorpusPlan): void {
    this.#plan = plan;
    this.#bar = this.#multibar.create(Math.max(1, plan.bytes), 0, payload({ parsed: 0, failed: 0, bytes: 0, startedAt: Date.now() }, plan));
  }

  /** Moves the bar on by one item. */
  advance(item: CorpusItem, tally: RunTally): void {
    this.#bar?.update(Math.min(tally.bytes, Math.max(1, this.#plan.bytes)), payload(tally, this.#plan));
    if (item.failure) this.#multibar.log(`polynews parse: ${item.failure.message} [${item.failure.code}]\n`);
  }

  /** Draws the last state (and any failure still buffered), then removes the bar from the terminal. */
  stop(): void {
    this.#multibar.update();
    this.#multibar.stop();
  }
}

function payload(tally: RunTally, plan: CorpusPlan): Record<string, string | number> {
  const seconds = Math.max(0.001, (Date.now() - tally.startedAt) / 1000);
  return {
    files: tally.parsed + tally.failed,
    totalFiles: plan.files,
    mb: (tally.bytes / 1e6).toFixed(1),
    totalMb: (plan.bytes / 1e6).toFixed(1),
    rate: (tally.bytes / 1e6 / seconds).toFixed(2),
    failed: tally.failed,
  };
}

/**
 * The last line of a run: counts, size, time, throughput and jobs (worker threads).
 *
 * @example
 * summaryLine({ parsed: 5, failed: 0, bytes: 24_170, startedAt: 0 }, 1_000, 2); // '5 parsed, 0 failed (0.02 MB in 1.0 s, 0.02 MB/s, 2 jobs)'
 */
export function summaryLine(tally: RunTally, now: number, jobs: number): string {
  const seconds = Math.max(0.001, (now - tally.startedAt) / 1000);
  const megabytes = tally.bytes / 1e6;
  return `${tally.parsed} parsed, ${tally.failed} failed (${megabytes.toFixed(2)} MB in ${seconds.toFixed(1)} s, ${(megabytes / seconds).toFixed(2)} MB/s, ${jobs} job${jobs === 1 ? '' : 's'})`;
}

import { parseArticle } from '@polynews/core';
import { median } from './median.js';
import { PATHOLOGICAL_LINES, type PathologicalLine } from './pathological-lines.js';

/** The two line lengths each pathological page is timed at: time per MB should not grow from one to the other. */
export const PATHOLOGICAL_SIZES = [100_000, 400_000] as const;

/** One pathological page timed at each size: milliseconds (median of runs) and seconds per MB. */
export interface PathologicalMeasure {
  name: PathologicalLine;
  timings: { chars: number; ms: number; secondsPerMb: number }[];
}

/**
 * Parses each page of one long line (see `PATHOLOGICAL_LINES`) at both sizes on this thread, the
 * median of three runs after a warm-up.
 *
 * @example
 * measurePathological().map((m) => m.timings[1]!.secondsPerMb / m.timings[0]!.secondsPerMb); // about 1 each when every stage is linear
 */
export function measurePathological(sizes: readonly number[] = PATHOLOGICAL_SIZES): PathologicalMeasure[] {
  const measures: PathologicalMeasure[] = [];
  for (const [name, page] of Object.entries(PATHOLOGICAL_LINES) as [PathologicalLine, (chars: number) => string][]) {
    parseArticle(page(10_000));
    const timings = sizes.map((chars) => {
      const text = page(chars);
      const runs: number[] = [];
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        parseArticle(text);
        runs.push(performance.now() - started);
      }
      const ms = median(runs);
      return { chars, ms, secondsPerMb: ms / 1000 / (Buffer.byteLength(text) / 1e6) };
    });
    measures.push({ name, timings });
  }
  return measures;
}

/**
 * The Markdown table of {@link measurePathological}: time and time per MB at each size, and the growth of the time per MB.
 *
 * @example
 * pathologicalTable(measurePathological()).split('\n')[0]; // '## Pathological pages: one long line (time per MB should not grow with the line)'
 */
export function pathologicalTable(measures: readonly PathologicalMeasure[]): string {
  const sizes = measures[0]?.timings.map((timing) => `${timing.chars / 1000} kB`) ?? [];
  const lines = [
    '## Pathological pages: one long line (time per MB should not grow with the line)',
    '',
    `| line of | ${sizes.map((size) => `${size}: ms | ${size}: s/MB`).join(' | ')} | growth of s/MB |`,
    `|---|${sizes.map(() => '---:|---:').join('|')}|---:|`,
  ];
  for (const { name, timings } of measures) {
    const growth = timings.at(-1)!.secondsPerMb / timings[0]!.secondsPerMb;
    lines.push(`| ${name} | ${timings.map((timing) => `${timing.ms.toFixed(0)} | ${timing.secondsPerMb.toFixed(2)}`).join(' | ')} | ${growth.toFixed(2)}× |`);
  }
  return `${lines.join('\n')}\n\n`;
}

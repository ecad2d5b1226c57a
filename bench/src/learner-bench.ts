import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BoilerplateLearner, type Article } from '@polynews/core';

/** What {@link measureLearner} found. */
export interface LearnerMeasure {
  pages: number;
  /** Distinct lines fed to the learner (all but the footers are unique). */
  lines: number;
  /** Heap the learner holds once every page is fed, in bytes (after a full collection). */
  heapBytes: number;
  /** Lines it learned as boilerplate (one footer per outlet is expected). */
  learned: number;
  seconds: number;
}

const OUTLETS = 5;
const LINES_PER_PAGE = 30;

/**
 * The memory of `--learn-boilerplate`'s first pass as the corpus grows: `pages` pages of 5 outlets,
 * each with 30 lines of its own (the worst case: real body lines are mostly unique) and its outlet's
 * footer on every second page, fed to a `BoilerplateLearner`. The learner keeps a sample per outlet,
 * so its heap must stay the same at any number of pages; the footers must still be learned.
 * Run it in a process started with `--expose-gc` (see {@link measureLearnerInChild}).
 *
 * @example
 * measureLearner(['Ông Lavrov cho biết hai nước sẽ tăng cường hợp tác.'], 10_000); // { pages: 10000, heapBytes: 6_900_000, learned: 5, … }
 */
export function measureLearner(seedLines: readonly string[], pages: number): LearnerMeasure {
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
  collect();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const learner = new BoilerplateLearner();
  for (let page = 0; page < pages; page++) {
    const outlet = `outlet-${page % OUTLETS}`;
    const lines = Array.from({ length: LINES_PER_PAGE }, (_, k) => `${seedLines[(page * LINES_PER_PAGE + k) % seedLines.length]} (${page}.${k})`);
    if (Math.floor(page / OUTLETS) % 2 === 0) lines.push(`Follow ${outlet} on Telegram for the latest news`);
    learner.add(pageOf(outlet, lines));
  }
  collect();
  // What the learner holds cannot be negative: a small run's delta is within the collector's noise (code and caches freed since `before`).
  const heapBytes = Math.max(0, process.memoryUsage().heapUsed - before);
  const seconds = (performance.now() - started) / 1000;
  const result = learner.result();
  const learned = [...result.byOutlet.values()].reduce((sum, set) => sum + set.size, 0);
  return { pages, lines: pages * LINES_PER_PAGE + OUTLETS, heapBytes, learned, seconds };
}

/**
 * {@link measureLearner} in a fresh Node process started with `--expose-gc`, so that the heap
 * figure is the learner's alone, after a full collection.
 *
 * @example
 * await measureLearnerInChild(seedLines, 100_000); // { pages: 100000, heapBytes: 7_000_000, learned: 5, … }
 */
export async function measureLearnerInChild(seedLines: readonly string[], pages: number): Promise<LearnerMeasure> {
  const child = fork(fileURLToPath(childScript()), [], { execArgv: ['--expose-gc'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return new Promise<LearnerMeasure>((resolvePromise, reject) => {
    let measure: LearnerMeasure | undefined;
    child.once('message', (message) => (measure = message as LearnerMeasure));
    child.once('error', reject);
    child.once('exit', (code) => (measure ? resolvePromise(measure) : reject(new Error(`the learner measure exited with code ${code} before reporting`))));
    child.send({ seedLines, pages });
  });
}

function pageOf(outlet: string, lines: readonly string[]): Pick<Article, 'outlet' | 'segments' | 'text'> {
  let text = '';
  const segments: Article['segments'] = [];
  for (const line of lines) {
    segments.push({ role: 'body', start: text.length, end: text.length + line.length + 1 });
    text += `${line}\n`;
  }
  return { outlet: { key: outlet, id: outlet, name: outlet, confidence: 0.8, evidence: ['bench'] }, text, segments };
}

/** The child's compiled script: next to this module, or in `dist/` when this module runs from source (tests). */
function childScript(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../dist/learner-child.js', import.meta.url) : new URL('./learner-child.js', import.meta.url);
}

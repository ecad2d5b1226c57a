import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { detectLanguage, iterateCorpus, listCorpusFiles, type Shard, type StageTimes } from '@polynews/core';
import { emptyStageTimes, findTokenSpans, SubstringCache, TokenSpans } from '@polynews/core/internals';

/** One timed run over a corpus folder. */
export interface RunMeasure {
  jobs: number;
  articles: number;
  failures: number;
  bytes: number;
  seconds: number;
  /** Highest resident set size of the process during the run, in bytes (main thread and workers); exact in {@link measureRunInChild}, sampled every 50 ms otherwise. */
  peakRss: number;
  /** Milliseconds per stage, for a run on this thread (one job). */
  stages?: StageTimes;
}

/**
 * Parses a corpus folder end to end (list, read, parse; nothing written) with `jobs` worker threads,
 * sampling the resident set size every 50 ms.
 *
 * @example
 * const run = await measureRun('/tmp/bench-10k', 2); // { jobs: 2, articles: 10000, seconds: 51.2, peakRss: 310_000_000, … }
 */
export async function measureRun(dir: string, jobs: number, shard?: Shard): Promise<RunMeasure> {
  const stages = jobs === 1 ? emptyStageTimes() : undefined;
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const measure: RunMeasure = { jobs, articles: 0, failures: 0, bytes: 0, seconds: 0, peakRss: 0 };
  const started = performance.now();
  try {
    for await (const item of iterateCorpus([dir], { jobs, ...(stages && { stageTimes: stages }), ...(shard && { shard }) })) {
      measure.bytes += item.bytes;
      if (!item.failure) measure.articles++;
      else measure.failures++;
      if ((measure.articles & 255) === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
  } finally {
    clearInterval(sampler);
  }
  measure.seconds = (performance.now() - started) / 1000;
  measure.peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (stages) measure.stages = stages;
  return measure;
}

/**
 * {@link measureRun} in a fresh Node process, so that one run's memory never counts in the next and
 * the peak is the kernel's high-water mark of resident memory (`ru_maxrss`, main thread and
 * workers together) rather than a sample.
 *
 * @example
 * const run = await measureRunInChild('/tmp/bench-100k', 2); // { jobs: 2, articles: 100000, peakRss: 330_000_000, … }
 */
export async function measureRunInChild(dir: string, jobs: number, shard?: Shard): Promise<RunMeasure> {
  const child = fork(fileURLToPath(childScript()), [dir, String(jobs), ...(shard ? [`${shard.index}/${shard.count}`] : [])], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return new Promise<RunMeasure>((resolvePromise, reject) => {
    let measure: RunMeasure | undefined;
    child.once('message', (message) => (measure = message as RunMeasure));
    child.once('error', reject);
    child.once('exit', (code) => (measure ? resolvePromise(measure) : reject(new Error(`the measured run exited with code ${code} before reporting`))));
  });
}

/**
 * The machine's own ceiling for parallel parsing: the corpus split in `count` shards (`--shard i/n`),
 * each parsed by a separate one-job process, all at once. They share nothing, and each pays its own
 * start-up and warm-up as a worker does, so their combined rate is what `count` cores give this
 * work when the code does not stand in the way (cores that share a physical core, memory bandwidth
 * or a busy host give less than `count`×), and the worker pool's speed-up can be read against it.
 *
 * @returns the runs combined: articles and bytes summed, seconds of the slowest, peak RSS summed
 * @example
 * const ceiling = await measureIndependentRuns('/tmp/bench-10k', 2); // { jobs: 2, articles: 10000, seconds: 20.5, … }
 */
export async function measureIndependentRuns(dir: string, count: number): Promise<RunMeasure> {
  const runs = await Promise.all(Array.from({ length: count }, (_, index) => measureRunInChild(dir, 1, { index: index + 1, count })));
  const sum = (pick: (run: RunMeasure) => number) => runs.reduce((total, run) => total + pick(run), 0);
  return { jobs: count, articles: sum((run) => run.articles), failures: sum((run) => run.failures), bytes: sum((run) => run.bytes), seconds: Math.max(...runs.map((run) => run.seconds)), peakRss: sum((run) => run.peakRss) };
}

/** One round of {@link measureScalingRounds}: the three runs, back to back. */
export interface ScalingRound {
  one: RunMeasure;
  many: RunMeasure;
  ceiling: RunMeasure;
}

/**
 * Scaling measured in paired rounds: each round runs one job, `jobs` workers and the corpus split
 * in `jobs` shards parsed by separate one-job processes ({@link measureIndependentRuns}), back to
 * back on the same corpus, so that each speed-up is a ratio of runs a
 * few seconds apart. On a shared machine whose speed drifts by tens of percent from minute to
 * minute, the median of such paired ratios is a figure; a ratio of two runs minutes apart is not.
 *
 * @example
 * const rounds = await measureScalingRounds('/tmp/bench-3k', 2, 3);
 * rounds.map((r) => r.one.seconds / r.many.seconds); // [1.52, 1.61, 1.48]
 */
export async function measureScalingRounds(dir: string, jobs: number, rounds: number): Promise<ScalingRound[]> {
  const results: ScalingRound[] = [];
  for (let round = 0; round < rounds; round++) {
    const one = await measureRunInChild(dir, 1);
    const many = await measureRunInChild(dir, jobs);
    const ceiling = await measureIndependentRuns(dir, jobs);
    results.push({ one, many, ceiling });
  }
  return results;
}

/** The child's compiled script: next to this module, or in `dist/` when this module runs from source (tests). */
function childScript(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../dist/measure-child.js', import.meta.url) : new URL('./measure-child.js', import.meta.url);
}

/** A floor: how fast the same files go through a fixed minimum of work. */
export interface FloorMeasure {
  bytes: number;
  seconds: number;
  lines: number;
  /** Words found (the word floors only). */
  words: number;
  /** Pages whose language was detected (the detection floor only). */
  detections: number;
}

/**
 * The raw floor on the same files: read (synchronously, as the parser's threads read a file), decode
 * UTF-8 and split into lines, nothing else. No parser can be faster than this, so the pipeline's
 * speed is reported against it.
 *
 * @example
 * await measureFloor('/tmp/bench-10k'); // { bytes: 47_912_344, seconds: 0.45, lines: 1_190_000, words: 0, detections: 0 }
 */
export async function measureFloor(dir: string): Promise<FloorMeasure> {
  const decoder = new TextDecoder('utf-8');
  return timeFiles(dir, (text, measure) => {
    measure.lines += decoder.decode(text).split('\n').length;
  });
}

/**
 * The word floor on the same files: the raw floor, then NFC, then every word of every line found
 * (`findTokenSpans`, the parser's tokeniser) and looked up once in a word cache (`SubstringCache`,
 * the parser's). Any parser that links names, reads dates or detects languages from the words of a
 * page does at least this much, so it bounds what the pipeline's speed could become by fusing its
 * stages into one pass over the words.
 *
 * @example
 * await measureWordFloor('/tmp/bench-10k'); // { bytes: 47_912_344, seconds: 1.9, lines: 1_190_000, words: 6_400_000, detections: 0 }
 */
export async function measureWordFloor(dir: string): Promise<FloorMeasure> {
  return timeWordFloor(dir, false);
}

/**
 * The detection floor: the word floor, and the page's language detected once (`detectLanguage`, the
 * parser's detector, on the page's first {@link DETECTED_CHARS} characters: about what ELD reads of
 * any text). A parser that gives every article its language does at least this much; whatever the
 * target leaves a page beyond this floor is all the time there is for classifying lines, linking
 * names, reading dates and quotes, and validating the article.
 *
 * @example
 * await measureDetectionFloor('/tmp/bench-10k'); // { bytes: 47_912_344, seconds: 2.4, lines: 1_190_000, words: 6_400_000, detections: 10_000 }
 */
export async function measureDetectionFloor(dir: string): Promise<FloorMeasure> {
  return timeWordFloor(dir, true);
}

/** Characters of a page the detection floor gives the detector: ELD reads about 350 bytes of any text. */
export const DETECTED_CHARS = 400;

async function timeWordFloor(dir: string, detect: boolean): Promise<FloorMeasure> {
  const decoder = new TextDecoder('utf-8');
  const spans = new TokenSpans();
  const words = new SubstringCache((word: string) => word.length);
  return timeFiles(dir, (bytes, measure) => {
    const text = decoder.decode(bytes).normalize('NFC');
    for (const line of text.split('\n')) {
      measure.lines++;
      findTokenSpans(line, spans);
      for (let k = 0; k < spans.count; k++) words.entry(line, spans.starts.values[k]!, spans.ends.values[k]!, spans.hashes.values[k]!);
      measure.words += spans.count;
    }
    if (detect && detectLanguage(text.slice(0, DETECTED_CHARS)).language !== null) measure.detections++;
  });
}

/** Reads every file of the corpus folder with `readFileSync` and times `work` on each. */
async function timeFiles(dir: string, work: (bytes: Uint8Array, measure: FloorMeasure) => void): Promise<FloorMeasure> {
  const { files } = await listCorpusFiles([dir]);
  const measure: FloorMeasure = { bytes: 0, seconds: 0, lines: 0, words: 0, detections: 0 };
  const started = performance.now();
  for (const file of files) {
    const bytes = readFileSync(file);
    measure.bytes += bytes.length;
    work(bytes, measure);
  }
  measure.seconds = (performance.now() - started) / 1000;
  return measure;
}

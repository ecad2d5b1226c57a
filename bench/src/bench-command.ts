import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listCorpusFiles, parseCorpus, type StageTimes } from '@polynews/core';
import type { BenchIo } from './bench-io.js';
import { measureAnalysis, type AnalysisMeasure } from './analysis-bench.js';
import { measureDetectionFloor, measureFloor, measureWordFloor, measureIndependentRuns, measureRunInChild, measureScalingRounds, type FloorMeasure, type RunMeasure, type ScalingRound } from './pipeline-bench.js';
import { writeSyntheticCorpus, type SeedPage } from './synthetic-corpus.js';
import { measureLearnerInChild, type LearnerMeasure } from './learner-bench.js';
import { median } from './median.js';
import { measurePathological, pathologicalTable } from './pathological-bench.js';
import { inputKindsTable, measureInputKinds } from './input-kinds-bench.js';

/** Options of the benchmark (`npm run bench -- --help`). */
export interface BenchCommandOptions {
  /** Synthetic corpus sizes, in articles (default 10,000 and 100,000). */
  articles: number[];
  /** Mention-row counts for the analysis timings (default 1M and 5M); empty to skip. */
  rows: number[];
  /** Worker threads for the parallel runs (default: the number of cores). */
  jobs?: number;
  /** Seed of the synthetic corpus (default 42). */
  seed: number;
  /** Keep the generated corpus instead of deleting it. */
  keep?: boolean;
  /** Paired scaling rounds on a {@link SCALING_ARTICLES}-article corpus (default 3; 0 to skip). */
  rounds?: number;
}

/** Pages of the input-kinds table: the same pages as text, HTML and a web archive. */
const INPUT_KIND_PAGES = 500;

/** Size of the corpus the paired scaling rounds parse (three runs a round: it must be quick). */
export const SCALING_ARTICLES = 3000;

const STAGE_LABELS: Record<keyof StageTimes, string> = {
  decode: 'decode',
  segmentClassify: 'segment + classify',
  language: 'language',
  metadata: 'metadata (URLs, date, outlet, agencies)',
  entities: 'entities',
  dates: 'dates',
  names: 'names (unlinked)',
  quotes: 'quotes',
  assemble: 'assemble + validate',
};

/**
 * `npm run bench` (`node bench/dist/main.js [seeds…]`): generates a deterministic synthetic corpus from the seed pages for each
 * size, parses it on one core (whole pipeline and per stage, against the raw floor of read + decode
 * + split and the word floor that also finds and looks up every word) and on all cores (scaling, peak RSS), then times the analysis verbs in arquero and in
 * DuckDB on about 1M and 5M mention rows. Prints Markdown tables; the figures are for reading, never
 * asserted by tests.
 *
 * @example
 * await benchCommand(['seeds'], { articles: [10_000, 100_000], rows: [1_000_000, 5_000_000], seed: 42 }, processIo);
 */
export async function benchCommand(paths: readonly string[], options: BenchCommandOptions, io: BenchIo): Promise<number> {
  const inputs = (paths.length > 0 ? paths : ['seeds']).map((path) => resolve(io.cwd, path));
  const { files } = await listCorpusFiles(inputs, { extensions: ['.txt'] });
  const seeds: SeedPage[] = await Promise.all(files.map(async (file) => ({ name: file, text: await readFile(file, 'utf8') })));
  if (seeds.length === 0) {
    io.stderr('bench: no seed pages\n');
    return 2;
  }
  const jobs = options.jobs ?? availableParallelism();
  const root = await mkdtemp(join(tmpdir(), 'polynews-bench-'));
  io.stdout(`# polynews bench\n\n${seeds.length} seed pages, seed ${options.seed}, ${availableParallelism()} cores, Node ${process.version}; corpus in ${root}\n\n`);
  try {
    const runs: PipelineRun[] = [];
    for (const [index, size] of options.articles.entries()) {
      const dir = join(root, `corpus-${size}`);
      const bytes = await writeSyntheticCorpus(seeds, dir, size, options.seed);
      io.stderr(`bench: generated ${size} articles (${mb(bytes)} MB); parsing…\n`);
      const floor = index === 0 ? await measureFloor(dir) : undefined;
      const wordFloor = index === 0 ? await measureWordFloor(dir) : undefined;
      const detectionFloor = index === 0 ? await measureDetectionFloor(dir) : undefined;
      const one = index === 0 ? await measureRunInChild(dir, 1) : undefined;
      const ceiling = index === 0 && jobs > 1 ? await measureIndependentRuns(dir, jobs) : undefined;
      const many = await measureRunInChild(dir, jobs);
      if (!options.keep) await rm(dir, { recursive: true, force: true });
      // The same size with new words on every page: the parser's word caches fill up, as on a real corpus.
      const growingDir = join(root, `corpus-${size}-growing`);
      const growingBytes = await writeSyntheticCorpus(seeds, growingDir, size, options.seed, 'growing');
      io.stderr(`bench: generated ${size} articles with a growing vocabulary (${mb(growingBytes)} MB); parsing…\n`);
      // On one core too (first size): new words are what a real corpus brings, and each costs the parser a build.
      const growingOne = index === 0 ? await measureRunInChild(growingDir, 1) : undefined;
      const growing = { bytes: growingBytes, many: await measureRunInChild(growingDir, jobs), ...(growingOne && { one: growingOne }) };
      if (!options.keep) await rm(growingDir, { recursive: true, force: true });
      runs.push({ size, bytes, many, growing, ...(one && { one }), ...(floor && { floor }), ...(wordFloor && { wordFloor }), ...(detectionFloor && { detectionFloor }), ...(ceiling && { ceiling }) });
    }
    io.stdout(pipelineTables(runs, jobs));
    io.stderr('bench: pathological pages (one long line)…\n');
    io.stdout(pathologicalTable(measurePathological()));
    io.stderr('bench: the same pages as text, HTML and a web archive…\n');
    io.stdout(inputKindsTable(await measureInputKinds(seeds, join(root, 'input-kinds'), INPUT_KIND_PAGES, options.seed)));
    const seedLines = seeds.flatMap((seed) => seed.text.split('\n')).filter((line) => line.trim().length > 0 && line.length <= 300);
    const learners: LearnerMeasure[] = [];
    for (const size of options.articles) learners.push(await measureLearnerInChild(seedLines, size));
    io.stdout(learnerTable(learners));
    const rounds = options.rounds ?? 3;
    if (rounds > 0 && jobs > 1) {
      const size = Math.min(SCALING_ARTICLES, options.articles[0] ?? SCALING_ARTICLES);
      const dir = join(root, `scaling-${size}`);
      await writeSyntheticCorpus(seeds, dir, size, options.seed);
      io.stderr(`bench: ${rounds} paired scaling rounds on ${size} articles…\n`);
      io.stdout(scalingRoundsTable(await measureScalingRounds(dir, jobs, rounds), size, jobs));
      if (!options.keep) await rm(dir, { recursive: true, force: true });
    }
    if (options.rows.length > 0) {
      const { articles } = await parseCorpus(inputs, { extensions: ['.txt'] });
      const measures: AnalysisMeasure[] = [];
      for (const rows of options.rows) {
        io.stderr(`bench: analysis on ${rows.toLocaleString('en')} mention rows…\n`);
        measures.push(await measureAnalysis(articles, rows, join(root, `dataset-${rows}`)));
      }
      io.stdout(analysisTable(measures));
    }
  } finally {
    if (!options.keep) await rm(root, { recursive: true, force: true });
  }
  return 0;
}

/** One corpus size: its runs on one job (first size only), on all jobs, and as independent one-job processes. */
interface PipelineRun {
  size: number;
  bytes: number;
  one?: RunMeasure;
  many: RunMeasure;
  ceiling?: RunMeasure;
  floor?: FloorMeasure;
  wordFloor?: FloorMeasure;
  detectionFloor?: FloorMeasure;
  /** The same size with a growing vocabulary (see `syntheticPages`), on all jobs. */
  growing: { bytes: number; many: RunMeasure; one?: RunMeasure };
}

function pipelineTables(runs: PipelineRun[], jobs: number): string {
  let out = '';
  const first = runs[0];
  if (first?.one && first.floor && first.wordFloor && first.detectionFloor) {
    const one = first.one;
    const pipelineRate = one.bytes / 1e6 / one.seconds;
    const floorRate = first.floor.bytes / 1e6 / first.floor.seconds;
    const wordFloorRate = first.wordFloor.bytes / 1e6 / first.wordFloor.seconds;
    const detectionFloorRate = first.detectionFloor.bytes / 1e6 / first.detectionFloor.seconds;
    // The same stages on the growing vocabulary, side by side, when it was measured on one core.
    const growing = first.growing.one;
    out += `## Parsing on one core (${first.size.toLocaleString('en')} articles, ${mb(one.bytes)} MB; growing vocabulary ${mb(first.growing.bytes)} MB)\n\n`;
    out += `| stage | articles/s | MB/s | share of time | MB/s, growing vocabulary | share of time, growing vocabulary |\n|---|---:|---:|---:|---:|---:|\n`;
    const stageTotal = (stages: StageTimes) => Object.values(stages).reduce((sum, ms) => sum + ms, 0);
    const stageCells = (run: RunMeasure | undefined, stage: keyof StageTimes) => {
      if (!run?.stages) return '| |';
      const ms = run.stages[stage];
      return `${(run.bytes / 1e6 / (ms / 1000)).toFixed(1)} | ${((ms / stageTotal(run.stages)) * 100).toFixed(1)} % |`;
    };
    for (const stage of Object.keys(one.stages!) as (keyof StageTimes)[]) {
      out += `| ${STAGE_LABELS[stage]} | ${rate(one.articles, one.stages![stage] / 1000)} | ${stageCells(one, stage)} ${stageCells(growing, stage)}\n`;
    }
    const growingRate = growing ? (growing.bytes / 1e6 / growing.seconds).toFixed(2) : '';
    out += `| **whole pipeline** (list, read, parse) | **${rate(one.articles, one.seconds)}** | **${pipelineRate.toFixed(2)}** | | **${growingRate}** | |\n`;
    out += `| raw floor (read + decode + split lines) | ${rate(one.articles, first.floor.seconds)} | ${floorRate.toFixed(1)} | | | |\n`;
    out += `| word floor (raw floor + NFC + every word found and looked up once) | ${rate(one.articles, first.wordFloor.seconds)} | ${wordFloorRate.toFixed(1)} | | | |\n`;
    out += `| detection floor (word floor + the page's language detected once) | ${rate(one.articles, first.detectionFloor.seconds)} | ${detectionFloorRate.toFixed(1)} | | | |\n\n`;
    out += `With a growing vocabulary every sixth word of a page is new, as on a real corpus, and each new word costs the parser a build (its folds, forms, candidates and date words) where a known one costs a lookup.\n\n`;
    out += `Pipeline / floor: ${((pipelineRate / floorRate) * 100).toFixed(2)} % (the floor is ${(floorRate / pipelineRate).toFixed(0)}× faster); pipeline / word floor: ${((pipelineRate / wordFloorRate) * 100).toFixed(1)} %. Target: ≥ 20 MB/s per core.\n\n`;
    // What the target leaves a page of this corpus, and how much of it the word floor alone takes.
    const pageBytes = one.bytes / Math.max(1, one.articles + one.failures);
    const budgetMicros = (pageBytes / 20e6) * 1e6;
    const perPage = (seconds: number) => ((seconds * 1e6) / Math.max(1, one.articles + one.failures)).toFixed(0);
    const shareOfBudget = (floor: FloorMeasure) => (((floor.seconds * 20e6) / floor.bytes) * 100).toFixed(0);
    const detectionMicros = (first.detectionFloor.seconds * 1e6) / Math.max(1, one.articles + one.failures);
    out += `At 20 MB/s a page of this corpus (${(pageBytes / 1000).toFixed(1)} kB) has ${budgetMicros.toFixed(0)} µs; the pipeline takes ${perPage(one.seconds)} µs, the raw floor ${perPage(first.floor.seconds)} µs, the word floor ${perPage(first.wordFloor.seconds)} µs (${shareOfBudget(first.wordFloor)} % of the budget) and the detection floor ${perPage(first.detectionFloor.seconds)} µs (${shareOfBudget(first.detectionFloor)} %). `;
    out += `Beyond the detection floor the target leaves ${Math.max(0, budgetMicros - detectionMicros).toFixed(0)} µs a page for classifying lines, linking names, reading dates and quotes, and validating the article; the pipeline spends ${Math.max(0, (one.seconds * 1e6) / Math.max(1, one.articles + one.failures) - detectionMicros).toFixed(0)} µs on them.\n\n`;
    out += `## Scaling (${first.size.toLocaleString('en')} articles)\n\n| jobs | articles/s | MB/s | MB/s per core | speed-up | peak RSS |\n|---:|---:|---:|---:|---:|---:|\n`;
    for (const run of [one, first.many]) {
      const speedup = one.seconds / run.seconds;
      out += `| ${run.jobs} | ${rate(run.articles, run.seconds)} | ${(run.bytes / 1e6 / run.seconds).toFixed(2)} | ${(run.bytes / 1e6 / run.seconds / run.jobs).toFixed(2)} | ${speedup.toFixed(2)}× | ${mb(run.peakRss)} MB |\n`;
    }
    if (first.ceiling) {
      const ceiling = first.ceiling;
      out += `| ${ceiling.jobs} shards in separate processes × 1 job | ${rate(ceiling.articles, ceiling.seconds)} | ${(ceiling.bytes / 1e6 / ceiling.seconds).toFixed(2)} | ${(ceiling.bytes / 1e6 / ceiling.seconds / ceiling.jobs).toFixed(2)} | ${(ceiling.articles / ceiling.seconds / (one.articles / one.seconds)).toFixed(2)}× | ${mb(ceiling.peakRss)} MB |\n`;
    }
    out += `\nTarget: ${jobs} workers ≥ ${(0.9 * jobs).toFixed(1)}× one. The shards (the corpus split in ${jobs} with \`--shard i/${jobs}\`, each parsed by its own one-job process) share nothing and each warms up as a worker does: their speed-up is this machine's ceiling for the work.\n\n`;
  }
  out += `## Memory by corpus size (${jobs} jobs)\n\n| articles | vocabulary | MB read | failures | seconds | peak RSS |\n|---:|---|---:|---:|---:|---:|\n`;
  for (const run of runs) {
    out += `| ${run.size.toLocaleString('en')} | the seeds' words | ${mb(run.bytes)} | ${run.many.failures} | ${run.many.seconds.toFixed(1)} | ${mb(run.many.peakRss)} MB |\n`;
    out += `| ${run.size.toLocaleString('en')} | growing (every sixth word new) | ${mb(run.growing.bytes)} | ${run.growing.many.failures} | ${run.growing.many.seconds.toFixed(1)} | ${mb(run.growing.many.peakRss)} MB |\n`;
  }
  return `${out}\nTarget: peak RSS < 400 MB, the same at every size. With a growing vocabulary the parser's word caches fill up (each holds at most \`CACHE_ENTRIES\` words), as they do on a real corpus.\n\n`;
}

function learnerTable(measures: readonly LearnerMeasure[]): string {
  let out = '## Boilerplate learner memory (`--learn-boilerplate`, first pass; 5 outlets, 30 unique lines a page, a footer on every second page)\n\n';
  out += '| pages | distinct lines | seconds | learner heap | lines learned |\n|---:|---:|---:|---:|---:|\n';
  for (const m of measures) out += `| ${m.pages.toLocaleString('en')} | ${m.lines.toLocaleString('en')} | ${m.seconds.toFixed(1)} | ${mb(m.heapBytes)} MB | ${m.learned} |\n`;
  return `${out}\nTarget: the same heap at every size (each outlet keeps a sample of its pages), and the 5 footers learned.\n\n`;
}

function scalingRoundsTable(rounds: readonly ScalingRound[], size: number, jobs: number): string {
  const speed = (run: RunMeasure) => run.articles / run.seconds;
  let out = `## Scaling in paired rounds (${size.toLocaleString('en')} articles; each round runs 1 job, ${jobs} workers and ${jobs} shards in separate processes back to back)\n\n`;
  out += `| round | 1 job (articles/s) | ${jobs} workers (articles/s) | speed-up | ${jobs} shards in separate processes (articles/s) | machine ceiling |\n|---:|---:|---:|---:|---:|---:|\n`;
  for (const [index, { one, many, ceiling }] of rounds.entries()) {
    out += `| ${index + 1} | ${rate(one.articles, one.seconds)} | ${rate(many.articles, many.seconds)} | ${(speed(many) / speed(one)).toFixed(2)}× | ${rate(ceiling.articles, ceiling.seconds)} | ${(speed(ceiling) / speed(one)).toFixed(2)}× |\n`;
  }
  const speedup = median(rounds.map((r) => speed(r.many) / speed(r.one)));
  const ceiling = median(rounds.map((r) => speed(r.ceiling) / speed(r.one)));
  out += `| **median** | | | **${speedup.toFixed(2)}×** | | **${ceiling.toFixed(2)}×** |\n\n`;
  out += `The workers reach ${((speedup / ceiling) * 100).toFixed(0)} % of the machine's ceiling (median of the paired ratios). Target: ${jobs} workers ≥ ${(0.9 * jobs).toFixed(1)}× one.\n\n`;
  return out;
}

function analysisTable(measures: readonly AnalysisMeasure[]): string {
  let out = '## Analysis: arquero (in memory) and DuckDB (over the Parquet dataset), same data\n\n';
  out += `| verb | ${measures.map((m) => `arquero ${short(m.mentionRows)} | DuckDB ${short(m.mentionRows)}`).join(' | ')} |\n|---|${measures.map(() => '---:|---:').join('|')}|\n`;
  const verbs = measures[0]?.timings.map((timing) => timing.verb) ?? [];
  for (const [index, verb] of verbs.entries()) {
    out += `| ${verb} | ${measures.map((m) => `${Math.round(m.timings[index]!.arqueroMs)} ms | ${Math.round(m.timings[index]!.duckdbMs)} ms`).join(' | ')} |\n`;
  }
  out += `\n${measures.map((m) => `${m.mentionRows.toLocaleString('en')} mention rows (${m.articles.toLocaleString('en')} articles): Parquet written in ${m.writeSeconds.toFixed(1)} s, loaded into arquero in ${m.loadSeconds.toFixed(1)} s.`).join('\n')}\nTarget: arquero group-by on 1M rows ≤ 250 ms.\n`;
  return out;
}

function rate(articles: number, seconds: number): string {
  return Math.round(articles / seconds).toLocaleString('en');
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0);
}

function short(rows: number): string {
  return rows >= 1e6 ? `${(rows / 1e6).toFixed(1)}M` : `${Math.round(rows / 1e3)}k`;
}

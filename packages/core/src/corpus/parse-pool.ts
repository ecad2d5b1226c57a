import { Worker } from 'node:worker_threads';
import { itemFromWire, type CorpusItem, type WireItem } from './corpus-item.js';
import type { CorpusUnit } from './corpus-units.js';
import type { LearnedBoilerplate } from './learn-boilerplate.js';
import { parseUnit, type UnitParseOptions } from './parse-unit.js';
import type { WorkerRequest } from './parse-worker.js';

interface Task {
  unit: CorpusUnit;
  resolve: (item: CorpusItem) => void;
  outlet?: string;
}

interface PoolWorker {
  worker: Worker;
  tasks: Map<number, Task>;
  /** Stopped by the pool on purpose: its exit is not a failure. */
  retired?: boolean;
}

/**
 * The old-generation heap of each parse worker, in MB. V8 lets an unbounded heap grow to several
 * times what is live before collecting it, so without a limit the resident memory of a run climbs
 * with its length; with one, a worker's memory stays flat whatever the corpus size. Pages over
 * {@link LARGE_UNIT_BYTES} go to the main thread.
 */
export const WORKER_HEAP_MB = 128;

/**
 * The young generation of each parse worker, in MB. V8's default (three semi-spaces of 16 MB) costs
 * memory per thread once the nursery has been filled; parsing allocates short-lived strings in
 * bursts, and a smaller nursery runs as fast (the benchmark's memory table shows the effect).
 */
export const WORKER_YOUNG_HEAP_MB = 12;

/**
 * Units larger than this (bytes) are parsed on the calling thread, whose heap is not limited. A
 * page made of one long line of names or agencies can take 60–100 times its size in heap, and a
 * worker that reaches its limit in some phases of garbage collection aborts the whole process
 * instead of failing alone (nodejs/node#47224): such pages stay out of the workers.
 */
export const LARGE_UNIT_BYTES = 1024 * 1024;

/**
 * A fixed set of worker threads that parse units in parallel. Each worker compiles the registries
 * and matchers once, when it starts, and runs with a bounded heap ({@link WORKER_HEAP_MB}); units
 * larger than {@link LARGE_UNIT_BYTES} are parsed on the calling thread instead. A task goes to
 * the worker with the fewest tasks in flight. An article comes back as JSON text serialized by the
 * worker (the item's `json`; `article` is parsed from it when read), so the calling thread does
 * little per article however many workers there are.
 *
 * A worker that dies (out of memory, a crash) is replaced, and the units it had in flight are
 * parsed again, each alone on a fresh worker: a unit that kills a worker by itself fails with
 * `out-of-memory` (or `worker-crashed`), naming the file; the others give the article they give in
 * any run. So one page never takes others with it, and the output does not depend on which units
 * happened to share a worker.
 *
 * @example
 * const pool = new ParsePool(4, {});
 * const item = await pool.parse({ kind: 'file', name: 'seeds/000.txt', locator: 'seeds/000.txt', path: 'seeds/000.txt', size: 4921 });
 * await pool.close();
 */
export class ParsePool {
  readonly #options: UnitParseOptions;
  readonly #workers: PoolWorker[] = [];
  #nextId = 0;
  #learned: WorkerRequest | undefined;
  #learnedHere: LearnedBoilerplate | undefined;
  #closing = false;
  /** Units to parse again, one at a time, each alone on its own fresh worker. */
  readonly #alone: { task: Task; outlet: string | undefined }[] = [];
  #aloneWorker: PoolWorker | undefined;

  readonly #largeUnitBytes: number;
  readonly #heapMb: number;

  /**
   * @param jobs worker threads to start
   * @param options what every unit is parsed with
   * @param limits `largeUnitBytes`: units larger than this parse on the calling thread (default {@link LARGE_UNIT_BYTES});
   *   `heapMb`: each worker's old-generation heap (default {@link WORKER_HEAP_MB})
   */
  constructor(jobs: number, options: UnitParseOptions, limits: { largeUnitBytes?: number; heapMb?: number } = {}) {
    this.#options = options;
    this.#largeUnitBytes = limits.largeUnitBytes ?? LARGE_UNIT_BYTES;
    this.#heapMb = limits.heapMb ?? WORKER_HEAP_MB;
    for (let i = 0; i < jobs; i++) this.#workers.push(this.#spawn(false));
  }

  /** How many worker threads the pool runs (besides one started for a while to parse units again alone). */
  get size(): number {
    return this.#workers.length;
  }

  /** Parses one unit on the least busy worker; never rejects (a crash becomes a failure item). */
  parse(unit: CorpusUnit, outlet?: string): Promise<CorpusItem> {
    if (unit.size > this.#largeUnitBytes) return parseUnit(unit, this.#options, outlet ? this.#learnedHere?.byOutlet.get(outlet) : undefined);
    const target = this.#workers.reduce((best, candidate) => (candidate.tasks.size < best.tasks.size ? candidate : best));
    return new Promise<CorpusItem>((resolve) => this.#send(target, { unit, resolve, ...(outlet && { outlet }) }));
  }

  /** Sends learned boilerplate to every worker; tasks sent afterwards use it. */
  setLearned(learned: LearnedBoilerplate): void {
    this.#learnedHere = learned;
    this.#learned = { type: 'learned', byOutlet: [...learned.byOutlet].map(([outlet, lines]) => [outlet, [...lines]]) };
    for (const { worker } of this.#workers) worker.postMessage(this.#learned);
    this.#aloneWorker?.worker.postMessage(this.#learned);
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.#closing = true;
    const workers = [...this.#workers, ...(this.#aloneWorker ? [this.#aloneWorker] : [])];
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }

  #send(target: PoolWorker, task: Task): void {
    const id = this.#nextId++;
    target.tasks.set(id, task);
    target.worker.postMessage({ type: 'parse', id, unit: task.unit, ...(task.outlet && { outlet: task.outlet }) } satisfies WorkerRequest);
  }

  #spawn(alone: boolean): PoolWorker {
    const resourceLimits = { maxOldGenerationSizeMb: this.#heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_HEAP_MB };
    const entry: PoolWorker = { worker: new Worker(workerScript(), { workerData: { options: this.#options }, resourceLimits }), tasks: new Map() };
    if (this.#learned) entry.worker.postMessage(this.#learned);
    entry.worker.on('message', ({ id, item }: { id: number; item: WireItem }) => {
      const task = entry.tasks.get(id);
      entry.tasks.delete(id);
      task?.resolve(itemFromWire(item));
      if (alone) this.#nextAlone();
    });
    const fail = (error: Error | null, reason: string) => {
      if (this.#closing || entry.retired) return;
      entry.retired = true;
      const tasks = [...entry.tasks.values()];
      entry.tasks.clear();
      if (alone) {
        if (this.#aloneWorker === entry) this.#aloneWorker = undefined;
        // The unit was alone on a fresh worker: it is what the worker died of.
        for (const { unit, resolve } of tasks) resolve(deathItem(unit, error, reason, this.#heapMb));
        this.#nextAlone();
        return;
      }
      const index = this.#workers.indexOf(entry);
      if (index >= 0) this.#workers[index] = this.#spawn(false);
      for (const task of tasks) this.#alone.push({ task, outlet: task.outlet });
      this.#nextAlone();
    };
    entry.worker.on('error', (error) => fail(error, error.message));
    entry.worker.on('exit', (code) => fail(null, `exit code ${code}`));
    return entry;
  }

  /** Sends the next unit to be parsed alone, on the worker kept for that (started when needed, stopped when none is left). */
  #nextAlone(): void {
    if (this.#closing) return;
    if (this.#aloneWorker && this.#aloneWorker.tasks.size > 0) return;
    const next = this.#alone.shift();
    if (!next) {
      const idle = this.#aloneWorker;
      this.#aloneWorker = undefined;
      if (idle) {
        idle.retired = true;
        void idle.worker.terminate();
      }
      return;
    }
    this.#aloneWorker ??= this.#spawn(true);
    this.#send(this.#aloneWorker, next.task);
  }
}

/** The failure of a unit that a worker died of while parsing it alone. */
function deathItem(unit: CorpusUnit, error: Error | null, reason: string, heapMb: number): CorpusItem {
  const outOfMemory = (error as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
  const message = outOfMemory
    ? `${unit.name}: parsing it needs more than the ${heapMb} MB heap of a parse worker (${reason})`
    : `${unit.name}: the parse worker stopped while parsing it alone (${reason})`;
  return { file: unit.name, bytes: unit.size, failure: { file: unit.name, code: outOfMemory ? 'out-of-memory' : 'worker-crashed', message } };
}

/** The worker's compiled script: next to this module, or in `dist/` when this module runs from source (tests). */
function workerScript(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../../dist/corpus/parse-worker.js', import.meta.url) : new URL('./parse-worker.js', import.meta.url);
}

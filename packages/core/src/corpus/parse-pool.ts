import { Worker } from 'node:worker_threads';
import { itemFromWire, type CorpusItem, type WireItem } from './corpus-item.js';
import type { CorpusUnit } from './corpus-units.js';
import type { LearnedBoilerplate } from './learn-boilerplate.js';
import { parseUnit, type UnitParseOptions } from './parse-unit.js';
import type { WorkerRequest } from './parse-worker.js';

interface Task {
  unit: CorpusUnit;
  resolve: (item: CorpusItem) => void;
}

interface PoolWorker {
  worker: Worker;
  tasks: Map<number, Task>;
}

/**
 * The old-generation heap of each parse worker, in MB. V8 lets an unbounded heap grow to several
 * times what is live before collecting it, so without a limit the resident memory of a run climbs
 * with its length; with one, a worker stays near 120–180 MB of RSS whatever the corpus size. A
 * page of up to about 8 MB parses within it (measured); larger units go to the main thread.
 */
export const WORKER_HEAP_MB = 128;

/**
 * The young generation of each parse worker, in MB. V8's default (three semi-spaces of 16 MB) costs
 * about 25 MB of RSS per thread once the nursery has been filled; parsing allocates short-lived
 * strings in bursts, and a 12 MB nursery runs as fast (measured: 4,000 pages in 23.4 s vs 22.9 s).
 */
export const WORKER_YOUNG_HEAP_MB = 12;

/** Units larger than this (bytes) are parsed on the calling thread, whose heap is not limited. */
export const LARGE_UNIT_BYTES = 4 * 1024 * 1024;

/**
 * A fixed set of worker threads that parse units in parallel. Each worker compiles the registries
 * and matchers once, when it starts, and runs with a bounded heap ({@link WORKER_HEAP_MB}); units
 * larger than {@link LARGE_UNIT_BYTES} are parsed on the calling thread instead. A task goes to
 * the worker with the fewest tasks in flight. An article comes back as JSON text serialized by the
 * worker (the item's `json`; `article` is parsed from it when read), so the calling thread does
 * little per article however many workers there are. A worker that dies (out of memory, a crash)
 * fails only its own tasks, naming the file and the reason, and is replaced; the run goes on.
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

  readonly #largeUnitBytes: number;

  /**
   * @param jobs worker threads to start
   * @param options what every unit is parsed with
   * @param limits `largeUnitBytes`: units larger than this parse on the calling thread (default {@link LARGE_UNIT_BYTES})
   */
  constructor(jobs: number, options: UnitParseOptions, limits: { largeUnitBytes?: number } = {}) {
    this.#options = options;
    this.#largeUnitBytes = limits.largeUnitBytes ?? LARGE_UNIT_BYTES;
    for (let i = 0; i < jobs; i++) this.#workers.push(this.#spawn());
  }

  /** How many worker threads the pool runs. */
  get size(): number {
    return this.#workers.length;
  }

  /** Parses one unit on the least busy worker; never rejects (a crash becomes a failure item). */
  parse(unit: CorpusUnit, outlet?: string): Promise<CorpusItem> {
    if (unit.size > this.#largeUnitBytes) return parseUnit(unit, this.#options, outlet ? this.#learnedHere?.byOutlet.get(outlet) : undefined);
    const target = this.#workers.reduce((best, candidate) => (candidate.tasks.size < best.tasks.size ? candidate : best));
    const id = this.#nextId++;
    return new Promise<CorpusItem>((resolve) => {
      target.tasks.set(id, { unit, resolve });
      target.worker.postMessage({ type: 'parse', id, unit, ...(outlet && { outlet }) } satisfies WorkerRequest);
    });
  }

  /** Sends learned boilerplate to every worker; tasks sent afterwards use it. */
  setLearned(learned: LearnedBoilerplate): void {
    this.#learnedHere = learned;
    this.#learned = { type: 'learned', byOutlet: [...learned.byOutlet].map(([outlet, lines]) => [outlet, [...lines]]) };
    for (const { worker } of this.#workers) worker.postMessage(this.#learned);
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
  }

  #spawn(): PoolWorker {
    const entry: PoolWorker = { worker: new Worker(workerScript(), { workerData: { options: this.#options }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_HEAP_MB } }), tasks: new Map() };
    entry.worker.on('message', ({ id, item }: { id: number; item: WireItem }) => {
      const task = entry.tasks.get(id);
      entry.tasks.delete(id);
      task?.resolve(itemFromWire(item));
    });
    const fail = (reason: string) => {
      if (this.#closing) return;
      const index = this.#workers.indexOf(entry);
      if (index < 0) return;
      const replacement = this.#spawn();
      if (this.#learned) replacement.worker.postMessage(this.#learned);
      this.#workers[index] = replacement;
      for (const { unit, resolve } of entry.tasks.values()) {
        resolve({ file: unit.name, bytes: unit.size, failure: { file: unit.name, code: 'invalid-article', message: `${unit.name}: the parse worker stopped (${reason})` } });
      }
      entry.tasks.clear();
    };
    entry.worker.on('error', (error) => fail(error.message));
    entry.worker.on('exit', (code) => fail(`exit code ${code}`));
    return entry;
  }
}

/** The worker's compiled script: next to this module, or in `dist/` when this module runs from source (tests). */
function workerScript(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../../dist/corpus/parse-worker.js', import.meta.url) : new URL('./parse-worker.js', import.meta.url);
}

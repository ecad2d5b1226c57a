/**
 * The body of one parse worker thread (see `ParsePool`): it compiles the resources once at start,
 * then parses the units it is sent and posts each item back with the task's id, an article as its
 * JSON text (see `itemToWire`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { getResources } from '../resources/resources.js';
import { ready } from '../detector/second-opinion.js';
import type { CorpusUnit } from './corpus-units.js';
import { parseUnit, type UnitParseOptions } from './parse-unit.js';
import { itemToWire } from './corpus-item.js';

/** A message from the pool: learned boilerplate for every task after it, or a unit to parse. */
export type WorkerRequest = { type: 'learned'; byOutlet: [string, string[]][] } | { type: 'parse'; id: number; unit: CorpusUnit; outlet?: string };

const options = (workerData as { options: UnitParseOptions }).options;
let learned = new Map<string, Set<string>>();
getResources();
/** The second language detector, loaded once before the first page is parsed. */
const detectorsReady = ready();

parentPort!.on('message', (request: WorkerRequest) => {
  if (request.type === 'learned') {
    learned = new Map(request.byOutlet.map(([outlet, lines]) => [outlet, new Set(lines)]));
    return;
  }
  const outletLines = request.outlet ? learned.get(request.outlet) : undefined;
  void detectorsReady.then(() => parseUnit(request.unit, options, outletLines)).then((item) => parentPort!.postMessage({ id: request.id, item: itemToWire(item) }));
});

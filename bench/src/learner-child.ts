// Runs one learner measure in a fresh process started with --expose-gc (see measureLearnerInChild):
// the parent sends the seed lines and the page count, this process answers with the measure.
import { measureLearner } from './learner-bench.js';

process.once('message', (request: { seedLines: string[]; pages: number }) => {
  process.send!(measureLearner(request.seedLines, request.pages), () => process.exit(0));
});

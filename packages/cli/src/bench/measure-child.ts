// Runs one measured parse in a fresh process (see runMeasuredInChild): the parent passes the corpus
// folder and the job count, this process answers with the measure and its own peak resident memory.
import { measureRun } from './pipeline-bench.js';

const [dir, jobs] = process.argv.slice(2);
const measure = await measureRun(dir!, Number(jobs));
// ru_maxrss: the kernel's high-water mark of this process's resident memory (all threads), in KiB.
measure.peakRss = process.resourceUsage().maxRSS * 1024;
process.send!(measure, () => process.exit(0));

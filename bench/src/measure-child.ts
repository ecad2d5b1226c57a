// Runs one measured parse in a fresh process (see measureRunInChild): the parent passes the corpus
// folder, the job count and optionally a shard (i/n), this process answers with the measure and its own peak resident memory.
import { parseShard } from '@polynews/core';
import { measureRun } from './pipeline-bench.js';

const [dir, jobs, shard] = process.argv.slice(2);
const measure = await measureRun(dir!, Number(jobs), shard ? parseShard(shard) : undefined);
// ru_maxrss: the kernel's high-water mark of this process's resident memory (all threads), in KiB.
measure.peakRss = process.resourceUsage().maxRSS * 1024;
process.send!(measure, () => process.exit(0));

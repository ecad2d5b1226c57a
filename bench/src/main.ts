#!/usr/bin/env node
// `npm run bench`: the benchmark's command line (a private workspace, not part of the polynews CLI).
import { Command, InvalidArgumentError } from 'commander';
import { benchCommand, type BenchCommandOptions } from './bench-command.js';
import { processBenchIo } from './bench-io.js';

const program = new Command('bench')
  .description('benchmark: synthetic corpus from the seeds, parse speed per stage and per core, scaling, peak RSS, pathological pages, analysis in arquero and DuckDB')
  .argument('[paths...]', 'seed files or folders (default seeds)', [])
  .option('--articles <sizes>', 'synthetic corpus sizes, comma-separated', parseSizes, [10_000, 100_000])
  .option('--rows <sizes>', 'mention rows for the analysis timings, comma-separated (0 to skip)', parseSizes, [1_000_000, 5_000_000])
  .option('-j, --jobs <n>', 'worker threads for the parallel runs (default: the number of cores)', parsePositiveInteger)
  .option('--seed <n>', 'seed of the synthetic corpus', parsePositiveInteger, 42)
  .option('--rounds <n>', 'paired scaling rounds (1 job, all workers, separate processes) on 3,000 articles; 0 to skip', parseCount, 3)
  .option('--keep', 'keep the generated corpus and dataset')
  .action(async (paths: string[], options: BenchCommandOptions) => {
    process.exitCode = await benchCommand(paths, options, processBenchIo);
  });
await program.parseAsync();

function parseSizes(value: string): number[] {
  const sizes = value.split(',').map((part) => Number(part.trim().replace(/_/g, '')));
  if (sizes.some((size) => !Number.isInteger(size) || size < 0)) throw new InvalidArgumentError('expected whole numbers separated by commas, e.g. 10000,100000');
  return sizes.filter((size) => size > 0);
}

function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return number;
}

function parseCount(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new InvalidArgumentError('expected a whole number (0 or more)');
  return number;
}

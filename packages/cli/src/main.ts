import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { parseShard, type Shard } from '@polynews/core';
import { parseCommand, type ParseCommandOptions } from './commands/parse.js';
import { reportCommand } from './commands/report.js';
import { namesCommand, type NamesCommandOptions } from './commands/names.js';
import { schemaCommand } from './commands/schema.js';
import { processIo, type CliIo } from './io.js';

/**
 * Runs the `polynews` command line with the given arguments (without `node` and the script).
 *
 * @returns the exit code
 * @example
 * await runCli(['parse', 'seeds', '--format', 'jsonl']); // 0, five JSON lines on stdout
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let exitCode = 0;
  const program = new Command('polynews')
    .description('Turn scraped multilingual news pages into validated articles and tables.')
    .version(cliVersion(), '-V, --version', 'print the version of polynews')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  program
    .command('parse')
    .description('parse files, folders and JSONL files into Article JSON (one per line) or a Parquet dataset; problems on stderr')
    .argument('<paths...>', 'files or folders (folders are read recursively for .txt and .jsonl files; a .jsonl file holds one {"text": …} page per line)')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'json', 'parquet']).default('jsonl'))
    .option('--out <dir>', 'write into this folder instead of stdout (articles.jsonl, or the Parquet tables for --format parquet)')
    .option('-j, --jobs <n>', `worker threads (default: the number of cores, ${availableParallelism()} here)`, parsePositiveInteger)
    .option('--no-progress', 'never draw the progress bar (it is drawn only when stderr is a terminal)')
    .option('--learn-boilerplate', 'first learn lines that recur across pages of one outlet, then label them as boilerplate (parses twice)')
    .option('--max-bytes <n>', 'largest file accepted, in bytes (default 16 MiB)', parsePositiveInteger)
    .option('--entities <file>', 'a JSON file of extra entities and aliases, merged into the bundled registry')
    .option('--outlets <file>', 'a JSON file of extra outlets (the shape of data/media.json), merged into the bundled registry')
    .option('--overwrite', 'replace what an earlier polynews run wrote into --out (only that: files polynews did not write are kept)')
    .option('--append', 'add this run to what is in --out (a Parquet dataset gets a part of its own; a JSONL file gets more lines)')
    .option('--shard <i/n>', 'parse only part i of n (files split by a hash of their path under each input), so that n machines share one corpus', parseShardOption)
    .action(async (paths: string[], options: Omit<ParseCommandOptions, 'progress'> & { progress: boolean }) => {
      const { progress, ...rest } = options;
      exitCode = await parseCommand(paths, { ...rest, ...(progress === false && { progress: false }) }, io);
    });
  program
    .command('report')
    .description('print the key tables and write reports/report.html (tables and charts) and reports/report.md')
    .argument('[paths...]', 'files or folders', [])
    .option('--out-dir <dir>', 'folder for the report files', 'reports')
    .action(async (paths: string[], options: { outDir: string }) => {
      exitCode = await reportCommand(paths, options, io);
    });
  program
    .command('names')
    .description('list the names no registry holds, most mentioned first, with an example each; --to writes them as a draft registry to edit and pass back with --entities')
    .argument('<paths...>', 'files or folders, as for parse')
    .option('--to <file>', 'write the names as a draft entity registry (JSON) to this file')
    .option('--entities <file>', 'a JSON file of extra entities (an edited draft of an earlier round), merged into the bundled registry')
    .option('--min-mentions <n>', 'the fewest mentions a name needs to be listed and drafted (default 2)', parsePositiveInteger)
    .option('--limit <n>', 'the most names printed (default 40; the draft holds them all)', parsePositiveInteger)
    .option('-j, --jobs <n>', `worker threads (default: the number of cores, ${availableParallelism()} here)`, parsePositiveInteger)
    .action(async (paths: string[], options: NamesCommandOptions) => {
      exitCode = await namesCommand(paths, options, io);
    });
  program
    .command('schema')
    .description('print the JSON Schema of Article')
    .action(() => {
      exitCode = schemaCommand(io);
    });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  return exitCode;
}

/** The version in this package's package.json (read once; the CLI and the packages share one version). */
function cliVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

function parseShardOption(value: string): Shard {
  try {
    return parseShard(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return number;
}

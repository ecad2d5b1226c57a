import { iterateCorpus } from '@polynews/core';
import type { CliIo } from '../io.js';

/** Options of `polynews parse`. */
export interface ParseCommandOptions {
  format: 'jsonl' | 'json';
}

/**
 * `polynews parse <paths…>`: writes one Article per line (JSONL, as each file is parsed) or a JSON
 * array, in a stable order; problems go to stderr naming the file, with a summary at the end.
 *
 * @returns the exit code: 0 when every file parsed, 1 when any failed (the others are still written)
 * @example
 * await parseCommand(['seeds'], { format: 'jsonl' }, processIo); // 0
 */
export async function parseCommand(paths: readonly string[], options: ParseCommandOptions, io: CliIo): Promise<number> {
  if (paths.length === 0) {
    io.stderr('polynews parse: give at least one file or folder\n');
    return 2;
  }
  let parsed = 0;
  const failures: string[] = [];
  if (options.format === 'json') io.stdout('[');
  for await (const item of iterateCorpus(paths)) {
    if (item.article) {
      const json = JSON.stringify(item.article);
      io.stdout(options.format === 'json' ? `${parsed === 0 ? '\n' : ',\n'}${json}` : `${json}\n`);
      parsed++;
    } else {
      failures.push(item.failure.message);
      io.stderr(`polynews parse: ${item.failure.message} [${item.failure.code}]\n`);
    }
  }
  if (options.format === 'json') io.stdout(parsed === 0 ? ']\n' : '\n]\n');
  io.stderr(`polynews parse: ${parsed} parsed, ${failures.length} failed${failures.length ? `: ${failures.map((f) => f.split(':')[0]).join(', ')}` : ''}\n`);
  return failures.length > 0 ? 1 : 0;
}

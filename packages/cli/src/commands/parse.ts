import { resolve } from 'node:path';
import { iterateCorpus, loadEntityRegistry, type CorpusFailure, type EntityRegistry, type LearnedBoilerplate, type ParseCorpusOptions, type Shard } from '@polynews/core';
import type { CliIo } from '../io.js';

/** Options of `polynews parse`. */
export interface ParseCommandOptions {
  format: 'jsonl' | 'json';
  /** Learn boilerplate lines per outlet from the corpus first (a second pass). */
  learnBoilerplate?: boolean;
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
  /** A JSON file of extra entities (same shape as the bundled registry). */
  entities?: string;
  /** Parse only this part of the corpus (`--shard i/n`). */
  shard?: Shard;
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
  const failures: CorpusFailure[] = [];
  if (options.format === 'json') io.stdout('[');
  let entities: EntityRegistry | undefined;
  try {
    entities = options.entities ? loadEntityRegistry(resolve(io.cwd, options.entities)) : undefined;
  } catch (error) {
    io.stderr(`polynews parse: ${(error as Error).message}\n`);
    return 2;
  }
  const corpusOptions: ParseCorpusOptions = {
    ...(entities && { entities }),
    ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
    ...(options.shard && { shard: options.shard }),
    ...(options.learnBoilerplate && {
      learnBoilerplate: true,
      onLearned: (learned: LearnedBoilerplate) => io.stderr(`polynews parse: ${describeLearned(learned)}\n`),
    }),
  };
  for await (const item of iterateCorpus(paths, corpusOptions)) {
    if (item.article) {
      const json = JSON.stringify(item.article);
      io.stdout(options.format === 'json' ? `${parsed === 0 ? '\n' : ',\n'}${json}` : `${json}\n`);
      parsed++;
    } else {
      failures.push(item.failure);
      io.stderr(`polynews parse: ${item.failure.message} [${item.failure.code}]\n`);
    }
  }
  if (options.format === 'json') io.stdout(parsed === 0 ? ']\n' : '\n]\n');
  const part = options.shard ? ` (shard ${options.shard.index}/${options.shard.count})` : '';
  io.stderr(`polynews parse${part}: ${parsed} parsed, ${failures.length} failed${failures.length ? `: ${failures.map((f) => `${f.file} [${f.code}]`).join(', ')}` : ''}\n`);
  return failures.length > 0 ? 1 : 0;
}

/**
 * One line on what the boilerplate learner found.
 *
 * @example
 * describeLearned({ byOutlet: new Map([['rt', new Set(['a', 'b'])]]), files: 9, filesWithOutlet: 7 });
 * // 'learned 2 boilerplate lines for 1 outlet (rt: 2) from 7 of 9 files with an identified outlet'
 */
export function describeLearned(learned: LearnedBoilerplate): string {
  const lines = [...learned.byOutlet.values()].reduce((sum, set) => sum + set.size, 0);
  const perOutlet = [...learned.byOutlet].map(([outlet, set]) => `${outlet}: ${set.size}`).join(', ');
  const outlets = learned.byOutlet.size;
  return `learned ${lines} boilerplate line${lines === 1 ? '' : 's'} for ${outlets} outlet${outlets === 1 ? '' : 's'}${perOutlet ? ` (${perOutlet})` : ''} from ${learned.filesWithOutlet} of ${learned.files} files with an identified outlet`;
}

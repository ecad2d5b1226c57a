import { mkdir } from 'node:fs/promises';
import { createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { DatasetConflictError, ParquetDatasetWriter, type ExistingDataset } from '@polynews/analysis';
import { DEFAULT_EXTENSIONS, describeSkipped, iterateCorpus, loadEntityRegistry, loadMediaRegistry, type Article, type SkippedEntry, type CorpusFailure, type EntityRegistry, type MediaRegistry, type LearnedBoilerplate, type ParseCorpusOptions, type Shard } from '@polynews/core';
import type { CliIo } from '../io.js';
import { ParseProgress, summaryLine, type RunTally } from '../progress.js';

/** Output formats of `polynews parse`. */
export type ParseOutputFormat = 'jsonl' | 'json' | 'parquet';

/** Options of `polynews parse`. */
export interface ParseCommandOptions {
  format: ParseOutputFormat;
  /** A folder to write into instead of stdout: `articles.jsonl` / `articles.json`, or the Parquet dataset. Required for parquet. */
  out?: string;
  /** Learn boilerplate lines per outlet from the corpus first (a second pass). */
  learnBoilerplate?: boolean;
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
  /** A JSON file of extra entities (same shape as the bundled registry). */
  entities?: string;
  /** A JSON file of extra outlets (same shape as the bundled `data/media.json`). */
  outlets?: string;
  /** Parse only this part of the corpus (`--shard i/n`). */
  shard?: Shard;
  /** Worker threads (default: the number of cores). */
  jobs?: number;
  /** Draw a progress bar (default: when stderr is a terminal and stdout is not, or when writing to --out). */
  progress?: boolean;
  /** Replace what an earlier polynews run wrote into --out (and only that). */
  overwrite?: boolean;
  /** Add this run to what is in --out. */
  append?: boolean;
}

/** Where parsed articles go: the article, and its JSON text when a worker made it already. */
interface ArticleSink {
  write(item: { article: Article; json?: string }): Promise<void> | void;
  close(): Promise<string | null>;
}

/**
 * `polynews parse <paths…>`: parses files, folders and JSONL files on all cores and writes one
 * Article per line (JSONL, as each is parsed), a JSON array, or a Hive-partitioned Parquet dataset
 * (`--out DIR --format parquet`), in a stable order. Problems go to stderr naming the file, with a
 * summary line at the end; on a terminal a progress bar shows files, MB, MB/s, ETA and failures.
 *
 * @returns the exit code: 0 when every file parsed, 1 when any failed (the others are still written), 2 on bad usage
 * @example
 * await parseCommand(['seeds'], { format: 'jsonl' }, processIo); // 0
 * await parseCommand(['corpus/'], { format: 'parquet', out: 'out/corpus', jobs: 8 }, processIo);
 */
export async function parseCommand(paths: readonly string[], options: ParseCommandOptions, io: CliIo): Promise<number> {
  if (paths.length === 0) return usage(io, 'give at least one file or folder');
  if (options.format === 'parquet' && !options.out) return usage(io, '--format parquet writes a folder: give it with --out <dir>');
  let entities: EntityRegistry | undefined;
  let media: MediaRegistry | undefined;
  try {
    entities = options.entities ? loadEntityRegistry(resolve(io.cwd, options.entities)) : undefined;
    media = options.outlets ? loadMediaRegistry(resolve(io.cwd, options.outlets)) : undefined;
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  if (options.overwrite && options.append) return usage(io, 'give --overwrite or --append, not both');
  const jobs = options.jobs ?? availableParallelism();
  let sink: ArticleSink;
  try {
    sink = await openSink(paths, options, io);
  } catch (error) {
    if (error instanceof DatasetConflictError) return usage(io, error.message);
    throw error;
  }
  const progress = (options.progress ?? defaultProgress(io, options)) && io.stderrStream ? new ParseProgress(io.stderrStream) : undefined;
  const tally: RunTally = { parsed: 0, failed: 0, bytes: 0, startedAt: Date.now() };
  const failures: CorpusFailure[] = [];
  const skipped: SkippedEntry[] = [];
  const corpusOptions: ParseCorpusOptions = {
    jobs,
    onSkipped: (entry) => skipped.push(entry),
    ...(entities && { entities }),
    ...(media && { media }),
    ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
    ...(options.shard && { shard: options.shard }),
    ...(progress && { onPlan: (plan) => progress.start(plan) }),
    ...(options.learnBoilerplate && {
      learnBoilerplate: true,
      onLearned: (learned: LearnedBoilerplate) => io.stderr(`polynews parse: ${describeLearned(learned)}\n`),
    }),
  };
  try {
    for await (const item of iterateCorpus(paths, corpusOptions)) {
      tally.bytes += item.bytes;
      if (!item.failure) {
        await sink.write(item);
        tally.parsed++;
      } else {
        failures.push(item.failure);
        tally.failed++;
        if (!progress) io.stderr(`polynews parse: ${item.failure.message} [${item.failure.code}]\n`);
      }
      progress?.advance(item, tally);
    }
  } finally {
    progress?.stop();
  }
  const written = await sink.close();
  const part = options.shard ? ` (shard ${options.shard.index}/${options.shard.count})` : '';
  const failed = failures.length > 0 ? `; failed: ${failures.map((f) => `${f.file} [${f.code}]`).join(', ')}` : '';
  io.stderr(`polynews parse${part}: ${summaryLine(tally, Date.now(), jobs)}${written ? `; wrote ${written}` : ''}${failed}${skippedNote(skipped)}\n`);
  if (tally.parsed === 0 && failures.length === 0) {
    io.stderr(`polynews parse: nothing to parse in ${paths.join(', ')}: folders are read for ${DEFAULT_EXTENSIONS.slice(0, -1).join(', ')} and ${DEFAULT_EXTENSIONS.at(-1)} files\n`);
    return 1;
  }
  return failures.length > 0 ? 1 : 0;
}

/** How many paths were skipped, why, and which (the first ten), for the summary line. */
function skippedNote(skipped: readonly SkippedEntry[]): string {
  if (skipped.length === 0) return '';
  const named = skipped.slice(0, SKIPPED_NAMED).map((entry) => entry.skipped).join(', ');
  const more = skipped.length > SKIPPED_NAMED ? ` and ${skipped.length - SKIPPED_NAMED} more` : '';
  return `; skipped ${skipped.length} (${describeSkipped(skipped)}): ${named}${more}`;
}

const SKIPPED_NAMED = 10;

function usage(io: CliIo, message: string): number {
  io.stderr(`polynews parse: ${message}\n`);
  return 2;
}

/** A bar only where a person watches it: stderr on a terminal, and stdout not drawing over it. */
function defaultProgress(io: CliIo, options: ParseCommandOptions): boolean {
  return Boolean(io.stderrIsTTY) && (Boolean(options.out) || !io.stdoutIsTTY);
}

/** The name of this writer's files: `part`, or `s2of8` for a shard, so that machines sharing a folder never collide. */
function partName(shard: Shard | undefined): string {
  return shard ? `s${shard.index}of${shard.count}` : 'part';
}

/** What to do with an output that is already there: from --overwrite and --append. */
function existingMode(options: ParseCommandOptions): ExistingDataset {
  return options.overwrite ? 'overwrite' : options.append ? 'append' : 'refuse';
}

async function openSink(paths: readonly string[], options: ParseCommandOptions, io: CliIo): Promise<ArticleSink> {
  const out = options.out ? resolve(io.cwd, options.out) : undefined;
  if (options.format === 'parquet') {
    const writer = new ParquetDatasetWriter(out!, {
      partName: partName(options.shard),
      inputs: paths.map((path) => basename(resolve(io.cwd, path))),
      existing: existingMode(options),
      ...(options.shard && { shard: options.shard }),
    });
    // The folder is checked, and this run's manifest recorded, before anything is parsed.
    const prepared = await writer.prepare();
    const did = [
      ...(prepared.part !== partName(options.shard) ? [`writing as part ${prepared.part}`] : []),
      ...(prepared.removed > 0 ? [`removed ${prepared.removed} files of an earlier polynews run`] : []),
      ...(prepared.foreign > 0 ? [`kept ${prepared.foreign} Parquet files polynews did not write (it never reads them)`] : []),
    ];
    if (did.length > 0) io.stderr(`polynews parse: ${out}: ${did.join('; ')}\n`);
    return {
      write: (item) => writer.add(item.article),
      close: async () => {
        const summary = await writer.close();
        return `${out} (${Object.entries(summary).map(([name, { rows }]) => `${name} ${rows}`).join(', ')} rows; manifest _manifest-${prepared.part}.json, marker _SUCCESS-${prepared.part})`;
      },
    };
  }
  let count = 0;
  let file: WriteStream | undefined;
  let path: string | undefined;
  if (out) {
    await mkdir(out, { recursive: true });
    const suffix = options.shard ? `-${partName(options.shard)}` : '';
    path = join(out, `articles${suffix}.${options.format}`);
    const mode = existingMode(options);
    if (existsSync(path) && mode === 'refuse') throw new DatasetConflictError(`${path} exists: add --overwrite to replace it, --append to add to it (JSONL), or write into another folder`);
    if (mode === 'append' && options.format === 'json') throw new DatasetConflictError('--append adds lines to a JSONL file; a JSON array cannot be appended to: use --format jsonl or --overwrite');
    file = createWriteStream(path, { flags: mode === 'append' ? 'a' : 'w' });
  }
  const emit = (text: string): Promise<void> | void => {
    if (!file) return io.stdout(text);
    if (!file.write(text)) return new Promise((done) => file!.once('drain', () => done()));
  };
  if (options.format === 'json') emit('[');
  return {
    write: (item) => {
      // A worker's item carries the text already: the main thread only writes it.
      const json = item.json ?? JSON.stringify(item.article);
      return emit(options.format === 'json' ? `${count++ === 0 ? '\n' : ',\n'}${json}` : `${json}\n`);
    },
    close: async () => {
      if (options.format === 'json') await emit(count === 0 ? ']\n' : '\n]\n');
      if (!file) return null;
      await new Promise<void>((done, fail) => file!.end((error?: Error | null) => (error ? fail(error) : done())));
      return path!;
    },
  };
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

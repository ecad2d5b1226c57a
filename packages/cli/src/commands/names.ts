import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { ARTICLE_ROLES, draftRegistry, loadEntityRegistry, parseCorpus, summariseUnlinkedNames, type EntityRegistry, type UnlinkedNameSummary } from '@polynews/core';
import { loadCoreData } from '@polynews/core/internals';
import type { CliIo } from '../io.js';

/** Options of `polynews names`. */
export interface NamesCommandOptions {
  /** Write a draft registry of the names listed here (a JSON file to edit and pass back with `--entities`). */
  to?: string;
  /** A JSON file of extra entities merged into the bundled registry (the draft of an earlier round). */
  entities?: string;
  /** The fewest mentions a name needs to be listed and drafted (default 2). */
  minMentions?: number;
  /** The most names printed (default 40; the draft holds them all). */
  limit?: number;
  /** Worker threads (default the number of cores). */
  jobs?: number;
}

/**
 * `polynews names <paths…>`: the curation loop's first step. Parses the corpus and lists the names
 * the registry does not hold, most mentioned first, with their type, counts, languages, outlets and
 * an example context; with `--to`, writes them as a draft registry that the researcher edits and
 * passes back to `parse` (or `names`) with `--entities`.
 *
 * @returns 0, or 1 when any file failed (listed on stderr), 2 on bad usage
 * @example
 * await namesCommand(['corpus/'], { to: 'names.json' }, processIo); // lists the names, writes names.json
 */
export async function namesCommand(paths: readonly string[], options: NamesCommandOptions, io: CliIo): Promise<number> {
  if (paths.length === 0) return usage(io, 'give at least one file or folder');
  let entities: EntityRegistry | undefined;
  try {
    entities = options.entities ? loadEntityRegistry(resolve(io.cwd, options.entities)) : undefined;
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  const started = Date.now();
  const corpus = await parseCorpus(
    paths.map((path) => resolve(io.cwd, path)),
    { jobs: options.jobs ?? availableParallelism(), ...(entities && { entities }) },
  );
  const summaries = summariseUnlinkedNames(corpus.articles);
  const minMentions = options.minMentions ?? 2;
  const listed = summaries.filter((summary) => summary.mentions >= minMentions);
  const mentions = corpus.articles.flatMap((article) => article.mentions.filter((m) => m.type !== 'media' && ARTICLE_ROLES.includes(m.role)));
  const linked = mentions.filter((m) => m.entityId !== null).length;
  await io.stdout(namesTable(listed.slice(0, options.limit ?? 40)));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  await io.stdout(
    `\n${corpus.articles.length} articles, ${mentions.length} names in title, lead and body: ${linked} linked, ${mentions.length - linked} not (${summaries.length} distinct, ${listed.length} with ${minMentions} mentions or more) in ${seconds} s\n`,
  );
  if (options.to) {
    const taken = new Set([...(entities ?? loadCoreData().entities).entities.map((entity) => entity.id), ...loadCoreData().media.media.map((medium) => medium.id)]);
    const draft = draftRegistry(summaries, { minMentions, takenIds: taken });
    const file = resolve(io.cwd, options.to);
    await writeFile(file, `${JSON.stringify(draft, null, 2)}\n`);
    await io.stdout(`Draft registry of ${draft.entities.length} names written to ${file}: check it, then pass it back with --entities ${options.to}\n`);
  }
  for (const failure of corpus.failures) io.stderr(`polynews names: ${failure.message} [${failure.code}]\n`);
  return corpus.failures.length > 0 ? 1 : 0;
}

/** The names as a plain-text table: one line each, columns padded. */
function namesTable(summaries: readonly UnlinkedNameSummary[]): string {
  const rows = summaries.map((s) => [s.name, s.type, String(s.mentions), String(s.articles), s.languages.join(' '), s.outlets.slice(0, 3).join('; ') + (s.outlets.length > 3 ? '; …' : ''), s.example]);
  const header = ['name', 'type', 'mentions', 'articles', 'languages', 'outlets', 'example'];
  const widths = header.slice(0, -1).map((title, k) => Math.min(40, Math.max(title.length, ...rows.map((row) => [...row[k]!].length))));
  const line = (cells: readonly string[]) => cells.map((cell, k) => (k < widths.length ? pad(cell, widths[k]!) : cell)).join('  ');
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

function pad(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width ? chars.slice(0, width - 1).join('') + '…' : text + ' '.repeat(width - chars.length);
}

function usage(io: CliIo, message: string): number {
  io.stderr(`polynews names: ${message}\n`);
  return 2;
}

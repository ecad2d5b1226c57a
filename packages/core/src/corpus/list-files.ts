import { statSync, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** Options for {@link listCorpusFiles}. */
export interface ListFilesOptions {
  /**
   * File endings taken from folders (files named directly are always taken). Default
   * `['.txt', '.html', '.htm', '.jsonl', '.json', '.csv']`: an `.html` file is read as HTML, a `.jsonl` file holds one page record per line, a
   * `.json` file an array of them, a `.csv` file one per row (see `iterateCorpus`).
   */
  extensions?: readonly string[];
}

/** A listed file: its path, the input it was found under, and its size in bytes. */
export interface CorpusFileEntry {
  path: string;
  root: string;
  size: number;
}

/** An input path that does not exist, where {@link walkCorpusEntries} would have yielded its files. */
export interface MissingInput {
  missing: string;
}

/**
 * A path that was found and cannot be read as a page: a folder that cannot be listed, a FIFO or
 * device named as an input, a link to nothing. It is a failure of the run, naming the path.
 */
export interface UnreadableInput {
  unreadable: string;
  /** What is wrong, for a person: `cannot list this folder: EACCES…`, `is a FIFO, not a regular file`. */
  message: string;
}

/** Why a path found in a folder was not taken. */
export type SkipReason = 'other-ending' | 'hidden' | 'not-a-file' | 'folder-link' | 'not-a-page';

/** A path found in a folder and deliberately not parsed: counted and named, never dropped silently. */
export interface SkippedEntry {
  skipped: string;
  reason: SkipReason;
}

/** What a walk yields: a file to parse, an input that is missing or unreadable, or a path it skipped. */
export type WalkedEntry = CorpusFileEntry | MissingInput | UnreadableInput | SkippedEntry;

/** The default endings taken from folders. */
export const DEFAULT_EXTENSIONS: readonly string[] = ['.txt', '.html', '.htm', '.jsonl', '.json', '.csv', '.warc', '.warc.gz'];

/**
 * Expands files and folders into a sorted list of files: folders are walked recursively and give
 * their files with a matching ending (hidden files and folders are skipped); a named file is kept
 * as it is. A path that does not exist is returned in `missing`, not thrown.
 *
 * @example
 * await listCorpusFiles(['seeds']); // { files: ['seeds/000_7d0d01de241d3518.txt', …], missing: [] }
 */
export async function listCorpusFiles(paths: readonly string[], options: ListFilesOptions = {}): Promise<{ files: string[]; missing: string[] }> {
  const { entries, missing } = await listCorpusEntries(paths, options);
  return { files: entries.map((entry) => entry.path), missing };
}

/**
 * Like {@link listCorpusFiles}, with each file's input (`root`, what shards are computed under) and
 * size (for progress and for refusing oversized files before reading them).
 *
 * @example
 * const { entries } = await listCorpusEntries(['seeds']);
 * entries[0]; // { path: 'seeds/000_7d0d01de241d3518.txt', root: 'seeds', size: 4921 }
 */
export async function listCorpusEntries(
  paths: readonly string[],
  options: ListFilesOptions = {},
): Promise<{ entries: CorpusFileEntry[]; missing: string[]; unreadable: UnreadableInput[]; skipped: SkippedEntry[] }> {
  const entries: CorpusFileEntry[] = [];
  const missing: string[] = [];
  const unreadable: UnreadableInput[] = [];
  const skipped: SkippedEntry[] = [];
  for await (const found of walkCorpusEntries(paths, options)) {
    if ('missing' in found) missing.push(found.missing);
    else if ('unreadable' in found) unreadable.push(found);
    else if ('skipped' in found) skipped.push(found);
    else entries.push(found);
  }
  return { entries, missing, unreadable, skipped };
}

/**
 * Like {@link listCorpusEntries}, one entry at a time and in the same order, without holding the
 * list: a run over millions of files keeps only the folder being read in memory. Nothing found is
 * dropped without a word: a path that does not exist is yielded as `{ missing }`, a folder that
 * cannot be listed or an input that is not a regular file (a FIFO, a device) as `{ unreadable,
 * message }` (the walk goes on), and a path of a folder that is not taken as `{ skipped, reason }`:
 * another ending, hidden, not a regular file, or a link to a folder (not followed, so that a link
 * cannot make the walk loop; name the folder as an input to parse it). A link to a file is followed.
 *
 * @example
 * for await (const found of walkCorpusEntries(['seeds'])) if ('path' in found) console.log(found.path);
 */
export async function* walkCorpusEntries(paths: readonly string[], options: ListFilesOptions = {}): AsyncGenerator<WalkedEntry> {
  const extensions = (options.extensions ?? DEFAULT_EXTENSIONS).map((ending) => ending.toLowerCase());
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) yield { missing: path };
    else if (info.isDirectory()) yield* walk(path, path, extensions);
    else if (info.isFile()) yield { path, root: path, size: info.size };
    // Opening a FIFO would wait for a writer forever: it is named as a failure instead.
    else yield { unreadable: path, message: `is ${specialKind(info)}, not a regular file` };
  }
}

async function* walk(folder: string, root: string, extensions: readonly string[]): AsyncGenerator<WalkedEntry> {
  let children;
  try {
    children = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield { unreadable: folder, message: `cannot list this folder: ${(error as Error).message}` };
    return;
  }
  children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const child of children) {
    const path = join(folder, child.name);
    if (child.name.startsWith('.')) {
      yield { skipped: path, reason: 'hidden' };
      continue;
    }
    let info: Stats | undefined;
    if (child.isSymbolicLink()) {
      info = statOrUndefined(path);
      if (!info) {
        yield { unreadable: path, message: 'is a symbolic link to nothing (its target does not exist)' };
        continue;
      }
      if (info.isDirectory()) {
        yield { skipped: path, reason: 'folder-link' };
        continue;
      }
    }
    if (child.isDirectory()) yield* walk(path, root, extensions);
    else if (!(info ?? child).isFile()) yield { skipped: path, reason: 'not-a-file' };
    else if (!extensions.some((ending) => child.name.toLowerCase().endsWith(ending))) yield { skipped: path, reason: 'other-ending' };
    else {
      // One synchronous stat per file: microseconds from the inode cache, where a promise costs a thread-pool round trip.
      yield { path, root, size: (info ?? statOrUndefined(path))?.size ?? 0 };
    }
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function specialKind(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a file or folder';
}

/**
 * Counts skipped paths by reason for a summary line, naming the endings of the files skipped for them.
 *
 * @example
 * describeSkipped([{ skipped: 'a/x.csv', reason: 'other-ending' }, { skipped: 'a/y.csv', reason: 'other-ending' }, { skipped: 'a/.git', reason: 'hidden' }]);
 * // '2 with another ending (.csv 2), 1 hidden'
 */
export function describeSkipped(skipped: readonly SkippedEntry[]): string {
  const endings = new Map<string, number>();
  const counts = new Map<SkipReason, number>();
  for (const entry of skipped) {
    counts.set(entry.reason, (counts.get(entry.reason) ?? 0) + 1);
    if (entry.reason === 'other-ending') {
      const ending = extname(entry.skipped).toLowerCase() || '(none)';
      endings.set(ending, (endings.get(ending) ?? 0) + 1);
    }
  }
  const parts: string[] = [];
  const other = counts.get('other-ending');
  if (other) parts.push(`${other} with another ending (${[...endings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([ending, count]) => `${ending} ${count}`).join(', ')})`);
  const labels: [SkipReason, string][] = [['hidden', 'hidden'], ['not-a-file', 'not a regular file'], ['folder-link', 'links to folders (not followed)'], ['not-a-page', 'web-archive records that are not HTML pages (requests, revisits, redirects, other types)']];
  for (const [reason, label] of labels) if (counts.get(reason)) parts.push(`${counts.get(reason)} ${label}`);
  return parts.join(', ');
}

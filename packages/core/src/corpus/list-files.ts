import { statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Options for {@link listCorpusFiles}. */
export interface ListFilesOptions {
  /**
   * File endings taken from folders (files named directly are always taken). Default
   * `['.txt', '.jsonl']`: a `.jsonl` file holds one page per line (see `iterateCorpus`).
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

/** The default endings taken from folders. */
export const DEFAULT_EXTENSIONS: readonly string[] = ['.txt', '.jsonl'];

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
export async function listCorpusEntries(paths: readonly string[], options: ListFilesOptions = {}): Promise<{ entries: CorpusFileEntry[]; missing: string[] }> {
  const entries: CorpusFileEntry[] = [];
  const missing: string[] = [];
  for await (const found of walkCorpusEntries(paths, options)) {
    if ('missing' in found) missing.push(found.missing);
    else entries.push(found);
  }
  return { entries, missing };
}

/**
 * Like {@link listCorpusEntries}, one entry at a time and in the same order, without holding the
 * list: a run over millions of files keeps only the folder being read in memory. A path that does
 * not exist is yielded as `{ missing: path }` where its files would have been.
 *
 * @example
 * for await (const found of walkCorpusEntries(['seeds'])) console.log('missing' in found ? `no ${found.missing}` : found.path);
 */
export async function* walkCorpusEntries(paths: readonly string[], options: ListFilesOptions = {}): AsyncGenerator<CorpusFileEntry | MissingInput> {
  const extensions = (options.extensions ?? DEFAULT_EXTENSIONS).map((ending) => ending.toLowerCase());
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) yield { missing: path };
    else if (info.isDirectory()) yield* walk(path, path, extensions);
    else yield { path, root: path, size: info.size };
  }
}

async function* walk(folder: string, root: string, extensions: readonly string[]): AsyncGenerator<CorpusFileEntry> {
  const children = (await readdir(folder, { withFileTypes: true })).filter((entry) => !entry.name.startsWith('.'));
  children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const child of children) {
    const path = join(folder, child.name);
    if (child.isDirectory()) yield* walk(path, root, extensions);
    else if (child.isFile() && extensions.some((ending) => child.name.toLowerCase().endsWith(ending))) {
      // One synchronous stat per file: microseconds from the inode cache, where a promise costs a thread-pool round trip.
      yield { path, root, size: fileSize(path) };
    }
  }
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

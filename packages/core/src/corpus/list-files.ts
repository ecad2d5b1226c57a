import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Options for {@link listCorpusFiles}. */
export interface ListFilesOptions {
  /** File endings taken from folders (files named directly are always taken). Default `['.txt']`. */
  extensions?: readonly string[];
}

/**
 * Expands files and folders into a sorted list of files: folders are walked recursively and give
 * their files with a matching ending (hidden files and folders are skipped); a named file is kept
 * as it is. A path that does not exist is returned in `missing`, not thrown.
 *
 * @example
 * await listCorpusFiles(['seeds']); // { files: ['seeds/000_7d0d01de241d3518.txt', …], missing: [] }
 */
export async function listCorpusFiles(paths: readonly string[], options: ListFilesOptions = {}): Promise<{ files: string[]; missing: string[] }> {
  const extensions = options.extensions ?? ['.txt'];
  const files: string[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) missing.push(path);
    else if (info.isDirectory()) files.push(...(await walk(path, extensions)));
    else files.push(path);
  }
  return { files, missing };
}

async function walk(folder: string, extensions: readonly string[]): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).filter((entry) => !entry.name.startsWith('.'));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path, extensions)));
    else if (entry.isFile() && extensions.some((ending) => entry.name.toLowerCase().endsWith(ending))) out.push(path);
  }
  return out;
}

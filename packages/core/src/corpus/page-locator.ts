import { basename, relative, sep } from 'node:path';

/**
 * Where a page sits in the inputs of a run, independent of the machine: the input folder's own
 * name and the file's path under it, with `/` separators (a file named directly is its name), and
 * `:line` for a record of a JSONL file. An article's `id` is a hash of it, so the same page gets
 * the same id on every run and machine, and two pages with the same content get two ids.
 *
 * @param file the file path as listed
 * @param root the input path it was found under (the file itself when it was named directly)
 * @param line the record's line number in a JSONL file
 * @example
 * pageLocator('/data/corpus/rt/a.txt', '/data/corpus'); // 'corpus/rt/a.txt'
 * pageLocator('/mnt/x/dump.jsonl', '/mnt/x/dump.jsonl', 12); // 'dump.jsonl:12'
 */
export function pageLocator(file: string, root: string, line?: number): string {
  const path = file === root ? basename(file) : [basename(root), ...relative(root, file).split(sep)].join('/');
  return line === undefined ? path : `${path}:${line}`;
}

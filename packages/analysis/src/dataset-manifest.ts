import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TABLE_NAMES, type TableName } from './corpus-tables.js';
import { tableParquetFiles } from './dataset-files.js';

/** The `format` of every manifest this version writes. */
export const MANIFEST_FORMAT = 'polynews-parquet-dataset/1';

/**
 * What one writer (a run, or one shard of a run) put into a dataset folder: `DIR/_manifest-<part>.json`.
 * It is written when the writer starts (`complete: false`) and again when it has written every file
 * (`complete: true`, with the list), followed by the marker `DIR/_SUCCESS-<part>` (as Spark's `_SUCCESS`).
 */
export interface DatasetManifest {
  format: typeof MANIFEST_FORMAT;
  /** The prefix of the writer's file names: `part`, `s2of8`, or with a run id when appended. */
  part: string;
  /** The shard of a run split between machines (`--shard i/n`), or null. */
  shard: { index: number; count: number } | null;
  /** The names of the run's inputs (folder or file names, as page locators start), so that shards of one run recognise each other. */
  inputs: string[];
  startedAt: string;
  finishedAt: string | null;
  complete: boolean;
  /** The files written, relative to the dataset folder (`articles/language=vi/year=2023/part-00000.parquet`). */
  files: string[];
}

/** What a writer is about to write: its part name, shard and inputs. */
export interface DatasetRun {
  part: string;
  shard?: { index: number; count: number } | null;
  inputs?: readonly string[];
}

/** What to do with a folder that already holds a dataset: refuse (default), replace what polynews wrote there, or add beside it. */
export type ExistingDataset = 'refuse' | 'overwrite' | 'append';

/** What {@link prepareDataset} did before the first file: the part name the writer uses and the files it removed or found. */
export interface DatasetPreparation {
  part: string;
  /** Files of earlier polynews runs removed (the same shard run again, an interrupted run, or all of them with `overwrite`). */
  removed: number;
  /** `.parquet` files under the table folders that no manifest lists: never removed, never read by polynews. */
  foreign: number;
}

/** A folder that holds a dataset the new run must not silently mix with or replace. */
export class DatasetConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetConflictError';
  }
}

/**
 * The manifest path of a part.
 *
 * @example
 * manifestPath('out/corpus', 's2of8'); // 'out/corpus/_manifest-s2of8.json'
 */
export function manifestPath(dir: string, part: string): string {
  return join(dir, `_manifest-${part}.json`);
}

/**
 * The completion marker of a part.
 *
 * @example
 * successPath('out/corpus', 'part'); // 'out/corpus/_SUCCESS-part'
 */
export function successPath(dir: string, part: string): string {
  return join(dir, `_SUCCESS-${part}`);
}

/**
 * Reads every manifest of a dataset folder (none for a folder polynews did not write), each
 * checked, with whether its completion marker is there.
 *
 * @example
 * (await readManifests('out/corpus')).map((m) => [m.part, m.complete]); // [['part', true]]
 */
export async function readManifests(dir: string): Promise<(DatasetManifest & { finished: boolean })[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const manifests: (DatasetManifest & { finished: boolean })[] = [];
  for (const name of names.filter((entry) => /^_manifest-[\w.-]+\.json$/u.test(entry)).sort()) {
    const path = join(dir, name);
    let manifest: DatasetManifest;
    try {
      manifest = JSON.parse(await readFile(path, 'utf8')) as DatasetManifest;
    } catch (error) {
      throw new Error(`${path}: cannot read this dataset manifest (${(error as Error).message})`);
    }
    if (manifest.format !== MANIFEST_FORMAT || typeof manifest.part !== 'string' || !Array.isArray(manifest.files)) {
      throw new Error(`${path}: not a polynews dataset manifest (expected format "${MANIFEST_FORMAT}")`);
    }
    const finished = manifest.complete && (await exists(successPath(dir, manifest.part)));
    manifests.push({ ...manifest, finished });
  }
  return manifests;
}

/**
 * The `.parquet` files of one table that a reader should read, relative to the table folder:
 * those the dataset's manifests list, or every file when the folder has no manifest (a dataset
 * written by another tool, or by polynews before manifests). A run that started and never
 * finished (stopped, killed, out of disk) is an error naming it: reading its leftovers as if they
 * were the whole corpus would give wrong counts.
 *
 * @example
 * await datasetTableFiles('out/corpus', 'mentions'); // ['language=ar/year=2023/part-00000.parquet', …]
 */
export async function datasetTableFiles(dir: string, table: TableName): Promise<string[]> {
  const manifests = await readManifests(dir);
  if (manifests.length === 0) return tableParquetFiles(join(dir, table));
  const interrupted = manifests.filter((manifest) => !manifest.finished);
  if (interrupted.length > 0) throw interruptedError(dir, interrupted);
  const prefix = `${table}/`;
  return manifests
    .flatMap((manifest) => manifest.files)
    .filter((file) => file.startsWith(prefix))
    .map((file) => file.slice(prefix.length))
    .sort();
}

function interruptedError(dir: string, manifests: readonly DatasetManifest[]): Error {
  const runs = manifests.map((manifest) => `${manifest.part} (started ${manifest.startedAt})`).join(', ');
  return new Error(
    `${dir}: the dataset is incomplete: ${runs} did not finish (stopped, killed or out of disk), so its tables would miss rows. ` +
      'Run the same `polynews parse … --out` again (it replaces its own files), or with --overwrite.',
  );
}

/**
 * Gets a folder ready for a writer, before its first file, and records the writer's manifest
 * (`complete: false`). A run writes only its own files: it replaces the files of its own part
 * when the same inputs and shard were written there before (or never finished), lives beside the
 * other shards of the same run, and refuses anything else (another run's dataset, Parquet files
 * polynews did not write) unless told: `overwrite` removes the files that manifests list, and only
 * those; `append` adds the run beside what is there, under a part name of its own.
 *
 * @throws DatasetConflictError saying what is in the folder and how to proceed
 * @example
 * await prepareDataset('out/corpus', { part: 'part', inputs: ['seeds'] }, 'refuse'); // { part: 'part', removed: 0, foreign: 0 }
 */
export async function prepareDataset(dir: string, run: DatasetRun, existing: ExistingDataset = 'refuse'): Promise<DatasetPreparation> {
  const manifests = await readManifests(dir);
  const listed = new Set(manifests.flatMap((manifest) => manifest.files));
  const foreignFiles: string[] = [];
  for (const table of TABLE_NAMES) {
    for (const file of await tableParquetFiles(join(dir, table))) {
      // A file a run had written when it stopped, before its manifest listed it, still carries the run's part name.
      const name = file.split('/').pop()!;
      const ofARun = manifests.some((manifest) => isPartFile(name, manifest.part));
      if (!listed.has(`${table}/${file}`) && !ofARun) foreignFiles.push(`${table}/${file}`);
    }
  }
  const inputs = [...(run.inputs ?? [])];
  const shard = run.shard ?? null;
  let part = run.part;
  let remove: DatasetManifest[] = [];
  if (existing === 'overwrite') remove = manifests;
  else if (existing === 'append') {
    if (manifests.some((manifest) => manifest.part === part)) part = `${part}-${runId()}`;
  } else {
    if (foreignFiles.length > 0) {
      throw new DatasetConflictError(
        `${dir} holds ${foreignFiles.length} Parquet file${foreignFiles.length === 1 ? '' : 's'} that polynews did not write (${foreignFiles.slice(0, 3).join(', ')}${foreignFiles.length > 3 ? ', …' : ''}): ` +
          'write into another folder, or add --append to write beside them (polynews reads only its own files).',
      );
    }
    for (const manifest of manifests) {
      const sameRun = sameInputs(manifest.inputs, inputs) && sameShardCount(manifest.shard, shard);
      if (manifest.part === part && (sameRun || !manifest.finished)) remove.push(manifest);
      // Another shard of the same run, finished or still being written by another machine.
      else if (manifest.part !== part && sameRun && shard !== null) continue;
      else {
        throw new DatasetConflictError(
          `${dir} already holds ${describeManifest(manifest)}: ` +
            'add --overwrite to replace what polynews wrote there, --append to add this run to it, or write into another folder.',
        );
      }
    }
  }
  let removed = 0;
  for (const manifest of remove) {
    for (const file of manifest.files) {
      await rm(join(dir, file), { force: true });
      removed++;
    }
    await rm(successPath(dir, manifest.part), { force: true });
    await rm(manifestPath(dir, manifest.part), { force: true });
  }
  // An interrupted run of this part left files its manifest never listed: they carry its prefix and are not foreign to it.
  if (remove.some((manifest) => manifest.part === part)) removed += await removePartFiles(dir, part, listed);
  const manifest: DatasetManifest = { format: MANIFEST_FORMAT, part, shard, inputs, startedAt: new Date().toISOString(), finishedAt: null, complete: false, files: [] };
  await mkdir(dir, { recursive: true });
  await writeManifest(dir, manifest);
  return { part, removed, foreign: foreignFiles.length };
}

/**
 * Records the files a writer has written so far (after each batch), so that the manifest of a run
 * that stops still names them.
 *
 * @example
 * await recordDatasetFiles('out/corpus', 'part', ['articles/language=vi/year=2023/part-00000.parquet']);
 */
export async function recordDatasetFiles(dir: string, part: string, files: readonly string[]): Promise<void> {
  const manifest = JSON.parse(await readFile(manifestPath(dir, part), 'utf8')) as DatasetManifest;
  await writeManifest(dir, { ...manifest, files: [...files].sort() });
}

/**
 * Records that a writer has written every file: the manifest with the list, then the marker.
 *
 * @example
 * await finishDataset('out/corpus', 'part', ['articles/language=vi/year=2023/part-00000.parquet', …]);
 */
export async function finishDataset(dir: string, part: string, files: readonly string[]): Promise<void> {
  const manifest = JSON.parse(await readFile(manifestPath(dir, part), 'utf8')) as DatasetManifest;
  await writeManifest(dir, { ...manifest, files: [...files].sort(), complete: true, finishedAt: new Date().toISOString() });
  await writeFile(successPath(dir, part), '');
}

/** Writes a manifest through a temporary file and a rename, so that a reader never sees half of one. */
async function writeManifest(dir: string, manifest: DatasetManifest): Promise<void> {
  const path = manifestPath(dir, manifest.part);
  await writeFile(`${path}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(`${path}.tmp`, path);
}

/** Removes files named `<part>-*.parquet` (and temporary ones) that an interrupted run of this part left; returns how many. */
async function removePartFiles(dir: string, part: string, listed: ReadonlySet<string>): Promise<number> {
  let removed = 0;
  for (const table of TABLE_NAMES) {
    const entries = await readdir(join(dir, table), { recursive: true }).catch(() => [] as string[]);
    for (const entry of entries) {
      const name = entry.split(/[\\/]/u).pop()!;
      const ours = isPartFile(name, part) || (name.startsWith(`.${part}-`) && name.endsWith('.tmp'));
      if (ours && !listed.has(`${table}/${entry.split(/[\\/]/u).join('/')}`)) {
        await rm(join(dir, table, entry), { force: true });
        removed++;
      }
    }
  }
  return removed;
}

/** Whether a file name is one a writer of this part gives its files: `<part>-00012.parquet`. */
function isPartFile(name: string, part: string): boolean {
  return name.startsWith(`${part}-`) && /^\d{5}\.parquet$/u.test(name.slice(part.length + 1));
}

function describeManifest(manifest: DatasetManifest & { finished: boolean }): string {
  const shard = manifest.shard ? `shard ${manifest.shard.index}/${manifest.shard.count}` : 'an unsharded run';
  const state = manifest.finished ? `finished ${manifest.finishedAt}` : `started ${manifest.startedAt}, never finished`;
  return `a dataset of ${manifest.inputs.join(', ') || 'other inputs'} (${shard}, ${state})`;
}

function sameInputs(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((input, index) => input === b[index]);
}

function sameShardCount(a: DatasetManifest['shard'], b: DatasetManifest['shard']): boolean {
  return (a?.count ?? null) === (b?.count ?? null);
}

/** A run id for an appended part: the time and a few random hex digits. */
function runId(): string {
  return `${new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/u, '')}-${randomBytes(2).toString('hex')}`;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

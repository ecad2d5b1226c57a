import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `polynews` as npm installed it (node_modules/.bin) and returns its exit code and output. */
export function polynews(args: string[], cwd = ROOT) {
  const result = spawnSync(`${ROOT}node_modules/.bin/polynews`, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The python3 that has Jupyter, as found by scripts/ensure-notebook-env.mjs. */
export function jupyterPython(): string {
  const marker = `${ROOT}node_modules/.cache/polynews/python.json`;
  if (!existsSync(marker)) throw new Error('Jupyter is not set up: run `node scripts/ensure-notebook-env.mjs` (npm test does).');
  return (JSON.parse(readFileSync(marker, 'utf8')) as { python: string }).python;
}

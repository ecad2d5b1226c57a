#!/usr/bin/env node
// Executes every notebook in notebooks/ in place with the tslab kernel, so that the committed
// notebooks carry their current outputs (tables as HTML, charts as SVG) and read on a code host.
// Prints how long each one took. Run after `npm run build`: `npm run notebooks`.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(ROOT, 'scripts', 'ensure-notebook-env.mjs')], { stdio: 'inherit' });
const { python } = JSON.parse(readFileSync(join(ROOT, 'node_modules', '.cache', 'polynews', 'python.json'), 'utf8'));
const folder = join(ROOT, 'notebooks');
for (const name of readdirSync(folder).filter((file) => file.endsWith('.ipynb')).sort()) {
  const started = performance.now();
  execFileSync(python, ['-m', 'nbconvert', '--to', 'notebook', '--execute', '--inplace', '--ExecutePreprocessor.timeout=300', '--ExecutePreprocessor.startup_timeout=300', name], {
    cwd: folder,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PYDEVD_DISABLE_FILE_VALIDATION: '1' },
  });
  console.log(`${name}: executed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

#!/usr/bin/env node
// Makes sure the notebook and report tests can run: a Python with nbconvert and ipykernel and a
// Chromium (Debian packages), and the tslab kernel registered with that Python. npm cannot install these, so this script does
// it where it can (as root with apt-get) and otherwise stops with the exact command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEBIAN_PACKAGES = ['python3-nbconvert', 'python3-ipykernel', 'jupyter-client'];
const PYTHONS = [process.env.POLYNEWS_PYTHON, '/usr/bin/python3', 'python3'].filter(Boolean);

function hasJupyter(python) {
  return spawnSync(python, ['-c', 'import nbconvert, ipykernel, jupyter_client'], { stdio: 'ignore' }).status === 0;
}

function findPython() {
  return PYTHONS.find(hasJupyter);
}

let python = findPython();
if (!python) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.error(`ensure-notebook-env: installing ${DEBIAN_PACKAGES.join(' ')} with apt-get`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...DEBIAN_PACKAGES], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    python = findPython();
  }
  if (!python) {
    console.error(
      'ensure-notebook-env: the notebook tests need Jupyter (nbconvert and ipykernel) for Python 3.\n' +
        `Install it with:  sudo apt-get install ${DEBIAN_PACKAGES.join(' ')}\n` +
        'or point POLYNEWS_PYTHON at a python3 that has nbconvert and ipykernel.',
    );
    process.exit(1);
  }
}

// The report's end-to-end test opens the HTML report in headless Chromium (a Debian package too).
if (!existsSync('/usr/bin/chromium')) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.error('ensure-notebook-env: installing chromium with apt-get');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error('ensure-notebook-env: the report test needs Chromium: sudo apt-get install chromium');
    process.exit(1);
  }
}

const tslab = join(ROOT, 'node_modules', '.bin', 'tslab');
if (!existsSync(tslab)) {
  console.error('ensure-notebook-env: node_modules/.bin/tslab is missing: run `npm install` first.');
  process.exit(1);
}
// Registers (or refreshes) the kernel with an absolute path to this checkout's tslab, so that
// Jupyter finds it whatever PATH the kernel is started with.
execFileSync(process.execPath, [tslab, 'install', `--python=${python}`, `--binary=${tslab}`], { stdio: ['ignore', 'ignore', 'inherit'] });
const marker = join(ROOT, 'node_modules', '.cache', 'polynews', 'python.json');
mkdirSync(dirname(marker), { recursive: true });
writeFileSync(marker, JSON.stringify({ python }));
console.error(`ensure-notebook-env: Jupyter ready (${python}), tslab kernel registered`);

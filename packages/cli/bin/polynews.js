#!/usr/bin/env node
// The `polynews` command. This file is committed (not built) so that npm links it at install
// time on a fresh clone; it loads the compiled CLI from dist/.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(compiled)) {
  process.stderr.write('polynews: the CLI is not built yet: run `npm run build` (or `npm start`) in the repository first.\n');
  process.exit(1);
}
await import(compiled.href);

#!/usr/bin/env node
import { runCli } from './main.js';

// A reader that stops early (`polynews parse … | head`) closes the pipe: end the run quietly, as
// command-line tools do, instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`polynews: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);

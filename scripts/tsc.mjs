#!/usr/bin/env node
// Runs the project's TypeScript compiler. tslab depends on its own TypeScript fork, which also
// installs a `tsc` binary into node_modules/.bin, so `tsc` on PATH may be the wrong compiler;
// resolving the `typescript` package by name always finds ours.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
process.argv.splice(1, 1, require.resolve('typescript/bin/tsc'));
require('typescript/bin/tsc');

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

interface LockPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
  os?: string[];
}

describe('package-lock.json', () => {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockPackage> };

  it('holds every platform\'s optional binaries, so that npm ci works on macOS, Windows and Linux alike', () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        // npm places a dependency beside its dependant or in a node_modules folder above it.
        const candidates = [`${path}/node_modules/${name}`, `node_modules/${name}`];
        if (!candidates.some((candidate) => lock.packages[candidate])) missing.push(`${name} (of ${path || 'the root'})`);
      }
    }
    expect(missing).toEqual([]);
    const platforms = (prefix: string) => Object.entries(lock.packages).filter(([path]) => path.startsWith(prefix)).flatMap(([, entry]) => entry.os ?? []);
    for (const prefix of ['node_modules/@duckdb/node-bindings-', 'node_modules/@turbo/']) expect(platforms(prefix)).toEqual(expect.arrayContaining(['darwin', 'linux', 'win32']));
  });
});

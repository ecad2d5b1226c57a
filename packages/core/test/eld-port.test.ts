import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PORTED_ELD_VERSION } from '../src/detector/eld/ported-version.js';

describe('the vendored ELD port (src/language/eld)', () => {
  it('was ported from the eld version that is installed and pinned', () => {
    const entry = fileURLToPath(import.meta.resolve('eld'));
    const installed = JSON.parse(readFileSync(join(dirname(entry), '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(PORTED_ELD_VERSION);
    const require = createRequire(import.meta.url);
    const manifest = require('../package.json') as { dependencies: Record<string, string> };
    expect(manifest.dependencies['eld']).toBe(PORTED_ELD_VERSION);
  });
});

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

function golden(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/golden.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('golden output', () => {
  it('parses the seeds, the fixtures and 300 generated pages exactly as the committed expected output', () => {
    const { code, out } = golden();
    expect(out).toContain('golden: seeds: unchanged (5 pages)');
    expect(out).toContain('golden: generated: unchanged (300 pages)');
    expect(code).toBe(0);
  });

  it('fails on any change of output and says which fields changed in how many articles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'polynews-golden-'));
    cpSync(join(ROOT, 'tests/golden'), dir, { recursive: true });
    const seeds = readFileSync(join(dir, 'seeds.jsonl'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    seeds[2]!['title'] = 'A title the parser never gave';
    writeFileSync(join(dir, 'seeds.jsonl'), `${seeds.map((article) => JSON.stringify(article)).join('\n')}\n`);
    const generated = JSON.parse(readFileSync(join(dir, 'generated.json'), 'utf8')) as { hashes: { hash: string }[] };
    generated.hashes[7]!.hash = '0000000000000000';
    writeFileSync(join(dir, 'generated.json'), JSON.stringify(generated));
    const { code, out } = golden('--expected', dir);
    expect(code).toBe(1);
    expect(out).toContain('golden: seeds: title in 1 of 5');
    expect(out).toContain('golden: generated: 1 of 300 pages changed');
    expect(out).toContain('npm run golden -- --update');
  });
});

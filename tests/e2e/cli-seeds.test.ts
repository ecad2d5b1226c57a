import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { polynews } from './helpers.js';

describe('polynews on the seed corpus (built CLI, end to end)', () => {
  const schema = JSON.parse(polynews(['schema']).stdout) as object;
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  const parsed = polynews(['parse', 'seeds']);
  const lines = parsed.stdout.trimEnd().split('\n');
  const articles = lines.map((line) => JSON.parse(line) as Record<string, any>);

  it('prints five JSON lines and exits 0', () => {
    expect(parsed.code).toBe(0);
    expect(lines).toHaveLength(5);
    // Spawned without a terminal: no progress bar, only the summary line (on all cores by default).
    expect(parsed.stderr).toMatch(/^polynews parse: 5 parsed, 0 failed \(0\.02 MB in \d+\.\d s, [\d.]+ MB\/s, \d+ jobs?\)\n$/);
  });

  it('writes lines that are valid against `polynews schema` (JSON Schema 2020-12, checked by ajv)', () => {
    for (const article of articles) {
      const valid = validate(article);
      expect(validate.errors ?? [], String(article['file'])).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('gets languages and the two headlines right', () => {
    expect(articles.map((a) => [a['file'], a['language']])).toEqual([
      ['seeds/000_7d0d01de241d3518.txt', 'vi'],
      ['seeds/001_d728a159c3b1bbfd.txt', 'vi'],
      ['seeds/002_1304d1d541c6c9d0.txt', 'pl'],
      ['seeds/003_5454df684d767278.txt', 'ar'],
      ['seeds/004_b8090609d7bbf526.txt', 'ar'],
    ]);
    expect(articles.map((a) => a['title'])).toEqual([
      'Mali được Nga cam kết ủng hộ khi LHQ rút lực lượng gìn giữ hòa bình',
      null,
      null,
      'مالي تشيد بالتقدم الأمني الذي حققته بمساعدة روسيا',
      'مجلس مالي العسكري يشكر بوتين لدعم موسكو جهود مواجهة الإرهاب',
    ]);
  });

  it('gives the same ids for the same bytes on every run', () => {
    const again = polynews(['parse', 'seeds']).stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
    expect(again).toEqual(articles.map((a) => a['id']));
  });

  it('writes the report files and prints the same key tables', () => {
    const out = mkdtempSync(join(tmpdir(), 'polynews-e2e-'));
    const report = polynews(['report', 'seeds', '--out-dir', out]);
    expect(report.code).toBe(0);
    const file = readFileSync(join(out, 'report.md'), 'utf8');
    expect(report.stdout).toContain(file);
    expect(file).toMatch(/## By language\n\n\|language\|articles\|\n\|:-\|-:\|\n\|ar\|2\|\n\|vi\|2\|\n\|pl\|1\|/);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<h2>Who is quoted</h2>');
  });
});

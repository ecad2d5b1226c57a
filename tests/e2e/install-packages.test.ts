import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const SEED = join(ROOT, 'seeds/002_1304d1d541c6c9d0.txt');

/** What a user does with the packages outside this repository: scripts in ESM, CommonJS and type-checked TypeScript. */
const ESM = `
import { readFileSync } from 'node:fs';
import { parseArticle } from '@polynews/core';
import { corpusTables, coverage, DuckDbCorpus } from '@polynews/analysis';
const article = parseArticle(readFileSync(${JSON.stringify(SEED)}), { file: '002.txt' });
const rows = coverage(corpusTables([article]), { by: 'language' }).objects();
let duckdb = 'loaded';
try { await DuckDbCorpus.open('nowhere'); } catch (error) { duckdb = error.message; }
console.log(JSON.stringify({ language: article.language, translatedFrom: article.translation.originalOutlet, lavrov: rows.find((row) => row.entityId === 'sergei-lavrov')?.articles, duckdb }));
`;
const CJS = `
const { readFileSync } = require('node:fs');
const { parseArticle } = require('@polynews/core');
const { articlesTable } = require('@polynews/analysis');
const article = parseArticle(readFileSync(${JSON.stringify(SEED)}), { file: '002.txt' });
console.log(JSON.stringify({ language: articlesTable([article]).get('language', 0), outlet: article.outlet?.name }));
`;
const TS = `
import { parseArticle, type Article } from '@polynews/core';
import { corpusTables, countArticles, type CorpusTables } from '@polynews/analysis';
const article: Article = parseArticle('Mali and Russia sign a grain deal\\n\\nThe two governments signed an agreement on Tuesday.');
const tables: CorpusTables = corpusTables([article]);
const language: string | null = article.language;
export const counted = countArticles(tables.articles, ['language']).numRows() + (language ? 1 : 0);
`;

describe('the packages installed from their tarballs alone, outside the monorepo', () => {
  let project: string;

  beforeAll(() => {
    const packs = mkdtempSync(join(tmpdir(), 'polynews-packs-'));
    for (const workspace of ['packages/core', 'packages/analysis', 'packages/cli']) {
      execFileSync(NPM, ['pack', '--workspace', workspace, '--pack-destination', packs], { cwd: ROOT, stdio: 'pipe' });
    }
    project = mkdtempSync(join(tmpdir(), 'polynews-user-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'a-researchers-project', private: true, version: '1.0.0' }));
    const tarballs = readdirSync(packs).map((name) => join(packs, name));
    execFileSync(NPM, ['install', '--no-audit', '--no-fund', ...tarballs, '@types/node@20'], { cwd: project, stdio: 'pipe' });
  }, 600_000);

  it('installs without DuckDB (an optional peer) and says how to add it when it is asked for', () => {
    expect(existsSync(join(project, 'node_modules/@polynews/analysis/dist/index.js'))).toBe(true);
    expect(existsSync(join(project, 'node_modules/@duckdb'))).toBe(false);
    writeFileSync(join(project, 'check.mjs'), ESM);
    const result = JSON.parse(execFileSync(process.execPath, ['check.mjs'], { cwd: project, encoding: 'utf8' })) as Record<string, unknown>;
    expect(result).toMatchObject({ language: 'pl', translatedFrom: 'RT', lavrov: 1 });
    expect(result['duckdb']).toMatch(/^DuckDB is not installed: .*npm install @duckdb\/node-api/);
  });

  it('gives a working polynews command', () => {
    const version = execFileSync(process.execPath, [join(project, 'node_modules/@polynews/cli/bin/polynews.js'), '--version'], { cwd: project, encoding: 'utf8' });
    expect(version).toBe('0.1.0\n');
    const article = JSON.parse(execFileSync(process.execPath, [join(project, 'node_modules/@polynews/cli/bin/polynews.js'), 'parse', SEED, '--jobs', '1'], { cwd: project, encoding: 'utf8' })) as { language: string };
    expect(article.language).toBe('pl');
  });

  it('runs from CommonJS', () => {
    writeFileSync(join(project, 'check.cjs'), CJS);
    const result = JSON.parse(execFileSync(process.execPath, ['check.cjs'], { cwd: project, encoding: 'utf8' })) as Record<string, unknown>;
    expect(result).toEqual({ language: 'pl', outlet: 'RT' });
  });

  it('type-checks TypeScript against the published types, as an ES module (Node16) and as CommonJS with Node10 resolution (tslab)', () => {
    mkdirSync(join(project, 'src'), { recursive: true });
    writeFileSync(join(project, 'src/check.mts'), TS);
    writeFileSync(join(project, 'src/check.ts'), TS);
    for (const [file, module, resolution] of [['src/check.mts', 'node16', 'node16'], ['src/check.ts', 'commonjs', 'node10']] as const) {
      const args = ['--noEmit', '--strict', '--skipLibCheck', 'false', '--module', module, '--moduleResolution', resolution, '--target', 'es2022', '--types', 'node', file];
      let output = '';
      try {
        execFileSync(process.execPath, [TSC, ...args], { cwd: project, encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout ?? error);
      }
      // Errors in other packages' declarations (arquero's, flechette's) are theirs; ours and the user's file must have none.
      const ours = output.split('\n').filter((line) => /^(src\/|node_modules\/@polynews\/)/.test(line));
      expect(ours).toEqual([]);
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
/** The stage folders in pipeline order (parseArticle's stage list). */
const STAGES = ['decode', 'segment', 'classify', 'language', 'metadata', 'words', 'entities', 'dates', 'quotes', 'citations', 'assemble'];
/** Folders every stage may use: definitions, speed machinery, data, the schema, compiled resources, the detector. */
const SHARED = ['text', 'speed', 'data', 'schema', 'resources', 'detector', 'input'];

/** Each source file's folder (`(root)` for the files beside parse-article.ts) and the folders it imports from. */
function folderImports(): Map<string, Set<string>> {
  const imports = new Map<string, Set<string>>();
  const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : '(root)');
  for (const file of readdirSync(SRC, { recursive: true }).map(String).filter((name) => name.endsWith('.ts'))) {
    const from = folderOf(file);
    const targets = imports.get(from) ?? new Set<string>();
    imports.set(from, targets);
    for (const match of readFileSync(join(SRC, file), 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
      const target = folderOf(relative(SRC, normalize(join(SRC, dirname(file), match[1]!))));
      if (target !== from) targets.add(target);
    }
  }
  return imports;
}

describe('the folders of @polynews/core', () => {
  const imports = folderImports();

  it('are the stages of parseArticle, plus the shared folders and corpus runs', () => {
    expect([...imports.keys()].sort()).toEqual([...STAGES, ...SHARED, 'corpus', '(root)'].sort());
    const stageList = readFileSync(join(SRC, 'parse-article.ts'), 'utf8');
    for (const stage of STAGES) expect(stageList).toMatch(new RegExp(`^ \\* +\\d+\\. ${stage} .*\\(\`${stage}/`, 'm'));
  });

  it('are all named in the package README and the repository README', () => {
    const readme = readFileSync(join(SRC, '../README.md'), 'utf8');
    const root = readFileSync(join(SRC, '../../../README.md'), 'utf8');
    for (const folder of [...imports.keys()].filter((name) => name !== '(root)')) {
      expect(readme).toContain(`\`${folder}/\``);
      expect(root).toMatch(new RegExp(`src/\\{[^}]*\\b${folder}\\b[^}]*\\}/`));
    }
  });

  it('import only from earlier stages and the shared folders, never from a later stage, the corpus or the orchestrator', () => {
    const wrong: string[] = [];
    for (const [from, targets] of imports) {
      for (const target of targets) {
        const allowed =
          from === '(root)' || from === 'corpus'
            ? true
            : SHARED.includes(from)
              ? SHARED.includes(target) || target === '(root)'
              : SHARED.includes(target) || (STAGES.includes(target) && STAGES.indexOf(target) < STAGES.indexOf(from)) || target === '(root)';
        if (!allowed) wrong.push(`${from} -> ${target}`);
      }
    }
    expect(wrong).toEqual([]);
    // The plain definitions stand alone: speed/ builds on text/, never the other way round.
    expect([...imports.get('text')!]).not.toContain('speed');
  });

  it('import from the files beside parse-article.ts only the errors', () => {
    const orchestrator: string[] = [];
    for (const file of readdirSync(SRC, { recursive: true }).map(String).filter((name) => name.includes('/') && name.endsWith('.ts'))) {
      for (const match of readFileSync(join(SRC, file), 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        const target = relative(SRC, normalize(join(SRC, dirname(file), match[1]!)));
        if (!target.includes('/') && target !== 'errors.js' && !file.startsWith('corpus/')) orchestrator.push(`${file} -> ${target}`);
      }
    }
    expect(orchestrator).toEqual([]);
  });
});

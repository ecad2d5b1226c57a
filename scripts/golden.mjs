#!/usr/bin/env node
// The golden test of polynews's output: parses the seeds, the fixture pages and a few hundred
// generated pages and compares every article with the expected output in tests/golden/.
//   node scripts/golden.mjs             compare; exit 1 and say what changed when anything did
//   node scripts/golden.mjs --update    rewrite the expected output and say which fields changed
//   --expected DIR                      compare with (or write) another folder (the test uses it)
// A change that alters output on purpose updates the golden files in the same commit, with the
// summary this prints in the commit body.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { parseArticle, ready } = await import(join(ROOT, 'packages/core/dist/index.js'));
// As the CLI and parseCorpus do: the second language detector is loaded before the first page.
await ready();
const { syntheticPages } = await import(join(ROOT, 'bench/dist/synthetic-corpus.js'));

/** The generated pages: the bench's generator, its seed, and how many of each vocabulary. */
const GENERATOR = { seed: 20_261_203, pagesPerVocabulary: 150, vocabularies: ['seeds', 'growing'], kept: 20 };
const SOURCES = { seeds: 'seeds', fixtures: 'packages/core/test/fixtures/articles' };

const sha = (text) => createHash('sha256').update(text).digest('hex');

/** The pages of a folder of the repository, with their paths relative to it. */
function folderPages(folder) {
  return readdirSync(join(ROOT, folder))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ file: `${folder}/${name}`, bytes: readFileSync(join(ROOT, folder, name)) }));
}

/** Parses a page as `parseArticle` does for a file of that name; a failure is kept as its code and message. */
function parsed({ file, bytes }) {
  try {
    return parseArticle(bytes, { file });
  } catch (error) {
    return { file, failure: { code: error.code ?? 'crash', message: error.message } };
  }
}

/** Everything the golden files hold, computed from the code as it is. */
function compute() {
  const seeds = folderPages(SOURCES.seeds);
  const inputs = seeds.map(({ file, bytes }) => ({ name: file, text: bytes.toString('utf8') }));
  const generated = [];
  for (const vocabulary of GENERATOR.vocabularies) {
    for (const page of syntheticPages(inputs, GENERATOR.pagesPerVocabulary, GENERATOR.seed, vocabulary)) {
      generated.push({ file: `generated/${vocabulary}/${page.name}`, bytes: Buffer.from(page.text) });
    }
  }
  const articles = generated.map(parsed);
  return {
    seeds: seeds.map(parsed),
    fixtures: folderPages(SOURCES.fixtures).map(parsed),
    generated: {
      generator: { ...GENERATOR, inputsHash: sha(inputs.map((input) => `${input.name}\n${input.text}`).join('\n')) },
      hashes: articles.map((article) => ({ file: article.file, hash: sha(JSON.stringify(article)).slice(0, 16) })),
      full: articles.filter((_, index) => index % Math.floor(articles.length / GENERATOR.kept) === 0).slice(0, GENERATOR.kept),
    },
  };
}

function read(dir) {
  const jsonl = (name) => readFileSync(join(dir, name), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
  return { seeds: jsonl('seeds.jsonl'), fixtures: jsonl('fixtures.jsonl'), generated: JSON.parse(readFileSync(join(dir, 'generated.json'), 'utf8')) };
}

function write(dir, golden) {
  mkdirSync(dir, { recursive: true });
  const jsonl = (articles) => `${articles.map((article) => JSON.stringify(article)).join('\n')}\n`;
  writeFileSync(join(dir, 'seeds.jsonl'), jsonl(golden.seeds));
  writeFileSync(join(dir, 'fixtures.jsonl'), jsonl(golden.fixtures));
  writeFileSync(join(dir, 'generated.json'), `${JSON.stringify(golden.generated, null, 1)}\n`);
}

/** Which top-level fields differ between two lists of articles of the same pages, and in how many. */
function fieldChanges(before, after) {
  const changes = new Map();
  const count = (field) => changes.set(field, (changes.get(field) ?? 0) + 1);
  const byFile = new Map(before.map((article) => [article.file, article]));
  for (const article of after) {
    const old = byFile.get(article.file);
    if (!old) {
      count('(new page)');
      continue;
    }
    for (const field of new Set([...Object.keys(old), ...Object.keys(article)])) {
      if (JSON.stringify(old[field]) !== JSON.stringify(article[field])) count(field);
    }
  }
  for (const file of byFile.keys()) if (!after.some((article) => article.file === file)) count('(page gone)');
  return changes;
}

/** One line per set: what changed, field by field, or that nothing did. */
function summary(expected, actual) {
  const lines = [];
  for (const set of ['seeds', 'fixtures']) {
    const changes = fieldChanges(expected[set], actual[set]);
    lines.push(changes.size === 0 ? `${set}: unchanged (${actual[set].length} pages)` : `${set}: ${[...changes].map(([field, n]) => `${field} in ${n} of ${actual[set].length}`).join(', ')}`);
  }
  const generatorChanged = JSON.stringify(expected.generated.generator) !== JSON.stringify(actual.generated.generator);
  if (generatorChanged) lines.push('generated: the generator or its inputs changed (seed, counts or the seed pages): every generated page is new');
  const before = new Map(expected.generated.hashes.map((entry) => [entry.file, entry.hash]));
  const changed = actual.generated.hashes.filter((entry) => before.get(entry.file) !== entry.hash).length;
  const fields = fieldChanges(expected.generated.full, actual.generated.full);
  lines.push(
    changed === 0 && !generatorChanged
      ? `generated: unchanged (${actual.generated.hashes.length} pages)`
      : `generated: ${changed} of ${actual.generated.hashes.length} pages changed${fields.size > 0 ? `; in the ${actual.generated.full.length} kept in full: ${[...fields].map(([field, n]) => `${field} in ${n}`).join(', ')}` : ''}`,
  );
  return { lines, same: lines.every((line) => line.includes(': unchanged')) };
}

const args = process.argv.slice(2);
const update = args.includes('--update');
const at = args.indexOf('--expected');
const dir = at >= 0 ? args[at + 1] : join(ROOT, 'tests/golden');
const actual = compute();
if (!existsSync(join(dir, 'seeds.jsonl'))) {
  if (!update) {
    console.error(`golden: no expected output in ${relative(ROOT, dir) || dir}: run \`npm run golden -- --update\``);
    process.exit(1);
  }
  write(dir, actual);
  console.log(`golden: wrote ${actual.seeds.length} seeds, ${actual.fixtures.length} fixtures, ${actual.generated.hashes.length} generated pages`);
  process.exit(0);
}
const { lines, same } = summary(read(dir), actual);
for (const line of lines) console.log(`golden: ${line}`);
if (update) {
  if (!same) write(dir, actual);
  console.log(same ? 'golden: nothing to update' : 'golden: expected output rewritten; put the lines above in the commit body');
} else if (!same) {
  console.error('golden: the output changed. If that is on purpose, run `npm run golden -- --update` and commit the files with its summary.');
  process.exit(1);
}

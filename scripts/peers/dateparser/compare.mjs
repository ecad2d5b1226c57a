#!/usr/bin/env node
// Measures polynews's findDates against dateparser on dateparser's own test cases, outside `npm test`.
//
//   node scripts/peers/dateparser/compare.mjs <dateparser checkout at v1.1.6> [--python /usr/bin/python3] [--out report.md]
//
// The checkout is a local clone of github.com/scrapinghub/dateparser at the tag of the version Debian
// ships (python3-dateparser 1.1.6, which must be installed for the Python given). extract_cases.py reads
// the param(...) cases of its date-parser, search, freshness and language tests with Python's ast
// module; run_dateparser.py runs dateparser on them as the tests do; this script runs polynews on the
// same cases with the same reference time and writes a table per language and kind (written,
// relative, search): right, wrong and not found for both tools, and the time each spent. Cases
// whose tests apply settings polynews lacks (PREFER_DATES_FROM, DATE_ORDER…) are counted in their
// own column and scored all the same. Nothing of dateparser's is written into this repository.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const checkout = args.find((arg) => !arg.startsWith('--') && args[args.indexOf(arg) - 1] !== '--python' && args[args.indexOf(arg) - 1] !== '--out');
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const python = option('--python', existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
const out = option('--out', null);
if (!checkout || !existsSync(join(checkout, 'tests/test_date_parser.py'))) {
  console.error('usage: compare.mjs <dateparser checkout at v1.1.6> [--python /usr/bin/python3] [--out report.md]');
  process.exit(2);
}
const { findDates } = await import(join(HERE, '../../../packages/core/dist/index.js'));

const run = (script, input) => {
  const result = spawnSync(python, [join(HERE, script), ...(input === undefined ? [checkout] : [])], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`${script}: ${result.stderr}`);
  return result.stdout.trim().split('\n').map((line) => JSON.parse(line));
};

const extracted = run('extract_cases.py');
const cases = extracted.filter((entry) => !entry.skipped);
const skipped = extracted.length - cases.length;
const dateparserLines = run('run_dateparser.py', cases.map((entry) => JSON.stringify(entry)).join('\n'));
const { seconds: dateparserSeconds, coldSeconds: dateparserColdSeconds } = dateparserLines.pop();

/** Language names (English) → codes, from ICU, for the comments that group dateparser's cases. */
const names = new Intl.DisplayNames('en', { type: 'language' });
const codeOfName = new Map();
for (const a of 'abcdefghijklmnopqrstuvwxyz') for (const b of 'abcdefghijklmnopqrstuvwxyz') {
  const code = `${a}${b}`;
  const name = names.of(code);
  if (name && name !== code) codeOfName.set(name.toLowerCase(), code);
}
function languageOf(entry) {
  if (entry.language) return entry.language.split('-')[0];
  const comment = (entry.comment ?? '').trim();
  if (/^[a-z]{2,3}(?:-[A-Za-z]+)*$/u.test(comment)) return comment.split('-')[0];
  const name = comment.toLowerCase().replace(/\s+dates?$/u, '').replace(/\s*\(.*\)$/u, '');
  return codeOfName.get(name) ?? null;
}

/** Whether a polynews value agrees with an expected datetime at the precision polynews gives. */
function agrees(date, expected) {
  if (date.value === null || date.value.startsWith('-')) return null;
  // A time with its offset agrees when its wall-clock time or its instant in UTC is the one expected (dateparser's tests expect either).
  const offset = /(?:Z|[+-]\d{2}:\d{2})$/u.exec(date.value);
  if (offset && date.precision === 'minute' && new Date(date.value).toISOString().slice(0, 16) === expected.slice(0, 16)) return true;
  const value = date.value.replace(/(?:Z|[+-]\d{2}:\d{2})$/u, '');
  switch (date.precision) {
    case 'minute':
      return value === expected.slice(0, 16);
    case 'hour':
      return value.slice(0, 13) === expected.slice(0, 13);
    case 'day':
      return value === expected.slice(0, 10);
    case 'week':
      return value === isoWeek(expected);
    case 'month':
      return value === expected.slice(0, 7);
    case 'year':
      return value === expected.slice(0, 4);
    default:
      return null;
  }
}

function isoWeek(iso) {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  const thursday = new Date(date.getTime() + (4 - (date.getUTCDay() || 7)) * 86_400_000);
  const week = Math.ceil(((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The outcome of one expected date: right, wrong or missing (not found, or found without a value). */
const outcome = (verdict) => (verdict === true ? 'right' : verdict === false ? 'wrong' : 'missing');

/** polynews on every case: a first pass compiles each language's data on first use, as dateparser's first pass loads its own. */
function runPolynews() {
  return cases.map((entry) => {
    try {
      return findDates(entry.text, { language: languageOf(entry), reference: entry.reference ? entry.reference.slice(0, 16) : null });
    } catch {
      return [];
    }
  });
}
const coldStarted = performance.now();
runPolynews();
const polynewsColdMs = performance.now() - coldStarted;
let polynewsMs = Infinity;
let polynewsAnswers = [];
// The best of three passes, as for dateparser.
for (let pass = 0; pass < 3; pass++) {
  const started = performance.now();
  polynewsAnswers = runPolynews();
  polynewsMs = Math.min(polynewsMs, performance.now() - started);
}

const rows = new Map();
const row = (language, kind) => {
  const key = `${language ?? '?'}\t${kind}`;
  if (!rows.has(key)) rows.set(key, { language: language ?? '?', kind, cases: 0, withSettings: 0, wrongWithSettings: 0, polynews: { right: 0, wrong: 0, missing: 0 }, dateparser: { right: 0, wrong: 0, missing: 0 } });
  return rows.get(key);
};
const wrongExamples = [];
const missedExamples = [];
cases.forEach((entry, index) => {
  const language = languageOf(entry);
  const found = polynewsAnswers[index];
  const theirs = dateparserLines[index].found ?? [];
  const expectations = entry.kind === 'search' ? entry.expected : [[null, entry.expected]];
  for (const [substring, expected] of expectations) {
    const target = row(language, entry.kind);
    target.cases++;
    if (entry.settings.length > 0) target.withSettings++;
    // For a parse, the longest date found is polynews's reading of the string; for a search, the date over the expected words.
    const at = substring === null ? -1 : entry.text.indexOf(substring);
    const ours = substring === null ? [...found].sort((a, b) => b.end - b.start - (a.end - a.start))[0] : found.find((date) => at >= 0 && date.start < at + substring.length && date.end > at);
    const verdict = outcome(ours ? agrees(ours, expected) : null);
    target.polynews[verdict]++;
    if (verdict === 'missing') missedExamples.push(`${entry.kind} ${language ?? '?'}: "${entry.text.slice(0, 80)}" expected ${expected}${ours ? `, polynews ${ours.text} → ${ours.value}` : ''}`);
    if (verdict === 'wrong' && entry.settings.length > 0) target.wrongWithSettings++;
    if (verdict === 'wrong') wrongExamples.push(`${entry.settings.length > 0 ? `[needs ${entry.settings.join(', ')}] ` : ''}${entry.kind} ${language ?? '?'}: "${entry.text.slice(0, 80)}" expected ${expected}, polynews ${ours.text} → ${ours.value} (${entry.test}:${entry.line})`);
    const their = substring === null ? theirs[0] : theirs.find(([text]) => text === substring || (text && (text.includes(substring) || substring.includes(text))));
    target.dateparser[their ? (their[1] === expected ? 'right' : 'wrong') : 'missing']++;
  }
});

const percent = (part, whole) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(0)}%`);
const fullData = new Set(['ar', 'de', 'en', 'es', 'fr', 'pl', 'ru', 'vi', 'zh', 'ja', 'ko']);
const lines = [];
lines.push(`# polynews findDates against dateparser 1.1.6 on dateparser's test cases`, '');
lines.push(`${cases.length} cases extracted (${skipped} left out: their expected value is computed when the test runs); ${[...rows.values()].reduce((sum, r) => sum + r.cases, 0)} expected dates.`, '');
const summary = (filter, label) => {
  for (const kind of ['written', 'relative', 'search']) {
    const selected = [...rows.values()].filter((r) => r.kind === kind && filter(r));
    const total = selected.reduce((sum, r) => sum + r.cases, 0);
    const sum = (tool, key) => selected.reduce((acc, r) => acc + r[tool][key], 0);
    const wrongWithSettings = selected.reduce((acc, r) => acc + r.wrongWithSettings, 0);
    lines.push(`| ${label} | ${kind} | ${total} | ${percent(sum('polynews', 'right'), total)} | ${sum('polynews', 'wrong')} (${wrongWithSettings} need settings) | ${sum('polynews', 'missing')} | ${percent(sum('dateparser', 'right'), total)} | ${sum('dateparser', 'wrong')} | ${sum('dateparser', 'missing')} |`);
  }
};
lines.push('| languages | kind | dates | polynews right | wrong (of which need settings polynews lacks) | not found | dateparser right | wrong | not found |', '|---|---|---:|---:|---:|---:|---:|---:|---:|');
summary(() => true, 'all');
summary((r) => fullData.has(r.language), 'with full data');
lines.push(
  '',
  `Time on the same ${cases.length} cases, data loaded: polynews ${polynewsMs.toFixed(0)} ms, dateparser ${(dateparserSeconds * 1000).toFixed(0)} ms (${((dateparserSeconds * 1000) / polynewsMs).toFixed(1)}× the time of polynews). First pass, loading each language's data: polynews ${polynewsColdMs.toFixed(0)} ms, dateparser ${(dateparserColdSeconds * 1000).toFixed(0)} ms.`,
  '',
);
lines.push('| language | kind | dates | with settings polynews lacks | polynews right | wrong | not found | dateparser right | wrong | not found |', '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of [...rows.values()].sort((a, b) => a.language.localeCompare(b.language) || a.kind.localeCompare(b.kind))) {
  lines.push(`| ${r.language} | ${r.kind} | ${r.cases} | ${r.withSettings} | ${r.polynews.right} | ${r.polynews.wrong} | ${r.polynews.missing} | ${r.dateparser.right} | ${r.dateparser.wrong} | ${r.dateparser.missing} |`);
}
lines.push('', `## polynews's wrong dates (${wrongExamples.length})`, '', ...wrongExamples.map((line) => `- ${line}`));
if (args.includes('--misses')) lines.push('', `## Not found by polynews (${missedExamples.length})`, '', ...missedExamples.map((line) => `- ${line}`));
const report = `${lines.join('\n')}\n`;
if (out) writeFileSync(out, report);
process.stdout.write(report);

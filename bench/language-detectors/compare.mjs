#!/usr/bin/env node
// Compares language detectors on hand-written news text in 30 languages: accuracy and speed on
// short (~30 characters) and paragraph-length samples, overall and per language. polynews's own
// detector (packages/core, built) is one row; the other candidates are not dependencies of
// polynews: install them in a scratch folder and point this script at it:
//
//   mkdir /tmp/lid && cd /tmp/lid && npm init -y >/dev/null \
//     && npm install eld franc franc-all tinyld cld3-asm fasttext.wasm.js lande
//   node bench/language-detectors/compare.mjs /tmp/lid
//
// Prints the Markdown tables of docs/language-detection.md.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const modulesDir = resolve(process.argv[2] ?? '.');
const samples = JSON.parse(readFileSync(new URL('./samples.json', import.meta.url), 'utf8'));
const languages = Object.keys(samples).filter((key) => !key.startsWith('$'));
const require = createRequire(join(modulesDir, 'package.json'));
const load = async (specifier) => import(pathToFileURL(require.resolve(specifier)).href);

/** ISO 639-3 (franc, lande) → ISO 639-1 for the languages compared. */
const ISO3 = {
  vie: 'vi', pol: 'pl', arb: 'ar', ara: 'ar', rus: 'ru', fra: 'fr', eng: 'en', spa: 'es', deu: 'de', por: 'pt', tur: 'tr', ukr: 'uk', ita: 'it', cmn: 'zh', zho: 'zh',
  pes: 'fa', fas: 'fa', ind: 'id', zlm: 'ms', zsm: 'ms', msa: 'ms', nld: 'nl', ces: 'cs', heb: 'he', hin: 'hi', urd: 'ur', ben: 'bn', tha: 'th', jpn: 'ja', kor: 'ko',
  swh: 'sw', swa: 'sw', hau: 'ha', ron: 'ro', hun: 'hu', ell: 'el', src: 'sc',
};
/** Older or other codes some detectors answer with (cld3: `iw` for Hebrew, `in` for Indonesian). */
const ALIASES = { iw: 'he', in: 'id', ji: 'yi', jw: 'jv' };
const normalise = (code) => (code ? (ALIASES[code] ?? code) : null);

function shortSamples(paragraph) {
  return paragraph
    .split(/(?<=[.!?。])\s*/u)
    .filter(Boolean)
    .map((sentence) => {
      if (sentence.length <= 32) return sentence;
      const cut = sentence.lastIndexOf(' ', 32);
      return cut > 15 ? sentence.slice(0, cut) : sentence.slice(0, 30);
    });
}

const sets = { short: [], paragraph: [] };
for (const language of languages) {
  for (const text of samples[language].short) sets.short.push({ language, text });
  for (const paragraph of samples[language].paragraphs) {
    sets.paragraph.push({ language, text: paragraph });
    for (const text of shortSamples(paragraph)) sets.short.push({ language, text });
  }
}

const candidates = [];
try {
  const { detectLanguage, ready } = await import(new URL('../../packages/core/dist/index.js', import.meta.url).href);
  const { checkGuess, closeLanguageOf } = await import(new URL('../../packages/core/dist/internals.js', import.meta.url).href);
  candidates.push({ name: 'polynews: the ELD port alone', detect: (text) => detectLanguage(text).language ?? null });
  await ready();
  // What a page gets: the ELD port, cld3 where it is unsure, and close languages told apart by their words.
  candidates.push({
    name: 'polynews: ELD port + cld3 + close-language words',
    detect: (text) => {
      const guess = checkGuess(detectLanguage(text), text);
      return closeLanguageOf(guess.language, text).language ?? guess.language ?? null;
    },
  });
} catch (error) {
  console.error('polynews: build packages/core first:', error.message);
}
for (const size of ['small', 'medium', 'large']) {
  try {
    // eld exports only an `import` condition, which require.resolve cannot follow.
    const { eld } = await import(pathToFileURL(join(modulesDir, 'node_modules/eld/src/entries', `static.${size}.js`)).href);
    candidates.push({ name: `eld ${size}`, detect: (text) => eld.detect(text).language || null });
  } catch {}
}
try {
  const { franc } = await load('franc');
  candidates.push({ name: 'franc (187 languages)', detect: (text) => ISO3[franc(text, { minLength: 1 })] ?? null });
} catch {}
try {
  const { franc } = await load('franc-all');
  candidates.push({ name: 'franc-all (414 languages)', detect: (text) => ISO3[franc(text, { minLength: 1 })] ?? null });
} catch {}
try {
  const { default: lande } = await load('lande');
  candidates.push({ name: 'lande', detect: (text) => ISO3[lande(text)[0]?.[0]] ?? null });
} catch {}
try {
  const tinyld = await load('tinyld');
  candidates.push({ name: 'tinyld', detect: (text) => tinyld.detect(text) || null });
} catch {}
try {
  const { loadModule } = await load('cld3-asm');
  const factory = await loadModule();
  const identifier = factory.create(0, 1000);
  candidates.push({ name: 'cld3-asm', detect: (text) => identifier.findLanguage(text).language?.split('-')[0] ?? null });
} catch {}
try {
  const { getLIDModel } = await load('fasttext.wasm.js');
  const model = await getLIDModel();
  await model.load();
  const ft = model;
  candidates.push({ name: 'fasttext.wasm.js (lid.176)', detectAsync: async (text) => (await ft.identify(text.replace(/\n/g, ' '))).alpha2 ?? null });
} catch (error) {
  console.error('fasttext.wasm.js:', error.message);
}

const rows = [];
for (const candidate of candidates) {
  const row = { name: candidate.name };
  for (const [setName, set] of Object.entries(sets)) {
    const detect = candidate.detect ?? null;
    let correct = 0;
    const wrong = new Map();
    for (const { language, text } of set) {
      const got = normalise(detect ? detect(text) : await candidate.detectAsync(text));
      if (got === language) correct++;
      else wrong.set(language, (wrong.get(language) ?? 0) + 1);
    }
    // Speed: repeat the set until 300 ms have passed.
    const chars = set.reduce((sum, { text }) => sum + text.length, 0);
    let rounds = 0;
    const started = performance.now();
    while (performance.now() - started < 300) {
      for (const { text } of set) detect ? detect(text) : await candidate.detectAsync(text);
      rounds++;
    }
    const seconds = (performance.now() - started) / 1000;
    const byLanguage = Object.fromEntries(languages.map((language) => [language, 1 - (wrong.get(language) ?? 0) / set.filter((sample) => sample.language === language).length]));
    row[setName] = {
      byLanguage,
      accuracy: correct / set.length,
      perSecond: (rounds * set.length) / seconds,
      mbPerSecond: (rounds * chars) / seconds / 1e6,
      misses: [...wrong.entries()].sort((a, b) => b[1] - a[1]).map(([language, count]) => `${language}×${count}`).join(' '),
    };
  }
  rows.push(row);
}

console.log(`Samples: ${sets.short.length} short (~30 characters) and ${sets.paragraph.length} paragraphs in ${languages.length} languages (${languages.join(', ')}). Node ${process.version}, one core.\n`);
console.log('| detector | short: accuracy | short: texts/s | paragraph: accuracy | paragraph: texts/s | paragraph: MB/s | short misses |');
console.log('|---|---:|---:|---:|---:|---:|---|');
for (const row of rows) {
  const { short, paragraph } = row;
  console.log(`| ${row.name} | ${(short.accuracy * 100).toFixed(1)}% | ${Math.round(short.perSecond).toLocaleString('en')} | ${(paragraph.accuracy * 100).toFixed(1)}% | ${Math.round(paragraph.perSecond).toLocaleString('en')} | ${paragraph.mbPerSecond.toFixed(2)} | ${short.misses || '—'} |`);
}

for (const setName of ['short', 'paragraph']) {
  console.log(`\nAccuracy per language, ${setName} samples:\n`);
  console.log(`| language | ${rows.map((row) => row.name).join(' | ')} |`);
  console.log(`|---|${rows.map(() => '---:').join('|')}|`);
  for (const language of languages) console.log(`| ${language} | ${rows.map((row) => `${Math.round(row[setName].byLanguage[language] * 100)}%`).join(' | ')} |`);
}


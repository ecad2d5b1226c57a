#!/usr/bin/env node
// The evaluation set: pages written for polynews after the structures of real news pages (site
// templates of newspapers, agencies and broadcasters; HTML with and without JSON-LD and Open
// Graph; records of news-collection tools; plain text), one folder per language under
// tests/eval/pages/, each page with its labels in tests/eval/labels/<language>/<page>.json. This scores polynews on them
// per field and per language: title, published (per source that shows it), outlet, language, line roles, body lines
// (precision and recall), boilerplate kept out, quote speakers, the dates mentioned, names (linked and not), and the
// agencies and outlets cited (recall, precision, role).
//   node scripts/eval.mjs          a report, one line per score
//   node scripts/eval.mjs --json   the scores as JSON (the test compares them with tests/eval/baseline.json)
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PAGES = join(ROOT, 'tests/eval/pages');
const LABELS = join(ROOT, 'tests/eval/labels');
const { parseCorpus } = await import(join(ROOT, 'packages/core/dist/index.js'));

const fold = (text) => (text ?? '').normalize('NFC').trim().toLowerCase();
const share = ({ right, of }) => (of === 0 ? null : Math.round((right / of) * 1000) / 1000);

/** The harmonic mean of a precision and a recall tally, null when either has nothing to count. */
const f1 = (precision, recall) => {
  const [p, r] = [share(precision), share(recall)];
  return p === null || r === null ? null : p + r === 0 ? 0 : Math.round(((2 * p * r) / (p + r)) * 1000) / 1000;
};
/** The share of labelled quotes not given a wrong speaker (the floor form of "confidently wrong"). */
const notWrong = ({ right: wrong, of }) => (of === 0 ? null : Math.round(((of - wrong) / of) * 1000) / 1000);
/** One score per language that has something to score. */
const byLanguage = (score) => Object.fromEntries(Object.entries(scores.byLanguage).sort().map(([language, fields]) => [language, score(fields)]).filter(([, value]) => value !== null));

const { articles, failures } = await parseCorpus([PAGES]);
const tally = () => ({ right: 0, of: 0 });
const scores = { datesRecall: tally(), datesPrecision: tally(), datesByLanguage: {}, bodyPrecision: tally(), bodyRecall: tally(), boilerplateOut: tally(), speakers: tally(), speakersWrong: tally(), speakersUnresolved: tally(), linkedPrecision: tally(), linkedRecall: tally(), unlinkedRecall: tally(), unlinkedPrecision: tally(), citationRecall: tally(), citationPrecision: tally(), citationRole: tally(), title: tally(), titleHtml: tally(), published: tally(), outlet: tally(), outletWithUrl: tally(), outletWithoutUrl: tally(), language: tally(), roles: tally(), publishedBySource: {}, outletBySource: {}, byLanguage: {} };
/** Pages whose outlet is only the registrable domain of their URL (no source named the outlet), by the source polynews gave. */
const bareDomain = { pages: 0, bySource: {} };
const misses = [];
for (const article of articles) {
  const page = relative(PAGES, article.file).replace(/:\d+$/u, '');
  const labels = JSON.parse(readFileSync(join(LABELS, `${page}.json`), 'utf8'));
  const check = (name, right, detail) => {
    scores[name].of++;
    if (right) scores[name].right++;
    else misses.push(`${page}: ${name} ${detail}`);
  };
  check('title', fold(article.title) === fold(labels.title), `"${article.title}" instead of "${labels.title}"`);
  if (article.input.format === 'html') check('titleHtml', fold(article.title) === fold(labels.title), `"${article.title}"`);
  const dateRight = (article.published?.value ?? '').slice(0, labels.published?.length ?? 0) === (labels.published ?? '') && (labels.published === null) === (article.published === null);
  check('published', dateRight, `${article.published?.value ?? 'none'} instead of ${labels.published}`);
  for (const source of labels.publishedShownBy ?? []) {
    const bySource = (scores.publishedBySource[source] ??= tally());
    bySource.of++;
    if (dateRight) bySource.right++;
  }
  const outletRight = fold(article.outlet?.name ?? null) === fold(labels.outlet);
  check('outlet', outletRight, `"${article.outlet?.name ?? 'none'}" instead of "${labels.outlet}"`);
  const withUrl = scores[article.url ? 'outletWithUrl' : 'outletWithoutUrl'];
  withUrl.of++;
  if (outletRight) withUrl.right++;
  const outletSource = (scores.outletBySource[article.outlet?.source ?? 'none'] ??= tally());
  outletSource.of++;
  if (outletRight) outletSource.right++;
  if (article.outlet && article.outlet.domain && article.outlet.name === article.outlet.domain) {
    bareDomain.pages++;
    bareDomain.bySource[article.outlet.source] = (bareDomain.bySource[article.outlet.source] ?? 0) + 1;
  }
  check('language', article.language === labels.language, `${article.language} instead of ${labels.language}`);
  const inLanguage = (scores.byLanguage[labels.language] ??= { title: tally(), published: tally(), outlet: tally(), language: tally(), bodyPrecision: tally(), bodyRecall: tally(), boilerplateOut: tally(), speakers: tally(), speakersWrong: tally(), speakersUnresolved: tally(), linkedPrecision: tally(), linkedRecall: tally(), unlinkedRecall: tally(), unlinkedPrecision: tally(), citationRecall: tally(), citationPrecision: tally(), citationRole: tally() });
  for (const [field, right] of [['title', fold(article.title) === fold(labels.title)], ['published', dateRight], ['outlet', outletRight], ['language', article.language === labels.language]]) {
    inLanguage[field].of++;
    if (right) inLanguage[field].right++;
  }
  if (labels.dates) {
    // The dates the article (title, lead, body) mentions, each as [surface, value]: found with the value labelled, and found that are labelled.
    const found = article.dates.filter((date) => ['title', 'lead', 'body'].includes(date.role)).map((date) => [date.surface, date.value]);
    // The same date: the same value, one surface holding the other (a label names the date's words; polynews's surface may add a context word, `since January`).
    const same = (a, b) => a[1] === b[1] && (a[0].includes(b[0]) || b[0].includes(a[0]));
    const inLanguage = (scores.datesByLanguage[labels.language] ??= { recall: tally(), precision: tally() });
    for (const label of labels.dates) {
      const right = found.some((date) => same(date, label));
      for (const target of [scores.datesRecall, inLanguage.recall]) {
        target.of++;
        if (right) target.right++;
      }
      if (!right) misses.push(`${page}: date "${label[0]}" (${label[1]}) not found as labelled`);
    }
    for (const date of found) {
      const right = labels.dates.some((label) => same(date, label));
      for (const target of [scores.datesPrecision, inLanguage.precision]) {
        target.of++;
        if (right) target.right++;
      }
      if (!right) misses.push(`${page}: date "${date[0]}" (${date[1]}) found but not labelled`);
    }
  }
  for (const [line, role] of Object.entries(labels.roles ?? {})) {
    const segment = article.segments.find((candidate) => article.text.slice(candidate.start, candidate.end).trim() === line);
    check('roles', segment?.role === role, `"${line}" is ${segment?.role ?? 'not a line'} instead of ${role}`);
  }
  if (labels.body) scoreLines(article, labels, page, inLanguage);
  for (const [fragment, speakers] of labels.quotes ?? []) scoreQuote(article, fragment, speakers, page, inLanguage);
  if (labels.names) scoreNames(article, labels.names, page, inLanguage);
  scoreCitations(article, labels.citations ?? [], page, inLanguage);
}

/**
 * Names of people, places and organisations in title, lead and body, each labelled `[surface, type,
 * entityId or null]` (null: no registry entry holds it). Linked precision: the share of names polynews
 * links (agencies and outlets aside: they are citations) that are labelled with that entity; linked
 * recall: the share of labelled registry names it links to their entity; unlinked recall: the share of
 * the other labelled names it finds as unlinked mentions; unlinked precision: the share of its unlinked
 * mentions that are labelled names (the labels hold every name of title, lead and body).
 */
function scoreNames(article, names, page, inLanguage) {
  const mentions = article.mentions.filter((mention) => ['title', 'lead', 'body'].includes(mention.role) && mention.type !== 'media');
  const overlaps = (a, b) => a.includes(b) || b.includes(a);
  for (const mention of mentions.filter((candidate) => candidate.entityId !== null)) {
    const right = names.some(([surface, , id]) => id === mention.entityId && overlaps(surface, mention.surface));
    tallyInto([scores.linkedPrecision, inLanguage.linkedPrecision], right);
    if (!right) misses.push(`${page}: "${mention.surface}" linked to ${mention.entityId}, not labelled so`);
  }
  for (const [surface, , id] of names) {
    const found = mentions.find((mention) => overlaps(surface, mention.surface));
    if (id !== null) {
      const right = found?.entityId === id;
      tallyInto([scores.linkedRecall, inLanguage.linkedRecall], right);
      if (!right) misses.push(`${page}: "${surface}" not linked to ${id}`);
    } else {
      const right = found !== undefined && (found.entityId ?? null) === null;
      tallyInto([scores.unlinkedRecall, inLanguage.unlinkedRecall], right);
      if (!right) misses.push(`${page}: name "${surface}" not found`);
    }
  }
  // An agency the citations hold is scored as a citation (issue 28), not as a name.
  const cited = (mention) => article.citations.some((citation) => mention.start < citation.end && mention.end > citation.start);
  for (const mention of mentions.filter((candidate) => candidate.entityId === null && !cited(candidate))) {
    const right = names.some(([surface]) => overlaps(surface, mention.surface));
    tallyInto([scores.unlinkedPrecision, inLanguage.unlinkedPrecision], right);
    if (!right) misses.push(`${page}: "${mention.surface}" found as a ${mention.type} name, not labelled`);
  }
}

/**
 * The agencies and outlets the page cites, each labelled `[name, role]` (every citation of the page:
 * none when the labels have none). Recall: the share of labelled citations polynews finds (the same
 * medium, each found citation used once, one of the labelled role first); role: the share of those
 * found with the labelled role; precision: the share of its citations that are labelled.
 */
function scoreCitations(article, labelled, page, inLanguage) {
  const unused = [...article.citations];
  const take = (name, role) => {
    const same = (citation) => fold(citation.agency) === fold(name) && (role === undefined || citation.role === role);
    const at = unused.findIndex(same);
    return at === -1 ? undefined : unused.splice(at, 1)[0];
  };
  const pending = [];
  for (const [name, role] of labelled) {
    const found = take(name, role);
    if (found) tallyInto([scores.citationRecall, inLanguage.citationRecall], true), tallyInto([scores.citationRole, inLanguage.citationRole], true);
    else pending.push([name, role]);
  }
  for (const [name, role] of pending) {
    const found = take(name);
    tallyInto([scores.citationRecall, inLanguage.citationRecall], found !== undefined);
    if (found) tallyInto([scores.citationRole, inLanguage.citationRole], false);
    misses.push(`${page}: citation of ${name} (${role}) ${found ? `found as ${found.role}` : 'not found'}`);
  }
  const kept = new Set(unused);
  for (const citation of article.citations) {
    tallyInto([scores.citationPrecision, inLanguage.citationPrecision], !kept.has(citation));
    if (kept.has(citation)) misses.push(`${page}: citation of ${citation.agency} as ${citation.role} not labelled ("${citation.evidence.slice(0, 60)}")`);
  }
}

/** The page's text lines as polynews segmented them, with their roles. */
function linesOf(article) {
  return article.segments.map((segment) => ({ text: article.text.slice(segment.start, segment.end).trim(), role: segment.role })).filter((line) => line.text);
}

/**
 * Article lines and boilerplate: `labels.body` gives the beginning of every line of running text (lead
 * and body), `labels.roles` every boilerplate line with its role. Body precision is the share of lines
 * polynews calls lead or body that are labelled body; recall the share of labelled body lines it calls
 * lead or body; boilerplate kept out the share of labelled boilerplate lines it does not.
 */
function scoreLines(article, labels, page, inLanguage) {
  const lines = linesOf(article);
  const running = (line) => line.role === 'lead' || line.role === 'body';
  const labelled = (line) => labels.body.some((start) => line.text.startsWith(start));
  for (const line of lines.filter(running)) {
    const right = labelled(line);
    tallyInto([scores.bodyPrecision, inLanguage.bodyPrecision], right);
    if (!right) misses.push(`${page}: "${line.text.slice(0, 60)}" is ${line.role}, not labelled body`);
  }
  for (const start of labels.body) {
    const line = lines.find((candidate) => candidate.text.startsWith(start));
    const right = line !== undefined && running(line);
    tallyInto([scores.bodyRecall, inLanguage.bodyRecall], right);
    if (!right) misses.push(`${page}: body line "${start.slice(0, 60)}" is ${line?.role ?? 'not a line'}`);
  }
  for (const [text, role] of Object.entries(labels.roles ?? {})) {
    if (role === 'title') continue;
    const line = lines.find((candidate) => candidate.text === text);
    const right = line !== undefined && !running(line);
    tallyInto([scores.boilerplateOut, inLanguage.boilerplateOut], right);
    if (!right) misses.push(`${page}: boilerplate "${text.slice(0, 60)}" kept as ${line?.role ?? 'not a line'}`);
  }
}

/** A labelled quote (a fragment of its words) and its speaker: a name, the names accepted, or null for none. */
function scoreQuote(article, fragment, speakers, page, inLanguage) {
  const quote = article.quotes.find((candidate) => !candidate.scare && candidate.text.includes(fragment));
  const accepted = speakers === null ? [null] : [speakers].flat().map(fold);
  const found = quote?.speaker ? fold(quote.speaker.name) : null;
  const right = quote !== undefined && accepted.includes(found);
  // Unresolved: no speaker, or a description the text gives no name for; wrong: any other speaker not labelled.
  const unresolved = !right && (quote?.speaker == null || (quote.speaker.resolved === false && quote.speaker.type === 'description'));
  const wrong = quote !== undefined && found !== null && !right && !unresolved;
  tallyInto([scores.speakers, inLanguage.speakers], right);
  tallyInto([scores.speakersWrong, inLanguage.speakersWrong], wrong);
  tallyInto([scores.speakersUnresolved, inLanguage.speakersUnresolved], unresolved);
  if (!right) misses.push(`${page}: quote "${fragment.slice(0, 40)}" ${quote ? `has speaker ${quote.speaker?.name ?? 'none'}` : 'not found'} instead of ${JSON.stringify(speakers)}`);
}

function tallyInto(targets, right) {
  for (const target of targets) {
    target.of++;
    if (right) target.right++;
  }
}
for (const failure of failures) misses.push(`${relative(PAGES, failure.file)}: failed (${failure.code}) ${failure.message}`);

const result = {
  pages: articles.length,
  failures: failures.length,
  title: share(scores.title),
  titleOnHtml: share(scores.titleHtml),
  published: share(scores.published),
  publishedBySource: Object.fromEntries(Object.entries(scores.publishedBySource).sort().map(([source, counts]) => [source, share(counts)])),
  outlet: share(scores.outlet),
  outletWithUrl: share(scores.outletWithUrl),
  outletWithoutUrl: share(scores.outletWithoutUrl),
  outletBySource: Object.fromEntries(Object.entries(scores.outletBySource).sort().map(([source, counts]) => [source, share(counts)])),
  outletBareDomain: bareDomain,
  language: share(scores.language),
  byLanguage: Object.fromEntries(Object.entries(scores.byLanguage).sort().map(([language, fields]) => [language, Object.fromEntries(Object.entries(fields).map(([field, counts]) => [field, `${counts.right}/${counts.of}`]))])),
  lineRoles: share(scores.roles),
  bodyPrecision: share(scores.bodyPrecision),
  bodyRecall: share(scores.bodyRecall),
  bodyF1: f1(scores.bodyPrecision, scores.bodyRecall),
  boilerplateOut: share(scores.boilerplateOut),
  speakers: share(scores.speakers),
  speakersNotWrong: notWrong(scores.speakersWrong),
  speakersUnresolved: share(scores.speakersUnresolved),
  titleByLanguage: byLanguage(({ title }) => share(title)),
  bodyF1ByLanguage: byLanguage(({ bodyPrecision, bodyRecall }) => f1(bodyPrecision, bodyRecall)),
  boilerplateOutByLanguage: byLanguage(({ boilerplateOut }) => share(boilerplateOut)),
  speakersByLanguage: byLanguage(({ speakers }) => share(speakers)),
  speakersNotWrongByLanguage: byLanguage(({ speakersWrong }) => notWrong(speakersWrong)),
  linkedPrecision: share(scores.linkedPrecision),
  linkedRecall: share(scores.linkedRecall),
  unlinkedRecall: share(scores.unlinkedRecall),
  unlinkedPrecision: share(scores.unlinkedPrecision),
  linkedPrecisionByLanguage: byLanguage(({ linkedPrecision }) => share(linkedPrecision)),
  unlinkedRecallByLanguage: byLanguage(({ unlinkedRecall }) => share(unlinkedRecall)),
  unlinkedPrecisionByLanguage: byLanguage(({ unlinkedPrecision }) => share(unlinkedPrecision)),
  citationRecall: share(scores.citationRecall),
  citationPrecision: share(scores.citationPrecision),
  citationRole: share(scores.citationRole),
  citationRecallByLanguage: byLanguage(({ citationRecall }) => share(citationRecall)),
  citationPrecisionByLanguage: byLanguage(({ citationPrecision }) => share(citationPrecision)),
  datesRecall: share(scores.datesRecall),
  datesPrecision: share(scores.datesPrecision),
  datesRecallByLanguage: Object.fromEntries(Object.entries(scores.datesByLanguage).sort().filter(([, { recall }]) => recall.of > 0).map(([language, { recall }]) => [language, share(recall)])),
  datesPrecisionByLanguage: Object.fromEntries(Object.entries(scores.datesByLanguage).sort().filter(([, { precision }]) => precision.of > 0).map(([language, { precision }]) => [language, share(precision)])),
  datesByLanguage: Object.fromEntries(Object.entries(scores.datesByLanguage).sort().map(([language, { recall, precision }]) => [language, { recall: `${recall.right}/${recall.of}`, precision: `${precision.right}/${precision.of}` }])),
  counts: { ...Object.fromEntries(['title', 'titleHtml', 'published', 'outlet', 'outletWithUrl', 'outletWithoutUrl', 'language', 'roles'].map((name) => [name, scores[name]])), publishedBySource: scores.publishedBySource, outletBySource: scores.outletBySource },
  misses,
};
if (process.argv.includes('--json')) console.log(JSON.stringify(result));
else {
  console.log(`eval: ${result.pages} pages, ${result.failures} failures`);
  for (const name of ['title', 'titleOnHtml', 'published', 'outlet', 'language', 'lineRoles', 'bodyPrecision', 'bodyRecall', 'bodyF1', 'boilerplateOut', 'speakers', 'speakersNotWrong', 'speakersUnresolved', 'linkedPrecision', 'linkedRecall', 'unlinkedRecall', 'unlinkedPrecision', 'citationRecall', 'citationPrecision', 'citationRole']) console.log(`eval: ${name} ${result[name]}`);
  console.log(`eval: dates mentioned: recall ${result.datesRecall} (${scores.datesRecall.right}/${scores.datesRecall.of}), precision ${result.datesPrecision} (${scores.datesPrecision.right}/${scores.datesPrecision.of})`);
  for (const [language, { recall, precision }] of Object.entries(result.datesByLanguage)) console.log(`eval: dates ${language}: recall ${recall}, precision ${precision}`);
  for (const [source, value] of Object.entries(result.publishedBySource)) console.log(`eval: published where ${source} shows it ${value} (${scores.publishedBySource[source].right}/${scores.publishedBySource[source].of})`);
  for (const name of ['outletWithUrl', 'outletWithoutUrl']) console.log(`eval: ${name} ${result[name]} (${scores[name].right}/${scores[name].of})`);
  for (const [source, value] of Object.entries(result.outletBySource)) console.log(`eval: outlet given by ${source} ${value} (${scores.outletBySource[source].right}/${scores.outletBySource[source].of})`);
  console.log(`eval: outlet only a bare domain on ${bareDomain.pages} pages (${Object.entries(bareDomain.bySource).map(([source, n]) => `${source} ${n}`).join(', ') || 'none'})`);
  for (const [language, fields] of Object.entries(result.byLanguage)) console.log(`eval: ${language} ${Object.entries(fields).map(([field, value]) => `${field} ${value}`).join(', ')}`);
  for (const miss of misses) console.log(`eval: miss ${miss}`);
}

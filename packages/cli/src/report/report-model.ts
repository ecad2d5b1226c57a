import { basename } from 'node:path';
import { escape, not, table as aqTable, type ColumnTable } from 'arquero';
import { describeSkipped, type CorpusResult } from '@polynews/core';
import {
  agenciesBarSpec,
  compare,
  corpusTables,
  countArticles,
  countsOverTimeSpec,
  coverage,
  coverageHeatmapSpec,
  fieldSources,
  finestUnit,
  quoteAttribution,
  sourcing,
  timeline,
  topOutlets,
  topRows,
  topValues,
  translations,
  voices,
  voicesBarSpec,
  type CalendarUnit,
  type CorpusTables,
  type VegaLiteSpec,
} from '@polynews/analysis';

/** How many outlets the outlet view's charts show by name; the rest are one "other" group. */
const TOP_OUTLETS = 12;
/** How many rows a long list shows before the rest become one "other" row. */
const TOP_ROWS = 25;

/** A table of the report, with a caption. */
export interface ReportTable {
  caption: string;
  table: ColumnTable;
  /** Whether the terminal (and report.md) shows it too, not only the HTML report. */
  key: boolean;
}

/** A chart of the report as a Vega-Lite spec (rendered to SVG by the HTML renderer). */
export interface ReportChart {
  caption: string;
  spec: VegaLiteSpec;
}

/** One section of the report: a question, what the answer shows, its charts and tables. */
export interface ReportSection {
  id: string;
  heading: string;
  explanation: string;
  charts: ReportChart[];
  tables: ReportTable[];
}

/** The whole report: a summary and the sections, built from a parsed corpus. */
export interface ReportModel {
  title: string;
  summary: string[];
  sections: ReportSection[];
  failures: { file: string; code: string; message: string }[];
}

/**
 * Builds the report of a parsed corpus: what is in it (by language, outlet and date, and how much
 * of each page was boilerplate), who is covered and quoted, which agencies each outlet relies on
 * and which texts are translations, the timeline, and the two largest languages side by side.
 * Nothing here is special to the seeds.
 *
 * @example
 * const model = buildReportModel(await parseCorpus(['seeds']), ['seeds']);
 * model.sections.map((s) => s.id); // ['corpus', 'outlets', 'coverage', 'voices', 'sourcing', 'timeline', 'compare', 'articles']
 */
export function buildReportModel(corpus: CorpusResult, inputs: readonly string[]): ReportModel {
  const tables = corpusTables(corpus.articles);
  const articleCount = corpus.articles.length;
  const languages = countArticles(tables.articles, ['language']);
  const dated = corpus.articles.filter((article) => article.published).length;
  const coverageByLanguage = coverage(tables);
  const speakers = voices(tables);
  const datesByYear = timeline(tables, { unit: 'year' });
  const unit = finestUnit(tables.articles);
  const publishedByUnit = timeline(tables, { unit }).filter((d: { kind: string }) => d.kind === 'published');
  const articlesSection: ReportSection = {
      id: 'articles',
      heading: 'The articles, and how much of each page was boilerplate',
      explanation:
        'One row per article. Boilerplate is every character (whitespace aside) outside title, lead and body: menus, captions, credits, teasers, comment widgets.',
      charts: [],
      tables: [{ caption: 'Articles', table: articleListing(tables.articles), key: true }],
    };
  const sections: ReportSection[] = [
    {
      id: 'corpus',
      heading: 'What is in the corpus',
      explanation:
        'Articles by language, outlet and publication date. Dates are counted at the precision the page gives: an article dated only to the month is never placed on a day, and pages without a date are counted as unknown. For title, date, outlet and language, “where each field came from” counts the articles by source: the record’s metadata, JSON-LD, HTML meta tags, markup, the URL, a dateline, the text, a source line, house style or the language detector.',
      charts: [],
      tables: [
        { caption: 'By language', table: languages, key: true },
        { caption: `By outlet (the ${TOP_ROWS} largest; every outlet is in the outlet view)`, table: topRows(countArticles(tables.articles, ['outlet']), 'outlet', { top: TOP_ROWS, count: 'articles' }), key: true },
        { caption: 'By publication day', table: countArticles(tables.articles, ['date'], { dateUnit: 'day' }).orderby('date'), key: true },
        { caption: 'Where each field came from', table: fieldSources(tables.articles), key: true },
        { caption: 'By language and publication month', table: countArticles(tables.articles, ['language', 'date'], { dateUnit: 'month' }), key: false },
      ],
    },
    outletSection(tables, unit),
    {
      id: 'coverage',
      heading: 'Who and what is covered',
      explanation:
        'Entities named in title, lead or body, per language: the number of articles naming each one and the share of the language’s articles that do (attention, as media-monitoring tools report it). Names are linked across scripts and inflections (Ławrow, Лавров, لافروف, Lavrov are one person).',
      charts: [{ caption: 'Share of each language’s articles naming the entity (number of articles in the cell)', spec: coverageHeatmapSpec(coverageByLanguage, { top: 20 }) }],
      tables: [{ caption: 'Most covered entities across the corpus', table: coverage(tables, { by: [] }).select('name', 'type', 'articles', 'mentions', 'share').slice(0, 15), key: true }],
    },
    {
      id: 'voices',
      heading: 'Who is quoted',
      explanation:
        'Direct quotes (scare quotes of one to three words left out) by speaker and language. A speaker the text only describes ("the Malian diplomat") is kept as written; quotes with no speaker in the text are counted, not hidden.',
      charts: [{ caption: 'Quotes per speaker, by language', spec: voicesBarSpec(speakers) }],
      tables: [
        { caption: 'Speakers by language', table: speakers.select(not('speakerId')), key: true },
        { caption: 'Attribution of quotes by outlet', table: quoteAttribution(tables, { by: 'outlet' }), key: false },
      ],
    },
    {
      id: 'sourcing',
      heading: 'Sourcing and translation',
      explanation:
        'Wire and photo agencies each outlet cites, by role: attribution in the text, photo credit, or a source line. Translations are listed with their tool and original; the original is linked when the corpus holds it.',
      charts: [],
      tables: [
        { caption: 'Agencies by outlet and role', table: sourcing(tables), key: true },
        { caption: 'Translations', table: translationListing(translations(tables)), key: true },
      ],
    },
    {
      id: 'timeline',
      heading: 'Timeline: when published, and which dates the articles talk about',
      explanation:
        'Publication dates at the finest unit the corpus supports (day, week or month), then publication dates and dates mentioned in title, lead and body by year and language. A date known only to the month is placed on its month, never on a day; a date without a year in the text (“30.6”) and pages without a date are counted as unknown.',
      charts: [
        { caption: `Published articles per ${unit}, by language (the finest unit the publication dates support)`, spec: countsOverTimeSpec(publishedByUnit) },
        { caption: 'Published articles and dates mentioned, by year', spec: countsOverTimeSpec(datesByYear, { row: 'kind' }) },
      ],
      tables: [
        { caption: `Published articles per ${unit} and language`, table: publishedByUnit, key: false },
        { caption: 'Dates by year and language', table: datesByYear, key: false },
      ],
    },
  ];
  const comparison = compareLargestLanguages(tables, languages);
  if (comparison) sections.push(comparison);
  // The listing of every article closes the report: reference, not an answer.
  sections.push(articlesSection);
  return {
    title: `polynews report: ${inputs.join(', ')}`,
    summary: [
      `${articleCount} articles parsed, ${corpus.failures.length} files failed${corpus.skipped.length > 0 ? `, ${corpus.skipped.length} paths skipped (${describeSkipped(corpus.skipped)})` : ''}.`,
      `${languages.numRows()} languages, ${new Set(tables.articles.array('outlet') as (string | null)[]).size} outlets, ${dated} of ${articleCount} articles dated by their page.`,
      `${tables.mentions.numRows()} entity mentions, ${tables.quotes.numRows()} quotes, ${tables.citations.numRows()} agency citations, ${tables.dates.numRows()} dates mentioned.`,
    ],
    sections,
    failures: corpus.failures.map((failure) => ({ file: failure.file, code: failure.code, message: failure.message })),
  };
}

/**
 * The outlet view: articles per outlet over time, coverage and voices by outlet, agencies by
 * outlet, and every outlet with how it was identified. Charts name the largest outlets and fold
 * the rest into "other", so that they stay readable with hundreds of outlets.
 */
function outletSection(tables: CorpusTables, unit: CalendarUnit): ReportSection {
  const top = topOutlets(tables, { top: TOP_OUTLETS });
  const perPeriod = timeline(top, { unit, by: 'outlet' }).filter((d: { kind: string }) => d.kind === 'published');
  const speakers = voices(top, { by: 'outlet' });
  const topSpeakers = topValues(speakers, 'speaker', { top: 20, weight: 'quotes' });
  return {
    id: 'outlets',
    heading: 'Outlets: what each published, when, on whom, quoting whom, citing which agencies',
    explanation: `Charts name the ${TOP_OUTLETS} outlets with the most articles and add up the rest as “other”; every outlet is in the table. An outlet is named by the page (its record, Open Graph or JSON-LD, a copyright or site-name line), by its URL in the registry, or else by the registrable domain of its URL; “identified by” says which, for most of its articles.`,
    charts: [
      { caption: `Articles per ${unit}, by outlet`, spec: countsOverTimeSpec(perPeriod, { color: 'outlet' }) },
      { caption: 'Share of each outlet’s articles naming the entity (number of articles in the cell, n = the outlet’s articles)', spec: coverageHeatmapSpec(coverage(top, { by: 'outlet' }), { group: 'outlet', top: 20 }) },
      { caption: 'Quotes per speaker, by outlet (the 20 most quoted speakers)', spec: voicesBarSpec(speakers.filter(escape((d: { speaker: string }) => topSpeakers.has(d.speaker))), { group: 'outlet' }) },
      { caption: 'Agency citations by outlet', spec: agenciesBarSpec(sourcing(top)) },
    ],
    tables: [{ caption: 'Outlets', table: outletListing(tables.articles), key: false }],
  };
}

/** One row per outlet: its key, articles, languages, how it was identified, and its first and last publication day. */
function outletListing(articles: ColumnTable): ColumnTable {
  const rows = new Map<string, { outlet: string; key: string; articles: number; languages: Set<string>; sources: Map<string, number>; confidence: number; first: string | null; last: string | null }>();
  for (const row of articles.objects() as { outlet: string | null; outletKey: string | null; language: string | null; outletSource: string | null; outletConfidence: number | null; publishedDay: string | null }[]) {
    const name = row.outlet ?? 'unknown';
    const entry = rows.get(name) ?? { outlet: name, key: row.outletKey ?? '', articles: 0, languages: new Set<string>(), sources: new Map<string, number>(), confidence: 0, first: null, last: null };
    entry.articles += 1;
    if (row.language) entry.languages.add(row.language);
    const source = row.outletSource ?? 'none';
    entry.sources.set(source, (entry.sources.get(source) ?? 0) + 1);
    entry.confidence += row.outletConfidence ?? 0;
    if (row.publishedDay && (entry.first === null || row.publishedDay < entry.first)) entry.first = row.publishedDay;
    if (row.publishedDay && (entry.last === null || row.publishedDay > entry.last)) entry.last = row.publishedDay;
    rows.set(name, entry);
  }
  const list = [...rows.values()].sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet));
  return aqTable({
    outlet: list.map((entry) => entry.outlet),
    key: list.map((entry) => entry.key),
    articles: list.map((entry) => entry.articles),
    languages: list.map((entry) => [...entry.languages].sort().join(', ')),
    'identified by': list.map((entry) => [...entry.sources].sort((a, b) => b[1] - a[1])[0]![0]),
    confidence: list.map((entry) => Math.round((entry.confidence / entry.articles) * 100) / 100),
    first: list.map((entry) => entry.first ?? 'unknown'),
    last: list.map((entry) => entry.last ?? 'unknown'),
  });
}

function compareLargestLanguages(tables: CorpusTables, languages: ColumnTable): ReportSection | null {
  const known = (languages.objects() as { language: string }[]).map((row) => row.language).filter((language) => language !== 'unknown');
  if (known.length < 2) return null;
  const [first, second] = known as [string, string];
  const comparison = compare(tables, { by: 'language', groups: [first, second] });
  return {
    id: 'compare',
    heading: `Side by side: ${first} and ${second}`,
    explanation: `The two largest languages of the corpus on coverage and voices: the share of each language’s articles naming an entity, and the share of its quotes given to each speaker. Largest differences first.`,
    charts: [],
    tables: [
      { caption: `Coverage, ${first} vs ${second}`, table: comparison.coverage.select(not('entityId')).slice(0, 15), key: false },
      { caption: `Voices, ${first} vs ${second}`, table: comparison.voices, key: false },
    ],
  };
}

function articleListing(articles: ColumnTable): ColumnTable {
  return articles
    .derive({
      file: escape((d: { file: string | null }) => (d.file == null ? '' : basename(d.file))),
      outlet: escape((d: { outlet: string | null; outletConfidence: number | null }) => (d.outlet == null ? 'unknown' : `${d.outlet} (${d.outletConfidence})`)),
      published: escape((d: { published: string | null; precision: string | null }) => (d.published == null ? 'unknown' : `${d.published} (${d.precision})`)),
      title: escape((d: { title: string | null }) => d.title ?? '—'),
    })
    .select('file', 'language', 'outlet', 'published', 'bodyWords', 'boilerplateShare', 'title');
}

function translationListing(table: ColumnTable): ColumnTable {
  return table
    .derive({
      file: escape((d: { file: string | null }) => (d.file == null ? '' : basename(d.file))),
      original: escape((d: { originalFile: string | null }) => (d.originalFile == null ? 'not in the corpus' : basename(d.originalFile))),
    })
    .select('file', 'language', 'outlet', 'translationTool', 'originalUrl', 'originalOutlet', 'originalLanguage', 'original');
}

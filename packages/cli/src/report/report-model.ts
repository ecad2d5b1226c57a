import { basename } from 'node:path';
import { escape, not, type ColumnTable } from 'arquero';
import { describeSkipped, type CorpusResult } from '@polynews/core';
import {
  compare,
  corpusTables,
  countArticles,
  countsOverTimeSpec,
  coverage,
  coverageHeatmapSpec,
  quoteAttribution,
  sourcing,
  timeline,
  translations,
  voices,
  voicesBarSpec,
  type VegaLiteSpec,
} from '@polynews/analysis';

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
 * model.sections.map((s) => s.id); // ['corpus', 'articles', 'coverage', 'voices', 'sourcing', 'timeline', 'compare']
 */
export function buildReportModel(corpus: CorpusResult, inputs: readonly string[]): ReportModel {
  const tables = corpusTables(corpus.articles);
  const articleCount = corpus.articles.length;
  const languages = countArticles(tables.articles, ['language']);
  const dated = corpus.articles.filter((article) => article.published).length;
  const coverageByLanguage = coverage(tables);
  const speakers = voices(tables);
  const datesByYear = timeline(tables, { unit: 'year' });
  const sections: ReportSection[] = [
    {
      id: 'corpus',
      heading: 'What is in the corpus',
      explanation:
        'Articles by language, outlet and publication date. Dates are counted at the precision the page gives: an article dated only to the month is never placed on a day, and pages without a date are counted as unknown.',
      charts: [],
      tables: [
        { caption: 'By language', table: languages, key: true },
        { caption: 'By outlet', table: countArticles(tables.articles, ['outlet']), key: true },
        { caption: 'By publication day', table: countArticles(tables.articles, ['date'], { dateUnit: 'day' }), key: true },
        { caption: 'By language and publication month', table: countArticles(tables.articles, ['language', 'date'], { dateUnit: 'month' }), key: false },
      ],
    },
    {
      id: 'articles',
      heading: 'The articles, and how much of each page was boilerplate',
      explanation:
        'One row per article. Boilerplate is every character (whitespace aside) outside title, lead and body: menus, captions, credits, teasers, comment widgets.',
      charts: [],
      tables: [{ caption: 'Articles', table: articleListing(tables.articles), key: true }],
    },
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
        'Publication dates and dates mentioned in title, lead and body, by year and language. A date without a year in the text (“30.6”) and pages without a date are counted as unknown.',
      charts: [{ caption: 'Published articles and dates mentioned, by year', spec: countsOverTimeSpec(datesByYear, { row: 'kind' }) }],
      tables: [{ caption: 'Dates by year and language', table: datesByYear, key: false }],
    },
  ];
  const comparison = compareLargestLanguages(tables, languages);
  if (comparison) sections.push(comparison);
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

function compareLargestLanguages(tables: ReturnType<typeof corpusTables>, languages: ColumnTable): ReportSection | null {
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

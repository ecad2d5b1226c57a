import { createHash } from 'node:crypto';
import { ArticleSchema, type Article, type SegmentRole } from '@polynews/core';

type CitationRole = 'attribution' | 'credit' | 'source-line';
type DatePrecision = 'minute' | 'day' | 'month' | 'year';

/** What a test article holds; everything else gets a neutral default. */
interface ArticleSpec {
  id: string;
  language: string | null;
  outlet: string | null;
  published?: [value: string, precision: DatePrecision];
  sourceUrl?: string;
  url?: string;
  translation?: { tool: string; originalUrl: string; originalOutlet?: string; originalLanguage?: string };
  /** A linked mention has an entity id; one without (null) is a name the registry does not hold, with the given key (default the language and the name in lower case). */
  mentions?: [entityId: string | null, name: string, type: 'person' | 'place' | 'org' | 'media', role?: SegmentRole, key?: string][];
  /** A speaker with a key is a name (linked or not); one without, a description. */
  quotes?: [speakerId: string | null, speaker: string | null, scare?: boolean, key?: string][];
  citations?: [agency: string, role: CitationRole][];
  dates?: [value: string, precision: 'day' | 'month' | 'year' | 'weekday', role?: SegmentRole][];
  /** The text the article shares with others (default: its own id), hashed into `bodyHash`; and its `duplicateOf`. */
  body?: string;
  duplicateOf?: string;
  /** Characters of the title+body block and of a trailing navigation block (whitespace excluded). */
  articleChars: number;
  navigationChars: number;
}

/** A valid Article (checked against ArticleSchema) with exactly the given parts. */
export function makeArticle(spec: ArticleSpec): Article {
  const articleText = 'a'.repeat(spec.articleChars);
  const navigation = 'n'.repeat(spec.navigationChars);
  const text = `${articleText}\n\n${navigation}`;
  const segments = [
    { role: 'body' as const, start: 0, end: articleText.length + 2 },
    ...(navigation.length > 0 ? [{ role: 'navigation' as const, start: articleText.length + 2, end: text.length }] : []),
  ];
  if (navigation.length === 0) segments[0]!.end = text.length;
  return ArticleSchema.parse({
    id: spec.id,
    file: `${spec.id}.txt`,
    contentHash: sha256(`bytes of ${spec.id}`),
    bodyHash: sha256(spec.body ?? spec.id),
    duplicateOf: spec.duplicateOf ?? null,
    input: { format: 'text', container: 'file', exportFormat: null, locator: `${spec.id}.txt` },
    url: spec.url ?? null,
    modified: null,
    fetched: null,
    authors: [],
    section: null,
    provenance: { title: { source: 'text', evidence: 'test' }, language: null },
    extra: {},
    producer: { polynews: '0.1.0', data: '000000000000' },
    encoding: 'utf-8',
    title: `Title ${spec.id}`,
    language: spec.language,
    script: null,
    languageConfidence: spec.language ? 0.9 : 0,
    outlet: spec.outlet ? { key: `name:${spec.outlet.toLowerCase()}`, name: spec.outlet, confidence: 0.8, evidence: ['test'] } : null,
    published: spec.published ? { value: spec.published[0], precision: spec.published[1], source: 'dateline', evidence: spec.published[0] } : null,
    sourceUrl: spec.sourceUrl ?? null,
    translation: spec.translation ? { isTranslation: true, ...spec.translation } : { isTranslation: false },
    citations: (spec.citations ?? []).map(([agency, role]) => ({ agency, role, evidence: agency, start: 0, end: 1 })),
    segments,
    mentions: (spec.mentions ?? []).map(([entityId, name, type, role, key]) => ({
      entityId,
      name,
      type,
      typeConfidence: entityId === null ? 0.5 : 1,
      key: key ?? `${spec.language ?? 'und'}:${name.toLowerCase()}`,
      evidence: entityId === null ? ['capitalised'] : ['registry'],
      surface: name,
      start: 0,
      end: 1,
      role: role ?? 'body',
    })),
    quotes: (spec.quotes ?? []).map(([entityId, name, scare, key]) => ({
      text: scare ? 'two words' : 'we will keep our promises to our partners',
      start: 0,
      end: 1,
      speaker: name == null ? null : { entityId, name, ...(key !== undefined && { key }), ...(entityId !== null && key === undefined && { key: `${spec.language ?? 'und'}:${name.toLowerCase()}` }), type: entityId !== null || key !== undefined ? 'person' : 'description', resolved: entityId !== null || key !== undefined },
      scare: scare ?? false,
    })),
    dates: (spec.dates ?? []).map(([value, precision, role]) => ({ surface: value, value, precision, start: 0, end: 1, role: role ?? 'body' })),
    stats: { chars: text.length, words: 10, bodyWords: 8 },
    warnings: [],
    text,
  });
}

const LAVROV = ['sergei-lavrov', 'Sergei Lavrov', 'person'] as const;
const MALI = ['mali', 'Mali', 'place'] as const;
const PUTIN = ['vladimir-putin', 'Vladimir Putin', 'person'] as const;

/**
 * Four articles whose every count is worked out by hand in the tests:
 * - a: en, Outlet A, published to the minute on 2024-03-05 (ISO week 2024-W10);
 * - b: en, Outlet A, published to the month only (2024-03);
 * - c: fr, Outlet B, published on 2024-03-28, a translation of a;
 * - d: no language, no outlet, no date.
 */
export function inlineCorpus(): Article[] {
  return [
    makeArticle({
      id: 'aaaaaaaaaaaaaaaa',
      language: 'en',
      outlet: 'Outlet A',
      published: ['2024-03-05T10:30:00+01:00', 'minute'],
      sourceUrl: 'http://outlet-a.example/world/pact',
      mentions: [[...LAVROV], [...LAVROV], [...MALI], [...PUTIN, 'promo']],
      quotes: [['sergei-lavrov', 'Sergei Lavrov'], [null, null], [null, null, true]],
      citations: [['TASS', 'attribution'], ['AFP', 'credit']],
      dates: [['2024-03-01', 'day'], ['2023', 'year'], ['--06-30', 'day'], ['2024-02', 'month', 'caption']],
      articleChars: 300,
      navigationChars: 100,
    }),
    makeArticle({
      id: 'bbbbbbbbbbbbbbbb',
      language: 'en',
      outlet: 'Outlet A',
      published: ['2024-03', 'month'],
      mentions: [[...MALI]],
      quotes: [[null, 'a Malian diplomat']],
      citations: [['TASS', 'attribution']],
      dates: [['2024-02-27', 'day']],
      articleChars: 100,
      navigationChars: 0,
    }),
    makeArticle({
      id: 'cccccccccccccccc',
      language: 'fr',
      outlet: 'Outlet B',
      published: ['2024-03-28', 'day'],
      translation: { tool: 'DeepL', originalUrl: 'https://www.outlet-a.example/world/pact/', originalOutlet: 'Outlet A', originalLanguage: 'en' },
      mentions: [[...LAVROV], [...MALI], [...MALI], [...MALI]],
      quotes: [['sergei-lavrov', 'Sergei Lavrov'], ['sergei-lavrov', 'Sergei Lavrov']],
      citations: [['AFP', 'source-line']],
      dates: [['2024-03-28', 'day']],
      articleChars: 200,
      navigationChars: 200,
    }),
    makeArticle({ id: 'dddddddddddddddd', language: null, outlet: null, articleChars: 50, navigationChars: 50 }),
  ];
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

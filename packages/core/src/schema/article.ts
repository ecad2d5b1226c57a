import { z } from 'zod';

/**
 * The role of a block of text on a scraped page. Only `title`, `lead` and `body`
 * are the article; every other role is labelled boilerplate, kept with its offsets.
 *
 * @example
 * SegmentRoleSchema.parse('caption'); // 'caption'
 */
export const SegmentRoleSchema = z.enum([
  'title',
  'dateline',
  'lead',
  'body',
  'caption',
  'credit',
  'source',
  'translation-note',
  'related',
  'navigation',
  'comments',
  'embed',
  'promo',
  'other',
]);
export type SegmentRole = z.infer<typeof SegmentRoleSchema>;

/** Roles whose text is the article itself (used by analysis unless a caller asks for more). */
export const ARTICLE_ROLES: readonly SegmentRole[] = ['title', 'lead', 'body'];

/** A BCP 47 primary language subtag: ISO 639-1 where the language has one, else ISO 639-3 (`ceb`, `haw`), as the second detector may answer. */
export const LanguageCodeSchema = z.string().regex(/^[a-z]{2,3}$/, 'expected an ISO 639-1 code such as "en", or ISO 639-3 where a language has none');

/** A half-open span `[start, end)` in UTF-16 code units of the decoded, NFC-normalised text. */
const span = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
};

/**
 * One block of the page with its role. Segments cover the decoded text exactly once, in order.
 *
 * @example
 * SegmentSchema.parse({ role: 'body', start: 0, end: 42, language: 'pl' });
 */
export const SegmentSchema = z.object({
  role: SegmentRoleSchema,
  ...span,
  language: LanguageCodeSchema.optional(),
});
export type Segment = z.infer<typeof SegmentSchema>;

/**
 * The outlet that published the page, with how sure we are and why.
 *
 * @example
 * OutletSchema.parse({ name: 'Al Mayadeen', domain: 'almayadeen.net', confidence: 0.9, evidence: ['source line: المصدر: الميادين نت'] });
 */
/**
 * Where a field's value came from: the record's own metadata, structured data or meta tags of an
 * HTML page, markup, the URL, a dateline or the text, a source line, a house-style fingerprint, the
 * language detector, or an inference.
 */
export const FieldSourceSchema = z.enum(['metadata', 'json-ld', 'html-meta', 'markup', 'url', 'dateline', 'text', 'source-line', 'fingerprint', 'detector', 'inferred']);
export type FieldSource = z.infer<typeof FieldSourceSchema>;

/** A field's source and the evidence for it. */
export const ProvenanceEntrySchema = z.object({ source: FieldSourceSchema, evidence: z.string() });
export type ProvenanceEntry = z.infer<typeof ProvenanceEntrySchema>;

export const OutletSchema = z.object({
  /** Groups an outlet's pages stably: the registry's id, else `domain:<registrable domain>`, else `name:<the name, lower-cased>`. */
  key: z.string().min(1),
  id: z.string().optional(),
  name: z.string().min(1),
  domain: z.string().optional(),
  confidence: z.number().min(0).max(1),
  evidence: z.array(z.string()).min(1),
  source: FieldSourceSchema.optional(),
});
export type Outlet = z.infer<typeof OutletSchema>;

export const DatePrecisionSchema = z.enum(['minute', 'day', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

/**
 * When the page was published, as far as the page shows it.
 *
 * @example
 * PublishedSchema.parse({ value: '2023-07-01T09:05:00+07:00', precision: 'minute', source: 'dateline', evidence: '01/07/2023 09:05 GMT+7' });
 */
export const PublishedSchema = z.object({
  value: z.string().min(4),
  precision: DatePrecisionSchema,
  source: FieldSourceSchema,
  evidence: z.string(),
});
export type Published = z.infer<typeof PublishedSchema>;

/**
 * Whether the text is a translation and of what.
 *
 * @example
 * TranslationSchema.parse({ isTranslation: true, tool: 'Google Translate', originalUrl: 'https://www.rt.com/africa/1-x/' });
 */
export const TranslationSchema = z.object({
  isTranslation: z.boolean(),
  tool: z.string().optional(),
  evidence: z.string().optional(),
  originalUrl: z.string().optional(),
  originalOutlet: z.string().optional(),
  originalLanguage: LanguageCodeSchema.optional(),
});
export type Translation = z.infer<typeof TranslationSchema>;

/**
 * Where a citation stands: `attribution` (a cue or a reporting verb in the text), `credit` (a photo
 * credit), `source-line` (a source line, or the credit closing a paragraph), `dateline` (a wire's
 * dateline), `outlet-source` (a newspaper or broadcaster, not an agency, cited as a source).
 */
export const CitationRoleSchema = z.enum(['attribution', 'credit', 'source-line', 'dateline', 'outlet-source']);
export type CitationRole = z.infer<typeof CitationRoleSchema>;

/**
 * A wire or photo agency, or an outlet, that the text relies on: `agency` is the medium's name,
 * `agencyId` its id in the media registry (`data/media.json`).
 *
 * @example
 * CitationSchema.parse({ agency: 'TASS', role: 'attribution', evidence: 'theo Hãng tin TASS', start: 10, end: 28 });
 */
export const CitationSchema = z.object({
  agency: z.string().min(1),
  agencyId: z.string().optional(),
  role: CitationRoleSchema,
  evidence: z.string(),
  ...span,
});
export type Citation = z.infer<typeof CitationSchema>;

export const EntityTypeSchema = z.enum(['person', 'place', 'org', 'media']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** What found a mention: the registry, or the cues to a name it does not hold. */
export const MentionEvidenceSchema = z.enum(['registry', 'surname', 'capitalised', 'title', 'org-word', 'place-word', 'dateline', 'acronym', 'preposition', 'transliteration-dot']);
export type MentionEvidence = z.infer<typeof MentionEvidenceSchema>;

/**
 * A name of a person, place, organisation or medium in the page. `entityId` is the registry entity
 * it links to, or null for a name the registry does not hold; `key` (the language, then the name
 * folded after the language's inflection rules: `pl:lawrow`) is what mentions of one name share
 * across pages, linked or not. `typeConfidence` says how sure `type` is (1 for a linked name), and
 * `evidence` what found the name and gave its type.
 *
 * @example
 * MentionSchema.parse({ entityId: null, name: 'Ann Clarke', type: 'person', typeConfidence: 0.9, key: 'en:ann clarke', evidence: ['capitalised', 'title'], surface: 'Ann Clarke', start: 6, end: 16, role: 'body' });
 */
export const MentionSchema = z.object({
  entityId: z.string().nullable(),
  name: z.string(),
  type: EntityTypeSchema,
  typeConfidence: z.number().min(0).max(1),
  key: z.string().min(1),
  evidence: z.array(MentionEvidenceSchema).min(1),
  surface: z.string(),
  ...span,
  role: SegmentRoleSchema,
});
export type Mention = z.infer<typeof MentionSchema>;

/** What a quote's speaker is: a named person or organisation, a group of people ("the authorities"), an anonymous source, or a description the text gives no name for. */
export const SpeakerTypeSchema = z.enum(['person', 'organisation', 'group', 'anonymous', 'description']);
export type SpeakerType = z.infer<typeof SpeakerTypeSchema>;

/**
 * Who said a quote. `name` is the person's or organisation's name when one is known (from the registry,
 * an unlinked name, or a pronoun or description resolved to an earlier name), else the words the text
 * uses ("the authorities", "a source close to the talks"). `entityId` is the registry's id (null for a
 * name it does not hold); `key` the key of the speaker's mention (see `MentionSchema`). `resolved` is
 * true when a name gives the speaker; `as` keeps the pronoun or description a resolved speaker was
 * written as ("malijski dyplomata", "he").
 *
 * @example
 * SpeakerSchema.parse({ entityId: 'abdoulaye-diop', name: 'Abdoulaye Diop', type: 'person', resolved: true, as: 'malijski dyplomata' });
 */
export const SpeakerSchema = z.object({
  entityId: z.string().nullable(),
  name: z.string(),
  key: z.string().optional(),
  type: SpeakerTypeSchema,
  resolved: z.boolean(),
  as: z.string().optional(),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

/**
 * A direct quote in the title, lead or body and, where the text says, who said it (see
 * `SpeakerSchema`). `start`/`end` delimit the quoted words inside the marks. A scare quote (one to
 * three words) is kept with `scare: true` and no speaker.
 *
 * @example
 * QuoteSchema.parse({ text: 'Moscow will continue', start: 10, end: 30, speaker: { entityId: 'sergei-lavrov', name: 'Sergei Lavrov', type: 'person', resolved: true }, cue: 'said', scare: false });
 */
export const QuoteSchema = z.object({
  text: z.string(),
  ...span,
  speaker: SpeakerSchema.nullable(),
  cue: z.string().optional(),
  scare: z.boolean(),
});
export type Quote = z.infer<typeof QuoteSchema>;

/**
 * A date that the text talks about. `value` is ISO 8601 at the precision written: `2015-07-23`,
 * `2020-08`, `2013`, `2024-W03` (a week), `2024-01-15T08:30` (an hour or a minute), or partial when
 * the year is missing and no publication date supplies it (`--06-30`, `--05`), or `-W-4` for an
 * unresolved weekday (1 = Monday), or null for a relative date with nothing to resolve it against.
 * `inferred` says what was taken from the reference (the publication date): the `year`, the `month`
 * and year of a day written alone (`20日`), the whole date of a `weekday`, or the date a `relative`
 * expression points to. `relative` is the signed ISO
 * 8601 duration a relative expression gives (`-P3D` for "3 days ago", `P1W` for "next week").
 * `calendar` names the calendar a date was written in when it was converted from one
 * (`buddhist`, `persian`, `islamic`, `roc`, `japanese`).
 *
 * @example
 * DateMentionSchema.parse({ surface: 'ngày 30.6', value: '--06-30', precision: 'day', start: 40, end: 49, role: 'lead' });
 * DateMentionSchema.parse({ surface: '3 ngày trước', value: null, precision: 'day', relative: '-P3D', start: 0, end: 12, role: 'body' });
 */
export const DateMentionSchema = z.object({
  surface: z.string(),
  value: z
    .string()
    .regex(/^(?:\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?)?)?|-W\d{2})?|--\d{2}(?:-\d{2})?|-W-[1-7])$/)
    .nullable(),
  precision: z.enum(['minute', 'hour', 'day', 'week', 'month', 'year', 'weekday']),
  ...span,
  role: SegmentRoleSchema,
  inferred: z.enum(['year', 'month', 'weekday', 'relative']).optional(),
  relative: z
    .string()
    .regex(/^-?P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$/)
    .optional(),
  calendar: z.enum(['buddhist', 'persian', 'islamic', 'roc', 'japanese']).optional(),
});
export type DateMention = z.infer<typeof DateMentionSchema>;

/**
 * Counts over the decoded text: all characters, all words, and words in title, lead and body.
 *
 * @example
 * StatsSchema.parse({ chars: 3734, words: 700, bodyWords: 640 });
 */
export const StatsSchema = z.object({
  chars: z.number().int().nonnegative(),
  words: z.number().int().nonnegative(),
  bodyWords: z.number().int().nonnegative(),
});

/** How the page came in: its content's format, the container it came in, a recognised export format, and its locator. */
export const InputSchema = z.object({
  format: z.enum(['text', 'html']),
  container: z.enum(['string', 'file', 'jsonl', 'json', 'csv', 'warc']),
  /** The tool whose export the record came from (`news-please`, `media-cloud`, `trafilatura`), or null. */
  exportFormat: z.string().nullable(),
  locator: z.string().nullable(),
});
export type Input = z.infer<typeof InputSchema>;

/** Which polynews and which data files made the article. */
export const ProducerSchema = z.object({ polynews: z.string(), data: z.string().regex(/^[0-9a-f]{12}$/) });

/**
 * The article model: the data contract of polynews (see DESIGN.md). `text` is the decoded,
 * NFC-normalised text that every `start`/`end` offset indexes.
 *
 * @example
 * const article = ArticleSchema.parse(JSON.parse(jsonLine));
 * article.language; // 'vi'
 */
export const ArticleSchema = z
  .object({
    /** 16 hex digits of the SHA-256 of the page's locator (see `pageLocator`): one id per input page, stable across runs and machines. */
    id: z.string().regex(/^[0-9a-f]{16}$/),
    file: z.string().nullable(),
    /** SHA-256 of the page's bytes (of its UTF-8 text for a record): identical files share it. */
    contentHash: z.string().regex(/^[0-9a-f]{64}$/),
    /** SHA-256 of title, lead and body with white space folded: the same story on two sites shares it. Null without article text. */
    bodyHash: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
    /** The id of the first page of the run (in input order) with the same `bodyHash`; null for the first and outside a corpus run. */
    duplicateOf: z.string().regex(/^[0-9a-f]{16}$/).nullable(),
    input: InputSchema,
    /** The page's own URL: the record's, else the WARC target URI, else the canonical link; null when unknown. */
    url: z.string().nullable(),
    encoding: z.string(),
    title: z.string().nullable(),
    language: LanguageCodeSchema.nullable(),
    /** BCP 47 script subtag where the language is written in several (CLDR): `Hans`/`Hant` for Chinese, `Cyrl`/`Latn` for Serbian; null otherwise or when the text does not tell. */
    script: z.string().regex(/^[A-Z][a-z]{3}$/).nullable(),
    languageConfidence: z.number().min(0).max(1),
    outlet: OutletSchema.nullable(),
    published: PublishedSchema.nullable(),
    /** When the page says it was last modified (ISO 8601), or null. */
    modified: z.string().nullable(),
    /** When the page was fetched (a crawl's date, never the publication date), or null. */
    fetched: z.string().nullable(),
    authors: z.array(z.string()),
    section: z.string().nullable(),
    sourceUrl: z.string().nullable(),
    translation: TranslationSchema,
    citations: z.array(CitationSchema),
    segments: z.array(SegmentSchema),
    mentions: z.array(MentionSchema),
    quotes: z.array(QuoteSchema),
    dates: z.array(DateMentionSchema),
    stats: StatsSchema,
    warnings: z.array(z.string()),
    /** Where the title and the language came from (published and outlet carry their own source). */
    provenance: z.object({ title: ProvenanceEntrySchema.nullable(), language: ProvenanceEntrySchema.nullable() }),
    /** The record's fields polynews does not read, kept as given. */
    extra: z.record(z.string(), z.unknown()),
    producer: ProducerSchema,
    text: z.string(),
  })
  .superRefine((article, ctx) => {
    const issue = segmentCoverageIssue(article);
    if (issue) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
export type Article = z.infer<typeof ArticleSchema>;

/**
 * The rule of `ArticleSchema` that a JSON Schema cannot say: the segments cover the text in order,
 * without gaps or empty segments. Null when they do.
 *
 * @example
 * segmentCoverageIssue({ text: 'ab', segments: [{ role: 'body', start: 0, end: 1 }] })?.message; // 'segments end at 1 but the text has 2 characters'
 */
export function segmentCoverageIssue(article: { text: string; segments: readonly { start: number; end: number }[] }): { path: (string | number)[]; message: string } | null {
  let cursor = 0;
  for (let index = 0; index < article.segments.length; index++) {
    const segment = article.segments[index]!;
    if (segment.start !== cursor || segment.end <= segment.start) {
      return { path: ['segments', index], message: `segments must cover the text in order without gaps: expected start ${cursor}, got ${segment.start}-${segment.end}` };
    }
    cursor = segment.end;
  }
  return cursor === article.text.length ? null : { path: ['segments'], message: `segments end at ${cursor} but the text has ${article.text.length} characters` };
}

// The public API of @polynews/core: what a notebook or a program needs. Internals that the
// benchmark and the tests use are in `@polynews/core/internals` (src/internals.ts).
export { parseArticle, safeParseArticle, type ParseArticleOptions, type SafeParseResult, type StageTimes } from './parse-article.js';
export { parsePage } from './parse-page.js';
export { PageMetadataSchema, PageRecordSchema, type PageMetadata, type PageRecord } from './input/page-metadata.js';
export { iterateCorpus, parseCorpus, type CorpusFailure, type CorpusItem, type CorpusPlan, type CorpusResult, type ParseCorpusOptions } from './corpus/parse-corpus.js';
export { describeSkipped, listCorpusFiles, DEFAULT_EXTENSIONS, type ListFilesOptions, type SkippedEntry, type SkipReason } from './corpus/list-files.js';
export { parseShard, shardOf, type Shard } from './corpus/shard.js';
export { pageLocator } from './corpus/page-locator.js';
export { BoilerplateLearner, type LearnBoilerplateOptions, type LearnedBoilerplate } from './corpus/learn-boilerplate.js';
export { draftRegistry, summariseUnlinkedNames, type DraftRegistryOptions, type UnlinkedNameSummary } from './corpus/name-curation.js';
export { ArticleParseError, type ParseErrorCode } from './errors.js';
export { articleJsonSchema } from './schema/json-schema.js';
export { articleIssues } from './schema/validate-article.js';
export {
  ARTICLE_ROLES,
  ArticleSchema,
  CitationSchema,
  FieldSourceSchema,
  InputSchema,
  DateMentionSchema,
  MentionSchema,
  MentionEvidenceSchema,
  OutletSchema,
  PublishedSchema,
  QuoteSchema,
  SegmentRoleSchema,
  SegmentSchema,
  TranslationSchema,
  type Article,
  type Citation,
  type FieldSource,
  type Input,
  type DateMention,
  type Mention,
  type MentionEvidence,
  type Outlet,
  type Published,
  type Quote,
  type Segment,
  type SegmentRole,
  type Translation,
} from './schema/article.js';
export { decodeBytes, type DecodedText, type DecodeOptions } from './decode/decode.js';
export { findDates, type DateResolution, type FindDatesOptions, type FoundDate } from './find-dates.js';
export { detectLanguage, type LanguageGuess } from './detector/detect-language.js';
export { ready } from './detector/second-opinion.js';
export { tokenize } from './speed/token-spans.js';
export type { Token } from './text/tokenize.js';
export { loadEntityRegistry, mergeEntityRegistries } from './entities/registry.js';
export { loadMediaRegistry, mergeMediaRegistries } from './data/media-registry.js';
export { EntityRegistrySchema, EntitySchema, type Entity, type EntityRegistry, MediaRegistrySchema, MediumSchema, type Medium, type MediaRegistry } from './data/schemas.js';

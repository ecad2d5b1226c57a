export { ArticleParseError, type ParseErrorCode } from './errors.js';
export { iterateCorpus, parseCorpus, type CorpusFailure, type CorpusItem, type CorpusPlan, type CorpusResult, type ParseCorpusOptions } from './corpus/parse-corpus.js';
export { LARGE_UNIT_BYTES, ParsePool, WORKER_HEAP_MB, WORKER_YOUNG_HEAP_MB } from './corpus/parse-pool.js';
export { corpusUnits, type CorpusUnit, type ListedUnit } from './corpus/corpus-units.js';
export { seededRandom } from './corpus/seeded-random.js';
export { BoilerplateLearner, SAMPLE_PER_OUTLET, type LearnBoilerplateOptions, type LearnedBoilerplate } from './corpus/learn-boilerplate.js';
export {
  describeSkipped,
  listCorpusFiles,
  listCorpusEntries,
  walkCorpusEntries,
  DEFAULT_EXTENSIONS,
  type CorpusFileEntry,
  type ListFilesOptions,
  type MissingInput,
  type SkippedEntry,
  type SkipReason,
  type UnreadableInput,
  type WalkedEntry,
} from './corpus/list-files.js';
export { parseShard, shardOf, shardKey, shardOfKey, filesOfShard, type Shard } from './corpus/shard.js';
export { pageLocator } from './corpus/page-locator.js';
export { DuplicateMarker } from './corpus/mark-duplicates.js';
export { parseArticle, safeParseArticle, emptyStageTimes, type ParseArticleOptions, type SafeParseResult, type StageTimes } from './parse-article.js';
export { articleJsonSchema } from './schema/json-schema.js';
export { articleIssues } from './schema/validate-article.js';
export {
  ARTICLE_ROLES,
  ArticleSchema,
  CitationSchema,
  DateMentionSchema,
  MentionSchema,
  OutletSchema,
  PublishedSchema,
  QuoteSchema,
  SegmentRoleSchema,
  SegmentSchema,
  TranslationSchema,
  type Article,
  type Citation,
  type DateMention,
  type Mention,
  type Outlet,
  type Published,
  type Quote,
  type Segment,
  type SegmentRole,
  type Translation,
} from './schema/article.js';
export { findTokenSpans, tokenize, TokenSpans, type Token } from './text/tokenize.js';
export { SubstringCache, substringHash, hashStep, type SubstringEntry } from './text/substring-cache.js';
export { decodeBytes, type DecodedText, type DecodeOptions } from './pipeline/decode.js';
export { segmentText, type Block } from './pipeline/segment.js';
export { detectLanguage, type LanguageGuess } from './pipeline/detect-language.js';
export { getResources, type Resources } from './pipeline/resources.js';
export { classifyBlocks, type ClassifiedBlock, type ClassifyOptions } from './pipeline/classify.js';
export { extractPublished, isDatelineLine, type PublishedInput } from './extract/published-date.js';
export { compileCalendar, readFullDate, type CompiledCalendar, type DateParts } from './dates/calendar.js';
export { loadCoreData, type CoreData } from './data/load.js';
export { loadEntityRegistry, mergeEntityRegistries, entityMatcherFor } from './entities/registry.js';
export { compileEntityMatcher, type EntityMatcher, type EntityMatch, type LinkedEntity } from './entities/entity-matcher.js';
export { extractQuotes, findQuoteSpans, quoteCuesFor, type QuoteCues } from './extract/quotes.js';
export { compileDatePatterns, extractDateMentions, type DateMentionPatterns, type DateSearchBlock } from './dates/date-mentions.js';
export { EntityRegistrySchema, EntitySchema, type Entity, type EntityRegistry } from './data/schemas.js';

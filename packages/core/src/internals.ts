// `@polynews/core/internals`: the stages one by one, the corpus machinery and the speed
// primitives, for the benchmark and the tests. Not a stable API: names here may change in any
// release. Users import from `@polynews/core`.
export { emptyStageTimes } from './parse-article.js';
export { LARGE_UNIT_BYTES, ParsePool, WORKER_HEAP_MB, WORKER_YOUNG_HEAP_MB } from './corpus/parse-pool.js';
export { corpusUnits, type CorpusUnit, type ListedUnit } from './corpus/corpus-units.js';
export { seededRandom } from './corpus/seeded-random.js';
export { SAMPLE_PER_OUTLET } from './corpus/learn-boilerplate.js';
export { listCorpusEntries, walkCorpusEntries, type CorpusFileEntry, type MissingInput, type UnreadableInput, type WalkedEntry } from './corpus/list-files.js';
export { shardKey, shardOfKey, filesOfShard } from './corpus/shard.js';
export { DuplicateMarker } from './corpus/mark-duplicates.js';
export { findTokenSpans, TokenSpans } from './speed/token-spans.js';
export { SubstringCache, substringHash, hashStep, type SubstringEntry } from './speed/substring-cache.js';
export { segmentText, type Block } from './segment/segment.js';
export { getResources, type Resources } from './resources/resources.js';
export { classifyBlocks, type ClassifiedBlock, type ClassifyOptions } from './classify/classify.js';
export { extractPublished, type PublishedInput } from './metadata/published-date.js';
export { isDatelineLine } from './classify/dateline.js';
export { compileCalendar, readFullDate, type CompiledCalendar, type DateParts } from './resources/calendar.js';
export { loadCoreData, type CoreData } from './data/load.js';
export { entityMatcherFor } from './entities/registry.js';
export { compileEntityMatcher, type EntityMatcher, type EntityMatch, type LinkedEntity } from './entities/entity-matcher.js';
export { extractQuotes, findQuoteSpans, quoteCuesFor, type QuoteCues } from './quotes/quotes.js';
export { compileDatePatterns, extractDateMentions, type DateMentionPatterns, type DateSearchBlock } from './dates/date-mentions.js';
export { checkGuess, type CheckedGuess } from './detector/second-opinion.js';
export { closeLanguageOf, type CloseLanguageChoice } from './detector/close-languages.js';

import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';
import * as internals from '../src/internals.js';

describe('@polynews/core public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(core).sort()).toEqual([
      'ARTICLE_ROLES', 'ArticleParseError', 'ArticleSchema', 'BoilerplateLearner', 'CitationSchema', 'DEFAULT_EXTENSIONS', 'DateMentionSchema',
      'EntityRegistrySchema', 'EntitySchema', 'FieldSourceSchema', 'InputSchema', 'MediaRegistrySchema', 'MediumSchema', 'MentionEvidenceSchema', 'MentionSchema', 'OutletSchema', 'PageMetadataSchema', 'PageRecordSchema',
      'PublishedSchema', 'QuoteSchema', 'SegmentRoleSchema', 'SegmentSchema',
      'TranslationSchema', 'articleIssues', 'articleJsonSchema', 'decodeBytes', 'describeSkipped', 'detectLanguage', 'draftRegistry', 'findDates', 'iterateCorpus', 'listCorpusFiles',
      'loadEntityRegistry', 'loadMediaRegistry', 'mergeEntityRegistries', 'mergeMediaRegistries', 'pageLocator', 'parseArticle', 'parseCorpus', 'parsePage', 'parseShard', 'ready', 'safeParseArticle', 'shardOf', 'summariseUnlinkedNames', 'tokenize',
    ]);
  });

  it('keeps the stages, the corpus machinery and the speed primitives in @polynews/core/internals, none of them in the public API', () => {
    expect(Object.keys(internals).sort()).toEqual([
      'DuplicateMarker', 'LARGE_UNIT_BYTES', 'ParsePool', 'SAMPLE_PER_OUTLET', 'SubstringCache', 'TokenSpans', 'WORKER_HEAP_MB', 'WORKER_YOUNG_HEAP_MB',
      'checkGuess', 'classifyBlocks', 'closeLanguageOf', 'compileCalendar', 'compileDatePatterns', 'compileEntityMatcher', 'corpusUnits', 'emptyStageTimes', 'entityMatcherFor',
      'extractDateMentions', 'extractPublished', 'extractQuotes', 'filesOfShard', 'findQuoteSpans', 'findTokenSpans', 'getResources', 'hashStep',
      'isDatelineLine', 'listCorpusEntries', 'loadCoreData', 'quoteCuesFor', 'readFullDate', 'seededRandom', 'segmentText', 'shardKey', 'shardOfKey',
      'substringHash', 'walkCorpusEntries',
    ]);
    expect(Object.keys(internals).filter((name) => name in core)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';

describe('@polynews/core public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(core).sort()).toEqual([
      'ARTICLE_ROLES',
      'ArticleParseError',
      'ArticleSchema',
      'BoilerplateLearner',
      'CitationSchema',
      'DateMentionSchema',
      'EntityRegistrySchema',
      'EntitySchema',
      'MentionSchema',
      'OutletSchema',
      'PublishedSchema',
      'QuoteSchema',
      'SegmentRoleSchema',
      'SegmentSchema',
      'TranslationSchema',
      'articleJsonSchema',
      'classifyBlocks',
      'compileCalendar',
      'compileDatePatterns',
      'compileEntityMatcher',
      'decodeBytes',
      'detectLanguage',
      'entityMatcherFor',
      'extractDateMentions',
      'extractPublished',
      'extractQuotes',
      'findQuoteSpans',
      'getResources',
      'isDatelineLine',
      'iterateCorpus',
      'listCorpusFiles',
      'loadCoreData',
      'loadEntityRegistry',
      'mergeEntityRegistries',
      'parseArticle',
      'parseCorpus',
      'quoteCuesFor',
      'readFullDate',
      'safeParseArticle',
      'segmentText',
    ]);
  });
});

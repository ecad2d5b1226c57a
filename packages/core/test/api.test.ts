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
      'decodeBytes',
      'detectLanguage',
      'extractPublished',
      'getResources',
      'isDatelineLine',
      'iterateCorpus',
      'listCorpusFiles',
      'loadCoreData',
      'parseArticle',
      'parseCorpus',
      'readFullDate',
      'safeParseArticle',
      'segmentText',
    ]);
  });
});

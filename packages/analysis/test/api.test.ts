import { describe, expect, it } from 'vitest';
import * as analysis from '../src/index.js';

describe('@polynews/analysis public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(analysis).sort()).toEqual([
      'CALENDAR_UNITS', 'DUPLICATE_COLUMNS', 'DatasetConflictError', 'DuckDbCorpus', 'HEAP_BYTES_PER_ROW', 'HIVE_NULL', 'MANIFEST_FORMAT', 'NO_SPEAKER', 'PARTITION_COLUMNS', 'ParquetDatasetWriter',
      'TABLE_COLUMN_TYPES', 'TABLE_NAMES', 'UNKNOWN', 'VEGA_LITE_SCHEMA', 'agenciesBarSpec', 'arrowType',
      'articlesTable', 'calendarParts', 'columnAlignment', 'comparableUrl', 'compare', 'corpusTables',
      'countArticles', 'countsOverTimeSpec', 'coverage', 'coverageHeatmapSpec', 'datasetRows', 'datasetTableFiles', 'decodeTable', 'displayFormats', 'duplicates',
      'encodeTable', 'escapeMarkdown', 'formatOf', 'groupByColumns', 'groupKeys', 'htmlTable', 'isoWeek', 'labelUnknown', 'loadArticlesJsonl', 'manifestPath', 'markdownTable', 'openCorpus',
      'placeAtUnit', 'prepareDataset', 'publishedParts', 'quoteAttribution', 'readArticlesJsonl', 'readManifests', 'readParquetDataset', 'readTable', 'renderSvg', 'sourcing', 'successPath',
      'timeline', 'translations', 'voices', 'voicesBarSpec', 'writeParquetDataset', 'writeTable',
    ]);
  });
});

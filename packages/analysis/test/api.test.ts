import { describe, expect, it } from 'vitest';
import * as analysis from '../src/index.js';

describe('@polynews/analysis public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(analysis).sort()).toEqual([
      'CALENDAR_UNITS', 'DUPLICATE_COLUMNS', 'DuckDbCorpus', 'HEAP_BYTES_PER_ROW', 'HIVE_NULL', 'NO_SPEAKER', 'PARTITION_COLUMNS', 'ParquetDatasetWriter',
      'TABLE_COLUMN_TYPES', 'TABLE_NAMES', 'UNKNOWN', 'VEGA_LITE_SCHEMA', 'agenciesBarSpec', 'arrowType',
      'articlesTable', 'calendarParts', 'columnAlignment', 'comparableUrl', 'compare', 'corpusTables',
      'countArticles', 'countsOverTimeSpec', 'coverage', 'coverageHeatmapSpec', 'datasetRows', 'decodeTable', 'displayFormats', 'duplicates',
      'encodeTable', 'escapeMarkdown', 'formatOf', 'groupByColumns', 'groupKeys', 'htmlTable', 'isoWeek', 'labelUnknown', 'loadArticlesJsonl', 'markdownTable', 'openCorpus',
      'placeAtUnit', 'publishedParts', 'quoteAttribution', 'readArticlesJsonl', 'readParquetDataset', 'readTable', 'renderSvg', 'sourcing',
      'timeline', 'translations', 'voices', 'voicesBarSpec', 'writeParquetDataset', 'writeTable',
    ]);
  });
});

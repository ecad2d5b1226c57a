import { describe, expect, it } from 'vitest';
import * as analysis from '../src/index.js';
import * as internals from '../src/internals.js';

describe('@polynews/analysis public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(analysis).sort()).toEqual([
      'CALENDAR_UNITS', 'CHART_FONT', 'DUPLICATE_COLUMNS', 'DatasetConflictError', 'DuckDbCorpus', 'HIVE_NULL', 'NO_SPEAKER', 'PARTITION_COLUMNS',
      'ParquetDatasetWriter', 'TABLE_COLUMN_TYPES', 'TABLE_NAMES', 'UNKNOWN', 'VEGA_LITE_SCHEMA', 'agenciesBarSpec', 'articlesTable', 'calendarParts',
      'columnAlignment', 'comparableUrl', 'compare', 'corpusTables', 'countArticles', 'countsOverTimeSpec', 'coverage', 'coverageHeatmapSpec',
      'datasetRows', 'decodeTable', 'displayChart', 'displayFormats', 'duplicates', 'encodeTable', 'escapeMarkdown', 'fieldSources', 'finestUnit', 'formatOf',
      'groupByColumns', 'groupKeys', 'htmlTable', 'isoWeek', 'labelUnknown', 'loadArticlesJsonl', 'markdownTable', 'openCorpus', 'placeAtUnit',
      'publishedParts', 'quoteAttribution', 'readArticlesJsonl', 'readParquetDataset', 'readTable', 'renderPng', 'renderSvg', 'sourcing', 'timeline',
      'topOutlets', 'topRows', 'topValues', 'translations', 'voices', 'voicesBarSpec', 'writeParquetDataset', 'writeTable',
    ]);
  });

  it('keeps the dataset manifests\' machinery in @polynews/analysis/internals', () => {
    expect(Object.keys(internals).sort()).toEqual(['HEAP_BYTES_PER_ROW', 'MANIFEST_FORMAT', 'arrowType', 'datasetTableFiles', 'manifestPath', 'prepareDataset', 'readManifests', 'successPath']);
    expect(Object.keys(internals).filter((name) => name in analysis)).toEqual([]);
  });
});

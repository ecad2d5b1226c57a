// The public API of @polynews/analysis: tables, verbs, charts, export, Parquet datasets. The
// dataset manifests' machinery and other internals are in `@polynews/analysis/internals`.
export {
  corpusTables,
  articlesTable,
  TABLE_NAMES,
  type CorpusTables,
  type TableName,
  type ArticleRow,
  type ArticleKeys,
  type SegmentRow,
  type MentionRow,
  type QuoteRow,
  type CitationRow,
  type DateRow,
} from './corpus-tables.js';
export { calendarParts, isoWeek, placeAtUnit, publishedParts, CALENDAR_UNITS, type CalendarParts, type CalendarUnit, type Placement, type PublishedColumns } from './calendar-parts.js';
export { groupByColumns } from './group-by-columns.js';
export { readParquetDataset, type ReadParquetDatasetOptions } from './read-parquet-dataset.js';
export { groupKeys, labelUnknown, UNKNOWN, type GroupKey, type GroupBy } from './group-keys.js';
export { countArticles, type ArticleGroupKey, type CountArticlesOptions } from './count-articles.js';
export { coverage, type CoverageOptions } from './coverage.js';
export { voices, quoteAttribution, NO_SPEAKER, type VoicesOptions } from './voices.js';
export { sourcing, translations, comparableUrl, type SourcingOptions, type TranslationRow } from './sourcing.js';
export { timeline, finestUnit, type TimelineOptions } from './timeline.js';
export { fieldSources } from './field-sources.js';
export { topOutlets, topRows, topValues, type TopOptions } from './top-groups.js';
export { duplicates, DUPLICATE_COLUMNS, type DuplicatesOptions } from './duplicates.js';
export { compare, type CompareOptions, type Comparison } from './compare.js';
export { encodeTable, decodeTable, writeTable, readTable, formatOf, type TableFormat } from './export-table.js';
export { loadArticlesJsonl, readArticlesJsonl } from './load-articles.js';
export { VEGA_LITE_SCHEMA, type VegaLiteSpec } from './charts/vega-lite-spec.js';
export { countsOverTimeSpec, type CountsOverTimeOptions } from './charts/counts-over-time.js';
export { coverageHeatmapSpec, type CoverageHeatmapOptions } from './charts/coverage-heatmap.js';
export { voicesBarSpec, type VoicesBarOptions } from './charts/voices-bar.js';
export { renderSvg } from './charts/render-svg.js';
export { CHART_FONT, renderPng } from './charts/render-png.js';
export { displayChart } from './charts/display-chart.js';
export { columnAlignment, displayFormats, escapeMarkdown, htmlTable, markdownTable, type HtmlTableOptions } from './display-formats.js';
export { agenciesBarSpec, type AgenciesBarOptions } from './charts/agencies-bar.js';
export { TABLE_COLUMN_TYPES, type ColumnType } from './table-schemas.js';
export { ParquetDatasetWriter, writeParquetDataset, HIVE_NULL, PARTITION_COLUMNS, type ParquetDatasetOptions, type DatasetSummary } from './parquet-dataset.js';
export { DuckDbCorpus } from './duckdb-corpus.js';
export { DatasetConflictError, type ExistingDataset } from './dataset-manifest.js';
export { datasetRows, openCorpus, type AnalysisCorpus, type OpenCorpusOptions } from './open-corpus.js';

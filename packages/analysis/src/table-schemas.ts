import { bool, float64, int32, utf8, type DataType } from '@uwdata/flechette';
import type { TableName } from './corpus-tables.js';

/** The storage type of one column: text, whole number, real number or true/false. */
export type ColumnType = 'string' | 'int' | 'float' | 'bool';

/**
 * The column types of the six corpus tables, in column order: the contract of the Parquet dataset
 * (`ParquetDatasetWriter`) and of the DuckDB views over it. Every file of a table gets exactly
 * these types, so a partition whose column happens to be all null still has the same schema.
 */
export const TABLE_COLUMN_TYPES: Readonly<Record<TableName, Readonly<Record<string, ColumnType>>>> = {
  articles: {
    id: 'string', file: 'string', contentHash: 'string', bodyHash: 'string', duplicateOf: 'string', url: 'string', title: 'string', language: 'string', languageConfidence: 'float', script: 'string', outlet: 'string', outletKey: 'string', outletConfidence: 'float',
    titleSource: 'string', publishedSource: 'string', outletSource: 'string', languageSource: 'string',
    published: 'string', precision: 'string', publishedDay: 'string', publishedWeek: 'string', publishedMonth: 'string', publishedYear: 'string',
    sourceUrl: 'string', isTranslation: 'bool', translationTool: 'string', originalUrl: 'string', originalOutlet: 'string', originalLanguage: 'string',
    citations: 'int', mentions: 'int', quotes: 'int', dates: 'int', chars: 'int', words: 'int', bodyWords: 'int',
    articleChars: 'int', boilerplateChars: 'int', boilerplateShare: 'float', warnings: 'int',
  },
  segments: { articleId: 'string', outlet: 'string', language: 'string', index: 'int', role: 'string', inArticle: 'bool', start: 'int', end: 'int', chars: 'int', segmentLanguage: 'string' },
  mentions: {
    articleId: 'string', outlet: 'string', language: 'string', entity: 'string', entityId: 'string', key: 'string', linked: 'bool', name: 'string', type: 'string', typeConfidence: 'float',
    surface: 'string', role: 'string', inArticle: 'bool', start: 'int', end: 'int',
  },
  quotes: {
    articleId: 'string', outlet: 'string', language: 'string', speakerId: 'string', speaker: 'string', attribution: 'string', speakerType: 'string', speakerAs: 'string', cue: 'string', scare: 'bool',
    text: 'string', words: 'int', start: 'int', end: 'int',
  },
  citations: { articleId: 'string', outlet: 'string', language: 'string', agency: 'string', agencyId: 'string', role: 'string', evidence: 'string', start: 'int', end: 'int' },
  dates: {
    articleId: 'string', outlet: 'string', language: 'string', surface: 'string', value: 'string', precision: 'string', inferred: 'string', relative: 'string', calendar: 'string', role: 'string',
    inArticle: 'bool', day: 'string', week: 'string', month: 'string', year: 'string', articlePublishedDay: 'string', daysFromPublication: 'int',
  },
};

/**
 * The Arrow type of a column type.
 *
 * @example
 * arrowType('int'); // Int32
 */
export function arrowType(type: ColumnType): DataType {
  switch (type) {
    case 'string':
      return utf8();
    case 'int':
      return int32();
    case 'float':
      return float64();
    case 'bool':
      return bool();
  }
}

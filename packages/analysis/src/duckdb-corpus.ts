import { join, resolve } from 'node:path';
import { table, type ColumnTable } from 'arquero';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { CALENDAR_UNITS, PLACEMENT_CANDIDATES, type CalendarUnit } from './calendar-parts.js';
import type { ArticleGroupKey, CountArticlesOptions } from './count-articles.js';
import { TABLE_NAMES, type TableName } from './corpus-tables.js';
import { noDatasetError } from './dataset-files.js';
import { datasetTableFiles } from './dataset-manifest.js';
import { checkGroupsPresent, comparisonOf, compareKey, type CompareOptions, type Comparison } from './compare.js';
import type { CoverageOptions } from './coverage.js';
import type { TimelineOptions } from './timeline.js';
import { hashColumn, type DuplicatesOptions } from './duplicates.js';
import { groupKeys, UNKNOWN, type GroupKey } from './group-keys.js';
import type { SourcingOptions } from './sourcing.js';
import { TABLE_COLUMN_TYPES, type ColumnType } from './table-schemas.js';
import { NO_SPEAKER, type VoicesOptions } from './voices.js';

const SQL_TYPES: Record<ColumnType, string> = { string: 'VARCHAR', int: 'INTEGER', float: 'DOUBLE', bool: 'BOOLEAN' };

/**
 * The corpus tables of a Parquet dataset (written by `polynews parse --format parquet` or
 * `ParquetDatasetWriter`) queried through DuckDB, embedded in this process: nothing to start, and
 * the data stays on disk, so a corpus far larger than memory can be counted. Each table is a view
 * with the same columns and types as `corpusTables()`; the verbs return arquero tables equal to
 * those of the in-memory verbs (`countArticles`, `coverage`, `voices`, `quoteAttribution`,
 * `sourcing`, `timeline`, `compare`).
 *
 * @example
 * const corpus = await DuckDbCorpus.open('out/corpus');
 * (await corpus.coverage({ by: 'language' })).print();
 * (await corpus.query('SELECT outlet, count(*)::INTEGER AS n FROM articles GROUP BY ALL')).print();
 * corpus.close();
 */
export class DuckDbCorpus {
  /** Which engine counts (see `openCorpus`). */
  readonly engine = 'duckdb';
  readonly #instance: DuckDBInstance;
  readonly #connection: DuckDBConnection;

  private constructor(instance: DuckDBInstance, connection: DuckDBConnection) {
    this.#instance = instance;
    this.#connection = connection;
  }

  /**
   * Opens a dataset folder: one view per table over the table's files that the manifests list
   * (every `.parquet` file of a folder written without manifests), partitions read from the
   * folder names. A table without files is an empty view; a run that never finished is an error.
   *
   * @param options.threads DuckDB worker threads (default: DuckDB's own, the core count)
   * @example
   * const corpus = await DuckDbCorpus.open('out/corpus');
   */
  static async open(dir: string, options: { threads?: number } = {}): Promise<DuckDbCorpus> {
    const { DuckDBInstance } = await loadDuckDb();
    const instance = await DuckDBInstance.create(':memory:', options.threads ? { threads: String(options.threads) } : {});
    const connection = await instance.connect();
    const corpus = new DuckDbCorpus(instance, connection);
    const root = resolve(dir);
    let found = 0;
    for (const name of TABLE_NAMES) {
      let files: string[];
      try {
        files = (await datasetTableFiles(root, name)).map((file) => join(root, name, file));
      } catch (error) {
        corpus.close();
        throw error;
      }
      if (files.length > 0) found++;
      await connection.run(`CREATE VIEW ${name} AS ${viewSql(name, files)}`);
    }
    if (found === 0) {
      corpus.close();
      throw noDatasetError(dir);
    }
    return corpus;
  }

  /**
   * Runs any SQL over the views and returns the result as an arquero table (BIGINT and HUGEINT
   * results become numbers; cast counts to INTEGER to be explicit).
   *
   * @example
   * await corpus.query('SELECT language, count(*) AS articles FROM articles GROUP BY ALL ORDER BY 1');
   */
  async query(sql: string): Promise<ColumnTable> {
    const reader = await this.#connection.runAndReadAll(sql);
    const columns = reader.getColumnsObjectJS();
    for (const [name, values] of Object.entries(columns)) {
      if (values.some((value) => typeof value === 'bigint')) columns[name] = values.map((value) => (typeof value === 'bigint' ? Number(value) : value));
    }
    return table(columns as Record<string, unknown[]>);
  }

  /**
   * `countArticles` over the dataset: articles per language, outlet and/or publication date.
   *
   * @example
   * await corpus.countArticles(['language', 'date'], { dateUnit: 'month' });
   */
  countArticles(keys: readonly ArticleGroupKey[], options: CountArticlesOptions = {}): Promise<ColumnTable> {
    if (keys.length === 0) throw new Error('countArticles: give at least one key of language, outlet, date');
    const unknown = sqlString(options.unknown ?? UNKNOWN);
    const unit = options.dateUnit ?? 'day';
    if (!CALENDAR_UNITS.includes(unit)) throw new Error(`countArticles: unknown date unit "${String(unit)}"; expected day, week, month or year`);
    const select: string[] = [];
    const groups: string[] = [];
    for (const key of keys) {
      if (key === 'date') {
        const { period, knownTo } = placementSql(unit, unknown);
        select.push(`${period} AS "date"`, `${knownTo} AS "dateKnownTo"`);
        groups.push('"date"', '"dateKnownTo"');
      } else {
        select.push(`coalesce(${ident(key)}, ${unknown}) AS ${ident(key)}`);
        groups.push(ident(key));
      }
    }
    return this.query(`SELECT ${select.join(', ')}, count(*)::INTEGER AS articles FROM articles GROUP BY ALL ORDER BY articles DESC, ${groups.join(', ')}`);
  }

  /**
   * `coverage` over the dataset: per entity and group, the articles naming it, its mentions, the
   * group's articles and the share.
   *
   * @example
   * await corpus.coverage({ by: 'language', types: ['person'] });
   */
  coverage(options: CoverageOptions = {}): Promise<ColumnTable> {
    const keys = groupKeys(options.by ?? 'language');
    const where = [options.includeBoilerplate ? 'true' : '"inArticle"'];
    if (options.linkedOnly) where.push('"linked"');
    if (options.types) where.push(options.types.length === 0 ? 'false' : `"type" IN (${options.types.map(sqlString).join(', ')})`);
    const counted =
      `SELECT ${keyColumns(keys)}"entity", max("entityId") AS "entityId", min("name") AS "name", min("type") AS "type", bool_or("linked") AS "linked", ` +
      `count(DISTINCT "articleId")::INTEGER AS articles, count(*)::INTEGER AS mentions FROM mentions WHERE ${where.join(' AND ')} GROUP BY ${[...keys.map((key) => ident(key)), '"entity"'].join(', ')}`;
    return this.query(
      `WITH counted AS (${counted}), totals AS (${totalsSql(keys, 'articles', 'total')}) ` +
        `SELECT ${keyList(keys, 'counted')}"entity", "entityId", "name", "type", "linked", articles, mentions, total, articles::DOUBLE / total AS share ` +
        `FROM counted ${joinTotals(keys)} ORDER BY ${keyList(keys, 'counted')}articles DESC, mentions DESC, "name", "entity"`,
    );
  }

  /**
   * `voices` over the dataset: who is quoted, per group, with quotes and share.
   *
   * @example
   * await corpus.voices({ by: 'outlet' });
   */
  voices(options: VoicesOptions = {}): Promise<ColumnTable> {
    const keys = groupKeys(options.by ?? 'language');
    const quotes = `SELECT ${keyColumns(keys)}coalesce("speaker", ${sqlString(NO_SPEAKER)}) AS speaker, "speakerId", "attribution" FROM quotes${options.includeScare ? '' : ' WHERE NOT "scare"'}`;
    return this.query(
      `WITH q AS (${quotes}), counted AS (SELECT ${keyList(keys)}speaker, "speakerId", "attribution", count(*)::INTEGER AS quotes FROM q GROUP BY ALL), ` +
        `totals AS (SELECT ${keyList(keys)}count(*)::INTEGER AS "groupQuotes" FROM q${keys.length > 0 ? ' GROUP BY ALL' : ''}) ` +
        `SELECT ${keyList(keys, 'counted')}speaker, "speakerId", "attribution", quotes, quotes::DOUBLE / "groupQuotes" AS share ` +
        `FROM counted ${joinTotals(keys)} ORDER BY ${keyList(keys, 'counted')}quotes DESC, speaker`,
    );
  }

  /**
   * `quoteAttribution` over the dataset: quotes per group that are linked, unlinked, described or have no speaker.
   *
   * @example
   * await corpus.quoteAttribution({ by: 'language' });
   */
  quoteAttribution(options: VoicesOptions = {}): Promise<ColumnTable> {
    const keys = groupKeys(options.by ?? 'language');
    return this.query(
      `SELECT ${keyColumns(keys)}count(*)::INTEGER AS quotes, ` +
        `count(*) FILTER (WHERE "attribution" = 'linked')::INTEGER AS linked, count(*) FILTER (WHERE "attribution" = 'unlinked')::INTEGER AS unlinked, ` +
        `count(*) FILTER (WHERE "attribution" = 'described')::INTEGER AS described, ` +
        `count(*) FILTER (WHERE "attribution" = 'none')::INTEGER AS "noSpeaker", (count(*) FILTER (WHERE "attribution" = 'none'))::DOUBLE / count(*) AS "noSpeakerShare" ` +
        `FROM quotes${options.includeScare ? '' : ' WHERE NOT "scare"'}${keys.length > 0 ? ` GROUP BY ALL ORDER BY ${keyList(keys).slice(0, -2)}` : ''}`,
    );
  }

  /**
   * `sourcing` over the dataset: agencies cited per group and role.
   *
   * @example
   * await corpus.sourcing({ by: 'outlet' });
   */
  sourcing(options: SourcingOptions = {}): Promise<ColumnTable> {
    const keys = groupKeys(options.by ?? 'outlet');
    const counted = `SELECT ${keyColumns(keys)}"agency", "role", count(*)::INTEGER AS citations, count(DISTINCT "articleId")::INTEGER AS articles FROM citations GROUP BY ALL`;
    return this.query(
      `WITH counted AS (${counted}), totals AS (${totalsSql(keys, 'articles', 'total')}) ` +
        `SELECT ${keyList(keys, 'counted')}"agency", "role", citations, articles, total, articles::DOUBLE / total AS share ` +
        `FROM counted ${joinTotals(keys)} ORDER BY ${keyList(keys, 'counted')}citations DESC, "agency", "role"`,
    );
  }

  /**
   * `duplicates` over the dataset: the articles that share their body (or bytes) with another.
   *
   * @example
   * await corpus.duplicates({ by: 'content' });
   */
  duplicates(options: DuplicatesOptions = {}): Promise<ColumnTable> {
    const column = ident(hashColumn(options.by));
    return this.query(
      `WITH hashed AS (SELECT ${column} AS hash, count(*) OVER (PARTITION BY ${column})::INTEGER AS copies, "id" AS "articleId", "file", "outlet", "language", "published", "duplicateOf" ` +
        `FROM articles WHERE ${column} IS NOT NULL) SELECT * FROM hashed WHERE copies > 1 ORDER BY copies DESC, hash, "file", "articleId"`,
    );
  }

  /**
   * `timeline` over the dataset: articles published and dates mentioned per group, period and
   * the unit each is known to.
   *
   * @example
   * await corpus.timeline({ unit: 'month', by: 'language' });
   */
  timeline(options: TimelineOptions = {}): Promise<ColumnTable> {
    const keys = groupKeys(options.by ?? 'language');
    const unit = options.unit ?? 'year';
    if (!CALENDAR_UNITS.includes(unit)) throw new Error(`unknown calendar unit "${String(unit)}"; expected day, week, month or year`);
    const unknown = sqlString(UNKNOWN);
    const published = placementSql(unit, unknown);
    const mentioned = placementSql(unit, unknown, ident);
    const placed =
      `SELECT ${keyColumns(keys)}'published' AS kind, ${published.period} AS period, ${published.knownTo} AS "knownTo" FROM articles ` +
      `UNION ALL SELECT ${keyColumns(keys)}'mentioned' AS kind, ${mentioned.period} AS period, ${mentioned.knownTo} AS "knownTo" FROM dates${options.includeBoilerplate ? '' : ' WHERE "inArticle"'}`;
    return this.query(`WITH placed AS (${placed}) SELECT ${keyList(keys)}kind, period, "knownTo", count(*)::INTEGER AS count FROM placed GROUP BY ALL ORDER BY ${keyList(keys)}kind, period`);
  }

  /**
   * `compare` over the dataset: coverage and voices of two groups side by side, the counting done
   * by DuckDB and the two small tables put side by side as in memory.
   *
   * @example
   * const { coverage } = await corpus.compare({ by: 'language', groups: ['vi', 'ar'] });
   */
  async compare(options: CompareOptions): Promise<Comparison> {
    const by = compareKey(options);
    const present = await this.query(`SELECT DISTINCT coalesce(${ident(by)}, ${sqlString(UNKNOWN)}) AS "value" FROM articles`);
    checkGroupsPresent(by, options.groups, present.array('value') as string[]);
    const covered = await this.coverage({ by, ...(options.includeBoilerplate !== undefined && { includeBoilerplate: options.includeBoilerplate }) });
    return comparisonOf(covered, await this.voices({ by }), by, options.groups);
  }

  /** Closes the connection and the database. */
  close(): void {
    this.#connection.closeSync();
    this.#instance.closeSync();
  }
}

/** The view of one table: the contract's columns in order, with the types of `corpusTables()`. */
/**
 * DuckDB's Node client, an optional peer dependency: loaded only here, so that a user of the
 * in-memory verbs never downloads it, with a message saying how to install it when it is missing.
 */
async function loadDuckDb(): Promise<typeof import('@duckdb/node-api')> {
  try {
    return await import('@duckdb/node-api');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
    throw new Error(
      'DuckDB is not installed: DuckDbCorpus, and openCorpus for a corpus larger than memory, need it. ' +
        'Install it beside @polynews/analysis with `npm install @duckdb/node-api`, or use the in-memory verbs (readParquetDataset, openCorpus with engine: "memory").',
      { cause: error },
    );
  }
}

function viewSql(name: TableName, files: readonly string[]): string {
  const types = TABLE_COLUMN_TYPES[name];
  if (files.length === 0) return `SELECT ${Object.entries(types).map(([column, type]) => `NULL::${SQL_TYPES[type]} AS ${ident(column)}`).join(', ')} WHERE false`;
  const columns = Object.entries(types).map(([column, type]) => `CAST(${ident(column)} AS ${SQL_TYPES[type]}) AS ${ident(column)}`);
  // The files the manifests list, not a glob: files of an unfinished run or of another tool are never read.
  return `SELECT ${columns.join(', ')} FROM read_parquet([${files.map(sqlString).join(', ')}], hive_partitioning = true, union_by_name = true)`;
}

/** `placeAtUnit` in SQL: the period and the unit it is known to, from the calendar-part columns (`publishedDay`… of articles by default). */
function placementSql(unit: CalendarUnit, unknown: string, column = (part: string) => ident(`published${part[0]!.toUpperCase()}${part.slice(1)}`)): { period: string; knownTo: string } {
  const candidates = PLACEMENT_CANDIDATES[unit];
  const period = `CASE ${candidates.map((part) => `WHEN ${column(part)} IS NOT NULL THEN ${column(part)}`).join(' ')} ELSE ${unknown} END`;
  const knownTo = `CASE ${candidates.map((part) => `WHEN ${column(part)} IS NOT NULL THEN '${part}'`).join(' ')} ELSE 'unknown' END`;
  return { period, knownTo };
}

function keyColumns(keys: readonly GroupKey[]): string {
  return keys.map((key) => `coalesce(${ident(key)}, ${sqlString(UNKNOWN)}) AS ${ident(key)}, `).join('');
}

function keyList(keys: readonly GroupKey[], from?: string): string {
  return keys.map((key) => `${from ? `${from}.` : ''}${ident(key)}, `).join('');
}

function totalsSql(keys: readonly GroupKey[], table: string, as: string): string {
  return `SELECT ${keyColumns(keys)}count(*)::INTEGER AS ${as} FROM ${table}${keys.length > 0 ? ' GROUP BY ALL' : ''}`;
}

function joinTotals(keys: readonly GroupKey[]): string {
  return keys.length > 0 ? `JOIN totals USING (${keys.map(ident).join(', ')})` : 'CROSS JOIN totals';
}

function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

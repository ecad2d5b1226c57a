import { table, type ColumnTable } from 'arquero';
import { ARTICLE_ROLES, type Article, type DateMention, type SegmentRole } from '@polynews/core';
import { calendarParts } from './calendar-parts.js';

/**
 * One row of the `articles` table of {@link corpusTables}. Date columns respect precision: an
 * article known only to the month has `publishedMonth` and `publishedYear` but no `publishedDay`
 * or `publishedWeek`.
 */
export interface ArticleRow {
  id: string;
  file: string | null;
  /** SHA-256 of the page's bytes: identical files share it. */
  contentHash: string;
  /** SHA-256 of title, lead and body with white space folded: the same story on two sites shares it. */
  bodyHash: string | null;
  /** The id of the first article of the run with the same `bodyHash`, or null. */
  duplicateOf: string | null;
  /** The page's own URL, when the record or the archive gave it. */
  url: string | null;
  title: string | null;
  language: string | null;
  languageConfidence: number;
  /** The script where the language is written in several (`Hans`, `Hant`, `Cyrl`, `Latn`), else null. */
  script: string | null;
  outlet: string | null;
  /** What groups an outlet's pages stably: the registry's id, `domain:…` or `name:…` (see the data contract). */
  outletKey: string | null;
  outletConfidence: number | null;
  /** Where each field came from (`metadata`, `json-ld`, `html-meta`, `markup`, `url`, `dateline`, `text`, `source-line`, `fingerprint`, `detector`), or null when the field is empty. */
  titleSource: string | null;
  publishedSource: string | null;
  outletSource: string | null;
  languageSource: string | null;
  /** ISO 8601 as the page gives it, or null. */
  published: string | null;
  /** `minute`, `day`, `month`, `year`, or null when the page shows no date. */
  precision: string | null;
  /** `YYYY-MM-DD` when the publication date is known to the day or better, else null. */
  publishedDay: string | null;
  /** ISO week `YYYY-Www` when known to the day, else null. */
  publishedWeek: string | null;
  /** `YYYY-MM` when known to the month or better, else null. */
  publishedMonth: string | null;
  /** `YYYY` when known to the year or better, else null. */
  publishedYear: string | null;
  sourceUrl: string | null;
  isTranslation: boolean;
  translationTool: string | null;
  originalUrl: string | null;
  originalOutlet: string | null;
  originalLanguage: string | null;
  citations: number;
  /** Mentions in title, lead and body (not in boilerplate). */
  mentions: number;
  quotes: number;
  /** Dates mentioned in title, lead and body. */
  dates: number;
  chars: number;
  words: number;
  bodyWords: number;
  /** Characters (whitespace excluded) in title, lead and body. */
  articleChars: number;
  /** Characters (whitespace excluded) in every other segment: captions, menus, teasers… */
  boilerplateChars: number;
  /** `boilerplateChars / (articleChars + boilerplateChars)`, 0 for an empty page. */
  boilerplateShare: number;
  warnings: number;
}

/** The article keys repeated on every row of the other tables, so that they group without a join. */
export interface ArticleKeys {
  articleId: string;
  outlet: string | null;
  language: string | null;
}

/** One row of the `segments` table: one block of a page with its role. */
export interface SegmentRow extends ArticleKeys {
  /** Position of the segment in its article, from 0. */
  index: number;
  role: SegmentRole;
  /** Whether the role is title, lead or body. */
  inArticle: boolean;
  start: number;
  end: number;
  /** Characters without surrounding whitespace. */
  chars: number;
  /** The segment's own language where it differs from the page (a caption in English…), else the page's. */
  segmentLanguage: string | null;
}

/** One row of the `mentions` table: one mention of a name, linked to the registry or not. */
export interface MentionRow extends ArticleKeys {
  /** What mentions of one name share: the entity id of a linked name, the key of another (`pl:krak`). */
  entity: string;
  /** The registry entity, null for a name the registry does not hold. */
  entityId: string | null;
  /** The mention's key: language and the name folded after inflection rules. */
  key: string;
  /** Whether the name is linked to the registry. */
  linked: boolean;
  name: string;
  type: string;
  /** How sure the type is (1 for a linked name). */
  typeConfidence: number;
  surface: string;
  role: SegmentRole;
  inArticle: boolean;
  start: number;
  end: number;
}

/** One row of the `quotes` table: one direct quote. */
export interface QuoteRow extends ArticleKeys {
  /** The speaker's entity id, null when the registry does not hold the speaker or the text only describes them. */
  speakerId: string | null;
  /** The speaker's name, linked or not, or as the text describes them ("malijski dyplomata"), null when none. */
  speaker: string | null;
  /** `linked` (a registry entity), `unlinked` (a name the registry does not hold), `described` (a description, no name) or `none`. */
  attribution: 'linked' | 'unlinked' | 'described' | 'none';
  /** `person`, `organisation`, `group` ("the authorities"), `anonymous` (a source) or `description`, null when none. */
  speakerType: string | null;
  /** The pronoun or description a resolved speaker was written as ("malijski dyplomata"), else null. */
  speakerAs: string | null;
  cue: string | null;
  scare: boolean;
  text: string;
  words: number;
  start: number;
  end: number;
}

/** One row of the `citations` table: one wire or photo agency cited. */
export interface CitationRow extends ArticleKeys {
  agency: string;
  agencyId: string | null;
  /** `attribution`, `credit`, `source-line`, `dateline` or `outlet-source` (an outlet, not an agency, cited). */
  role: string;
  evidence: string;
  start: number;
  end: number;
}

/**
 * One row of the `dates` table: one date the text talks about, with its calendar parts at the
 * precision written (a month-only date has no `day`), and the article's publication day beside it.
 */
export interface DateRow extends ArticleKeys {
  surface: string;
  /** ISO 8601, possibly partial (`--06-30`, `-W-4`) when the year is unknown; null for a relative date with no publication date to count from. */
  value: string | null;
  precision: string;
  /** What was taken from the publication date (`year`, `weekday` or `relative`), else null. */
  inferred: string | null;
  /** The signed ISO 8601 duration of a relative date (`-P3D`), else null. */
  relative: string | null;
  /** The calendar the date was written in when converted (`buddhist`, `persian`…), else null. */
  calendar: string | null;
  role: SegmentRole;
  inArticle: boolean;
  /** `YYYY-MM-DD` when the text gives the day (and the year, or it was inferred), else null. */
  day: string | null;
  /** ISO week `YYYY-Www` when the day is known, else null. */
  week: string | null;
  /** `YYYY-MM` when the month and year are known, else null. */
  month: string | null;
  /** `YYYY` when the year is known, else null. */
  year: string | null;
  /** The article's publication day (`YYYY-MM-DD`) when known to the day, else null. */
  articlePublishedDay: string | null;
  /** Days from publication to the mentioned day (negative: the past), when both are known to the day. */
  daysFromPublication: number | null;
}

/** The six tables of a corpus. */
export interface CorpusTables {
  articles: ColumnTable;
  segments: ColumnTable;
  mentions: ColumnTable;
  quotes: ColumnTable;
  citations: ColumnTable;
  dates: ColumnTable;
}

/** The names of the tables of {@link CorpusTables}, in a stable order. */
export const TABLE_NAMES = ['articles', 'segments', 'mentions', 'quotes', 'citations', 'dates'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

const ARTICLE_ROLE_SET = new Set<SegmentRole>(ARTICLE_ROLES);
const DAY_MS = 86_400_000;

/**
 * Builds the six analysis tables in one pass over the articles: `articles` (one row per article),
 * `segments`, `mentions`, `quotes`, `citations` and `dates` (dates mentioned). Every row of the
 * last five carries `articleId`, `outlet` and `language`, so that each groups by outlet or
 * language without a join. Columns are documented on {@link ArticleRow}, {@link SegmentRow},
 * {@link MentionRow}, {@link QuoteRow}, {@link CitationRow} and {@link DateRow}.
 *
 * @param articles parsed articles (from `parseCorpus` or `readArticlesJsonl`)
 * @example
 * const { articles } = await parseCorpus(['seeds']);
 * const tables = corpusTables(articles);
 * tables.mentions.groupby('name').count().orderby(desc('count')).print();
 */
export function corpusTables(articles: readonly Article[]): CorpusTables {
  const columns = {
    articles: new ColumnBuilder<ArticleRow>(ARTICLE_COLUMNS),
    segments: new ColumnBuilder<SegmentRow>(SEGMENT_COLUMNS),
    mentions: new ColumnBuilder<MentionRow>(MENTION_COLUMNS),
    quotes: new ColumnBuilder<QuoteRow>(QUOTE_COLUMNS),
    citations: new ColumnBuilder<CitationRow>(CITATION_COLUMNS),
    dates: new ColumnBuilder<DateRow>(DATE_COLUMNS),
  };
  for (const article of articles) {
    const keys: ArticleKeys = { articleId: article.id, outlet: article.outlet?.name ?? null, language: article.language };
    let articleChars = 0;
    let boilerplateChars = 0;
    for (const [index, segment] of article.segments.entries()) {
      const inArticle = ARTICLE_ROLE_SET.has(segment.role);
      const chars = nonSpaceLength(article.text, segment.start, segment.end);
      if (inArticle) articleChars += chars;
      else boilerplateChars += chars;
      columns.segments.push({
        articleId: keys.articleId,
        outlet: keys.outlet,
        language: keys.language,
        index,
        role: segment.role,
        inArticle,
        start: segment.start,
        end: segment.end,
        chars,
        segmentLanguage: segment.language ?? article.language,
      });
    }
    let articleMentions = 0;
    for (const mention of article.mentions) {
      const inArticle = ARTICLE_ROLE_SET.has(mention.role);
      if (inArticle) articleMentions += 1;
      columns.mentions.push({
        articleId: keys.articleId,
        outlet: keys.outlet,
        language: keys.language,
        entity: mention.entityId ?? mention.key,
        entityId: mention.entityId,
        key: mention.key,
        linked: mention.entityId !== null,
        name: mention.name,
        type: mention.type,
        typeConfidence: mention.typeConfidence,
        surface: mention.surface,
        role: mention.role,
        inArticle,
        start: mention.start,
        end: mention.end,
      });
    }
    for (const quote of article.quotes) {
      const speaker = quote.speaker;
      columns.quotes.push({
        articleId: keys.articleId,
        outlet: keys.outlet,
        language: keys.language,
        speakerId: speaker?.entityId ?? null,
        speaker: speaker?.name ?? null,
        attribution: speaker == null ? 'none' : speaker.entityId != null ? 'linked' : speaker.key !== undefined ? 'unlinked' : 'described',
        speakerType: speaker?.type ?? null,
        speakerAs: speaker?.as ?? null,
        cue: quote.cue ?? null,
        scare: quote.scare,
        text: quote.text,
        words: countWords(quote.text),
        start: quote.start,
        end: quote.end,
      });
    }
    for (const citation of article.citations) {
      columns.citations.push({
        articleId: keys.articleId,
        outlet: keys.outlet,
        language: keys.language,
        agency: citation.agency,
        agencyId: citation.agencyId ?? null,
        role: citation.role,
        evidence: citation.evidence,
        start: citation.start,
        end: citation.end,
      });
    }
    const published = calendarParts(article.published?.value);
    let articleDates = 0;
    for (const date of article.dates) {
      const inArticle = ARTICLE_ROLE_SET.has(date.role);
      if (inArticle) articleDates += 1;
      columns.dates.push(dateRow(keys, date, inArticle, published.day));
    }
    const translation = article.translation;
    const total = articleChars + boilerplateChars;
    columns.articles.push({
      id: article.id,
      file: article.file,
      contentHash: article.contentHash,
      bodyHash: article.bodyHash,
      duplicateOf: article.duplicateOf,
      url: article.url,
      title: article.title,
      language: article.language,
      languageConfidence: article.languageConfidence,
      script: article.script,
      outlet: keys.outlet,
      outletKey: article.outlet?.key ?? null,
      outletConfidence: article.outlet?.confidence ?? null,
      titleSource: article.provenance.title?.source ?? null,
      publishedSource: article.published?.source ?? null,
      outletSource: article.outlet?.source ?? null,
      languageSource: article.provenance.language?.source ?? null,
      published: article.published?.value ?? null,
      precision: article.published?.precision ?? null,
      publishedDay: published.day,
      publishedWeek: published.week,
      publishedMonth: published.month,
      publishedYear: published.year,
      sourceUrl: article.sourceUrl,
      isTranslation: translation.isTranslation,
      translationTool: translation.tool ?? null,
      originalUrl: translation.originalUrl ?? null,
      originalOutlet: translation.originalOutlet ?? null,
      originalLanguage: translation.originalLanguage ?? null,
      citations: article.citations.length,
      mentions: articleMentions,
      quotes: article.quotes.length,
      dates: articleDates,
      chars: article.stats.chars,
      words: article.stats.words,
      bodyWords: article.stats.bodyWords,
      articleChars,
      boilerplateChars,
      boilerplateShare: total === 0 ? 0 : boilerplateChars / total,
      warnings: article.warnings.length,
    });
  }
  return {
    articles: columns.articles.toTable(),
    segments: columns.segments.toTable(),
    mentions: columns.mentions.toTable(),
    quotes: columns.quotes.toTable(),
    citations: columns.citations.toTable(),
    dates: columns.dates.toTable(),
  };
}

/**
 * The `articles` table alone (see {@link corpusTables}).
 *
 * @example
 * articlesTable(articles).select('file', 'language', 'title').print();
 */
export function articlesTable(articles: readonly Article[]): ColumnTable {
  return corpusTables(articles).articles;
}

function dateRow(keys: ArticleKeys, date: DateMention, inArticle: boolean, articlePublishedDay: string | null): DateRow {
  const parts = calendarParts(date.value);
  const daysFromPublication =
    parts.day != null && articlePublishedDay != null
      ? Math.round((Date.parse(parts.day) - Date.parse(articlePublishedDay)) / DAY_MS)
      : null;
  return {
    articleId: keys.articleId,
    outlet: keys.outlet,
    language: keys.language,
    surface: date.surface,
    value: date.value,
    precision: date.precision,
    inferred: date.inferred ?? null,
    relative: date.relative ?? null,
    calendar: date.calendar ?? null,
    role: date.role,
    inArticle,
    day: parts.day,
    week: parts.week,
    month: parts.month,
    year: parts.year,
    articlePublishedDay,
    daysFromPublication,
  };
}

/** Whether a UTF-16 code unit is a space: what `/[\s\u200b]/` matches (all of it lies in the BMP). */
function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function nonSpaceLength(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if (!isSpaceCode(text.charCodeAt(i))) count++;
  return count;
}

function countWords(text: string): number {
  const words = text.trim().split(/\s+/u);
  return words[0] === '' ? 0 : words.length;
}

/** Collects rows column by column, in a fixed column order (faster than `from(objects)` on large corpora). */
class ColumnBuilder<Row extends object> {
  private readonly columns: unknown[][];

  constructor(private readonly names: readonly (keyof Row & string)[]) {
    this.columns = names.map(() => []);
  }

  push(row: Row): void {
    const record = row as Record<string, unknown>;
    for (let index = 0; index < this.names.length; index += 1) this.columns[index]!.push(record[this.names[index]!]);
  }

  toTable(): ColumnTable {
    return table(Object.fromEntries(this.names.map((name, index) => [name, this.columns[index]!])));
  }
}

const ARTICLE_COLUMNS: readonly (keyof ArticleRow & string)[] = [
  'id', 'file', 'contentHash', 'bodyHash', 'duplicateOf', 'url', 'title', 'language', 'languageConfidence', 'script', 'outlet', 'outletKey', 'outletConfidence',
  'titleSource', 'publishedSource', 'outletSource', 'languageSource', 'published', 'precision',
  'publishedDay', 'publishedWeek', 'publishedMonth', 'publishedYear',
  'sourceUrl', 'isTranslation', 'translationTool', 'originalUrl', 'originalOutlet', 'originalLanguage',
  'citations', 'mentions', 'quotes', 'dates', 'chars', 'words', 'bodyWords', 'articleChars', 'boilerplateChars', 'boilerplateShare', 'warnings',
];
const KEY_COLUMNS = ['articleId', 'outlet', 'language'] as const;
const SEGMENT_COLUMNS: readonly (keyof SegmentRow & string)[] = [...KEY_COLUMNS, 'index', 'role', 'inArticle', 'start', 'end', 'chars', 'segmentLanguage'];
const MENTION_COLUMNS: readonly (keyof MentionRow & string)[] = [...KEY_COLUMNS, 'entity', 'entityId', 'key', 'linked', 'name', 'type', 'typeConfidence', 'surface', 'role', 'inArticle', 'start', 'end'];
const QUOTE_COLUMNS: readonly (keyof QuoteRow & string)[] = [...KEY_COLUMNS, 'speakerId', 'speaker', 'attribution', 'speakerType', 'speakerAs', 'cue', 'scare', 'text', 'words', 'start', 'end'];
const CITATION_COLUMNS: readonly (keyof CitationRow & string)[] = [...KEY_COLUMNS, 'agency', 'agencyId', 'role', 'evidence', 'start', 'end'];
const DATE_COLUMNS: readonly (keyof DateRow & string)[] = [
  ...KEY_COLUMNS, 'surface', 'value', 'precision', 'inferred', 'relative', 'calendar', 'role', 'inArticle', 'day', 'week', 'month', 'year', 'articlePublishedDay', 'daysFromPublication',
];

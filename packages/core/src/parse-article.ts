import type { Article, Input } from './schema/article.js';
import { languageCode, type PageMetadata } from './input/page-metadata.js';
import { ArticleParseError } from './errors.js';
import type { EntityRegistry, MediaRegistry } from './data/schemas.js';
import { stageTimer, type StageTimes } from './stage-times.js';
import { getResources, resourcesWithMedia } from './resources/resources.js';
import { citationCuesOf, speakerCuesOf, datePatternsFor, mentionKeysFor, nameCuesOf, quoteCuesOf, vocabularyFor, type WordFacts } from './per-language.js';
import { decodeBytes, sniffHtmlCharset } from './decode/decode.js';
import { readHtml, type HtmlPage } from './input/html-page.js';
import { segmentText } from './segment/segment.js';
import { classifyBlocks, type ClassifiedBlock } from './classify/classify.js';
import { languageOfPage } from './language/page-language.js';
import { languageFromUrl } from './language/url-language.js';
import { extractMetadata } from './metadata/metadata.js';
import { PageWords } from './words/read-words.js';
import { entityMatcherFor } from './entities/registry.js';
import { findMentions } from './entities/mentions.js';
import { withUnlinkedMentions } from './entities/unlinked-mentions.js';
import { wordFormRules } from './entities/word-forms.js';
import { findDateMentions } from './dates/page-dates.js';
import { extractQuotes } from './quotes/quotes.js';
import { extractCitations } from './citations/citations.js';
import { pageIdentity } from './assemble/identity.js';
import { assembleArticle } from './assemble/assemble.js';
import { producerWith } from './data/producer.js';

export type { StageTimes } from './stage-times.js';
export { emptyStageTimes } from './stage-times.js';

/** Options for {@link parseArticle}. */
export interface ParseArticleOptions {
  /** The file the input came from; it names the article (`file`) and every error. Default null. */
  file?: string | null;
  /**
   * Where the page sits in its inputs, the same on every machine (`parseCorpus` gives each page its
   * `pageLocator`: `corpus/rt/a.txt`, `dump.jsonl:12`). The article's `id` is a hash of it; default
   * `file`, and without either a hash of the content.
   */
  locator?: string;
  /** Largest input accepted, in bytes (default 16 MiB); larger files fail with `too-large`. */
  maxBytes?: number;
  /** Folded lines known to be boilerplate of this page's outlet (see `BoilerplateLearner`; `parseCorpus` with `learnBoilerplate` fills it per file). */
  learnedBoilerplate?: ReadonlySet<string>;
  /** The entity registry to link names to (default the bundled one; see `loadEntityRegistry` to add your own). */
  entities?: EntityRegistry;
  /** The outlet registry (default the bundled one; see `loadMediaRegistry` to add your own outlets). */
  media?: MediaRegistry;
  /** When given, the milliseconds spent in each stage are added to it (for the benchmark). */
  stageTimes?: StageTimes;
  /** What the crawl or the export knows about the page: URL, title, dates, outlet, language, authors, section (see `parsePage`). */
  metadata?: PageMetadata;
  /** How the page came in (default: a string, or a file when `file` is given) and a recognised export format. */
  input?: Partial<Pick<Input, 'container' | 'exportFormat'>>;
  /** Fields of the record polynews does not read, kept in the article as given. */
  extra?: Record<string, unknown>;
  /** `html` reads the input as an HTML page (see `readHtml`); default `text`. */
  format?: 'text' | 'html';
  /** The charset the source declares (an HTTP header in a web archive); a BOM still wins, then this, then the page's `<meta>`. */
  charset?: string;
}

/**
 * Parses one scraped page into a validated Article. The stages, one module each:
 *  1. decode    bytes → NFC text: BOM, UTF-8/16, legacy code pages (`decode/decode.ts`);
 *  2. segment   the text → line blocks covering it losslessly (`segment/segment.ts`);
 *  3. classify  each block's role: title, body, caption, navigation… (`classify/classify.ts`);
 *  4. language  of the article's text and of each line (`language/page-language.ts`);
 *  5. metadata  title, source URL, translation, publication date, outlet (`metadata/metadata.ts`);
 *  6. words     every line's words, looked up once for the next three stages (`words/read-words.ts`);
 *  7. entities  names linked to the registry, across scripts and inflections (`entities/mentions.ts`);
 *  8. dates     dates the text talks about (`dates/page-dates.ts`);
 *     names     the names the registry does not hold, from each language's cues (`entities/unlinked-mentions.ts`);
 *  9. quotes    direct quotes and their speakers (`quotes/quotes.ts`);
 * 10. citations agencies and outlets cited: attribution, dateline, credit, source line (`citations/citations.ts`);
 * 11. assemble  id and hashes, segments and counts, validated against the schema (`assemble/`).
 * What is compiled once per process is in `resources/resources.ts`, once per language in
 * `resources/per-language.ts`.
 *
 * @param input the raw bytes of a file, or text that is already decoded
 * @param options the file name and limits
 * @returns the Article
 * @throws ArticleParseError naming the file and the problem
 * @example
 * const article = parseArticle(readFileSync('seeds/000_7d0d01de241d3518.txt'), { file: '000_7d0d01de241d3518.txt' });
 * article.title; // 'Mali được Nga cam kết ủng hộ khi LHQ rút lực lượng gìn giữ hòa bình'
 * article.published?.value; // '2023-07-01T09:05:00+07:00'
 */
export function parseArticle(input: Uint8Array | string, options: ParseArticleOptions = {}): Article {
  const file = options.file ?? null;
  const timed = stageTimer(options.stageTimes);
  const resources = resourcesWithMedia(options.media);
  const warnings: string[] = [];

  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const isHtml = options.format === 'html';
  const charset = options.charset ?? (isHtml && typeof input !== 'string' ? sniffHtmlCharset(bytes) : undefined);
  const decoded = timed('decode', () => decodeBytes(bytes, { file, ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }), ...(charset && { charset }) }));
  for (const warning of decoded.warnings) warnings.push(warning);
  // An HTML page becomes lines of text (the text every offset indexes), with what its markup says.
  const html: HtmlPage | null = isHtml ? timed('decode', () => readHtml(decoded.text, resources.data.markup)) : null;
  const text = html ? html.text.normalize('NFC') : decoded.text;
  if (html && text.trim() === '') throw new ArticleParseError('empty', file, 'the HTML page has no text outside scripts and styles');
  const classifyOptions = { ...(options.learnedBoilerplate && { learnedBoilerplate: options.learnedBoilerplate }), ...(html && { markupRoles: html.markupRoles }) };
  const blocks = timed('segmentClassify', () => classifyBlocks(segmentText(text), resources, classifyOptions));
  if (!blocks.some((block) => block.role === 'title' || block.role === 'lead' || block.role === 'body')) {
    warnings.push('no article text: every line was classified as boilerplate (navigation, captions, teasers…)');
  }
  const recorded = options.metadata ?? {};
  const recordedLanguage = languageCode(recorded.language);
  if (recorded.language !== undefined && !recordedLanguage) warnings.push(`language: the record's language "${recorded.language}" is not an ISO 639-1 code; not used`);
  const htmlLanguage = languageCode(html?.metadata.language ?? undefined);
  const urlLanguage = languageFromUrl(recorded.url ?? html?.metadata.url[0]?.value);
  const [stated, statedSource] = recordedLanguage ? [recordedLanguage, 'metadata' as const] : htmlLanguage ? [htmlLanguage, 'html-meta' as const] : [urlLanguage?.language ?? null, 'url' as const];
  const pageLanguage = timed('language', () => languageOfPage(blocks, warnings, stated, statedSource));
  const { language, blockLanguages } = pageLanguage;
  const metadata = timed('metadata', () => extractMetadata(blocks, text, language, resources, warnings, recorded, html?.metadata, html !== null && html.markupRoles.includes('title')));
  const matcher = entityMatcherFor(options.entities ?? resources.data.entities, language, resources.data.media);
  const datePatterns = datePatternsFor(language);
  const words = timed('entities', () => pageWords.read(blocks, vocabularyFor(matcher, datePatterns)));
  const keyOf = mentionKeysFor(language);
  const linked = timed('entities', () => findMentions(blocks, words, matcher, keyOf));
  const dates = timed('dates', () => findDateMentions(blocks, words, datePatterns, metadata.published));
  const mentions = timed('names', () => withUnlinkedMentions(blocks, linked, dates, nameCuesOf(language), keyOf));
  const quotes = timed('quotes', () => extractQuotes(blocks, mentions, quoteCuesOf(language), wordFormRules(resources.data.inflection, language), speakerCuesOf(language), text));
  // The words' facts know the bundled registry's cited-only aliases; a user's registry is looked for in every line.
  const mayCite = resources === getResources() ? (block: ClassifiedBlock) => words.someWord(block.index, mayStartCitedOnly) : undefined;
  const mediaMentions = linked.filter((mention) => mention.type === 'media');
  const citations = timed('metadata', () => extractCitations(blocks, resources, { cues: citationCuesOf(language), mediaMentions, outletId: metadata.outlet?.id ?? null, ...(mayCite && { mayCite }) }));

  return timed('assemble', () => {
    const identity = pageIdentity(bytes, options.locator ?? file, blocks);
    return assembleArticle({
      id: identity.id,
      file,
      contentHash: identity.contentHash,
      bodyHash: identity.bodyHash,
      duplicateOf: null,
      input: {
        format: isHtml ? 'html' : 'text',
        container: options.input?.container ?? (typeof input === 'string' && file === null ? 'string' : 'file'),
        exportFormat: options.input?.exportFormat ?? null,
        locator: options.locator ?? file,
      },
      url: recorded.url ?? metadata.pageUrl,
      encoding: typeof input === 'string' ? 'text' : decoded.encoding,
      title: metadata.title,
      language,
      script: pageLanguage.script,
      languageConfidence: Math.round(pageLanguage.confidence * 1000) / 1000,
      outlet: metadata.outlet,
      published: metadata.published,
      modified: metadata.modified,
      fetched: metadata.fetched,
      authors: metadata.authors,
      section: metadata.section,
      sourceUrl: metadata.sourceUrl,
      translation: metadata.translation,
      citations,
      mentions,
      quotes,
      dates,
      warnings,
      provenance: { title: metadata.titleProvenance, language: pageLanguage.provenance },
      extra: options.extra ?? {},
      producer: producerWith(getResources().data, resources.data.media, options.entities),
      text,
      blocks,
      blockLanguages,
    });
  });
}

/** The words of the page being parsed (one per thread: a page's words are read and used before the next page's). */
const pageWords = new PageWords<WordFacts>();

const mayStartCitedOnly = (facts: WordFacts): boolean => facts.citedOnly;

/** The result of {@link safeParseArticle}: the article or the error, never a throw. */
export type SafeParseResult = { success: true; data: Article } | { success: false; error: ArticleParseError };

/**
 * Like {@link parseArticle} but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * const result = safeParseArticle(new Uint8Array(), { file: 'empty.txt' });
 * if (!result.success) console.error(result.error.message); // 'empty.txt: file is empty'
 */
export function safeParseArticle(input: Uint8Array | string, options: ParseArticleOptions = {}): SafeParseResult {
  try {
    return { success: true, data: parseArticle(input, options) };
  } catch (error) {
    if (error instanceof ArticleParseError) return { success: false, error };
    return { success: false, error: new ArticleParseError('invalid-article', options.file ?? null, `unexpected failure: ${(error as Error).message}`, { cause: error }) };
  }
}

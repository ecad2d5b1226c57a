import { createHash } from 'node:crypto';
import type { Article } from './schema/article.js';
import { ARTICLE_ROLES } from './schema/article.js';
import { ArticleParseError } from './errors.js';
import { decodeBytes } from './pipeline/decode.js';
import { segmentText } from './pipeline/segment.js';
import { classifyBlocks } from './pipeline/classify.js';
import { detectLanguage, dominantScriptOf, scriptCounts, segmentLanguage } from './pipeline/detect-language.js';
import { getResources } from './pipeline/resources.js';
import { assembleArticle } from './pipeline/assemble.js';
import { findUrls } from './extract/urls.js';
import { extractTranslation } from './extract/translation.js';
import { extractPublished } from './extract/published-date.js';
import { extractOutlet } from './extract/outlet.js';
import { extractCitations } from './extract/citations.js';
import { addFoundNames, resolveMentions, type FoundName } from './extract/mentions.js';
import { extractQuotes, quoteCuesFor } from './extract/quotes.js';
import { wordFormRules } from './entities/word-forms.js';
import { compileDatePatterns, dateAnchor, datesInBlock, dateWordsOf, type DateMentionPatterns, type DateWordFacts } from './dates/date-mentions.js';
import { entityMatcherFor } from './entities/registry.js';
import type { EntityMatcher, EntityWordFacts } from './entities/entity-matcher.js';
import { LineWords, Vocabulary } from './text/line-words.js';
import { foldForMatching } from './text/fold.js';
import type { DateMention } from './schema/article.js';
import type { EntityRegistry } from './data/schemas.js';

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
  /** When given, the milliseconds spent in each stage are added to it (for `polynews bench`). */
  stageTimes?: StageTimes;
}

/** Milliseconds spent per pipeline stage, summed over the articles parsed with the same object. */
export interface StageTimes {
  decode: number;
  segmentClassify: number;
  language: number;
  metadata: number;
  entities: number;
  dates: number;
  quotes: number;
  assemble: number;
}

/**
 * A zeroed {@link StageTimes} to pass as `stageTimes`.
 *
 * @example
 * const times = emptyStageTimes();
 * parseArticle(bytes, { stageTimes: times });
 * times.entities; // ms spent linking entities
 */
export function emptyStageTimes(): StageTimes {
  return { decode: 0, segmentClassify: 0, language: 0, metadata: 0, entities: 0, dates: 0, quotes: 0, assemble: 0 };
}

/**
 * Parses one scraped page into a validated Article. The stages:
 * 1. decode bytes → NFC text (BOM, UTF-8/16, legacy code pages);
 * 2. segment the text into line blocks that cover it losslessly;
 * 3. classify each block's role (title, body, caption, navigation…);
 * 4. detect the language of the article and of each segment;
 * 5. extract URLs, translation provenance, publication date, outlet and agency citations;
 * 6. assemble the Article and validate it against the schema.
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
  const times = options.stageTimes;
  let mark = times ? performance.now() : 0;
  const lap = (stage: keyof StageTimes) => {
    if (!times) return;
    const now = performance.now();
    times[stage] += now - mark;
    mark = now;
  };
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const decoded = decodeBytes(bytes, { file, ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }) });
  const { text } = decoded;
  // The per-page arrays below are built with push from literals: V8 then sees one array shape per
  // site and optimises parseArticle once, instead of again for each page that brings another shape.
  const warnings: string[] = [];
  for (const warning of decoded.warnings) warnings.push(warning);
  const resources = getResources();
  lap('decode');

  const blocks = classifyBlocks(segmentText(text), resources, options.learnedBoilerplate ? { learnedBoilerplate: options.learnedBoilerplate } : {});
  lap('segmentClassify');
  const articleBlocks = blocks.filter((block) => ARTICLE_ROLES.includes(block.role));
  const bodyHash = articleTextHash(articleBlocks);
  if (articleBlocks.length === 0) warnings.push('no article text: every line was classified as boilerplate (navigation, captions, teasers…)');
  const bodyLines: string[] = [];
  for (const block of articleBlocks.length > 0 ? articleBlocks : blocks) bodyLines.push(block.text);
  const bodyText = bodyLines.join('\n');
  const guess = detectLanguage(bodyText);
  if (!guess.language) warnings.push('language: no language could be detected');
  else if (!guess.reliable) warnings.push(`language: "${guess.language}" is uncertain (confidence ${guess.confidence.toFixed(2)})`);
  // Each line's scripts are counted once: the body's counts are the sum of its lines'.
  const blockScripts: number[][] = [];
  const bodyScripts = scriptCounts('');
  for (const block of blocks) {
    const counts = scriptCounts(block.text);
    blockScripts.push(counts);
    if (articleBlocks.length > 0 && !ARTICLE_ROLES.includes(block.role)) continue;
    for (let script = 0; script < counts.length; script++) bodyScripts[script]! += counts[script]!;
  }
  const script = dominantScriptOf(bodyScripts);
  const blockLanguages: (string | undefined)[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    blockLanguages.push(segmentLanguage(block.text, ARTICLE_ROLES.includes(block.role), guess.language, script, dominantScriptOf(blockScripts[i]!)));
  }

  lap('language');
  const urls = findUrls(blocks);
  const translation = extractTranslation(blocks, urls, resources);
  const sourceUrl = urls.find((url) => url.role === 'source' || url.role === 'translation-note')?.url ?? null;
  const datelines = blocks.filter((block) => block.role === 'dateline').map((block) => block.text);
  const published = extractPublished({ datelines, language: guess.language, pageUrls: !translation.isTranslation && sourceUrl ? [sourceUrl] : [] }, resources);
  if (!published) warnings.push('published: the page shows no publication date');
  const outlet = extractOutlet({ blocks, text, urls, isTranslation: translation.isTranslation }, resources);
  if (!outlet) warnings.push('outlet: nothing in the text identifies the outlet');
  else if (outlet.confidence < 0.7) warnings.push(`outlet: "${outlet.name}" is uncertain (confidence ${outlet.confidence}): ${outlet.evidence.join('; ')}`);
  const title = blocks.find((block) => block.role === 'title')?.text ?? null;

  lap('metadata');
  // Names and dates are read from the same words: each line is tokenised and its words looked up
  // once, in a vocabulary that holds both stages' facts of every word (and whether an agency's name
  // can start in it: a line without such a word is not searched for citations).
  const matcher = entityMatcherFor(options.entities ?? resources.data.entities, guess.language);
  const datePatterns = datePatternsFor(guess.language);
  const vocabulary = vocabularyFor(matcher, datePatterns);
  const anchor = dateAnchor(published);
  const names: FoundName[] = [];
  const dates: DateMention[] = [];
  /** The blocks with a word that can start an agency's name: the only ones searched for citations. */
  const mayNameAgency = new Set<number>();
  for (const block of blocks) {
    if (block.text.length === 0) continue;
    const line = vocabulary.read(block.text, lineWords);
    for (let k = 0; k < line.count; k++) {
      if (!line.entries[k]!.value.agency) continue;
      mayNameAgency.add(block.index);
      break;
    }
    addFoundNames(names, block, matcher.findInWords(line));
    lap('entities');
    if (block.role !== 'dateline') for (const date of datesInBlock({ text: block.text, offset: block.contentStart, role: block.role }, line, datePatterns, anchor)) dates.push(date);
    lap('dates');
  }
  const mentions = resolveMentions(names);
  lap('entities');
  const quotes = extractQuotes(blocks, mentions, quoteCuesOf(guess.language), wordFormRules(resources.data.inflection, guess.language));
  lap('quotes');
  const citations = extractCitations(blocks, resources, (block) => mayNameAgency.has(block.index));
  lap('metadata');

  const contentHash = sha256(bytes);
  const locator = options.locator ?? file;
  const article = assembleArticle({
    id: locator === null ? contentHash.slice(0, 16) : sha256(locator).slice(0, 16),
    file,
    contentHash,
    bodyHash,
    duplicateOf: null,
    encoding: typeof input === 'string' ? 'text' : decoded.encoding,
    title,
    language: guess.language,
    languageConfidence: Math.round(guess.confidence * 1000) / 1000,
    outlet,
    published,
    sourceUrl,
    translation,
    citations,
    mentions,
    quotes,
    dates,
    warnings,
    text,
    blocks,
    blockLanguages,
  });
  lap('assemble');
  return article;
}

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

/** The SHA-256 of bytes or of a string's UTF-8, in hex. */
function sha256(input: Uint8Array | string): string {
  return createHash('sha256').update(input).digest('hex');
}

/**
 * The hash of the article's own text (title, lead and body) with white space folded, so that the
 * same story carried by two sites with other menus, captions and line breaks gets the same hash;
 * null when the page has no article text.
 */
function articleTextHash(articleBlocks: readonly { text: string }[]): string | null {
  // Only runs of two or more white-space characters and single ones other than a space are
  // replaced: the same result as folding every run, without a replacement at each word.
  const text = articleBlocks.map((block) => block.text).join(' ').replace(/\s{2,}|[^\S ]/g, ' ').trim();
  return text === '' ? null : sha256(text);
}

/**
 * Wraps a per-language build so that it runs once per language and process: every article of a
 * language then shares one compiled value (the same object, which also keeps the code that reads it
 * monomorphic).
 */
function oncePerLanguage<T>(build: (language: string | null) => T): (language: string | null) => T {
  const built = new Map<string, T>();
  return (language) => {
    const key = language ?? '';
    let value = built.get(key);
    if (value === undefined) {
      value = build(language);
      built.set(key, value);
    }
    return value;
  };
}

/** The compiled date patterns of a language. */
const datePatternsFor = oncePerLanguage((language): DateMentionPatterns => {
  const resources = getResources();
  const order = (language && resources.languages.get(language)?.dateOrder) || 'dmy';
  return compileDatePatterns(resources.data.calendars, resources.calendar, language, order);
});

/** The facts of a word that names, dates and citations read: its candidate aliases, its date words, whether an agency's name can start in it. */
type WordFacts = EntityWordFacts & DateWordFacts & { readonly agency: boolean };

/** The line whose words are being read (one per thread: a line is read and used before the next). */
const lineWords = new LineWords<WordFacts>();

/** The shared vocabulary of an entity matcher (one per registry and language) and date patterns (one per language). */
const vocabularies = new WeakMap<EntityMatcher, WeakMap<DateMentionPatterns, Vocabulary<WordFacts>>>();

function vocabularyFor(matcher: EntityMatcher, datePatterns: DateMentionPatterns): Vocabulary<WordFacts> {
  let byPatterns = vocabularies.get(matcher);
  if (!byPatterns) vocabularies.set(matcher, (byPatterns = new WeakMap()));
  let vocabulary = byPatterns.get(datePatterns);
  if (!vocabulary) byPatterns.set(datePatterns, (vocabulary = new Vocabulary((word) => wordFactsOf(word, matcher, datePatterns))));
  return vocabulary;
}

/** A new word's facts: folded once for names and dates, its forms kept for comparing it with alias words. */
function wordFactsOf(word: string, matcher: EntityMatcher, datePatterns: DateMentionPatterns): WordFacts {
  const folded = foldForMatching(word);
  const forms = matcher.formsOf(word, folded);
  return { candidates: matcher.candidatesOf(word, folded, forms), forms, dateWords: dateWordsOf(word, datePatterns, folded), agency: getResources().media.agencies.mayStartIn(word) };
}

/** The quote cues of a language (speech verbs tokenized and folded, longest first). */
const quoteCuesOf = oncePerLanguage((language) => quoteCuesFor(getResources().languages, language));

import { ARTICLE_ROLES, type Article, type Segment } from '../schema/article.js';
import { articleIssues } from '../schema/validate-article.js';
import { ArticleParseError } from '../errors.js';
import type { ClassifiedBlock } from '../classify/classify.js';

/** The parts of an Article that the stages produced, before validation. */
export type ArticleDraft = Omit<Article, 'segments' | 'stats'> & { blocks: readonly ClassifiedBlock[]; blockLanguages: (string | undefined)[] };

/**
 * Turns the stages' output into an Article: segments from the classified blocks, word counts,
 * and validation against the rules of `ArticleSchema` (by {@link articleIssues}); a draft that does
 * not validate is a bug and is reported as an `invalid-article` error naming the file.
 *
 * @example
 * const article = assembleArticle(draft);
 * article.segments[0]; // { role: 'title', start: 0, end: 68, language: 'vi' }
 */
export function assembleArticle(draft: ArticleDraft): Article {
  const { blocks, blockLanguages } = draft;
  const fields = draft;
  const segments: Segment[] = blocks.map((block, i) => {
    const segment: Segment = { role: block.role, start: block.start, end: block.end };
    const language = blockLanguages[i];
    if (language) segment.language = language;
    return segment;
  });
  const words = blocks.reduce((sum, block) => sum + block.words, 0);
  const bodyWords = blocks.filter((block) => ARTICLE_ROLES.includes(block.role)).reduce((sum, block) => sum + block.words, 0);
  // The fields in the schema's order, so that the JSON reads the same as the schema.
  const candidate: Article = {
    id: fields.id,
    file: fields.file,
    contentHash: fields.contentHash,
    bodyHash: fields.bodyHash,
    duplicateOf: fields.duplicateOf,
    input: fields.input,
    url: fields.url,
    encoding: fields.encoding,
    title: fields.title,
    language: fields.language,
    script: fields.script,
    languageConfidence: fields.languageConfidence,
    outlet: fields.outlet,
    published: fields.published,
    modified: fields.modified,
    fetched: fields.fetched,
    authors: fields.authors,
    section: fields.section,
    sourceUrl: fields.sourceUrl,
    translation: fields.translation,
    citations: fields.citations,
    segments,
    mentions: fields.mentions,
    quotes: fields.quotes,
    dates: fields.dates,
    stats: { chars: fields.text.length, words, bodyWords },
    warnings: fields.warnings,
    provenance: fields.provenance,
    extra: fields.extra,
    producer: fields.producer,
    text: fields.text,
  };
  const issues = articleIssues(candidate);
  if (issues.length > 0) {
    throw new ArticleParseError('invalid-article', fields.file, `the parsed article does not match the schema (a polynews bug, please report it): ${issues.join('; ')}`);
  }
  return candidate;
}

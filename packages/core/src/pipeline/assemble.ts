import { ArticleSchema, ARTICLE_ROLES, type Article, type Segment } from '../schema/article.js';
import { ArticleParseError } from '../errors.js';
import type { ClassifiedBlock } from './classify.js';

/** The parts of an Article that the stages produced, before validation. */
export type ArticleDraft = Omit<Article, 'segments' | 'stats'> & { blocks: readonly ClassifiedBlock[]; blockLanguages: (string | undefined)[] };

/**
 * Turns the stages' output into an Article: segments from the classified blocks, word counts,
 * and validation against {@link ArticleSchema}; a draft that does not validate is a bug and is
 * reported as an `invalid-article` error naming the file.
 *
 * @example
 * const article = assembleArticle(draft);
 * article.segments[0]; // { role: 'title', start: 0, end: 68, language: 'vi' }
 */
export function assembleArticle(draft: ArticleDraft): Article {
  const { blocks, blockLanguages, ...fields } = draft;
  const segments: Segment[] = blocks.map((block, i) => {
    const segment: Segment = { role: block.role, start: block.start, end: block.end };
    const language = blockLanguages[i];
    if (language) segment.language = language;
    return segment;
  });
  const words = blocks.reduce((sum, block) => sum + block.words, 0);
  const bodyWords = blocks.filter((block) => ARTICLE_ROLES.includes(block.role)).reduce((sum, block) => sum + block.words, 0);
  const candidate = { ...fields, segments, stats: { chars: fields.text.length, words, bodyWords } };
  const result = ArticleSchema.safeParse(candidate);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ArticleParseError('invalid-article', fields.file, `the parsed article does not match the schema (a polynews bug, please report it): ${issues}`);
  }
  return result.data;
}

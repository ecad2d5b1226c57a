import { z } from 'zod';
import { ArticleSchema } from './article.js';

/**
 * The JSON Schema (draft 2020-12) of an Article, generated from the zod schema, so that other
 * programs can validate `polynews parse` output without polynews.
 *
 * @example
 * articleJsonSchema().required; // ['id', 'file', 'encoding', 'title', …]
 */
export function articleJsonSchema(): Record<string, unknown> {
  return {
    title: 'polynews Article',
    ...(z.toJSONSchema(ArticleSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>),
  };
}

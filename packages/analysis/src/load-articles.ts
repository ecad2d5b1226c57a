import { ArticleSchema, type Article } from '@polynews/core';

/**
 * Reads articles back from JSONL written by `polynews parse`, validating every line; a bad line
 * is an error that names the source and the line number.
 *
 * @param jsonl the JSONL text
 * @param source a name for errors (a file path)
 * @example
 * const articles = loadArticlesJsonl(readFileSync('articles.jsonl', 'utf8'), 'articles.jsonl');
 */
export function loadArticlesJsonl(jsonl: string, source = '<jsonl>'): Article[] {
  const articles: Article[] = [];
  for (const [index, line] of jsonl.split('\n').entries()) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${source}:${index + 1}: not JSON: ${(error as Error).message}`);
    }
    const result = ArticleSchema.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`${source}:${index + 1}: not an Article: ${issue.path.join('.')}: ${issue.message}`);
    }
    articles.push(result.data);
  }
  return articles;
}

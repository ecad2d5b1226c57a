import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ArticleSchema, type Article } from '@polynews/core';

/**
 * Reads articles back from JSONL text written by `polynews parse`, validating every line; a bad
 * line is an error that names the source and the line number.
 *
 * @param jsonl the JSONL text
 * @param source a name for errors (a file path)
 * @example
 * const articles = loadArticlesJsonl(readFileSync('articles.jsonl', 'utf8'), 'articles.jsonl');
 */
export function loadArticlesJsonl(jsonl: string, source = '<jsonl>'): Article[] {
  const articles: Article[] = [];
  for (const [index, line] of jsonl.split('\n').entries()) {
    const article = parseLine(line, source, index + 1);
    if (article) articles.push(article);
  }
  return articles;
}

/**
 * Reads a JSONL file written by `polynews parse` line by line (the file is never held whole in
 * memory), validating every article; a bad line is an error naming `file:line`.
 *
 * @example
 * const tables = corpusTables(await readArticlesJsonl('articles.jsonl'));
 */
export async function readArticlesJsonl(path: string): Promise<Article[]> {
  const articles: Article[] = [];
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    const article = parseLine(line, path, number);
    if (article) articles.push(article);
  }
  return articles;
}

function parseLine(line: string, source: string, number: number): Article | null {
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new Error(`${source}:${number}: not JSON: ${(error as Error).message}`);
  }
  const result = ArticleSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${source}:${number}: not an Article: ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

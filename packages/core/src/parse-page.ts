import { loadCoreData } from './data/load.js';
import { ArticleParseError } from './errors.js';
import { readRecord } from './input/read-record.js';
import { parseArticle, type ParseArticleOptions } from './parse-article.js';
import type { Article } from './schema/article.js';

/**
 * Parses one page record: polynews's own fields (`url`, `title`, `published`, `modified`,
 * `fetched`, `outlet`, `language`, `authors`, `section`, and the page as `text` or `html`), or a record of
 * news-please, Media Cloud or trafilatura, recognised by its fields. What the record knows is used
 * with its source (`metadata`) beside what the text shows, by the order of `data/precedence.json`;
 * fields polynews does not read are kept in `extra`.
 *
 * @throws ArticleParseError `invalid-record` naming the problem, or any error of `parseArticle`
 * @example
 * const article = parsePage({ url: 'https://www.rt.com/africa/2023/07/01/mali/', text: 'Mali thanks Russia\n\nThe head of the junta…' });
 * article.published; // { value: '2023-07-01', precision: 'day', source: 'url', evidence: 'https://www.rt.com/africa/2023/07/01/mali/' }
 * article.outlet?.name; // 'RT'
 */
export function parsePage(record: unknown, options: Omit<ParseArticleOptions, 'metadata' | 'extra'> = {}): Article {
  const read = readRecord(record, loadCoreData().exportFormats);
  const file = options.file ?? null;
  if ('problem' in read) throw new ArticleParseError('invalid-record', file, read.problem);
  const [content, format] = 'text' in read.content ? [read.content.text, 'text' as const] : [read.content.html, 'html' as const];
  return parseArticle(content, {
    ...options,
    format,
    metadata: read.metadata,
    extra: read.extra,
    input: { container: options.input?.container ?? 'string', exportFormat: read.exportFormat },
  });
}

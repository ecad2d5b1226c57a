import { readFileSync } from 'node:fs';
import { DEFAULT_MAX_BYTES, tooLargeMessage } from '../decode/decode.js';
import { safeParseArticle, type ParseArticleOptions } from '../parse-article.js';
import type { CorpusItem } from './corpus-item.js';
import type { CorpusUnit } from './corpus-units.js';

/** What every unit of a run is parsed with: the article options without the per-file ones. */
export type UnitParseOptions = Omit<ParseArticleOptions, 'file' | 'locator' | 'learnedBoilerplate' | 'metadata' | 'input' | 'extra' | 'format' | 'charset'>;

/**
 * Reads and parses one unit into an item, never throwing: an oversized file is refused from its
 * listed size before it is read, and a read error becomes a `read-failed` failure.
 *
 * @example
 * await parseUnit({ kind: 'record', name: 'dump.jsonl:1', locator: 'dump.jsonl:1', text: 'Title\n\nBody…', size: 14 }, {});
 * // { file: 'dump.jsonl:1', bytes: 14, article: { … } }
 */
export async function parseUnit(unit: CorpusUnit, options: UnitParseOptions, learnedBoilerplate?: ReadonlySet<string>): Promise<CorpusItem> {
  const file = unit.name;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (unit.size > maxBytes) return { file, bytes: unit.size, failure: { file, code: 'too-large', message: `${file}: ${tooLargeMessage(unit.size, maxBytes)}` } };
  let input: Uint8Array | string;
  if (unit.kind === 'record') input = unit.bytes ?? unit.text;
  else {
    try {
      // Read synchronously: a page is small, and the parse that follows is synchronous anyway; the
      // promise API's open/stat/read/close round trips through the thread pool cost more than the read.
      input = readFileSync(unit.path);
    } catch (error) {
      return { file, bytes: unit.size, failure: { file, code: 'read-failed', message: `${file}: cannot read: ${(error as Error).message}` } };
    }
  }
  const fromRecord =
    unit.kind === 'record'
      ? {
          input: { container: unit.container ?? 'jsonl', exportFormat: unit.exportFormat ?? null },
          format: unit.format ?? 'text',
          ...(unit.charset && { charset: unit.charset }),
          ...(unit.metadata && { metadata: unit.metadata }),
          ...(unit.extra && { extra: unit.extra }),
        }
      : { format: /\.html?$/iu.test(unit.path) ? ('html' as const) : ('text' as const) };
  const result = safeParseArticle(input, { ...options, ...fromRecord, file, locator: unit.locator, ...(learnedBoilerplate && { learnedBoilerplate }) });
  if (result.success) return { file, bytes: unit.size, article: result.data };
  return { file, bytes: unit.size, failure: { file, code: result.error.code, message: result.error.message } };
}

import { createHash } from 'node:crypto';
import type { Article } from '../schema/article.js';
import type { CorpusItem } from './corpus-item.js';

/**
 * Marks the pages of one run that repeat an earlier page's story: an article whose `bodyHash`
 * was seen before gets `duplicateOf`, the id of the first page with it in input order. It also
 * keeps ids unique within the run: two inputs can hold pages with the same locator (`a/seeds/x.txt`
 * and `b/seeds/x.txt` are both `seeds/x.txt`), and the later one then gets an id hashed from the
 * first id and its rank (`<id>#2`). An article from a worker comes as JSON text: the text is
 * patched, not parsed. Memory: two numbers a page.
 *
 * @example
 * const marker = new DuplicateMarker();
 * for await (const item of iterateCorpus(['corpus'])) write(marker.mark(item));
 */
export class DuplicateMarker {
  /** The first 52 bits of each body hash seen, with the id of its first page. */
  readonly #firstByBody = new Map<number, string>();
  /** The first 52 bits of each id given, with how many pages had it. */
  readonly #ids = new Map<number, number>();

  /**
   * The item with `duplicateOf` set, and its id made unique in the run when needed.
   *
   * @example
   * marker.mark(item).article?.duplicateOf; // '6eab3e6413f4e640' when an earlier page had the same body
   */
  mark(item: CorpusItem): CorpusItem {
    // A failure has no article; a worker's article is not parsed here (reading `article` would parse its JSON).
    if (item.failure) return item;
    const { id: givenId, bodyHash } = item.json !== undefined ? headOf(item.json) : item.article;
    const key = prefixNumber(givenId);
    const rank = (this.#ids.get(key) ?? 0) + 1;
    this.#ids.set(key, rank);
    const id = rank === 1 ? givenId : createHash('sha256').update(`${givenId}#${rank}`).digest('hex').slice(0, 16);
    let duplicateOf: string | null = null;
    if (bodyHash !== null) {
      const body = prefixNumber(bodyHash);
      const first = this.#firstByBody.get(body);
      if (first === undefined) this.#firstByBody.set(body, id);
      else duplicateOf = first;
    }
    if (id === givenId && duplicateOf === null) return item;
    if (item.json === undefined) {
      const article: Article = { ...item.article, id, duplicateOf };
      return { file: item.file, bytes: item.bytes, article };
    }
    const json = item.json.replace(`"id":"${givenId}"`, `"id":"${id}"`).replace('"duplicateOf":null', `"duplicateOf":${JSON.stringify(duplicateOf)}`);
    let article: Article | undefined;
    return {
      file: item.file,
      bytes: item.bytes,
      json,
      get article(): Article {
        return (article ??= JSON.parse(json) as Article);
      },
    };
  }
}

/**
 * The id and body hash of an article's JSON text, read without parsing it: both come before any
 * text of the page, and a quote inside a JSON string is escaped, so the first match is the field.
 */
function headOf(json: string): { id: string; bodyHash: string | null } {
  const id = /"id":"([0-9a-f]{16})"/.exec(json)![1]!;
  const body = /"bodyHash":(?:"([0-9a-f]{64})"|null)/.exec(json)!;
  return { id, bodyHash: body[1] ?? null };
}

/** The first 13 hex digits (52 bits) of a hash as a number: a map key of 8 bytes instead of a string. */
function prefixNumber(hex: string): number {
  return Number.parseInt(hex.slice(0, 13), 16);
}

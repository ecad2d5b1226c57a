import { createHash } from 'node:crypto';
import type { ClassifiedBlock } from '../classify/classify.js';
import { ARTICLE_ROLES } from '../schema/article.js';

/** The article's id and hashes: see `id`, `contentHash` and `bodyHash` in docs/data-contract.md. */
export interface PageIdentity {
  id: string;
  contentHash: string;
  bodyHash: string | null;
}

/**
 * The id (a hash of the locator, or of the content without one), the hash of the bytes, and the
 * hash of the article's own text with white space folded, so that the same story carried by two
 * sites with other menus, captions and line breaks gets the same `bodyHash`.
 *
 * @example
 * pageIdentity(bytes, 'seeds/000.txt', blocks).id; // 16 hex digits, the same on every machine
 */
export function pageIdentity(bytes: Uint8Array, locator: string | null, blocks: readonly ClassifiedBlock[]): PageIdentity {
  const contentHash = sha256(bytes);
  const articleText = blocks.filter((block) => ARTICLE_ROLES.includes(block.role)).map((block) => block.text);
  // Only runs of two or more white-space characters and single ones other than a space are
  // replaced: the same result as folding every run, without a replacement at each word.
  const body = articleText.join(' ').replace(/\s{2,}|[^\S ]/g, ' ').trim();
  return { id: (locator === null ? contentHash : sha256(locator)).slice(0, 16), contentHash, bodyHash: body === '' ? null : sha256(body) };
}

function sha256(input: Uint8Array | string): string {
  return createHash('sha256').update(input).digest('hex');
}

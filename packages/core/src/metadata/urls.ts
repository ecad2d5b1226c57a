import type { ClassifiedBlock } from '../classify/classify.js';

/** A URL written in the text, with the role of the block it sits in. */
export interface UrlInText {
  url: string;
  role: ClassifiedBlock['role'];
  start: number;
  end: number;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'“”«»()]+[^\s<>"'“”«»().,;:!?]/giu;

/**
 * Finds the http(s) URLs written in the page, in order.
 *
 * @example
 * findUrls(blocks).map((u) => u.url); // ['https://www.rt.com/africa/602036-lavrov-mali-security-support-pledge/']
 */
export function findUrls(blocks: readonly ClassifiedBlock[]): UrlInText[] {
  const urls: UrlInText[] = [];
  for (const block of blocks) {
    // Every URL holds "://": a line without it (most lines) is ruled out without running the pattern.
    if (!block.text.includes('://')) continue;
    for (const match of block.text.matchAll(URL_PATTERN)) {
      const start = block.contentStart + match.index;
      urls.push({ url: match[0], role: block.role, start, end: start + match[0].length });
    }
  }
  return urls;
}

/**
 * The host of a URL without `www.`, or null when it does not parse.
 *
 * @example
 * hostOf('https://www.rt.com/africa/1/'); // 'rt.com'
 */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

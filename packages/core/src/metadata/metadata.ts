import type { ClassifiedBlock } from '../classify/classify.js';
import type { Resources } from '../resources/resources.js';
import type { Outlet, Published, Translation } from '../schema/article.js';
import { extractOutlet } from './outlet.js';
import { extractPublished } from './published-date.js';
import { extractTranslation } from './translation.js';
import { findUrls } from './urls.js';

/** What a page says about itself: its headline, source URL, translation provenance, publication date and outlet. */
export interface PageMetadata {
  title: string | null;
  sourceUrl: string | null;
  translation: Translation;
  published: Published | null;
  outlet: Outlet | null;
}

/**
 * Stage 5, metadata: the headline, the URLs the text names (a source URL, a translated original),
 * translation provenance, the publication date (datelines, or the page's own URL) and the outlet
 * (a source line, a URL, house style). Adds a warning for a missing date and for a missing or
 * uncertain outlet.
 *
 * @example
 * extractMetadata(blocks, text, 'vi', getResources(), warnings).published?.value; // '2023-07-01T09:05:00+07:00'
 */
export function extractMetadata(blocks: readonly ClassifiedBlock[], text: string, language: string | null, resources: Resources, warnings: string[]): PageMetadata {
  const urls = findUrls(blocks);
  const translation = extractTranslation(blocks, urls, resources);
  const sourceUrl = urls.find((url) => url.role === 'source' || url.role === 'translation-note')?.url ?? null;
  const datelines = blocks.filter((block) => block.role === 'dateline').map((block) => block.text);
  const published = extractPublished({ datelines, language, pageUrls: !translation.isTranslation && sourceUrl ? [sourceUrl] : [] }, resources);
  if (!published) warnings.push('published: the page shows no publication date');
  const outlet = extractOutlet({ blocks, text, urls, isTranslation: translation.isTranslation }, resources);
  if (!outlet) warnings.push('outlet: nothing in the text identifies the outlet');
  else if (outlet.confidence < 0.7) warnings.push(`outlet: "${outlet.name}" is uncertain (confidence ${outlet.confidence}): ${outlet.evidence.join('; ')}`);
  const title = blocks.find((block) => block.role === 'title')?.text ?? null;
  return { title, sourceUrl, translation, published, outlet };
}

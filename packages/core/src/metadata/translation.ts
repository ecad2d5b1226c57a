import type { Translation } from '../schema/article.js';
import type { ClassifiedBlock } from '../classify/classify.js';
import type { Resources } from '../resources/resources.js';
import { foldForMatching } from '../speed/fold-fast.js';
import { hostOf, type UrlInText } from './urls.js';

/**
 * Reads translation provenance: a machine-translation note names the tool, and a URL in a source
 * line names the original, whose outlet (and, for single-language editions, language) the media
 * registry knows.
 *
 * @example
 * extractTranslation(blocks, urls, getResources());
 * // { isTranslation: true, tool: 'Google Translate', originalUrl: 'https://www.rt.com/…', originalOutlet: 'RT', originalLanguage: 'en' }
 */
export function extractTranslation(blocks: readonly ClassifiedBlock[], urls: readonly UrlInText[], resources: Resources): Translation {
  const note = blocks.find((block) => block.role === 'translation-note');
  if (!note) return { isTranslation: false };
  const folded = foldForMatching(note.text);
  const tool = resources.translationTools.find((candidate) => candidate.aliases.some((alias) => folded.includes(alias)));
  const translation: Translation = { isTranslation: true, ...(tool && { tool: tool.name }), evidence: note.text };
  const original = urls.find((url) => url.role === 'source' || url.role === 'translation-note') ?? urls.at(-1);
  if (original) {
    translation.originalUrl = original.url;
    const host = hostOf(original.url);
    const medium = host ? resources.media.byHost(host) : undefined;
    if (medium) {
      translation.originalOutlet = medium.name;
      if (medium.languages.length === 1) translation.originalLanguage = medium.languages[0]!;
    }
  }
  return translation;
}

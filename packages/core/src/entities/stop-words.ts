import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let lists: Record<string, string[]> | undefined;

/**
 * The stop words of a language from `stopwords-iso` (the ISO 639-1 collection of 50+ languages'
 * lists): the function words that are never a name, nor the first word of one (`The`, `However`,
 * `Die`, `Le`). Empty for a language the collection lacks.
 *
 * @example
 * stopWordsOf('en').includes('the'); // true
 */
export function stopWordsOf(language: string | null): readonly string[] {
  if (language === null) return [];
  lists ??= require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>;
  return lists[language] ?? [];
}

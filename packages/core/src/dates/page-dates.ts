import type { ClassifiedBlock } from '../classify/classify.js';
import type { DateMention, Published } from '../schema/article.js';
import type { PageWords } from '../words/read-words.js';
import { dateAnchor, datesInBlock, type DateMentionPatterns, type DateWordFacts } from './date-mentions.js';

/**
 * Stage 8, dates: the dates every block talks about (not datelines, which are the publication
 * date), from the words the page's lines were read into, resolved against the publication day
 * when it is known (a day without a year, a weekday).
 *
 * @example
 * findDateMentions(blocks, words, patterns, published).map((d) => d.value); // ['--06-30', '2015-07-23']
 */
export function findDateMentions(blocks: readonly ClassifiedBlock[], words: PageWords<DateWordFacts>, patterns: DateMentionPatterns, published: Published | null): DateMention[] {
  const anchor = dateAnchor(published);
  const dates: DateMention[] = [];
  for (const block of blocks) {
    const line = words.lineOf(block.index);
    if (!line || block.role === 'dateline') continue;
    for (const date of datesInBlock({ text: block.text, offset: block.contentStart, role: block.role }, line, patterns, anchor)) dates.push(date);
  }
  return dates;
}

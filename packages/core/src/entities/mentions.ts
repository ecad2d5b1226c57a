import type { Mention } from '../schema/article.js';
import { ARTICLE_ROLES } from '../schema/article.js';
import type { ClassifiedBlock } from '../classify/classify.js';
import type { EntityMatcher, EntityMatch, EntityWordFacts } from './entity-matcher.js';
import type { PageWords } from '../words/read-words.js';

/** A currency sign. */
const CURRENCY = /\p{Sc}/u;

/**
 * Stage 7, entities: links the names of every block to the entity registry, from the words the
 * page's lines were read into (see `readPageWords`). Each mention keeps the role of its block, so
 * that coverage can count title, lead and body only. An alias that is also a common word (Arabic
 * `مالي`, "financial") counts only when the article text also names the entity, or one of its
 * context entities, unambiguously.
 *
 * @example
 * findMentions(blocks, words, matcher, keyOf).map((m) => [m.name, m.role]); // [['Sergei Lavrov', 'body'], …]
 */
export function findMentions(blocks: readonly ClassifiedBlock[], words: PageWords<EntityWordFacts>, matcher: EntityMatcher, keyOf: (surface: string) => string): Mention[] {
  const found: FoundName[] = [];
  for (const block of blocks) {
    const line = words.lineOf(block.index);
    if (line) addFoundNames(found, block, matcher.findInWords(line));
  }
  return resolveMentions(found, keyOf);
}

/** A name found in a block, at its offsets in the article, with the block's role. */
export interface FoundName {
  match: EntityMatch;
  role: ClassifiedBlock['role'];
}

/**
 * Adds the names found in a block's text (offsets in the block) to `found`, at their offsets in
 * the article: for a caller that finds each block's names itself (the parser, with the words it
 * also reads dates from), then gives them to {@link resolveMentions}.
 *
 * @example
 * addFoundNames(found, block, matcher.findInWords(line));
 */
export function addFoundNames(found: FoundName[], block: ClassifiedBlock, matches: readonly EntityMatch[]): void {
  // A name before a currency sign is the currency's (`US$`, `HK$`), not the place.
  for (const match of matches) if (!CURRENCY.test(block.text.charAt(match.end))) found.push({ match: { ...match, start: match.start + block.contentStart, end: match.end + block.contentStart }, role: block.role });
}

/**
 * The mentions of the names found in an article's blocks, in order: an alias that is also a common
 * word counts only in context (see {@link findMentions}).
 *
 * @example
 * resolveMentions(found, (surface) => mentionKey(surface, 'pl', rules)).map((m) => m.entityId); // ['sergei-lavrov', 'mali']
 */
export function resolveMentions(found: readonly FoundName[], keyOf: (surface: string) => string): Mention[] {
  // Unambiguous names in the article anchor the context; an ambiguous name that is accepted anchors
  // others in turn (Arabic مالي accepted beside غويتا makes الساحل count).
  const anchors = new Set(found.filter(({ match, role }) => !match.ambiguous && ARTICLE_ROLES.includes(role)).map(({ match }) => match.entity.id));
  const inContext = (match: EntityMatch) => anchors.has(match.entity.id) || [...match.entity.ambiguous.values()].flat().some((id) => anchors.has(id));
  for (let grown = true; grown; ) {
    grown = false;
    for (const { match, role } of found) {
      if (match.ambiguous && ARTICLE_ROLES.includes(role) && !anchors.has(match.entity.id) && inContext(match)) {
        anchors.add(match.entity.id);
        grown = true;
      }
    }
  }
  const mentions: Mention[] = [];
  for (const { match, role } of found) {
    if (match.ambiguous && !inContext(match)) continue;
    mentions.push({
      entityId: match.entity.id,
      name: match.entity.name,
      type: match.entity.type,
      typeConfidence: 1,
      key: keyOf(match.surface),
      evidence: ['registry'],
      surface: match.surface,
      start: match.start,
      end: match.end,
      role,
    });
  }
  return mentions;
}

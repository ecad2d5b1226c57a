import type { Mention } from '../schema/article.js';
import { ARTICLE_ROLES } from '../schema/article.js';
import type { ClassifiedBlock } from '../pipeline/classify.js';
import type { EntityMatcher, EntityMatch } from '../entities/entity-matcher.js';

/**
 * Links the names of every block to the entity registry. Each mention keeps the role of its block,
 * so that coverage can count title, lead and body only. An alias that is also a common word
 * (Arabic `مالي`, "financial") counts only when the article text also names the entity, or one of
 * its context entities, unambiguously.
 *
 * @example
 * extractMentions(blocks, matcher).map((m) => [m.name, m.role]); // [['Sergei Lavrov', 'body'], …]
 */
export function extractMentions(blocks: readonly ClassifiedBlock[], matcher: EntityMatcher): Mention[] {
  const found: { match: EntityMatch; role: ClassifiedBlock['role'] }[] = [];
  for (const block of blocks) {
    if (block.text.length === 0) continue;
    for (const match of matcher.find(block.text)) {
      found.push({ match: { ...match, start: match.start + block.contentStart, end: match.end + block.contentStart }, role: block.role });
    }
  }
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
    mentions.push({ entityId: match.entity.id, name: match.entity.name, type: match.entity.type, surface: match.surface, start: match.start, end: match.end, role });
  }
  return mentions;
}

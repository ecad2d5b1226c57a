import type { DateMention, Mention } from '../schema/article.js';
import { ARTICLE_ROLES } from '../schema/article.js';
import type { ClassifiedBlock } from '../classify/classify.js';
import type { CompiledNameCues } from './name-cues.js';
import { findUnlinkedNames, lastWordOf, type NameLine, type UnlinkedName } from './unlinked-names.js';

/**
 * The article's mentions with the names the registry does not hold (see `findUnlinkedNames`) added
 * to those it links, in order. In the title, lead and body: a surname alone joins the full name the
 * page gives (linked or not); a longer name with a heading word replaces the linked names inside it
 * (`Bank Indonesia` is no mention of Indonesia); the mentions of one key share the type the surest
 * of them gives.
 *
 * @example
 * withUnlinkedMentions(blocks, linked, dates, compileNameCues(…), keyOf).filter((m) => m.entityId === null).map((m) => m.name); // ['Ann Clarke', 'Northfield']
 */
export function withUnlinkedMentions(blocks: readonly ClassifiedBlock[], linked: readonly Mention[], dates: readonly DateMention[], cues: CompiledNameCues, keyOf: (surface: string) => string): Mention[] {
  const lines: NameLine[] = [];
  const roleAt: ClassifiedBlock['role'][] = [];
  // Blocks, linked names and dates all come in text order: one pointer each walks them.
  let nextLinked = 0;
  let nextDate = 0;
  for (const block of blocks) {
    if (!ARTICLE_ROLES.includes(block.role)) continue;
    const start = block.contentStart;
    const end = block.contentEnd;
    const linkedIn: (readonly [number, number, boolean])[] = [];
    const datesIn: (readonly [number, number])[] = [];
    while (nextLinked < linked.length && linked[nextLinked]!.start < start) nextLinked++;
    for (let k = nextLinked; k < linked.length && linked[k]!.start < end; k++) if (linked[k]!.end <= end) linkedIn.push([linked[k]!.start, linked[k]!.end, linked[k]!.type === 'place']);
    while (nextDate < dates.length && dates[nextDate]!.start < start) nextDate++;
    for (let k = nextDate; k < dates.length && dates[k]!.start < end; k++) if (dates[k]!.end <= end) datesIn.push([dates[k]!.start, dates[k]!.end]);
    lines.push({ text: block.text, start, linked: linkedIn, dates: datesIn });
    roleAt.push(block.role);
  }
  const linkedPeople = new Map<string, Mention>();
  for (const mention of linked) if (mention.type === 'person' && ARTICLE_ROLES.includes(mention.role)) for (const word of lastWordOf(mention.surface)) linkedPeople.set(word, mention);
  const found = findUnlinkedNames(lines, cues, new Set(linkedPeople.keys()));
  const names = withoutOverlaps([...found, ...hanNamesWithHeads(blocks, linked, cues)]);
  const fullNames = new Map<string, UnlinkedName>();
  for (const name of names) if (name.type === 'person' && !name.evidence.includes('surname')) for (const word of lastWordOf(name.surface)) fullNames.set(word, name);

  const swallowed = names.filter((name) => name.swallowsLinked);
  const mentions = swallowed.length === 0 ? [...linked] : linked.filter((mention) => !swallowed.some((name) => mention.start >= name.start && mention.end <= name.end));
  const unlinked: Mention[] = [];
  for (const name of names) {
    const role = roleAt[lineOf(lines, name.start)] ?? 'body';
    const span = { surface: name.surface, start: name.start, end: name.end, role };
    if (name.evidence.includes('surname')) {
      const person = linkedPeople.get(name.surface.toLowerCase());
      if (person) {
        mentions.push({ ...person, ...span, evidence: ['surname'] });
        continue;
      }
      const full = fullNames.get(name.surface.toLowerCase());
      if (full) {
        unlinked.push({ entityId: null, name: full.surface, type: 'person', typeConfidence: name.typeConfidence, key: keyOf(full.surface), evidence: name.evidence, ...span });
        continue;
      }
    }
    unlinked.push({ entityId: null, name: name.surface, type: name.type, typeConfidence: name.typeConfidence, key: keyOf(name.surface), evidence: name.evidence, ...span });
  }
  // One name, one type: the surest mention's.
  const surest = new Map<string, Mention>();
  for (const mention of unlinked) if ((surest.get(mention.key)?.typeConfidence ?? -1) < mention.typeConfidence) surest.set(mention.key, mention);
  for (const mention of unlinked) {
    const best = surest.get(mention.key)!;
    mentions.push(best.type === mention.type ? mention : { ...mention, type: best.type, typeConfidence: best.typeConfidence });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

const HAN = /^[\p{Script=Han}\p{Script=Katakana}ー]+$/u;

/**
 * Linked names in Chinese or Japanese followed by a heading word of an organisation or a place: the
 * longer name, which the linked one is part of (`中国地方` is the Chūgoku region, not China;
 * `中国銀行` a bank).
 */
function hanNamesWithHeads(blocks: readonly ClassifiedBlock[], linked: readonly Mention[], cues: CompiledNameCues): UnlinkedName[] {
  const heads = [...cues.orgAfter.map((head) => [head, 'org'] as const), ...cues.placeAfter.map((head) => [head, 'place'] as const)]
    .filter(([head]) => head.length === 1)
    .map(([head, type]) => [head[0]!, type] as const)
    .sort((a, b) => b[0].length - a[0].length);
  const names: UnlinkedName[] = [];
  if (heads.length === 0) return names;
  for (const mention of linked) {
    if (!ARTICLE_ROLES.includes(mention.role) || !HAN.test(mention.surface)) continue;
    const block = blocks.find((candidate) => mention.start >= candidate.contentStart && mention.end <= candidate.contentEnd);
    if (!block) continue;
    const after = block.text.slice(mention.end - block.contentStart);
    const head = heads.find(([word]) => after.startsWith(word));
    if (!head) continue;
    const end = mention.end + head[0].length;
    names.push({ surface: mention.surface + head[0], start: mention.start, end, type: head[1], typeConfidence: 0.9, evidence: [head[1] === 'org' ? 'org-word' : 'place-word'], swallowsLinked: true });
  }
  return names;
}

/** The names in order, each overlapping none kept before it (the longer first where two start together). */
function withoutOverlaps(names: readonly UnlinkedName[]): UnlinkedName[] {
  const kept: UnlinkedName[] = [];
  // In order of start, a name overlaps a kept one exactly when it starts before the furthest end kept.
  let keptEnd = -1;
  for (const name of [...names].sort((a, b) => a.start - b.start || b.end - a.end || Number(b.swallowsLinked) - Number(a.swallowsLinked))) {
    if (name.start < keptEnd) continue;
    kept.push(name);
    keptEnd = Math.max(keptEnd, name.end);
  }
  return kept;
}

/** The index of the line holding an offset (lines in order), by binary search; -1 for none. */
function lineOf(lines: readonly NameLine[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const line = lines[middle]!;
    if (offset < line.start) high = middle - 1;
    else if (offset > line.start + line.text.length) low = middle + 1;
    else return middle;
  }
  return -1;
}

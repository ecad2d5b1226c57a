import anyAscii from 'any-ascii';
import type { Article, Mention } from '../schema/article.js';
import { ARTICLE_ROLES } from '../schema/article.js';
import { EntityRegistrySchema, type EntityRegistry } from '../data/schemas.js';

/** A name the registry does not hold, as a corpus uses it: one or more mention keys taken for one name. */
export interface UnlinkedNameSummary {
  /** The name as the corpus writes it most often. */
  name: string;
  /** The type its surest mention gives. */
  type: 'person' | 'place' | 'org';
  /** The mention keys grouped under the name: one per language and spelling the rules tie (`pl:krak`, `en:krakow`). */
  keys: string[];
  mentions: number;
  articles: number;
  languages: string[];
  outlets: string[];
  /** Every surface written, by language, most frequent first. */
  surfaces: Record<string, string[]>;
  /** The words around its first mention. */
  example: string;
}

/** How many characters of context {@link UnlinkedNameSummary.example} keeps on either side. */
const CONTEXT = 60;

/**
 * The names of a corpus that the registry does not hold, most mentioned first: the mentions of title,
 * lead and body with no entity, grouped by key (one key holds a name's inflected forms), and keys of
 * several languages or scripts grouped when their names spell the same in ASCII (`Sergei Orlov`,
 * `Сергей Орлов`). What recurs across pages is the curation loop's: a page's mentions never depend
 * on other pages.
 *
 * @example
 * summariseUnlinkedNames(articles)[0]; // { name: 'Ann Clarke', type: 'person', keys: ['en:ann clarke'], mentions: 5, articles: 3, … }
 */
export function summariseUnlinkedNames(articles: readonly Article[]): UnlinkedNameSummary[] {
  const byKey = new Map<string, { mentions: { mention: Mention; article: Article }[] }>();
  for (const article of articles) {
    for (const mention of article.mentions) {
      if (mention.entityId !== null || mention.type === 'media' || !ARTICLE_ROLES.includes(mention.role)) continue;
      const entry = byKey.get(mention.key) ?? { mentions: [] };
      entry.mentions.push({ mention, article });
      byKey.set(mention.key, entry);
    }
  }
  // Keys whose names spell the same in ASCII are one name (across languages and scripts).
  const groups = new Map<string, string[]>();
  for (const [key, { mentions }] of byKey) {
    const spelling = skeleton(mostFrequent(mentions.map(({ mention }) => mention.name)));
    const group = spelling.length >= 4 ? spelling : key;
    groups.set(group, [...(groups.get(group) ?? []), key]);
  }
  const summaries: UnlinkedNameSummary[] = [];
  for (const keys of groups.values()) {
    const uses = keys.flatMap((key) => byKey.get(key)!.mentions);
    // The type of the surest mention, as on a page (`Harbor Metals Research` is an organisation where an English page reads its heading word).
    const confidence = new Map<string, number>();
    for (const { mention } of uses) confidence.set(mention.type, Math.max(confidence.get(mention.type) ?? 0, mention.typeConfidence));
    const type = [...confidence].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0] as UnlinkedNameSummary['type'];
    const surfaces: Record<string, string[]> = {};
    for (const language of new Set(uses.map(({ article }) => article.language ?? 'und'))) {
      surfaces[language] = byFrequency(uses.filter(({ article }) => (article.language ?? 'und') === language).map(({ mention }) => mention.surface));
    }
    const first = uses[0]!;
    summaries.push({
      name: mostFrequent(uses.map(({ mention }) => mention.name)),
      type,
      keys: [...keys].sort(),
      mentions: uses.length,
      articles: new Set(uses.map(({ article }) => article.id)).size,
      languages: [...new Set(uses.map(({ article }) => article.language ?? 'und'))].sort(),
      outlets: [...new Set(uses.flatMap(({ article }) => (article.outlet ? [article.outlet.name] : [])))].sort(),
      surfaces,
      example: contextOf(first.article, first.mention),
    });
  }
  return summaries.sort((a, b) => b.mentions - a.mentions || b.articles - a.articles || a.name.localeCompare(b.name));
}

/** Options of {@link draftRegistry}. */
export interface DraftRegistryOptions {
  /** The fewest mentions a name needs to be drafted (default 2). */
  minMentions?: number;
  /** Ids already taken (the registry's): a drafted id never repeats one. */
  takenIds?: ReadonlySet<string>;
}

/**
 * A draft entity registry of the names summarised, for the researcher to check, edit and pass back
 * with `--entities`: one entity per name, its id spelled from the name in ASCII, its aliases every
 * surface the corpus wrote, by language. Valid against the registry's schema.
 *
 * @example
 * draftRegistry(summariseUnlinkedNames(articles), { minMentions: 2 }).entities[0]; // { id: 'ann-clarke', name: 'Ann Clarke', type: 'person', aliases: { en: ['Ann Clarke', 'Clarke'] } }
 */
export function draftRegistry(summaries: readonly UnlinkedNameSummary[], options: DraftRegistryOptions = {}): EntityRegistry {
  const minMentions = options.minMentions ?? 2;
  const taken = new Set(options.takenIds ?? []);
  const entities = [];
  for (const summary of summaries) {
    if (summary.mentions < minMentions) continue;
    const base = slug(summary.name) || 'name';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    entities.push({ id, name: summary.name, type: summary.type, aliases: summary.surfaces });
  }
  return EntityRegistrySchema.parse({
    $comment: 'Drafted by `polynews names` from names no registry held. Check every entry: remove the wrong ones, merge those that are one, fix types, add aliases in other scripts; then parse again with --entities this file.',
    entities,
  });
}

/** A lower-case id from a name in any script (`Сергей Орлов` → `sergey-orlov`). */
function slug(name: string): string {
  return anyAscii(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** A name's spelling for grouping across scripts: ASCII, lower case, letters only, `y` as `i`, no doubled letters. */
function skeleton(name: string): string {
  return anyAscii(name)
    .toLowerCase()
    .replace(/y/gu, 'i')
    .replace(/[^a-z ]+/gu, '')
    .replace(/(.)\1+/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

function byFrequency(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value]) => value);
}

function mostFrequent(values: readonly string[]): string {
  return byFrequency(values)[0]!;
}

/** The words around a mention on its line, cut at word boundaries. */
function contextOf(article: Article, mention: Mention): string {
  const lineStart = article.text.lastIndexOf('\n', mention.start - 1) + 1;
  const lineEnd = article.text.indexOf('\n', mention.end);
  const from = Math.max(lineStart, mention.start - CONTEXT);
  const to = Math.min(lineEnd === -1 ? article.text.length : lineEnd, mention.end + CONTEXT);
  const before = from > lineStart ? '…' + article.text.slice(from, mention.start).replace(/^\S*\s/u, '') : article.text.slice(from, mention.start);
  const after = to < (lineEnd === -1 ? article.text.length : lineEnd) ? article.text.slice(mention.end, to).replace(/\s\S*$/u, '') + '…' : article.text.slice(mention.end, to);
  return `${before}[${mention.surface}]${after}`.replace(/\s+/gu, ' ').trim();
}

import { desc, escape, op, type ColumnTable } from 'arquero';
import type { CorpusTables } from './corpus-tables.js';
import { groupKeys, labelUnknown, withGroupTotals, type GroupBy } from './group-keys.js';
import { groupByColumns } from './group-by-columns.js';

/** Options of {@link coverage}. */
export interface CoverageOptions {
  /** Group by language (default), outlet, both, or `[]` for the whole corpus. */
  by?: GroupBy;
  /** Count mentions in boilerplate (captions, teasers, menus) too; default false: title, lead and body only. */
  includeBoilerplate?: boolean;
  /** Keep only these entity types (`person`, `place`, `org`, `media`); default all. */
  types?: readonly string[];
  /** Count only names linked to the registry; default false: names the registry does not hold count too, with `linked: false`. */
  linkedOnly?: boolean;
}

/**
 * Attention per entity and group, as media-monitoring tools report it: how many of the group's
 * articles mention the entity (`articles`), how many mentions there are (`mentions`), how many
 * articles the group has (`total`) and the share of them that mention the entity
 * (`share = articles / total`). Only mentions in title, lead and body count unless asked. A name the
 * registry does not hold counts as one entity per key (`entity`, `linked: false`, `entityId` null),
 * named by the first of its names in alphabetical order.
 *
 * @returns columns: the group keys, `entity`, `entityId`, `name`, `type`, `linked`, `articles`,
 *   `mentions`, `total`, `share`; by group, then most-covered first
 * @example
 * coverage(tables, { by: 'language', types: ['person'] }).print();
 * // language  entity         entityId       name           type    linked articles mentions total share
 * // ar        abdoulaye-diop abdoulaye-diop Abdoulaye Diop person  true   2        9        2     1
 */
export function coverage(tables: CorpusTables, options: CoverageOptions = {}): ColumnTable {
  const keys = groupKeys(options.by ?? 'language');
  let mentions = tables.mentions;
  if (!options.includeBoilerplate) mentions = mentions.filter((d: { inArticle: boolean }) => d.inArticle);
  if (options.linkedOnly) mentions = mentions.filter((d: { linked: boolean }) => d.linked);
  if (options.types) mentions = mentions.params({ types: [...options.types] }).filter((d: { type: string }, $: { types: string[] }) => op.includes($.types, d.type));
  const totals = groupByColumns(labelUnknown(tables.articles, keys), keys).rollup({ total: op.count() });
  // Mentions per (group, entity, article) first: counting those rows gives the articles, faster
  // than a distinct count of article ids per group.
  const names = { entityId: op.max('entityId'), name: op.min('name'), type: op.min('type'), linked: op.max('linked') };
  const perArticle = groupByColumns(labelUnknown(mentions, keys), [...keys, 'entity', 'articleId']).rollup({ mentions: op.count(), ...names });
  const counted = groupByColumns(perArticle, [...keys, 'entity']).rollup({ articles: op.count(), mentions: op.sum('mentions'), ...names });
  const joined = withGroupTotals(counted, totals, keys);
  return joined
    .derive({ share: (d: { articles: number; total: number }) => d.articles / d.total, entityId: escape((d: { entityId?: string | null }) => d.entityId ?? null) })
    .select(...keys, 'entity', 'entityId', 'name', 'type', 'linked', 'articles', 'mentions', 'total', 'share')
    .orderby(...keys, desc('articles'), desc('mentions'), 'name', 'entity');
}

import { desc, escape, op, type ColumnTable } from 'arquero';
import { coverage } from './coverage.js';
import type { CorpusTables } from './corpus-tables.js';
import { groupKeys, UNKNOWN, type GroupKey } from './group-keys.js';
import { voices } from './voices.js';

/** Options of {@link compare}. */
export interface CompareOptions {
  /** The attribute that defines the two groups: `language` (default) or `outlet`. */
  by?: GroupKey;
  /** The two values to compare, e.g. `['vi', 'ar']` or `['RT', 'Al Mayadeen']`. */
  groups: readonly [string, string];
  /** Count mentions in boilerplate too (default false). */
  includeBoilerplate?: boolean;
}

/** The two side-by-side tables of {@link compare}. */
export interface Comparison {
  /**
   * One row per entity covered by either group, linked or not: `entity`, `entityId`, `name`, `type`, `linked`, then for each group
   * `<group> articles` and `<group> share` (0 when it never names the entity), and
   * `difference = share of the first − share of the second`; largest differences first.
   */
  coverage: ColumnTable;
  /**
   * One row per speaker quoted by either group (`(no speaker)` included): `speaker`, then `<group> quotes` and
   * `<group> share` of the group's quotes, and `difference`; largest differences first.
   */
  voices: ColumnTable;
}

/**
 * Two groups side by side on coverage and voices: what one language (or outlet) covers and quotes
 * that the other does not. Groups are named by their value, so the columns read `vi share`,
 * `ar share`. An unknown group value is an error listing the values present.
 *
 * @example
 * const { coverage, voices } = compare(tables, { by: 'language', groups: ['vi', 'ar'] });
 * coverage.select('name', 'vi share', 'ar share', 'difference').print();
 */
export function compare(tables: CorpusTables, options: CompareOptions): Comparison {
  const by = compareKey(options);
  checkGroupsPresent(by, options.groups, (tables.articles.array(by) as (string | null)[]).map((value) => value ?? UNKNOWN));
  return comparisonOf(coverage(tables, { by, includeBoilerplate: options.includeBoilerplate }), voices(tables, { by }), by, options.groups);
}

/** The group key of compare options, checked (`language` by default). */
export function compareKey(options: CompareOptions): GroupKey {
  return groupKeys(options.by ?? 'language')[0]!;
}

/** Throws, listing the values present, when a group to compare has no articles. */
export function checkGroupsPresent(by: GroupKey, groups: readonly [string, string], values: Iterable<string>): void {
  const present = new Set(values);
  for (const group of groups) {
    if (!present.has(group)) throw new Error(`compare: no articles with ${by} "${group}"; present: ${[...present].sort().join(', ')}`);
  }
}

/**
 * The comparison of two groups from the `coverage` and `voices` tables by that key (computed in
 * memory or by DuckDB): both paths share this step, so they give the same tables.
 */
export function comparisonOf(covered: ColumnTable, quoted: ColumnTable, by: GroupKey, groups: readonly [string, string]): Comparison {
  return {
    coverage: sideBySide(covered, by, groups, ['entity', 'entityId', 'name', 'type', 'linked'], 'articles', 'share'),
    voices: sideBySide(quoted, by, groups, ['speaker'], 'quotes', 'share'),
  };
}

function sideBySide(
  source: ColumnTable,
  by: string,
  groups: readonly [string, string],
  idColumns: readonly string[],
  countColumn: string,
  shareColumn: string,
): ColumnTable {
  // Rows meet on the first id column (an entity, a speaker); the others (name, type) come from the first row that has it.
  const id = idColumns[0]!;
  const inGroups = source.params({ groups: [...groups], by }).filter((d: Record<string, unknown>, $: { groups: string[]; by: string }) => op.includes($.groups, d[$.by]));
  const ids = inGroups.select(...idColumns).dedupe(id);
  const part = (group: string) =>
    source
      .params({ group, by })
      .filter((d: Record<string, unknown>, $: { group: string; by: string }) => d[$.by] === $.group)
      .select(id, countColumn, shareColumn)
      .rename({ [countColumn]: `${group} ${countColumn}`, [shareColumn]: `${group} share` });
  const [first, second] = groups;
  const firstShare = `${first} share`;
  const secondShare = `${second} share`;
  const fill = Object.fromEntries(
    [`${first} ${countColumn}`, firstShare, `${second} ${countColumn}`, secondShare].map((name) => [
      name,
      escape((d: Record<string, number | undefined>) => d[name] ?? 0),
    ]),
  );
  return ids
    .join_left(part(first), id)
    .join_left(part(second), id)
    .derive(fill as Parameters<ColumnTable['derive']>[0])
    .derive({ difference: escape((d: Record<string, number>) => d[firstShare]! - d[secondShare]!) })
    .derive({ gap: (d: { difference: number }) => Math.abs(d.difference) })
    .orderby(desc('gap'), idColumns.includes('name') ? 'name' : id, id)
    .select(...idColumns, `${first} ${countColumn}`, firstShare, `${second} ${countColumn}`, secondShare, 'difference');
}

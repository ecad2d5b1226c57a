import { describe, expect, it } from 'vitest';
import { compare, corpusTables } from '../src/index.js';
import { inlineCorpus } from './inline-corpus.js';
import { seedArticles } from './seeds.js';

describe('compare', () => {
  const tables = corpusTables(inlineCorpus());

  it('puts two languages side by side on coverage and voices, largest differences first', () => {
    const { coverage, voices } = compare(tables, { groups: ['en', 'fr'] });
    expect(coverage.objects()).toEqual([
      { entity: 'sergei-lavrov', entityId: 'sergei-lavrov', name: 'Sergei Lavrov', type: 'person', linked: true, 'en articles': 1, 'en share': 0.5, 'fr articles': 1, 'fr share': 1, difference: -0.5 },
      { entity: 'mali', entityId: 'mali', name: 'Mali', type: 'place', linked: true, 'en articles': 2, 'en share': 1, 'fr articles': 1, 'fr share': 1, difference: 0 },
    ]);
    expect(voices.objects()).toEqual([
      { speaker: 'Sergei Lavrov', 'en quotes': 1, 'en share': 1 / 3, 'fr quotes': 2, 'fr share': 1, difference: 1 / 3 - 1 },
      { speaker: '(no speaker)', 'en quotes': 1, 'en share': 1 / 3, 'fr quotes': 0, 'fr share': 0, difference: 1 / 3 },
      { speaker: 'a Malian diplomat', 'en quotes': 1, 'en share': 1 / 3, 'fr quotes': 0, 'fr share': 0, difference: 1 / 3 },
    ]);
  });

  it('compares two outlets and names the values present when a group is unknown', () => {
    const { coverage } = compare(tables, { by: 'outlet', groups: ['Outlet A', 'Outlet B'] });
    expect(coverage.columnNames()).toEqual(['entity', 'entityId', 'name', 'type', 'linked', 'Outlet A articles', 'Outlet A share', 'Outlet B articles', 'Outlet B share', 'difference']);
    expect(() => compare(tables, { groups: ['en', 'de'] })).toThrow('compare: no articles with language "de"; present: en, fr, unknown');
  });

  it('shows what the Vietnamese seeds cover that the Arabic ones do not', async () => {
    const { coverage, voices } = compare(corpusTables(await seedArticles()), { groups: ['vi', 'ar'] });
    const rows = coverage.objects() as { entityId: string | null; 'vi share': number; 'ar share': number; difference: number }[];
    const byId = new Map(rows.map((row) => [row.entityId, row]));
    expect(byId.get('sergei-lavrov')).toMatchObject({ 'vi share': 1, 'ar share': 1, difference: 0 });
    expect(byId.get('vladimir-putin')).toMatchObject({ 'vi share': 0, 'ar share': 1, difference: -1 });
    for (const row of rows) expect(row.difference).toBeCloseTo(row['vi share'] - row['ar share'], 12);
    const gaps = rows.map((row) => Math.abs(row.difference));
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    expect(voices.array('speaker')).toContain('Sergei Lavrov');
    const unlinked = rows.filter((row) => row.entityId === null) as unknown as { linked: boolean; entity: string }[];
    expect(unlinked.length).toBeGreaterThan(0);
    expect(unlinked.every((row) => !row.linked && /^(vi|ar):/u.test(row.entity))).toBe(true);
  });
});

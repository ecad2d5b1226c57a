import { fromArrow, op, table, type ColumnTable } from 'arquero';
import { dictionary, tableFromArrays, tableToIPC, utf8 } from '@uwdata/flechette';
import { describe, expect, it } from 'vitest';
import { groupByColumns } from '../src/index.js';

/** A deterministic pseudo-random generator (mulberry32). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values that arquero's string keys tell apart: text that looks like numbers, null and undefined, NaN, booleans, quotes and pipes. */
const VALUES: readonly unknown[] = ['vi', 'pl', 'ar', '1', 1, 0, -0, 'true', true, false, null, undefined, Number.NaN, '', 'a|b', '"a"', 'Đà Nẵng'];

function randomTable(random: () => number, rows: number, columns: number): ColumnTable {
  const data: Record<string, unknown[]> = {};
  for (let c = 0; c < columns; c++) data[`k${c}`] = Array.from({ length: rows }, () => VALUES[Math.floor(random() * (3 + c * 5)) % VALUES.length]);
  data['v'] = Array.from({ length: rows }, (_, row) => row);
  return table(data);
}

const summarize = (grouped: ColumnTable) => grouped.rollup({ n: op.count(), first: op.min('v'), total: op.sum('v') }).objects();

describe('groupByColumns', () => {
  it('gives the groups of arquero groupby, in the same order, on random tables of mixed values', () => {
    const random = seeded(7);
    for (let trial = 0; trial < 200; trial++) {
      const columns = 1 + (trial % 4);
      const data = randomTable(random, 1 + Math.floor(random() * 300), columns);
      const names = Array.from({ length: columns }, (_, c) => `k${c}`);
      expect(summarize(groupByColumns(data, names))).toEqual(summarize(data.groupby(...names)));
    }
  });

  it('groups only the rows a filter keeps, like arquero', () => {
    const random = seeded(11);
    for (let trial = 0; trial < 50; trial++) {
      const data = randomTable(random, 200, 3).filter((d: { v: number }) => d.v % 3 !== 0);
      const grouped = groupByColumns(data, ['k0', 'k2']);
      expect(summarize(grouped)).toEqual(summarize(data.groupby('k0', 'k2')));
      expect(grouped.groups().keys.length).toBe(200);
    }
  });

  it('counts mentions per language and entity on a small table', () => {
    const mentions = table({ language: ['vi', 'pl', 'vi', 'vi', 'ar'], entityId: ['mali', 'mali', 'mali', 'russia', 'mali'] });
    expect(groupByColumns(mentions, ['language', 'entityId']).rollup({ n: op.count() }).objects()).toEqual([
      { language: 'vi', entityId: 'mali', n: 2 },
      { language: 'pl', entityId: 'mali', n: 1 },
      { language: 'vi', entityId: 'russia', n: 1 },
      { language: 'ar', entityId: 'mali', n: 1 },
    ]);
  });

  it('falls back to arquero for object and bigint values (dates are keyed by their time there, 1n like 1)', () => {
    const data = table({ day: [new Date(Date.UTC(2023, 6, 1)), new Date(Date.UTC(2023, 6, 1)), new Date(Date.UTC(2023, 6, 2))], v: [1, 2, 3] });
    expect(groupByColumns(data, ['day']).rollup({ n: op.count() }).array('n')).toEqual([2, 1]);
    const mixed = table({ id: [1n, 1, 2n], v: [1, 2, 3] });
    expect(groupByColumns(mixed, ['id']).rollup({ n: op.count() }).array('n')).toEqual(mixed.groupby('id').rollup({ n: op.count() }).array('n'));
  });

  it('keeps arquero grouping of a dictionary column loaded from Arrow, and ungroups for no columns', () => {
    const arrow = fromArrow(tableToIPC(tableFromArrays({ language: ['vi', 'pl', 'vi'] }, { types: { language: dictionary(utf8()) } }), { format: 'stream' })!);
    expect((arrow.column('language') as unknown as { groups?: unknown }).groups).toBeTypeOf('function');
    expect(groupByColumns(arrow, ['language']).rollup({ n: op.count() }).objects()).toEqual([
      { language: 'vi', n: 2 },
      { language: 'pl', n: 1 },
    ]);
    expect(groupByColumns(table({ a: [1] }).groupby('a'), []).isGrouped()).toBe(false);
  });
});

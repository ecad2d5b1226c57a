import { describe, expect, it } from 'vitest';
import { calendarParts, isoWeek, placeAtUnit } from '../src/index.js';

describe('calendarParts and placeAtUnit', () => {
  it('splits a value into the units it is known to', () => {
    expect(calendarParts('2023-07-01T09:05:00+07:00')).toEqual({ day: '2023-07-01', week: '2023-W26', month: '2023-07', year: '2023' });
    expect(calendarParts('2020-08')).toEqual({ day: null, week: null, month: '2020-08', year: '2020' });
    expect(calendarParts('2013')).toEqual({ day: null, week: null, month: null, year: '2013' });
    for (const partial of ['--06-30', '--05', '-W-4', null, '']) expect(calendarParts(partial)).toEqual({ day: null, week: null, month: null, year: null });
  });

  it('numbers ISO weeks across year ends', () => {
    expect(isoWeek(2021, 1, 3)).toBe('2020-W53');
    expect(isoWeek(2021, 1, 4)).toBe('2021-W01');
    expect(isoWeek(2024, 12, 30)).toBe('2025-W01');
    expect(isoWeek(2023, 7, 1)).toBe('2023-W26');
  });

  it('never places a date more precisely than it is known', () => {
    expect(placeAtUnit(calendarParts('2023-07'), 'day')).toEqual({ period: '2023-07', knownTo: 'month' });
    expect(placeAtUnit(calendarParts('2023-07'), 'week')).toEqual({ period: '2023-07', knownTo: 'month' });
    expect(placeAtUnit(calendarParts('2023-07-01'), 'week')).toEqual({ period: '2023-W26', knownTo: 'week' });
    expect(placeAtUnit(calendarParts('2023-07-01'), 'month')).toEqual({ period: '2023-07', knownTo: 'month' });
    expect(placeAtUnit(calendarParts('2023'), 'month')).toEqual({ period: '2023', knownTo: 'year' });
    expect(placeAtUnit(calendarParts('--06-30'), 'year')).toEqual({ period: 'unknown', knownTo: 'unknown' });
    expect(() => placeAtUnit(calendarParts('2023'), 'decade' as never)).toThrow('unknown calendar unit "decade"');
  });
});

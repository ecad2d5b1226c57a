import { describe, expect, it } from 'vitest';
import { median } from '../src/median.js';

describe('median', () => {
  it('takes the middle value, or the mean of the middle two, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([0.94, 1.18, 0.86])).toBe(0.94);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });
});

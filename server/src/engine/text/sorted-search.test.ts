import assert from 'node:assert/strict';
import { lastAtOrBefore } from './sorted-search';

describe('lastAtOrBefore', () => {
  it('finds the last value at or before, including among equal values, or -1', () => {
    const starts = [0, 10, 10, 25];
    const cases: [number, number][] = [[-1, -1], [0, 0], [9, 0], [10, 2], [24, 2], [25, 3], [1000, 3]];
    for (const [value, expected] of cases) assert.equal(lastAtOrBefore(starts, value), expected, String(value));
    assert.equal(lastAtOrBefore([], 5), -1);
    assert.equal(lastAtOrBefore(new Int32Array([3, 7]), 6), 0);
  });
});

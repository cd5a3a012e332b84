import assert from 'node:assert/strict';
import { isIsoDate, isPastDate } from './iso-date';

describe('isIsoDate', () => {
  const cases: readonly [string, boolean][] = [
    ['2026-01-31', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-31', false],
    ['2026/01/31', false],
    ['2026-01-31T00:00', false],
    ['２０２６-01-31', false],
  ];
  for (const [value, expected] of cases) {
    it(`${value} → ${String(expected)}`, () => assert.equal(isIsoDate(value), expected));
  }
});

describe('isPastDate', () => {
  it('is past only after the last day', () => {
    assert.equal(isPastDate('2026-01-14', '2026-01-15'), true);
    assert.equal(isPastDate('2026-01-15', '2026-01-15'), false);
    assert.equal(isPastDate('2026-12-31', '2026-01-15'), false);
  });
});

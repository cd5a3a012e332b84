import assert from 'node:assert/strict';
import { forEachInOrder } from '../../server/src/cli/ordered-work';
import { poolSizeFor } from '../../server/src/cli/scan-pool';

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('forEachInOrder', () => {
  it('hands results on in list order however the work interleaves', async () => {
    const delays = [30, 5, 20, 1, 10, 0, 25];
    const emitted: number[] = [];
    await forEachInOrder(
      delays,
      3,
      async (ms, index) => {
        await delay(ms);
        return index;
      },
      (result) => emitted.push(result),
    );
    assert.deepEqual(emitted, [0, 1, 2, 3, 4, 5, 6]);
  });

  it('never has more than the window started and not yet handed on', async () => {
    let open = 0;
    let most = 0;
    await forEachInOrder(
      Array.from({ length: 12 }, (_, i) => (i % 3) * 4),
      4,
      async (ms) => {
        open++;
        most = Math.max(most, open);
        await delay(ms);
      },
      () => open--,
    );
    assert.equal(most, 4);
  });

  it('finishes at once on an empty list', async () => {
    let calls = 0;
    await forEachInOrder([], 2, () => Promise.resolve(calls++), () => calls++);
    assert.equal(calls, 0);
  });

  it('rejects when a piece of work fails', async () => {
    await assert.rejects(
      forEachInOrder([1, 2], 2, (n) => (n === 2 ? Promise.reject(new Error('boom')) : Promise.resolve(n)), () => undefined),
      /boom/,
    );
  });
});

describe('poolSizeFor', () => {
  const cases: [number, number, number][] = [
    [1, 8, 1],
    [0, 8, 1],
    [100, 8, 4],
    [100, 2, 2],
    [3, 8, 3],
    [100, 1, 1],
  ];
  for (const [files, cores, expected] of cases) {
    it(`${files} files on ${cores} cores → ${expected} threads`, () => assert.equal(poolSizeFor(files, cores), expected));
  }
});

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

  /** Runs one slow item then nine quick ones; says how many quick ones finished while the slow one ran. */
  async function quickOnesPastSlowOne(window: number, maxRunning?: number): Promise<{ finished: number; most: number }> {
    let running = 0;
    let most = 0;
    let finished = 0;
    let slowDone = false;
    await forEachInOrder(
      Array.from({ length: 10 }, (_, i) => (i === 0 ? 300 : 0)),
      window,
      async (ms, index) => {
        running++;
        most = Math.max(most, running);
        await delay(ms);
        running--;
        if (index === 0) slowDone = true;
        else if (!slowDone) finished++;
      },
      () => undefined,
      maxRunning,
    );
    return { finished, most };
  }

  it('lets finished results wait behind a slow item while at most maxRunning run', async () => {
    assert.deepEqual(await quickOnesPastSlowOne(100, 2), { finished: 9, most: 2 });
  });

  it('without maxRunning, holds every later item once the window is full behind a slow one', async () => {
    assert.deepEqual(await quickOnesPastSlowOne(2), { finished: 1, most: 2 });
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

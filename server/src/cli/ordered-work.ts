/**
 * Runs asynchronous work over a list with bounded concurrency and hands the results on in list
 * order, so output is the same however threads interleave. At most `window` items are started
 * and not yet handed on, which bounds memory even when one slow item holds up the rest; of
 * those, at most `maxRunning` are unfinished. A small result can wait for its turn cheaply while
 * the work that holds it up runs, so the CLI keeps `maxRunning` small (the texts being scanned)
 * and `window` large (results waiting behind a slow file), and its threads keep busy.
 */
export async function forEachInOrder<T, R>(
  items: readonly T[],
  window: number,
  work: (item: T, index: number) => Promise<R>,
  emit: (result: R, item: T, index: number) => void,
  maxRunning = window,
): Promise<void> {
  const results = new Map<number, R>();
  let nextToStart = 0;
  let nextToEmit = 0;
  let running = 0;
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const pump = (): void => {
      if (failed) return;
      while (results.has(nextToEmit)) {
        const result = results.get(nextToEmit) as R;
        results.delete(nextToEmit);
        try {
          emit(result, items[nextToEmit]!, nextToEmit);
        } catch (error) {
          failed = true;
          reject(asError(error));
          return;
        }
        nextToEmit++;
      }
      if (nextToEmit === items.length) {
        resolve();
        return;
      }
      while (nextToStart < items.length && nextToStart - nextToEmit < Math.max(1, window) && running < Math.max(1, maxRunning)) {
        const index = nextToStart++;
        running++;
        work(items[index]!, index).then(
          (result) => {
            running--;
            results.set(index, result);
            pump();
          },
          (error: unknown) => {
            failed = true;
            reject(asError(error));
          },
        );
      }
    };
    pump();
  });
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

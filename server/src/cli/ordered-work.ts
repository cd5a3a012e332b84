/**
 * Runs asynchronous work over a list with bounded concurrency and hands the results on in list
 * order, so output is the same however threads interleave. At most `window` items are started
 * and not yet handed on, which bounds memory even when one slow item holds up the rest.
 */
export async function forEachInOrder<T, R>(
  items: readonly T[],
  window: number,
  work: (item: T, index: number) => Promise<R>,
  emit: (result: R, item: T, index: number) => void,
): Promise<void> {
  const results = new Map<number, R>();
  let nextToStart = 0;
  let nextToEmit = 0;
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
      while (nextToStart < items.length && nextToStart - nextToEmit < Math.max(1, window)) {
        const index = nextToStart++;
        work(items[index]!, index).then(
          (result) => {
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

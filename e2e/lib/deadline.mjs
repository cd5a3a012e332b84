/** Waiting with a limit, so that every wait fails with a message that says what it waited for. */
import { setTimeout as delay } from 'node:timers/promises';
import { clearTimeout, setTimeout } from 'node:timers';

/** Settles like `promise`, or rejects naming `what` once `ms` milliseconds have passed. */
export async function within(ms, what, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms / 1000} s waiting for ${what}.`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Calls `probe` until it returns something other than undefined, or fails naming `what`. */
export async function poll(ms, what, probe, intervalMs = 250) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms / 1000} s waiting for ${what}.`);
    await delay(intervalMs);
  }
}

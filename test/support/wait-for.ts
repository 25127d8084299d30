// A bounded poll for a condition that another process or a timer brings about: the tests wait for
// what they can observe (a row, a file, a record) instead of sleeping for a guessed time.
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Calls `probe` until it returns something other than `undefined`, and returns that. Fails
 * naming `what` when `timeoutMs` passes first; an error thrown by `probe` ends the wait at once.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  { timeoutMs = 20_000, intervalMs = 20 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const giveUpAt = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > giveUpAt) throw new Error(`Gave up after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

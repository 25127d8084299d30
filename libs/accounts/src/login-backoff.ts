import type { Clock } from '@wobdesk/domain';

/**
 * How long logins wait after failures. Two counters per e-mail address (known or not, so a
 * refusal tells nothing about whether the account exists):
 *
 * - per address and client IP: 5 free failures, then 1 s, 2 s, 4 s … up to 15 minutes. It only
 *   slows the one address guessing, never the real user elsewhere.
 * - per address over all IPs: 50 free failures, then 1 s, 2 s … up to 60 s. It slows a guesser
 *   who spreads over many addresses; IPs that logged in to the account before are exempt, so
 *   nobody can lock the real user out from where they usually work.
 *
 * Attempts still being checked count as failures until they turn out right, so 100 parallel
 * guesses start at most 5 password hashes (the hashing is what made other logins wait).
 */
export const BACKOFF = {
  pair: { free: 5, baseSeconds: 1, capSeconds: 15 * 60 },
  account: { free: 50, baseSeconds: 1, capSeconds: 60 },
  /** Failures are forgotten after this long without a new one. */
  forgetAfterSeconds: 24 * 3600,
  /** Entries kept at most; the oldest quiet ones go first. */
  maxEntries: 20_000,
} as const;

export interface BackoffStep {
  readonly free: number;
  readonly baseSeconds: number;
  readonly capSeconds: number;
}

/** Seconds to wait after `failures` failures: 0 while free, then doubling up to the cap. */
export function backoffSeconds(failures: number, step: BackoffStep): number {
  if (failures < step.free) return 0;
  const exponent = failures - step.free;
  // 2^exponent overflows to Infinity for large counts; the cap bounds it either way.
  return Math.min(step.capSeconds, step.baseSeconds * 2 ** Math.min(exponent, 52));
}

interface Counter {
  failures: number;
  pending: number;
  lastFailureMs: number;
}

/** The outcome of asking to try: go ahead (and report back), or wait this many seconds. */
export type BackoffVerdict =
  | { readonly allowed: true; readonly done: (succeeded: boolean) => void }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * The counters in this process's memory. With several API instances each keeps its own, so a
 * guesser gets at most that many times the free attempts; the per-IP limit still applies.
 */
export class LoginBackoff {
  private readonly counters = new Map<string, Counter>();
  /** `account\u0000ip` pairs that have logged in successfully. */
  private readonly trusted = new Map<string, number>();

  constructor(private readonly clock: Clock) {}

  /** Asks to check a password for `account` from `ip`; call `done` with the result. */
  attempt(account: string, ip: string): BackoffVerdict {
    const now = this.clock.now().getTime();
    const pairKey = `pair\u0000${account}\u0000${ip}`;
    const accountKey = `account\u0000${account}`;
    const pair = this.counter(pairKey, now);
    const whole = this.counter(accountKey, now);
    const exempt = this.trusted.has(`${account}\u0000${ip}`);
    const wait = Math.max(
      waitSeconds(pair, BACKOFF.pair, now),
      exempt ? 0 : waitSeconds(whole, BACKOFF.account, now),
    );
    if (wait > 0) return { allowed: false, retryAfterSeconds: wait };
    pair.pending++;
    whole.pending++;
    let reported = false;
    return {
      allowed: true,
      done: (succeeded) => {
        if (reported) return;
        reported = true;
        pair.pending--;
        whole.pending--;
        const at = this.clock.now().getTime();
        if (succeeded) {
          this.counters.delete(pairKey);
          this.trusted.delete(`${account}\u0000${ip}`);
          this.trusted.set(`${account}\u0000${ip}`, at);
          this.prune(this.trusted);
          return;
        }
        for (const [key, counter] of [
          [pairKey, pair],
          [accountKey, whole],
        ] as const) {
          counter.failures++;
          counter.lastFailureMs = at;
          if (!this.counters.has(key)) this.counters.set(key, counter);
        }
        this.prune(this.counters);
      },
    };
  }

  private counter(key: string, now: number): Counter {
    let counter = this.counters.get(key);
    if (counter && counter.pending === 0 && forgotten(counter, now)) {
      this.counters.delete(key);
      counter = undefined;
    }
    if (!counter) {
      counter = { failures: 0, pending: 0, lastFailureMs: now };
      this.counters.set(key, counter);
    }
    return counter;
  }

  private prune<T>(map: Map<string, T>): void {
    for (const [key, value] of map) {
      if (map.size <= BACKOFF.maxEntries) return;
      if (typeof value === 'object' && (value as Counter).pending > 0) continue;
      map.delete(key);
    }
  }
}

function forgotten(counter: Counter, now: number): boolean {
  return now - counter.lastFailureMs > BACKOFF.forgetAfterSeconds * 1000;
}

/**
 * Seconds until the next attempt may start. Checks in progress count as failures, so parallel
 * guesses cannot all slip through before the first one fails; after the free failures only one
 * attempt at a time is checked.
 */
function waitSeconds(counter: Counter, step: BackoffStep, now: number): number {
  if (counter.failures + counter.pending < step.free) return 0;
  if (counter.pending > 0) return step.baseSeconds;
  const remainingMs = counter.lastFailureMs + backoffSeconds(counter.failures, step) * 1000 - now;
  return remainingMs > 0 ? Math.ceil(remainingMs / 1000) : 0;
}

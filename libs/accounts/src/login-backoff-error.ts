/**
 * A login refused before the password (or the second-factor code) was checked, because the
 * address failed too often (login-backoff.ts). The HTTP layer answers 429 with `Retry-After`.
 */
export class LoginBackoffError extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    /** What was guessed too often: the page says which. */
    readonly guessed: 'password' | 'code' = 'password',
  ) {
    super(`Too many failed logins; try again in ${retryAfterSeconds} s.`);
  }
}

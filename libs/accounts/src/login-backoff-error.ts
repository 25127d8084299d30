/**
 * A login refused before the password was checked, because the address failed too often
 * (login-backoff.ts). The HTTP layer answers 429 with `Retry-After`.
 */
export class LoginBackoffError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed logins; try again in ${retryAfterSeconds} s.`);
  }
}

import type { Actor } from '@wobdesk/register';

/** Where a login comes from: the backoff counts per address and IP; the session list shows both. */
export interface LoginClient {
  readonly ip: string;
  readonly userAgent?: string;
}

/** How the HTTP layer signs a user in and recognises the session; implemented by AuthService. */
export interface Authenticator {
  /**
   * Returns a session token (opaque) valid for the configured time, or throws unauthenticated;
   * throws `LoginBackoffError` while the address is backing off after failed attempts.
   */
  login(
    email: string,
    password: string,
    client?: LoginClient,
  ): Promise<{ token: string; expiresAt: string; actor: Actor }>;
  logout(token: string): Promise<void>;
  /** Undefined when the token is unknown, expired or idle too long. */
  authenticate(token: string): Promise<Actor | undefined>;
}

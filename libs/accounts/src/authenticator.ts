import type { Actor } from '@wobdesk/register';

/** Where a login comes from: the backoff counts per address and IP; the session list shows both. */
export interface LoginClient {
  readonly ip: string;
  readonly userAgent?: string;
}

/** How a login treats the second factor, and where it comes from. */
export interface LoginOptions {
  /** The code from the authenticator app, or a recovery code, sent with the password. */
  readonly code?: string;
  /**
   * True for the pages: without a code (or without enrolment), start a session that opens only
   * the code or enrolment page. False (the API): refuse such a login instead.
   */
  readonly allowPending?: boolean;
  readonly client?: LoginClient;
}

/** A started session; `pending` says whether it still waits for a second factor. */
export interface LoginSession {
  readonly token: string;
  readonly expiresAt: string;
  readonly actor: Actor;
  readonly pending: 'code' | 'enrol' | null;
}

/** How the HTTP layer signs a user in and recognises the session; implemented by AuthService. */
export interface Authenticator {
  /**
   * Returns a session token (opaque) valid for the configured time, or throws unauthenticated;
   * throws `LoginBackoffError` while the address is backing off after failed attempts.
   */
  login(email: string, password: string, options?: LoginOptions): Promise<LoginSession>;
  logout(token: string): Promise<void>;
  /** Undefined when the token is unknown, expired, idle too long, or still waits for a second factor. */
  authenticate(token: string): Promise<Actor | undefined>;
}

import type { Actor } from '@wobdesk/register';

/** How a login treats the second factor. */
export interface LoginOptions {
  /** The code from the authenticator app, or a recovery code, sent with the password. */
  readonly code?: string;
  /**
   * True for the pages: without a code (or without enrolment), start a session that opens only
   * the code or enrolment page. False (the API): refuse such a login instead.
   */
  readonly allowPending?: boolean;
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
  /** Returns a session token (opaque) valid for the configured time, or throws unauthenticated. */
  login(email: string, password: string, options?: LoginOptions): Promise<LoginSession>;
  logout(token: string): Promise<void>;
  /** Undefined when the token is unknown, expired, or still waits for a second factor. */
  authenticate(token: string): Promise<Actor | undefined>;
}

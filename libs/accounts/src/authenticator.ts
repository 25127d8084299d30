import type { Actor } from '@wobdesk/register';

/** How the HTTP layer signs a user in and recognises the session; implemented by AuthService. */
export interface Authenticator {
  /** Returns a session token (opaque) valid for the configured time, or throws unauthenticated. */
  login(
    email: string,
    password: string,
  ): Promise<{ token: string; expiresAt: string; actor: Actor }>;
  logout(token: string): Promise<void>;
  /** Undefined when the token is unknown or expired. */
  authenticate(token: string): Promise<Actor | undefined>;
}

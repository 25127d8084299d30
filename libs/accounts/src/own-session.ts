import type { SessionRecord } from '@wobdesk/persistence';
import type { Actor } from '@wobdesk/register';

/** One of a clerk's own sessions as they may see it: never the token or its hash. */
export interface OwnSession {
  readonly id: string;
  readonly startedAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
  readonly ip: string | null;
  readonly userAgent: string | null;
  /** The session this list was asked from. */
  readonly current: boolean;
}

export function ownSessionOf(session: SessionRecord, current: boolean): OwnSession {
  return {
    id: session.id,
    startedAt: session.createdAt.toISOString(),
    lastSeenAt: (session.lastSeenAt ?? session.createdAt).toISOString(),
    expiresAt: session.expiresAt.toISOString(),
    ip: session.clientIp,
    userAgent: session.userAgent,
    current,
  };
}

/** A clerk's view of their own sessions (implemented by AuthService). */
export interface OwnSessions {
  /** The user's open sessions, the one of `token` marked as current. */
  sessionsOf(actor: Actor, token: string): Promise<OwnSession[]>;
  /** Ends one of the user's own sessions; false when there is no such session of theirs. */
  endOwnSession(actor: Actor, sessionId: string): Promise<boolean>;
  /** Ends every session of the user except the one of `token`; returns how many ended. */
  endOtherSessions(actor: Actor, token: string): Promise<number>;
}

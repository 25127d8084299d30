import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { AppConfig } from '@wobdesk/config';
import { type Clock, type Role, ROLES, UUID_SHAPE } from '@wobdesk/domain';
import { type SessionRecord, type UserRecord, UserRepository } from '@wobdesk/persistence';
import {
  type Actor,
  hashToken,
  invalidInput,
  isWellFormedToken,
  newToken,
  optionalText,
  requireText,
  workflowError,
} from '@wobdesk/register';
import {
  type Authenticator,
  type LoginClient,
  type LoginOptions,
  type LoginSession,
} from './authenticator.js';
import { LoginBackoff } from './login-backoff.js';
import { LoginBackoffError } from './login-backoff-error.js';
import { type OwnSession, type OwnSessions, ownSessionOf } from './own-session.js';
import { hashPassword, verifyPassword } from './password.js';
import { loadCommonPasswords, type PasswordOwner, passwordProblem } from './password-policy.js';
import { type SecondFactorStage, SecondFactorService } from './second-factor.service.js';

export interface NewUserInput {
  readonly organisationId: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly password: string;
}

/**
 * Clerks' logins (contract.ts `Authenticator`): scrypt password hashes compared in constant time,
 * and sessions whose random token is stored only as its SHA-256 and that expire after
 * SESSION_TTL_HOURS. Also creates users (seeds, tests, later an admin screen).
 */

/** The backoff's "client" for code guesses: one counter per address, whatever the IP. */
const SECOND_FACTOR_GUESSES = 'second-factor';

@Injectable()
export class AuthService implements Authenticator, OwnSessions {
  /** A hash to verify against when the e-mail is unknown, so both cases take as long. */
  private dummyHash: Promise<string> | undefined;
  private readonly backoff: LoginBackoff;

  constructor(
    private readonly users: UserRepository,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly secondFactor: SecondFactorService,
  ) {
    this.backoff = new LoginBackoff(clock);
  }

  async login(email: string, password: string, options: LoginOptions = {}): Promise<LoginSession> {
    const refused = () => workflowError('AUTH.INVALID_CREDENTIALS');
    if (typeof email !== 'string' || typeof password !== 'string' || password.length > 1000) {
      throw refused();
    }
    // With local logins switched off, the identity provider is the only way in (and its second factor).
    if (!this.config.singleSignOn.localLogin) throw workflowError('AUTH.LOCAL_LOGIN_DISABLED');
    const client = options.client ?? UNKNOWN_CLIENT;
    const user = await this.checkedCredentials(email, password, client);
    if (!user) throw refused();
    const pending = await this.secondFactorAfterPassword(user, options);
    return this.startSession(user, client, pending);
  }

  /**
   * The user whose password this is, or undefined; refused with `LoginBackoffError` before any
   * hashing while the address is backing off (login-backoff.ts). API and pages share the counts.
   */
  private async checkedCredentials(
    email: string,
    password: string,
    client: LoginClient,
  ): Promise<UserRecord | undefined> {
    const verdict = this.backoff.attempt(email.trim().toLowerCase(), client.ip);
    if (!verdict.allowed) throw new LoginBackoffError(verdict.retryAfterSeconds);
    let ok = false;
    try {
      const user = await this.users.findByEmail(email);
      this.dummyHash ??= hashPassword(newToken());
      const matches = await verifyPassword(password, user?.passwordHash ?? (await this.dummyHash));
      // A deactivated user is refused like a wrong password: nothing tells a guesser it exists.
      ok = user !== undefined && matches && user.active;
      return ok ? user : undefined;
    } finally {
      verdict.done(ok);
    }
  }

  /**
   * Starts a full session for a user whose identity an identity provider checked: the provider,
   * not Wobdesk, is responsible for their second factor.
   */
  async openSession(user: UserRecord, client: LoginClient = UNKNOWN_CLIENT): Promise<LoginSession> {
    return this.startSession(user, client, null);
  }

  private async startSession(
    user: UserRecord,
    client: LoginClient,
    pending: 'code' | 'enrol' | null,
  ): Promise<LoginSession> {
    const token = newToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlHours * 3_600_000);
    await this.users.startSession(
      {
        id: randomUUID(),
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt,
        createdAt: now,
        secondFactorPending: pending,
        lastSeenAt: now,
        clientIp: client.ip.slice(0, 45),
        userAgent: client.userAgent?.slice(0, 300) ?? null,
      },
      now,
    );
    return { token, expiresAt: expiresAt.toISOString(), actor: actorOf(user), pending };
  }

  /**
   * The second step of a login whose password was right: a code given is checked now (a wrong
   * one refuses the login like a wrong password does); without one, the session waits for it —
   * or, for a caller that cannot show a second page (the JSON API), the login is refused.
   */
  private async secondFactorAfterPassword(
    user: UserRecord,
    options: LoginOptions,
  ): Promise<Exclude<SecondFactorStage, 'none'> | null> {
    const stage = await this.secondFactor.stageFor(user);
    if (stage === 'none') return null;
    if (stage === 'code' && options.code !== undefined) {
      await this.checkedCode(user, options.code);
      return null;
    }
    if (options.allowPending) return stage;
    throw workflowError(
      stage === 'code' ? 'AUTH.SECOND_FACTOR_REQUIRED' : 'AUTH.SECOND_FACTOR_ENROLMENT_REQUIRED',
    );
  }

  /**
   * Checks a second-factor code, refused with `LoginBackoffError` while the user's codes are
   * backing off. Wrong codes count like wrong passwords, on a counter of their own per address
   * (whoever guesses already knows the password, from any IP): five free, then waits doubling to
   * 15 minutes, so a six-digit code cannot be found by trying.
   */
  private async checkedCode(user: UserRecord, code: string): Promise<void> {
    const verdict = this.backoff.attempt(user.email, SECOND_FACTOR_GUESSES);
    if (!verdict.allowed) throw new LoginBackoffError(verdict.retryAfterSeconds, 'code');
    let ok = false;
    try {
      ok = await this.secondFactor.verify(user.id, code);
    } finally {
      verdict.done(ok);
    }
    if (!ok) throw workflowError('AUTH.INVALID_SECOND_FACTOR');
  }

  /** The user of a session that still waits for its second factor, and what it waits for. */
  async pendingSession(
    token: string,
  ): Promise<{ user: UserRecord; stage: 'code' | 'enrol' } | undefined> {
    if (!isWellFormedToken(token)) return undefined;
    const found = await this.users.findSession(hashToken(token));
    const stage = found?.session.secondFactorPending;
    if (!found || !stage || !found.user.active) return undefined;
    if (found.session.expiresAt.getTime() <= this.clock.now().getTime()) return undefined;
    return { user: found.user, stage };
  }

  /**
   * Ends the wait of a session for its code when `code` is right (and not used before); returns
   * the user. A wrong code is refused (401) and the session keeps waiting.
   */
  async completeWithCode(token: string, code: string): Promise<Actor> {
    const pending = await this.pendingSession(token);
    if (pending?.stage !== 'code') throw workflowError('AUTH.INVALID_CREDENTIALS');
    await this.checkedCode(pending.user, code);
    await this.users.completeSecondFactor(hashToken(token));
    return actorOf(pending.user);
  }

  /** Ends the wait of a session for enrolment, once the user confirmed their second factor. */
  async completeEnrolment(token: string): Promise<void> {
    const pending = await this.pendingSession(token);
    if (pending?.stage === 'enrol' && (await this.secondFactor.isEnrolled(pending.user.id))) {
      await this.users.completeSecondFactor(hashToken(token));
    }
  }

  async logout(token: string): Promise<void> {
    if (isWellFormedToken(token)) await this.users.endSession(hashToken(token));
  }

  async authenticate(token: string): Promise<Actor | undefined> {
    if (!isWellFormedToken(token)) return undefined;
    const found = await this.users.findSession(hashToken(token));
    // A session still waiting for its second factor opens nothing but the steps to complete it.
    if (!found || !found.user.active || found.session.secondFactorPending) return undefined;
    if (!(await this.stillOpen(found.session))) return undefined;
    return actorOf(found.user);
  }

  /**
   * Whether a session is within both its absolute end (SESSION_TTL_HOURS after login) and the
   * idle timeout (SESSION_IDLE_MINUTES since it was last used); notes the use, at most once a
   * minute so every request does not write.
   */
  private async stillOpen(session: SessionRecord): Promise<boolean> {
    const now = this.clock.now().getTime();
    if (session.expiresAt.getTime() <= now) return false;
    const lastSeen = (session.lastSeenAt ?? session.createdAt).getTime();
    if (now - lastSeen >= this.config.sessionIdleMinutes * 60_000) {
      await this.users.endSessionOf(session.userId, session.id);
      return false;
    }
    if (now - lastSeen >= TOUCH_INTERVAL_MS) {
      await this.users.touchSession(session.id, new Date(now));
    }
    return true;
  }

  /** The user's open sessions, the one of `token` marked as current. */
  async sessionsOf(actor: Actor, token: string): Promise<OwnSession[]> {
    const now = this.clock.now();
    const sessions = await this.users.sessionsOf(actor.userId, now);
    const current = hashToken(token);
    const idleMs = this.config.sessionIdleMinutes * 60_000;
    return sessions
      .filter((s) => now.getTime() - (s.lastSeenAt ?? s.createdAt).getTime() < idleMs)
      .map((s) => ownSessionOf(s, s.tokenHash === current));
  }

  /** Ends one of the user's own sessions; false when there is no such open session of theirs. */
  endOwnSession(actor: Actor, sessionId: string): Promise<boolean> {
    // Session ids are UUIDs; anything else is no session (and never reaches the database).
    if (typeof sessionId !== 'string' || !UUID_SHAPE.test(sessionId)) {
      return Promise.resolve(false);
    }
    return this.users.endSessionOf(actor.userId, sessionId);
  }

  /** Ends every session of the user except the one of `token`; returns how many ended. */
  async endOtherSessions(actor: Actor, token: string): Promise<number> {
    const found = isWellFormedToken(token)
      ? await this.users.findSession(hashToken(token))
      : undefined;
    if (!found || found.user.id !== actor.userId) return 0;
    return this.users.endOtherSessions(actor.userId, found.session.id);
  }

  /** Creates a user; returns the new id. The e-mail address is stored in lower case. */
  async createUser(input: NewUserInput): Promise<string> {
    const email = requireText(input.email, 'email', 254).toLowerCase();
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw invalidInput('email', 'email');
    if (!ROLES.includes(input.role)) throw invalidInput('role', `one_of:${ROLES.join('|')}`);
    if (await this.users.findByEmail(email)) throw invalidInput('email', 'unique');
    const id = randomUUID();
    const name = requireText(input.name, 'name', 500);
    const password = checkedPassword(input.password, { email, name }, this.config.seedsDir);
    await this.users.insert({
      id,
      organisationId: requireText(input.organisationId, 'organisationId', 36),
      email,
      name,
      role: input.role,
      passwordHash: await hashPassword(password),
      createdAt: this.clock.now(),
      active: true,
      lastLoginAt: null,
      oidcIssuer: null,
      oidcSubject: null,
    });
    return id;
  }

  /** Sets a new password (and optionally name and role) for an existing user. */
  async updateUser(
    id: string,
    patch: { password?: string; name?: string; role?: Role },
  ): Promise<void> {
    const name = optionalText(patch.name, 'name', 500);
    if (patch.role !== undefined && !ROLES.includes(patch.role)) {
      throw invalidInput('role', `one_of:${ROLES.join('|')}`);
    }
    let passwordHash: string | undefined;
    if (patch.password !== undefined) {
      const user = await this.users.findById(id);
      const owner = { email: user?.email, name: name ?? user?.name };
      passwordHash = await hashPassword(
        checkedPassword(patch.password, owner, this.config.seedsDir),
      );
    }
    await this.users.update(id, {
      ...(name !== null && { name }),
      ...(patch.role !== undefined && { role: patch.role }),
      ...(passwordHash !== undefined && { passwordHash }),
    });
  }

  findUserByEmail(email: string): Promise<UserRecord | undefined> {
    return this.users.findByEmail(email);
  }

  verifyPassword(password: string, stored: string): Promise<boolean> {
    return verifyPassword(password, stored);
  }
}

/** A login whose caller did not say where it came from (seeds, tests): one shared bucket. */
const UNKNOWN_CLIENT: LoginClient = { ip: 'unknown' };
/** A session's last use is written at most this often. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * The password policy (password-policy.ts) wherever a password is set: a 400 naming `password`
 * and the broken rule. Existing hashes are not checked again, so old passwords keep working.
 */
export function checkedPassword(password: string, owner: PasswordOwner, seedsDir: string): string {
  if (typeof password !== 'string') throw invalidInput('password', 'string');
  const rule = passwordProblem(password, owner, loadCommonPasswords(seedsDir));
  if (rule !== undefined) throw invalidInput('password', rule);
  return password;
}

function actorOf(user: UserRecord): Actor {
  return {
    userId: user.id,
    organisationId: user.organisationId,
    role: user.role,
    name: user.name,
  };
}

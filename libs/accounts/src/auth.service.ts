import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { AppConfig } from '@wobdesk/config';
import { type Clock, type Role, ROLES } from '@wobdesk/domain';
import { type UserRecord, UserRepository } from '@wobdesk/persistence';
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
import { type Authenticator, type LoginOptions, type LoginSession } from './authenticator.js';
import { hashPassword, verifyPassword } from './password.js';
import { type SecondFactorStage, SecondFactorService } from './second-factor.service.js';

export interface NewUserInput {
  readonly organisationId: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly password: string;
}

/** Passwords shorter than this are refused when a user is created or a password is set. */
export const MIN_PASSWORD_LENGTH = 8;

/**
 * Clerks' logins (contract.ts `Authenticator`): scrypt password hashes compared in constant time,
 * and sessions whose random token is stored only as its SHA-256 and that expire after
 * SESSION_TTL_HOURS. Also creates users (seeds, tests, later an admin screen).
 */
@Injectable()
export class AuthService implements Authenticator {
  /** A hash to verify against when the e-mail is unknown, so both cases take as long. */
  private dummyHash: Promise<string> | undefined;

  constructor(
    private readonly users: UserRepository,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly secondFactor: SecondFactorService,
  ) {}

  async login(email: string, password: string, options: LoginOptions = {}): Promise<LoginSession> {
    const refused = () => workflowError('AUTH.INVALID_CREDENTIALS');
    if (typeof email !== 'string' || typeof password !== 'string' || password.length > 1000) {
      throw refused();
    }
    const user = await this.users.findByEmail(email);
    this.dummyHash ??= hashPassword(newToken());
    const ok = await verifyPassword(password, user?.passwordHash ?? (await this.dummyHash));
    // A deactivated user is refused like a wrong password: nothing tells a guesser the account exists.
    if (!user || !ok || !user.active) throw refused();
    const pending = await this.secondFactorAfterPassword(user, options);
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
      if (!(await this.secondFactor.verify(user.id, options.code))) {
        throw workflowError('AUTH.INVALID_SECOND_FACTOR');
      }
      return null;
    }
    if (options.allowPending) return stage;
    throw workflowError(
      stage === 'code' ? 'AUTH.SECOND_FACTOR_REQUIRED' : 'AUTH.SECOND_FACTOR_ENROLMENT_REQUIRED',
    );
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
    if (!(await this.secondFactor.verify(pending.user.id, code))) {
      throw workflowError('AUTH.INVALID_SECOND_FACTOR');
    }
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
    if (found.session.expiresAt.getTime() <= this.clock.now().getTime()) return undefined;
    return actorOf(found.user);
  }

  /** Creates a user; returns the new id. The e-mail address is stored in lower case. */
  async createUser(input: NewUserInput): Promise<string> {
    const email = requireText(input.email, 'email', 254).toLowerCase();
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw invalidInput('email', 'email');
    if (!ROLES.includes(input.role)) throw invalidInput('role', `one_of:${ROLES.join('|')}`);
    if (await this.users.findByEmail(email)) throw invalidInput('email', 'unique');
    const id = randomUUID();
    await this.users.insert({
      id,
      organisationId: requireText(input.organisationId, 'organisationId', 36),
      email,
      name: requireText(input.name, 'name', 500),
      role: input.role,
      passwordHash: await hashPassword(checkedPassword(input.password)),
      createdAt: this.clock.now(),
      active: true,
      lastLoginAt: null,
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
    await this.users.update(id, {
      ...(name !== null && { name }),
      ...(patch.role !== undefined && { role: patch.role }),
      ...(patch.password !== undefined && {
        passwordHash: await hashPassword(checkedPassword(patch.password)),
      }),
    });
  }

  findUserByEmail(email: string): Promise<UserRecord | undefined> {
    return this.users.findByEmail(email);
  }

  verifyPassword(password: string, stored: string): Promise<boolean> {
    return verifyPassword(password, stored);
  }
}

/** The password rules (length only, for now): a 400 naming `password` and the rule. */
export function checkedPassword(password: string): string {
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) {
    throw invalidInput('password', `min_length_${MIN_PASSWORD_LENGTH}`);
  }
  if (password.length > 1000) throw invalidInput('password', 'max_length_1000');
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

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
import { type Authenticator } from './authenticator.js';
import { hashPassword, verifyPassword } from './password.js';

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
  ) {}

  async login(
    email: string,
    password: string,
  ): Promise<{ token: string; expiresAt: string; actor: Actor }> {
    const refused = () => workflowError('AUTH.INVALID_CREDENTIALS');
    if (typeof email !== 'string' || typeof password !== 'string' || password.length > 1000) {
      throw refused();
    }
    // With local logins switched off, the identity provider is the only way in (and its second factor).
    if (!this.config.singleSignOn.localLogin) throw workflowError('AUTH.LOCAL_LOGIN_DISABLED');
    const user = await this.users.findByEmail(email);
    this.dummyHash ??= hashPassword(newToken());
    const ok = await verifyPassword(password, user?.passwordHash ?? (await this.dummyHash));
    // A deactivated user is refused like a wrong password: nothing tells a guesser the account exists.
    if (!user || !ok || !user.active) throw refused();
    return this.openSession(user);
  }

  /** Starts a session for a user whose identity was checked (a password, an identity provider). */
  async openSession(user: UserRecord): Promise<{ token: string; expiresAt: string; actor: Actor }> {
    const token = newToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlHours * 3_600_000);
    await this.users.startSession(
      { id: randomUUID(), userId: user.id, tokenHash: hashToken(token), expiresAt, createdAt: now },
      now,
    );
    return { token, expiresAt: expiresAt.toISOString(), actor: actorOf(user) };
  }

  async logout(token: string): Promise<void> {
    if (isWellFormedToken(token)) await this.users.endSession(hashToken(token));
  }

  async authenticate(token: string): Promise<Actor | undefined> {
    if (!isWellFormedToken(token)) return undefined;
    const found = await this.users.findSession(hashToken(token));
    if (!found || !found.user.active) return undefined;
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

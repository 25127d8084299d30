import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Role } from '@wobdesk/domain';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { OrganisationSettingsChangeEntity } from '../entities/organisation-settings-change.entity.js';
import { SessionEntity } from '../entities/session.entity.js';
import { UserEntity } from '../entities/user.entity.js';
import { UserTokenEntity, type UserTokenPurpose } from '../entities/user-token.entity.js';
import { serialRead, serialTransaction } from '../serial-transaction.js';
import { lockOrganisation } from '../storage/organisation-lock.js';
import { isUniqueViolation } from '../storage/unique-violation.js';
import type { OutboxRepositoryPort } from '../storage/ports.js';
import type { UserRecord } from '../storage/records.js';
import { TypeOrmOutboxRepository } from '../storage/typeorm-outbox.js';

/** A user as the coordinator's list shows them; never the password hash. */
export interface AdministeredUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly active: boolean;
  /** False while an invited user has not set a password yet. */
  readonly hasPassword: boolean;
  readonly lastLoginAt: Date | null;
  readonly createdAt: Date;
}

/** One recorded change: per field (`user.<id>.role` …) the value before and after. */
export type UserChanges = Record<string, { from: unknown; to: unknown }>;

/** A token found by its hash, with its user: still to be checked for expiry and use. */
export interface FoundUserToken {
  readonly id: string;
  readonly purpose: UserTokenPurpose;
  readonly expiresAt: Date;
  readonly usedAt: Date | null;
  readonly user: UserRecord;
}

/** What a coordinator's change of users may do, all in one transaction. */
export interface UserAdministrationTx {
  /** The outbox, so a mail is queued exactly when the change is committed. */
  readonly outbox: OutboxRepositoryPort;
  user(organisationId: string, userId: string): Promise<UserRecord | null>;
  userByEmail(email: string): Promise<UserRecord | null>;
  /**
   * Inserts the user; false when the e-mail address is already a login. The check before it can
   * race another transaction on PostgreSQL, so the unique key is the last word.
   */
  insertUser(user: UserRecord): Promise<boolean>;
  /**
   * Holds the organisation's row until the transaction ends, so that two changes of its users
   * (each counting the coordinators left) run one after the other on PostgreSQL as they do on
   * SQLite. Call it first.
   */
  lockOrganisation(organisationId: string): Promise<void>;
  updateUser(
    id: string,
    patch: Partial<Pick<UserRecord, 'role' | 'active' | 'passwordHash'>>,
  ): Promise<void>;
  /** The organisation's active coordinators, counted inside the transaction. */
  activeCoordinators(organisationId: string): Promise<number>;
  /** Ends every session of the user at once. */
  endSessions(userId: string): Promise<void>;
  /** Stores a new token of this purpose; earlier unused ones of the user stop working. */
  issueToken(token: {
    userId: string;
    purpose: UserTokenPurpose;
    tokenHash: string;
    expiresAt: Date;
    createdAt: Date;
  }): Promise<string>;
  tokenByHash(tokenHash: string): Promise<FoundUserToken | null>;
  /** Marks a token used; false when it was used already (a second, concurrent use). */
  useToken(id: string, at: Date): Promise<boolean>;
  record(organisationId: string, changes: UserChanges, by: string, at: Date): Promise<void>;
}

/**
 * The users of an organisation as its coordinators run them: the list, and changes in one
 * serialised transaction that also records who changed what (in `organisation_settings_changed`,
 * beside the letter and branding settings; never a password or token) and queues the mail.
 */
@Injectable()
export class UserAdministrationRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(organisationId: string): Promise<AdministeredUser[]> {
    return serialRead(this.dataSource, async (em) => {
      const users = await em.find(UserEntity, {
        where: { organisationId },
        order: { name: 'ASC', email: 'ASC' },
      });
      return users.map((u) => ({
        id: u.id,
        email: u.email,
        name: u.name,
        role: u.role,
        active: u.active,
        hasPassword: u.passwordHash !== '',
        lastLoginAt: u.lastLoginAt ?? null,
        createdAt: u.createdAt,
      }));
    });
  }

  /** A token by its hash, outside a change (the page that shows the set-password form). */
  token(tokenHash: string): Promise<FoundUserToken | null> {
    return serialRead(this.dataSource, (em) => txOn(em).tokenByHash(tokenHash));
  }

  change<T>(work: (tx: UserAdministrationTx) => Promise<T>): Promise<T> {
    return serialTransaction(this.dataSource, (em) => work(txOn(em)));
  }
}

function txOn(em: EntityManager): UserAdministrationTx {
  return {
    outbox: new TypeOrmOutboxRepository(em),
    async user(organisationId, userId) {
      return (await em.findOneBy(UserEntity, { id: userId, organisationId })) ?? null;
    },
    async userByEmail(email) {
      return (await em.findOneBy(UserEntity, { email: email.trim().toLowerCase() })) ?? null;
    },
    async insertUser(user) {
      try {
        await em.insert(UserEntity, user);
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async lockOrganisation(organisationId) {
      await lockOrganisation(em, organisationId);
    },
    async updateUser(id, patch) {
      await em.update(UserEntity, { id }, patch);
    },
    activeCoordinators(organisationId) {
      return em.countBy(UserEntity, { organisationId, role: 'coordinator', active: true });
    },
    async endSessions(userId) {
      await em.delete(SessionEntity, { userId });
    },
    async issueToken(token) {
      // A write first (see serial-transaction.ts): the older links of this purpose end now.
      await em.update(
        UserTokenEntity,
        { userId: token.userId, purpose: token.purpose, usedAt: IsNull() },
        { usedAt: token.createdAt },
      );
      const id = randomUUID();
      await em.insert(UserTokenEntity, { id, ...token, usedAt: null });
      return id;
    },
    async tokenByHash(tokenHash) {
      const token = await em.findOneBy(UserTokenEntity, { tokenHash });
      const user = token && (await em.findOneBy(UserEntity, { id: token.userId }));
      if (!token || !user) return null;
      const { id, purpose, expiresAt, usedAt } = token;
      return { id, purpose, expiresAt, usedAt: usedAt ?? null, user };
    },
    async useToken(id, at) {
      const result = await em.update(UserTokenEntity, { id, usedAt: IsNull() }, { usedAt: at });
      return (result.affected ?? 0) === 1;
    },
    async record(organisationId, changes, by, at) {
      await em.insert(OrganisationSettingsChangeEntity, {
        id: randomUUID(),
        organisationId,
        changedBy: by,
        changedAt: at,
        changes: JSON.stringify(changes),
      });
    },
  };
}

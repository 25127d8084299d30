import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Role } from '@wobdesk/domain';
import { DataSource, LessThanOrEqual, Not } from 'typeorm';
import { OrganisationSettingsChangeEntity } from '../entities/organisation-settings-change.entity.js';
import { SessionEntity } from '../entities/session.entity.js';
import { UserEntity } from '../entities/user.entity.js';
import { serialRead, serialTransaction } from '../serial-transaction.js';
import type { SessionRecord, UserRecord } from '../storage/records.js';

/** A session together with the user it belongs to. */
export interface SessionWithUser {
  readonly session: SessionRecord;
  readonly user: UserRecord;
}

/** Users and their sessions. E-mail addresses are stored and looked up in lower case. */
@Injectable()
export class UserRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findByEmail(email: string): Promise<UserRecord | undefined> {
    const user = await serialRead(this.dataSource, (em) =>
      em.findOneBy(UserEntity, { email: email.trim().toLowerCase() }),
    );
    return user ?? undefined;
  }

  async findById(id: string): Promise<UserRecord | undefined> {
    const user = await serialRead(this.dataSource, (em) => em.findOneBy(UserEntity, { id }));
    return user ?? undefined;
  }

  async insert(user: UserRecord): Promise<void> {
    await serialTransaction(this.dataSource, (em) =>
      em.insert(UserEntity, { ...user, email: user.email.trim().toLowerCase() }),
    );
  }

  async update(
    id: string,
    patch: Partial<Pick<UserRecord, 'name' | 'role' | 'passwordHash'>>,
  ): Promise<void> {
    await serialTransaction(this.dataSource, (em) => em.update(UserEntity, { id }, patch));
  }

  /**
   * Stores a new session, notes the login on the user and drops their expired sessions (write
   * first: see serial-transaction.ts).
   */
  async startSession(session: SessionRecord, now: Date): Promise<void> {
    await serialTransaction(this.dataSource, async (em) => {
      await em.insert(SessionEntity, session);
      await em.update(UserEntity, { id: session.userId }, { lastLoginAt: now });
      await em.delete(SessionEntity, { userId: session.userId, expiresAt: LessThanOrEqual(now) });
    });
  }

  async findSession(tokenHash: string): Promise<SessionWithUser | undefined> {
    return serialRead(this.dataSource, async (em) => {
      const session = await em.findOneBy(SessionEntity, { tokenHash });
      if (!session) return undefined;
      const user = await em.findOneBy(UserEntity, { id: session.userId });
      return user ? { session, user } : undefined;
    });
  }

  /** The session has passed its second factor: from now on it opens what its role may. */
  async completeSecondFactor(tokenHash: string): Promise<void> {
    await serialTransaction(this.dataSource, (em) =>
      em.update(SessionEntity, { tokenHash }, { secondFactorPending: null }),
    );
  }

  async endSession(tokenHash: string): Promise<void> {
    await serialTransaction(this.dataSource, (em) => em.delete(SessionEntity, { tokenHash }));
  }

  /** Notes that a session was used; the caller keeps this to about once a minute per session. */
  async touchSession(id: string, now: Date): Promise<void> {
    await serialTransaction(this.dataSource, (em) =>
      em.update(SessionEntity, { id }, { lastSeenAt: now }),
    );
  }

  /** A user's sessions that have not passed their absolute end, newest first. */
  async sessionsOf(userId: string, now: Date): Promise<SessionRecord[]> {
    const rows = await serialRead(this.dataSource, (em) =>
      em.find(SessionEntity, { where: { userId }, order: { createdAt: 'DESC', id: 'ASC' } }),
    );
    return rows.filter((row) => row.expiresAt.getTime() > now.getTime());
  }

  /** Ends one of the user's sessions; false when it is not theirs or already gone. */
  async endSessionOf(userId: string, id: string): Promise<boolean> {
    const result = await serialTransaction(this.dataSource, (em) =>
      em.delete(SessionEntity, { userId, id }),
    );
    return (result.affected ?? 0) > 0;
  }

  /** Ends every session of the user but `keepId`; returns how many ended. */
  async endOtherSessions(userId: string, keepId: string): Promise<number> {
    const result = await serialTransaction(this.dataSource, (em) =>
      em.delete(SessionEntity, { userId, id: Not(keepId) }),
    );
    return result.affected ?? 0;
  }

  /** The user an identity provider knows by this subject; a `sub` is unique only per issuer. */
  async findByIdentity(issuer: string, subject: string): Promise<UserRecord | undefined> {
    const user = await serialRead(this.dataSource, (em) =>
      em.findOneBy(UserEntity, { oidcIssuer: issuer, oidcSubject: subject }),
    );
    return user ?? undefined;
  }

  /**
   * Links the user to their identity at a provider and gives them the role its claims say, and
   * records what changed as the user's own change (beside the coordinators' changes of users).
   * Nothing is written when nothing changes. False, and nothing written, when the user is linked
   * to another identity: read again inside the transaction and checked in the UPDATE itself, so
   * that of two first logins at once with different identities for one invited address only the
   * first links (on PostgreSQL the second's UPDATE waits for the first and then matches nothing).
   */
  async applyIdentity(
    user: UserRecord,
    identity: { readonly issuer: string; readonly subject: string; readonly role: Role },
    at: Date,
  ): Promise<boolean> {
    return serialTransaction(this.dataSource, async (em) => {
      const current = await em.findOneBy(UserEntity, { id: user.id });
      if (!current) return false;
      const linked = current.oidcSubject !== null;
      const same =
        current.oidcIssuer === identity.issuer && current.oidcSubject === identity.subject;
      if (linked && !same) return false;
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      if (!same) {
        changes[`user.${user.id}.identity`] = {
          from: null,
          to: { issuer: identity.issuer, subject: identity.subject },
        };
      }
      if (current.role !== identity.role) {
        changes[`user.${user.id}.role`] = { from: current.role, to: identity.role };
      }
      if (Object.keys(changes).length === 0) return true;
      const result = await em
        .createQueryBuilder()
        .update(UserEntity)
        .set({ oidcIssuer: identity.issuer, oidcSubject: identity.subject, role: identity.role })
        .where('id = :id', { id: user.id })
        .andWhere(
          '(oidc_subject IS NULL OR (oidc_issuer = :issuer AND oidc_subject = :subject))',
          identity,
        )
        .execute();
      if ((result.affected ?? 0) !== 1) return false;
      await em.insert(OrganisationSettingsChangeEntity, {
        id: randomUUID(),
        organisationId: current.organisationId,
        changedBy: user.id,
        changedAt: at,
        changes: JSON.stringify(changes),
      });
      return true;
    });
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Role } from '@wobdesk/domain';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { OrganisationEntity } from '../entities/organisation.entity.js';
import { OrganisationSettingsChangeEntity } from '../entities/organisation-settings-change.entity.js';
import { RecoveryCodeEntity } from '../entities/recovery-code.entity.js';
import { SecondFactorEntity } from '../entities/second-factor.entity.js';
import { SessionEntity } from '../entities/session.entity.js';
import { UserEntity } from '../entities/user.entity.js';
import { serialRead, serialTransaction } from '../serial-transaction.js';

/** A user's TOTP secret and where enrolment and replay protection stand. */
export interface StoredSecondFactor {
  readonly secret: string;
  readonly confirmedAt: Date | null;
  readonly lastStep: number | null;
}

/** A user as the coordinator's second-factor page lists them. */
export interface SecondFactorOverviewRow {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  readonly active: boolean;
  readonly enrolled: boolean;
  readonly recoveryCodesLeft: number;
}

/** Who does a change, for the record (`organisation_settings_changed`, never a secret). */
export interface SecondFactorChange {
  readonly organisationId: string;
  readonly userId: string;
  readonly by: string;
  readonly at: Date;
}

/**
 * The second factor of users: secrets, replay protection and recovery codes (hashes only), and
 * the organisation's requirement for clerks. Every change of who can log in how is recorded beside
 * the other user and settings changes (who, when, what; never a secret or a code): a
 * coordinator's requirement and reset, and a user's own enrolment and new recovery codes.
 */
@Injectable()
export class SecondFactorRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(userId: string): Promise<StoredSecondFactor | undefined> {
    const row = await serialRead(this.dataSource, (em) =>
      em.findOneBy(SecondFactorEntity, { userId }),
    );
    return row
      ? { secret: row.secret, confirmedAt: row.confirmedAt, lastStep: row.lastStep }
      : undefined;
  }

  async requiredForClerks(organisationId: string): Promise<boolean> {
    const row = await serialRead(this.dataSource, (em) =>
      em.findOne(OrganisationEntity, {
        where: { id: organisationId },
        select: { id: true, secondFactorForClerks: true },
      }),
    );
    return row?.secondFactorForClerks === true;
  }

  async setRequiredForClerks(
    organisationId: string,
    required: boolean,
    by: string,
    at: Date,
  ): Promise<void> {
    await serialTransaction(this.dataSource, async (em) => {
      const before = await em.findOne(OrganisationEntity, {
        where: { id: organisationId },
        select: { id: true, secondFactorForClerks: true },
      });
      if (!before || before.secondFactorForClerks === required) return;
      await em.update(
        OrganisationEntity,
        { id: organisationId },
        { secondFactorForClerks: required },
      );
      await record(em, organisationId, by, at, {
        secondFactorForClerks: { from: before.secondFactorForClerks, to: required },
      });
    });
  }

  /**
   * The secret an enrolment shows: the unconfirmed one already stored (so a reload shows the same
   * QR code), else `fresh`. Undefined when the user has a confirmed second factor already.
   */
  async pendingSecret(userId: string, fresh: string, at: Date): Promise<string | undefined> {
    return serialTransaction(this.dataSource, async (em) => {
      // Insert-or-keep, then read: two enrolments started at once on PostgreSQL (each finding
      // no row) both end with the one secret stored, instead of the second failing on the key.
      await em
        .createQueryBuilder()
        .insert()
        .into(SecondFactorEntity)
        .values({ userId, secret: fresh, confirmedAt: null, lastStep: null, createdAt: at })
        .orIgnore()
        .execute();
      const row = await em.findOneByOrFail(SecondFactorEntity, { userId });
      return row.confirmedAt ? undefined : row.secret;
    });
  }

  /** Confirms an enrolment with the step of its first code and stores the recovery codes. */
  async confirm(change: SecondFactorChange, step: number, codeHashes: string[]): Promise<boolean> {
    return serialTransaction(this.dataSource, async (em) => {
      const result = await em.update(
        SecondFactorEntity,
        { userId: change.userId, confirmedAt: IsNull() },
        { confirmedAt: change.at, lastStep: step },
      );
      if ((result.affected ?? 0) !== 1) return false;
      await replaceCodes(em, change, codeHashes);
      await record(em, change.organisationId, change.by, change.at, {
        [`user.${change.userId}.secondFactor`]: { from: 'none', to: 'enrolled' },
      });
      return true;
    });
  }

  /**
   * Takes a step for a login: true only when it is later than every step used before, checked
   * and written in one statement, so two logins with one code cannot both pass.
   */
  async useStep(userId: string, step: number): Promise<boolean> {
    return serialTransaction(this.dataSource, async (em) => {
      const result = await em
        .createQueryBuilder()
        .update(SecondFactorEntity)
        .set({ lastStep: step })
        .where('"user_id" = :userId AND "confirmed_at" IS NOT NULL', { userId })
        .andWhere('("last_step" IS NULL OR "last_step" < :step)', { step })
        .execute();
      return (result.affected ?? 0) === 1;
    });
  }

  /** Marks an unused recovery code of the user used; false when there is none with that hash. */
  async useRecoveryCode(userId: string, codeHash: string, at: Date): Promise<boolean> {
    return serialTransaction(this.dataSource, async (em) => {
      const result = await em.update(
        RecoveryCodeEntity,
        { userId, codeHash, usedAt: IsNull() },
        { usedAt: at },
      );
      return (result.affected ?? 0) === 1;
    });
  }

  async recoveryCodesLeft(userId: string): Promise<number> {
    return serialRead(this.dataSource, (em) =>
      em.countBy(RecoveryCodeEntity, { userId, usedAt: IsNull() }),
    );
  }

  /** New recovery codes for an enrolled user; the old ones stop working. */
  async replaceRecoveryCodes(change: SecondFactorChange, codeHashes: string[]): Promise<boolean> {
    return serialTransaction(this.dataSource, async (em) => {
      const row = await em.findOneBy(SecondFactorEntity, { userId: change.userId });
      if (!row?.confirmedAt) return false;
      const left = await em.countBy(RecoveryCodeEntity, {
        userId: change.userId,
        usedAt: IsNull(),
      });
      await replaceCodes(em, change, codeHashes);
      await record(em, change.organisationId, change.by, change.at, {
        [`user.${change.userId}.recoveryCodes`]: { from: left, to: codeHashes.length },
      });
      return true;
    });
  }

  /**
   * A coordinator's reset: secret and recovery codes gone, every session of the user ended; the
   * user enrols again at the next login. False when the user is not of the organisation.
   */
  async reset(change: SecondFactorChange): Promise<boolean> {
    return serialTransaction(this.dataSource, async (em) => {
      const user = await em.findOneBy(UserEntity, {
        id: change.userId,
        organisationId: change.organisationId,
      });
      if (!user) return false;
      const had = await em.findOneBy(SecondFactorEntity, { userId: change.userId });
      await em.delete(RecoveryCodeEntity, { userId: change.userId });
      await em.delete(SecondFactorEntity, { userId: change.userId });
      await em.delete(SessionEntity, { userId: change.userId });
      await record(em, change.organisationId, change.by, change.at, {
        [`user.${change.userId}.secondFactor`]: {
          from: had?.confirmedAt ? 'enrolled' : 'none',
          to: 'reset',
        },
      });
      return true;
    });
  }

  async overview(organisationId: string): Promise<SecondFactorOverviewRow[]> {
    return serialRead(this.dataSource, async (em) => {
      const users = await em.find(UserEntity, {
        where: { organisationId },
        order: { name: 'ASC', email: 'ASC' },
      });
      const rows: SecondFactorOverviewRow[] = [];
      for (const user of users) {
        const factor = await em.findOneBy(SecondFactorEntity, { userId: user.id });
        const left = await em.countBy(RecoveryCodeEntity, { userId: user.id, usedAt: IsNull() });
        const { id, name, email, role, active } = user;
        rows.push({
          id,
          name,
          email,
          role,
          active,
          enrolled: !!factor?.confirmedAt,
          recoveryCodesLeft: left,
        });
      }
      return rows;
    });
  }
}

async function replaceCodes(
  em: EntityManager,
  change: SecondFactorChange,
  codeHashes: string[],
): Promise<void> {
  await em.delete(RecoveryCodeEntity, { userId: change.userId });
  for (const codeHash of codeHashes) {
    await em.insert(RecoveryCodeEntity, {
      id: randomUUID(),
      userId: change.userId,
      codeHash,
      createdAt: change.at,
      usedAt: null,
    });
  }
}

async function record(
  em: EntityManager,
  organisationId: string,
  by: string,
  at: Date,
  changes: Record<string, { from: unknown; to: unknown }>,
): Promise<void> {
  await em.insert(OrganisationSettingsChangeEntity, {
    id: randomUUID(),
    organisationId,
    changedBy: by,
    changedAt: at,
    changes: JSON.stringify(changes),
  });
}

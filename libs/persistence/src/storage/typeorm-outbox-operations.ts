import { randomUUID } from 'node:crypto';
import { type EntityManager, In, LessThan } from 'typeorm';
import { OutboxMessageEntity, type OutboxState } from '../entities/outbox-message.entity.js';
import {
  OutboxResendEntity,
  OutboxSpentKeyEntity,
  SchedulerRunEntity,
} from '../entities/outbox-operations.entity.js';
import { SchedulerLeaseEntity } from '../entities/scheduler-lease.entity.js';

/**
 * A waiting or failed message as the outbox page shows it: what an administrator needs to see
 * that mail is stuck and why, not the body (the context holds the requester's personal data).
 */
export interface OutboxQueueEntry {
  readonly id: string;
  readonly kind: string;
  readonly requestId: string | null;
  readonly recipientEmail: string;
  readonly template: string;
  /** The template's context (JSON): only for rendering the subject, never shown as such. */
  readonly context: string;
  readonly state: 'pending' | 'sending' | 'failed';
  readonly attempts: number;
  readonly nextAttemptAt: Date;
  readonly lastError: string | null;
  readonly lastFailure: string | null;
  readonly createdAt: Date;
}

export type ResendOutcome = 'resent' | 'not_found' | 'not_failed';

export interface OutboxCounts {
  readonly waiting: number;
  readonly failed: number;
  readonly sent: number;
  readonly sentSince: number;
}

/** The last run of a scheduled job, as stored. */
export interface SchedulerRunRecord {
  readonly name: string;
  readonly owner: string;
  readonly finishedAt: Date;
  /** JSON: the job's report. */
  readonly report: string;
  /** JSON: the delivery problem seen now (mail sender only), or null. */
  readonly problem: string | null;
}

/** The outbox and scheduler pages' reads and actions, and the purge of sent mail. */
export interface OutboxOperationsPort {
  /** Waiting (pending, being sent) and failed messages of the organisation, failed first. */
  queue(organisationId: string, limit: number): Promise<OutboxQueueEntry[]>;
  counts(organisationId: string, sentSince: Date): Promise<OutboxCounts>;
  /**
   * Puts a failed message of the organisation back in the queue, due now with its attempts reset,
   * and records who did it; or says why not (no such message in the organisation, not failed).
   */
  resend(organisationId: string, id: string, userId: string, now: Date): Promise<ResendOutcome>;
  /**
   * Deletes up to `limit` sent messages sent before `before`, keeping their unique keys in
   * `outbox_spent_key`. Returns how many it deleted.
   */
  purgeSent(before: Date, limit: number): Promise<number>;
  lastRun(name: string): Promise<SchedulerRunRecord | null>;
  /** Who holds the scheduler lease `name` and until when (ISO instant); null when no one. */
  leaseHolder(name: string, now: Date): Promise<{ owner: string; until: string } | null>;
  /** Stores the job's last run; `problem` undefined keeps the stored problem. */
  recordRun(run: Omit<SchedulerRunRecord, 'problem'> & { problem?: string | null }): Promise<void>;
}

/** The outbox operations on TypeORM, bound to one transaction or read. */
export class TypeOrmOutboxOperations implements OutboxOperationsPort {
  constructor(private readonly em: EntityManager) {}

  async queue(organisationId: string, limit: number): Promise<OutboxQueueEntry[]> {
    const page = (states: OutboxState[], take: number) =>
      this.em.find(OutboxMessageEntity, {
        where: { organisationId, state: In(states) },
        select: {
          id: true,
          kind: true,
          requestId: true,
          recipientEmail: true,
          template: true,
          context: true,
          state: true,
          attempts: true,
          nextAttemptAt: true,
          lastError: true,
          lastFailure: true,
          createdAt: true,
        },
        order: { nextAttemptAt: 'ASC', createdAt: 'ASC' },
        take,
      });
    // Failed first: they wait for a person; the waiting ones for the sender.
    const failed = await page(['failed'], limit);
    const waiting =
      failed.length < limit ? await page(['pending', 'sending'], limit - failed.length) : [];
    return [...failed, ...waiting].map((r) => ({
      ...r,
      state: r.state as OutboxQueueEntry['state'],
    }));
  }

  async counts(organisationId: string, sentSince: Date): Promise<OutboxCounts> {
    const byState = await this.em
      .createQueryBuilder(OutboxMessageEntity, 'm')
      .select('m.state', 'state')
      .addSelect('COUNT(*)', 'n')
      .where('m.organisation_id = :organisationId', { organisationId })
      .groupBy('m.state')
      .getRawMany<{ state: string; n: string | number }>();
    const n = (state: string) => Number(byState.find((r) => r.state === state)?.n ?? 0);
    const recent = await this.em
      .createQueryBuilder(OutboxMessageEntity, 'm')
      .where('m.organisation_id = :organisationId', { organisationId })
      .andWhere("m.state = 'sent'")
      .andWhere('m.sent_at >= :sentSince', { sentSince })
      .getCount();
    return {
      waiting: n('pending') + n('sending'),
      failed: n('failed'),
      sent: n('sent'),
      sentSince: recent,
    };
  }

  async resend(
    organisationId: string,
    id: string,
    userId: string,
    now: Date,
  ): Promise<ResendOutcome> {
    const row = await this.em.findOne(OutboxMessageEntity, {
      where: { id, organisationId },
      select: { id: true, state: true, attempts: true, lastError: true },
    });
    if (!row) return 'not_found';
    if (row.state !== 'failed') return 'not_failed';
    const result = await this.em.update(
      OutboxMessageEntity,
      { id, organisationId, state: 'failed' },
      { state: 'pending', attempts: 0, nextAttemptAt: now, leaseOwner: null, leaseUntil: null },
    );
    if (result.affected !== 1) return 'not_failed';
    await this.em.insert(OutboxResendEntity, {
      id: randomUUID(),
      outboxId: id,
      organisationId,
      userId,
      resentAt: now,
      previousAttempts: row.attempts,
      previousError: row.lastError,
    });
    return 'resent';
  }

  async purgeSent(before: Date, limit: number): Promise<number> {
    const rows = await this.em.find(OutboxMessageEntity, {
      where: { state: 'sent', sentAt: LessThan(before) },
      select: { id: true, dedupeKey: true, sentAt: true },
      order: { sentAt: 'ASC' },
      take: limit,
    });
    if (rows.length === 0) return 0;
    await this.em
      .createQueryBuilder()
      .insert()
      .into(OutboxSpentKeyEntity)
      .values(rows.map((r) => ({ dedupeKey: r.dedupeKey, sentAt: r.sentAt ?? before })))
      .orIgnore()
      .execute();
    await this.em.delete(OutboxMessageEntity, { id: In(rows.map((r) => r.id)), state: 'sent' });
    return rows.length;
  }

  async lastRun(name: string): Promise<SchedulerRunRecord | null> {
    return this.em.findOneBy(SchedulerRunEntity, { name });
  }

  async leaseHolder(name: string, now: Date): Promise<{ owner: string; until: string } | null> {
    const row = await this.em.findOneBy(SchedulerLeaseEntity, { name });
    // An expired lease is held by no one: the next process takes it.
    if (!row?.owner || row.leaseUntil < now.toISOString()) return null;
    return { owner: row.owner, until: row.leaseUntil };
  }

  /** A portable upsert in two statements. */
  async recordRun(
    run: Omit<SchedulerRunRecord, 'problem'> & { problem?: string | null },
  ): Promise<void> {
    // One statement (INSERT … ON CONFLICT DO UPDATE): two processes finishing a run at the same
    // moment each write their own report instead of the second failing on the key, as an update
    // followed by an insert did on PostgreSQL. A run without `problem` leaves the stored one as
    // it is (TypeORM updates only the columns given); a new row starts without one.
    await this.em.upsert(SchedulerRunEntity, run, ['name']);
  }
}

import type { ReminderColumn, RequestPhase } from '@wobdesk/domain';
import type { EntityManager } from 'typeorm';
import { SchedulerLeaseEntity } from '../entities/scheduler-lease.entity.js';
import { SweepWatermarkEntity } from '../entities/sweep-watermark.entity.js';
import {
  findSweepRows,
  oldestDate,
  type SweepSelection,
} from '../repositories/reminder-sweep.query.js';
import { type DigestSections, digestQueries } from './digest-queries.js';
import type { DigestCandidate, LeaseRepositoryPort, ReminderRepositoryPort } from './ports.js';

/** The reminder sweep's port on TypeORM, bound to one transaction or read. */
export class TypeOrmReminderRepository implements ReminderRepositoryPort {
  constructor(private readonly em: EntityManager) {}

  findDue(selection: SweepSelection) {
    return findSweepRows(this.em, selection);
  }

  oldestDate(column: ReminderColumn, phases: readonly RequestPhase[]) {
    return oldestDate(this.em, column, phases);
  }

  async digestCandidates(organisationId: string, sections: DigestSections) {
    const q = digestQueries(this.em, organisationId, sections);
    type Raw = Record<string, string | null>;
    const candidate = (r: Raw): DigestCandidate => ({
      id: String(r.id),
      reference: String(r.reference),
      subject: String(r.subject),
      assigneeId: r.assignee_id ?? null,
      date: String(r.date),
    });
    const due: DigestCandidate[] = [];
    const overdue: DigestCandidate[] = [];
    for (const phase of q.undecided) {
      due.push(...(await phase.due.getRawMany<Raw>()).map(candidate));
      overdue.push(...(await phase.overdue.getRawMany<Raw>()).map(candidate));
    }
    const closed = (await q.closed.getRawMany<Raw>()).map(candidate);
    return { due, overdue, closed };
  }

  async watermark(name: string) {
    const row = await this.em.findOneBy(SweepWatermarkEntity, { name });
    return row && { sweptThrough: row.sweptThrough, digestOn: row.digestOn };
  }

  /** A portable upsert in two statements. */
  async writeWatermark(
    name: string,
    values: { sweptThrough: string; digestOn?: string; updatedAt: string },
  ): Promise<void> {
    const updated = await this.em.update(SweepWatermarkEntity, { name }, values);
    if (updated.affected !== 1) {
      await this.em.insert(SweepWatermarkEntity, { name, digestOn: null, ...values });
    }
  }
}

/**
 * The scheduler leases on TypeORM. `lease_until` is ISO-8601 text: it compares as text the same
 * on SQLite and PostgreSQL.
 */
export class TypeOrmLeaseRepository implements LeaseRepositoryPort {
  constructor(private readonly em: EntityManager) {}

  async acquire(name: string, owner: string, now: string, until: string): Promise<boolean> {
    // A write first: creates the row once, harmless when it exists.
    await this.em
      .createQueryBuilder()
      .insert()
      .into(SchedulerLeaseEntity)
      .values({ name, owner: null, leaseUntil: new Date(0).toISOString() })
      .orIgnore()
      .execute();
    const result = await this.em
      .createQueryBuilder()
      .update(SchedulerLeaseEntity)
      .set({ owner, leaseUntil: until })
      .where('name = :name AND (owner = :owner OR lease_until < :now)', { name, owner, now })
      .execute();
    return result.affected === 1;
  }

  async renew(name: string, owner: string, until: string): Promise<boolean> {
    const result = await this.em
      .createQueryBuilder()
      .update(SchedulerLeaseEntity)
      .set({ leaseUntil: until })
      .where('name = :name AND owner = :owner', { name, owner })
      .execute();
    return result.affected === 1;
  }

  async release(name: string, owner: string): Promise<void> {
    await this.em
      .createQueryBuilder()
      .update(SchedulerLeaseEntity)
      .set({ owner: null, leaseUntil: new Date(0).toISOString() })
      .where('name = :name AND owner = :owner', { name, owner })
      .execute();
  }
}

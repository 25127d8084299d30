import { type EntityManager, In } from 'typeorm';
import { OutboxMessageEntity } from '../entities/outbox-message.entity.js';
import { OutboxSpentKeyEntity } from '../entities/outbox-operations.entity.js';
import type { NewOutboxMessage, OutboxOutcome, OutboxRepositoryPort } from './ports.js';
import type { OutboxMessage } from './records.js';

/** The outbox port on TypeORM, bound to one transaction or read. */
export class TypeOrmOutboxRepository implements OutboxRepositoryPort {
  constructor(private readonly em: EntityManager) {}

  /** INSERT … ON CONFLICT DO NOTHING / INSERT OR IGNORE (portable) under the unique dedupe key. */
  async queueOnce(message: NewOutboxMessage): Promise<boolean> {
    // A purged message keeps its key: it was sent, so it is not queued again.
    if (await this.em.existsBy(OutboxSpentKeyEntity, { dedupeKey: message.dedupeKey }))
      return false;
    await this.em
      .createQueryBuilder()
      .insert()
      .into(OutboxMessageEntity)
      .values({
        ...message,
        state: 'pending',
        attempts: 0,
        nextAttemptAt: message.createdAt,
        leaseOwner: null,
        leaseUntil: null,
        lastError: null,
        lastFailure: null,
        messageId: null,
        sentAt: null,
      })
      .orIgnore()
      .execute();
    // The driver's "rows changed" differs per database; the row under the key says it for all.
    const stored = await this.em.findOne(OutboxMessageEntity, {
      where: { dedupeKey: message.dedupeKey },
      select: { id: true },
    });
    return stored?.id === message.id;
  }

  async existingKeys(keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await this.em.find(OutboxMessageEntity, {
      where: { dedupeKey: In([...keys]) },
      select: { dedupeKey: true },
    });
    const spent = await this.em.find(OutboxSpentKeyEntity, {
      where: { dedupeKey: In([...keys]) },
      select: { dedupeKey: true },
    });
    return new Set([...rows, ...spent].map((r) => r.dedupeKey));
  }

  async leaseDue(owner: string, now: Date, leaseUntil: Date, limit: number): Promise<void> {
    const due =
      "((state = 'pending' AND next_attempt_at <= :now) OR (state = 'sending' AND lease_until < :now))";
    const pick = `SELECT id FROM outbox_message WHERE ${due} ORDER BY next_attempt_at, created_at LIMIT :limit`;
    // On PostgreSQL a second sender's pick would choose the rows the first is claiming, wait for
    // them, find them no longer due and claim nothing while other messages wait: it skips rows
    // being claimed instead. Inside `IN (…)` a locking pick may run more than once and claim past
    // the limit (measured: 5 of a limit of 3), so there it is an array, computed once. SQLite has
    // one writer at a time and knows no row locks.
    const chosen =
      this.em.connection.options.type === 'postgres'
        ? `id = ANY(ARRAY(${pick} FOR UPDATE SKIP LOCKED))`
        : `id IN (${pick})`;
    await this.em
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({ state: 'sending', leaseOwner: owner, leaseUntil })
      .where(chosen)
      .andWhere(due)
      .setParameters({ now, limit })
      .execute();
  }

  leasedTo(owner: string): Promise<OutboxMessage[]> {
    return this.em.find(OutboxMessageEntity, {
      where: { leaseOwner: owner, state: 'sending' },
      order: { nextAttemptAt: 'ASC', createdAt: 'ASC' },
    });
  }

  async renewLease(id: string, owner: string, leaseUntil: Date): Promise<boolean> {
    const result = await this.em.update(
      OutboxMessageEntity,
      { id, leaseOwner: owner, state: 'sending' },
      { leaseUntil },
    );
    return result.affected === 1;
  }

  async settle(id: string, owner: string, outcome: OutboxOutcome): Promise<boolean> {
    const result = await this.em.update(
      OutboxMessageEntity,
      { id, leaseOwner: owner },
      { ...outcome, leaseOwner: null, leaseUntil: null },
    );
    return result.affected === 1;
  }

  async release(ids: readonly string[], owner: string): Promise<void> {
    await this.em.update(
      OutboxMessageEntity,
      { id: In([...ids]), leaseOwner: owner, state: 'sending' },
      { state: 'pending', leaseOwner: null, leaseUntil: null },
    );
  }
}

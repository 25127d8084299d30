import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The unique key of a sent message whose row was purged. The sweep's "never twice" rests on the
 * key, not on the body: a key kept here refuses a second message as the row's key did.
 */
@Entity('outbox_spent_key')
export class OutboxSpentKeyEntity {
  @PrimaryColumn({ name: 'dedupe_key', type: 'varchar', length: 400 })
  dedupeKey: string;

  @Column({ name: 'sent_at', type: Date })
  sentAt: Date;
}

/** A coordinator put a failed message back in the queue: who, when, and what it had failed with. */
@Entity('outbox_resend')
@Index('IDX_outbox_resend_outbox', ['outboxId'])
export class OutboxResendEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'outbox_id', type: 'varchar', length: 36 })
  outboxId: string;

  @Column({ name: 'organisation_id', type: 'varchar', length: 36 })
  organisationId: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'resent_at', type: Date })
  resentAt: Date;

  @Column({ name: 'previous_attempts', type: 'integer' })
  previousAttempts: number;

  @Column({ name: 'previous_error', type: 'text', nullable: true })
  previousError: string | null;
}

/**
 * The last run of a scheduled job (`reminder-sweep`, `mail-send`): which process, when, and its
 * report as JSON; for the mail sender also the delivery problem it sees now (JSON, or null).
 */
@Entity('scheduler_run')
export class SchedulerRunEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 128 })
  owner: string;

  @Column({ name: 'finished_at', type: Date })
  finishedAt: Date;

  @Column({ type: 'text' })
  report: string;

  @Column({ type: 'text', nullable: true })
  problem: string | null;
}

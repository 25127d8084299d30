import { Check, Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { inList } from '../stored-values.js';

/** The life of an outbox message: written `pending`, claimed `sending`, then `sent` or `failed`. */
export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'failed'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/**
 * One e-mail to send (libs/mail). Written once, in the transaction of the event that caused it,
 * under a unique `dedupe_key` (request, kind, due date, recipient), so that a second sweep or a
 * retried change cannot queue it twice. The sender claims rows with a lease (`lease_owner`,
 * `lease_until`) and renders the template only when it sends: the row keeps the template name
 * and its context (JSON), not the rendered text.
 */
@Entity('outbox_message')
@Unique('UQ_outbox_message_dedupe_key', ['dedupeKey'])
@Check('CHK_outbox_message_state', inList('state', OUTBOX_STATES))
@Index('IDX_outbox_message_due', ['state', 'nextAttemptAt'])
@Index('IDX_outbox_message_request', ['requestId'])
@Index('IDX_outbox_message_organisation', ['organisationId', 'state'])
@Index('IDX_outbox_message_sent', ['state', 'sentAt'])
export class OutboxMessageEntity {
  /** UUID; also the stable Message-ID and the catcher's file name. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 400 })
  dedupeKey: string;

  @Column({ name: 'organisation_id', type: 'varchar', length: 36 })
  organisationId: string;

  @Column({ name: 'request_id', type: 'varchar', length: 36, nullable: true })
  requestId: string | null;

  /** What the message is: `reminder.decision_due`, `notice.state_changed`, `digest.coordinator` … */
  @Column({ type: 'varchar', length: 64 })
  kind: string;

  @Column({ name: 'recipient_email', type: 'varchar', length: 254 })
  recipientEmail: string;

  @Column({ name: 'recipient_name', type: 'text', nullable: true })
  recipientName: string | null;

  /** The template name under templates/mail (without `.subject.hbs` etc.). */
  @Column({ type: 'varchar', length: 64 })
  template: string;

  /** JSON object: the template's context. */
  @Column({ type: 'text' })
  context: string;

  /** JSON array of `letter.id`s whose PDFs are attached. */
  @Column({ name: 'attach_letter_ids', type: 'text' })
  attachLetterIds: string;

  @Column({ type: 'varchar', length: 16 })
  state: OutboxState;

  /** Failed delivery attempts so far. */
  @Column({ type: 'integer' })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: Date })
  nextAttemptAt: Date;

  @Column({ name: 'lease_owner', type: 'varchar', length: 36, nullable: true })
  leaseOwner: string | null;

  @Column({ name: 'lease_until', type: Date, nullable: true })
  leaseUntil: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** The kind of the last failure (`login_rejected`, `connection_refused` …; libs/mail). */
  @Column({ name: 'last_failure', type: 'varchar', length: 32, nullable: true })
  lastFailure: string | null;

  /** The Message-ID header the message was sent with. */
  @Column({ name: 'message_id', type: 'text', nullable: true })
  messageId: string | null;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'sent_at', type: Date, nullable: true })
  sentAt: Date | null;
}

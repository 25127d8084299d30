import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import type { Clock } from '@wobdesk/domain';
import type { Repositories } from '@wobdesk/persistence';

/** A message to queue. See templates/mail/README.md for each template's context. */
export interface OutboxDraft {
  /**
   * Unique per message that must be sent once: `reminder:<request>:<kind>:<due date>:<email>`,
   * `notice:<request>:<event sequence>:<email>` … A second enqueue with the same key is ignored.
   */
  readonly dedupeKey: string;
  readonly organisationId: string;
  readonly requestId?: string;
  /** `reminder.decision_due`, `notice.state_changed`, `digest.coordinator`, `alert.delivery_failed` … */
  readonly kind: string;
  readonly recipient: { readonly email: string; readonly name?: string };
  /** Template name under templates/mail, e.g. `reminder-deadline`. */
  readonly template: string;
  readonly context: Record<string, unknown>;
  /** Ids of stored letters (`letter` table) whose PDFs are attached. */
  readonly attachLetterIds?: readonly string[];
}

/** A draft that cannot be queued: a programming error of the caller, named by field. */
export class OutboxDraftError extends Error {
  constructor(
    readonly field: string,
    rule: string,
  ) {
    super(`Outbox draft: ${field} ${rule}`);
    this.name = 'OutboxDraftError';
  }
}

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$|^[^\s@<>()",;:]+@localhost$/;

/**
 * One plain address (`name@domain.tld`): no display name, no list, nothing a mail library would
 * read as a second recipient. What `enqueue` accepts as `recipient.email`.
 */
export function isMailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}
const TEMPLATE = /^[a-z0-9][a-z0-9-]{0,63}$/;

function check(draft: OutboxDraft): void {
  if (typeof draft.dedupeKey !== 'string' || draft.dedupeKey === '' || draft.dedupeKey.length > 400)
    throw new OutboxDraftError('dedupeKey', 'must be 1-400 characters');
  if (!isMailAddress(draft.recipient?.email ?? ''))
    throw new OutboxDraftError('recipient.email', 'must be an e-mail address');
  if (!TEMPLATE.test(draft.template))
    throw new OutboxDraftError('template', 'must be a template name (a-z, 0-9, -)');
  if (typeof draft.kind !== 'string' || draft.kind === '' || draft.kind.length > 64)
    throw new OutboxDraftError('kind', 'must be 1-64 characters');
  if (draft.context === null || typeof draft.context !== 'object' || Array.isArray(draft.context))
    throw new OutboxDraftError('context', 'must be an object');
}

/**
 * Queues e-mail. `enqueue` must run inside the caller's transaction (the repositories of
 * `UnitOfWork.transaction` or of RequestChanges), so the message exists exactly when the event that
 * caused it was committed: a crash before the commit loses both, after it keeps both.
 */
@Injectable()
export class Outbox {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  /**
   * Inserts the message unless one with the same dedupe key exists (the outbox's unique key).
   * Returns whether this call inserted it.
   */
  async enqueue(tx: Pick<Repositories, 'outbox'>, draft: OutboxDraft): Promise<boolean> {
    check(draft);
    return tx.outbox.queueOnce({
      id: randomUUID(),
      dedupeKey: draft.dedupeKey,
      organisationId: draft.organisationId,
      requestId: draft.requestId ?? null,
      kind: draft.kind,
      recipientEmail: draft.recipient.email,
      recipientName: draft.recipient.name ?? null,
      template: draft.template,
      context: JSON.stringify(draft.context),
      attachLetterIds: JSON.stringify(draft.attachLetterIds ?? []),
      createdAt: this.clock.now(),
    });
  }
}

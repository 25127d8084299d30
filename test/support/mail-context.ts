import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Outbox, type OutboxDraft, MailModule, OutboxSender } from '@wobdesk/mail';
import {
  OutboxMessageEntity,
  repositoriesOf,
  serialRead,
  serialTransaction,
} from '@wobdesk/persistence';
import { createWorkflowContext, type WorkflowContext } from './workflow-context.js';

export interface MailContext extends WorkflowContext {
  readonly outbox: Outbox;
  readonly sender: OutboxSender;
  /** Queues a message in a transaction of its own. */
  enqueue(draft: OutboxDraft): Promise<boolean>;
  /** Every outbox row, oldest first. */
  messages(): Promise<OutboxMessageEntity[]>;
  /** Moves the clock's instant (the workflow's and the mail's) by `seconds`. */
  advance(seconds: number): void;
}

/**
 * The workflow and mail services on a fresh SQLite file; `env` e.g. `{ SMTP_URL }`. Without
 * SMTP_URL mail goes to the catcher, in a temporary directory (`catcherDir`) unless given.
 */
export async function createMailContext(
  env: Record<string, string> = {},
): Promise<MailContext & { readonly catcherDir: string }> {
  const catcherDir = env.MAIL_CATCHER_DIR ?? (await mkdtemp(join(tmpdir(), 'wobdesk-mail-')));
  const ctx = await createWorkflowContext('2026-11-25', { MAIL_CATCHER_DIR: catcherDir, ...env }, [
    MailModule,
  ]);
  const outbox = ctx.module.get(Outbox);
  const close = ctx.close.bind(ctx);
  return Object.assign(ctx, {
    catcherDir,
    async close() {
      await close();
      await rm(catcherDir, { recursive: true, force: true });
    },
    outbox,
    sender: ctx.module.get(OutboxSender),
    enqueue: (draft: OutboxDraft) =>
      serialTransaction(ctx.dataSource, (em) => outbox.enqueue(repositoriesOf(em), draft)),
    messages: () =>
      serialRead(ctx.dataSource, (em) =>
        em.find(OutboxMessageEntity, { order: { createdAt: 'ASC', id: 'ASC' } }),
      ),
    advance(seconds: number) {
      ctx.now = new Date(ctx.now.getTime() + seconds * 1000);
    },
  });
}

/** A reminder draft for a made-up request (no request row is needed for the outbox). */
export function reminderDraft(
  organisationId: string,
  n: number,
  email = `behandelaar${n}@example.nl`,
): OutboxDraft {
  const requestId = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    dedupeKey: `reminder:${requestId}:decision_due:2026-12-08:${email}`,
    organisationId,
    kind: 'reminder.decision_due',
    recipient: { email, name: `Behandelaar ${n}` },
    template: 'reminder-deadline',
    context: {
      organisation: { name: 'Gemeente Voorbeeld' },
      request: { id: requestId, reference: `WOO-2026-${n}`, subject: `Verzoek nummer ${n}` },
      reminder: { kind: 'decision_due', dueOn: '2026-12-08', workingDaysLeft: 5 },
    },
  };
}

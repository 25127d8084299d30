import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { AppConfig, type MailConfig } from '@wobdesk/config';
import { amsterdamDateOf, type Clock } from '@wobdesk/domain';
import { type OutboxMessage, UnitOfWork } from '@wobdesk/persistence';
import { letterFileName } from '@wobdesk/letters';
import { classifyFailure, type DeliveryFailure, type DeliveryProblem } from './delivery-failure.js';
import { mailKindNl } from './mail-kinds.js';
import { MailRenderError, MailTemplates } from './mail-templates.js';
import { MAIL_TRANSPORT } from './mail.tokens.js';
import type { MailTransport, OutgoingMail } from './mail-transport.js';
import { Outbox } from './outbox.js';

/** What one `deliverDue` call did. */
export interface DeliveryReport {
  /** Messages this call claimed (due, or with an expired lease). */
  readonly claimed: number;
  readonly sent: number;
  /** Failed now, queued again with a backoff (or, server unreachable, after the base delay). */
  readonly retried: number;
  /** Failed for good (max attempts, or not renderable); the coordinators were alerted. */
  readonly failed: number;
  /**
   * Claimed but not tried: taken over by another sender first, or put back because the server
   * could not be reached.
   */
  readonly skipped: number;
}

export const ALERT_KIND = 'alert.delivery_failed';

/** The sender's row in `scheduler_run`: its last run and the delivery problem it sees. */
export const SEND_RUN = 'mail-send';

/** What the outbox and scheduler pages read of the sender's last run. */
export interface SenderRun extends DeliveryReport {
  readonly transport: string;
}

const MAX_ERROR_LENGTH = 1000;

/**
 * nodemailer's codes for "no usable connection to the server" (refused, DNS, timeout, TLS, login),
 * as opposed to the server refusing this message (EENVELOPE, EMESSAGE, with an SMTP reply code).
 */
const UNREACHABLE_CODES = new Set(['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS', 'ETLS', 'EAUTH']);

function isUnreachable(error: unknown): boolean {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  // A rejected login comes with the server's 535 reply, but no message can pass it: it is the
  // connection's failure, not this message's.
  if (code === 'EAUTH') return true;
  return typeof code === 'string' && UNREACHABLE_CODES.has(code) && responseCode === undefined;
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH);
}

/**
 * A server's refusal as logged: SMTP servers quote the recipient (`550 <name@example.nl>: …`),
 * which is personal data; the log keeps the reason, the outbox row (for the coordinator) keeps all.
 */
export function withoutAddresses(text: string): string {
  return text.replace(/[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g, '<address>');
}

/** The domain of the From address: the right-hand side of every Message-ID we make. */
function messageIdDomain(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.split('@')[1]?.trim() || 'wobdesk.invalid';
}

/**
 * Sends the outbox. Guarantee: every queued message is delivered at least once (a server that
 * cannot be reached costs no attempts, so an outage of any length loses nothing; the server
 * refusing a message does, up to MAIL_MAX_ATTEMPTS), and a message is
 * delivered twice only when a sender died (or lost the database) after the SMTP server accepted
 * it and before the "sent" mark was committed; it is then sent again, after its lease ends, with
 * the same Message-ID, so the receiving side can recognise the copy.
 *
 * How: a claim (one UPDATE) gives this call a lease on a batch; before each send the lease is
 * renewed in a statement that also checks it is still ours, so at most one sender is ever between
 * "renewed" and "marked" for a message while its lease runs; SMTP waits are bounded by a timeout
 * well under the lease. The claim re-checks its condition in the UPDATE itself, so PostgreSQL's
 * re-evaluation of a concurrently updated row refuses it too; there its choice of rows also skips
 * the rows another sender is claiming (the outbox repository).
 */
@Injectable()
export class OutboxSender implements OnModuleDestroy {
  private readonly logger = new Logger(OutboxSender.name);
  private readonly mail: MailConfig;
  private readonly messageIdDomain: string;
  /** This process in the scheduler page: host and pid. */
  private readonly process = `${hostname().slice(0, 80)}:${process.pid}`;

  constructor(
    private readonly storage: UnitOfWork,
    private readonly config: AppConfig,
    private readonly templates: MailTemplates,
    private readonly outbox: Outbox,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.mail = config.mail;
    this.messageIdDomain = messageIdDomain(config.mail.from);
  }

  onModuleDestroy(): void {
    this.transport.close();
  }

  /** Where messages go: `smtp://host:port` or `catcher:/dir`. */
  describeTransport(): string {
    return this.transport.describe();
  }

  /** Claims the due messages (at most `limit`, default 50), sends them one by one, records the outcome. */
  async deliverDue(options: { limit?: number } = {}): Promise<DeliveryReport> {
    const limit = Math.max(1, Math.min(options.limit ?? 50, 1000));
    const owner = randomUUID();
    const batch = await this.claim(owner, limit);
    const report = { claimed: batch.length, sent: 0, retried: 0, failed: 0, skipped: 0 };
    let blocked: { failure: DeliveryFailure; detail: string } | null = null;
    for (const [index, row] of batch.entries()) {
      if (!(await this.renewLease(row.id, owner))) {
        report.skipped++;
        continue;
      }
      let mail: OutgoingMail;
      try {
        mail = await this.compose(row);
      } catch (error) {
        if (!(error instanceof MailRenderError)) throw error;
        await this.recordFailure(row, owner, error, true);
        report.failed++;
        continue;
      }
      try {
        await this.transport.send(mail);
      } catch (error) {
        if (isUnreachable(error)) {
          // Not this message's fault: it keeps its attempts, and the rest of the batch is put
          // back instead of waiting for the same server one by one.
          blocked = await this.recordUnreachable(row, owner, error);
          report.retried++;
          report.skipped += await this.release(batch.slice(index + 1), owner);
          break;
        }
        const final = await this.recordFailure(row, owner, error, false);
        report[final ? 'failed' : 'retried']++;
        continue;
      }
      await this.markSent(row.id, owner, mail.messageId);
      report.sent++;
    }
    await this.recordRun(report, blocked);
    return report;
  }

  /**
   * Stores this run for the scheduler page, and the delivery problem for the dashboards: set when
   * the server could not be reached (its start kept while it lasts), cleared by a delivery, kept
   * by a run that tried nothing.
   */
  private async recordRun(
    report: DeliveryReport,
    blocked: { failure: DeliveryFailure; detail: string } | null,
  ): Promise<void> {
    const now = this.clock.now();
    await this.storage.transaction(async (tx) => {
      let problem: string | null | undefined;
      if (blocked) {
        const before = await tx.outboxOperations.lastRun(SEND_RUN);
        const since = before?.problem
          ? (JSON.parse(before.problem) as DeliveryProblem).since
          : now.toISOString();
        const value: DeliveryProblem = { ...blocked, since, lastTriedAt: now.toISOString() };
        problem = JSON.stringify(value);
      } else if (report.sent > 0) problem = null;
      const run: SenderRun = { ...report, transport: this.transport.describe() };
      await tx.outboxOperations.recordRun({
        name: SEND_RUN,
        owner: this.process,
        finishedAt: now,
        report: JSON.stringify(run),
        ...(problem !== undefined && { problem }),
      });
    });
  }

  private leaseEnd(): Date {
    return new Date(this.clock.now().getTime() + this.mail.leaseSeconds * 1000);
  }

  private async claim(owner: string, limit: number): Promise<OutboxMessage[]> {
    const now = this.clock.now();
    await this.storage.transaction((tx) => tx.outbox.leaseDue(owner, now, this.leaseEnd(), limit));
    return this.storage.read((tx) => tx.outbox.leasedTo(owner));
  }

  /** Extends our lease just before sending; false when another sender took the message over. */
  private async renewLease(id: string, owner: string): Promise<boolean> {
    return this.storage.transaction((tx) => tx.outbox.renewLease(id, owner, this.leaseEnd()));
  }

  private async markSent(id: string, owner: string, messageId: string): Promise<void> {
    const settled = await this.storage.transaction((tx) =>
      tx.outbox.settle(id, owner, {
        state: 'sent',
        sentAt: this.clock.now(),
        messageId,
        lastError: null,
        lastFailure: null,
      }),
    );
    if (!settled) {
      this.logger.warn(`Outbox message ${id} was sent, but its lease had passed to another sender`);
    }
  }

  /**
   * The server could not be reached: try again after the base delay, without counting an attempt.
   * Returns the failure, for the delivery problem.
   */
  private async recordUnreachable(
    row: OutboxMessage,
    owner: string,
    error: unknown,
  ): Promise<{ failure: DeliveryFailure; detail: string }> {
    const lastError = errorText(error);
    const lastFailure = classifyFailure(error);
    this.logger.warn(
      `Mail server ${this.transport.describe()} unreachable: ${withoutAddresses(lastError)}`,
    );
    const next = new Date(this.clock.now().getTime() + this.mail.retryBaseSeconds * 1000);
    await this.storage.transaction((tx) =>
      tx.outbox.settle(row.id, owner, {
        state: 'pending',
        nextAttemptAt: next,
        lastError,
        lastFailure,
      }),
    );
    return { failure: lastFailure, detail: lastError };
  }

  /** Gives claimed, untried messages back, due as they were. Returns how many. */
  private async release(rows: readonly OutboxMessage[], owner: string): Promise<number> {
    if (rows.length === 0) return 0;
    await this.storage.transaction((tx) =>
      tx.outbox.release(
        rows.map((r) => r.id),
        owner,
      ),
    );
    return rows.length;
  }

  /** Backoff or give up; giving up alerts the organisation's coordinators. Returns "gave up". */
  private async recordFailure(
    row: OutboxMessage,
    owner: string,
    error: unknown,
    permanent: boolean,
  ): Promise<boolean> {
    const attempts = row.attempts + 1;
    const final = permanent || attempts >= this.mail.maxAttempts;
    const lastError = errorText(error);
    const now = this.clock.now();
    const delayMs = this.mail.retryBaseSeconds * 1000 * 2 ** (attempts - 1);
    this.logger.warn(
      `Outbox message ${row.id} (${row.kind}) attempt ${attempts} failed${final ? ', giving up' : ''}: ${withoutAddresses(lastError)}`,
    );
    await this.storage.transaction(async (tx) => {
      const settled = await tx.outbox.settle(row.id, owner, {
        state: final ? 'failed' : 'pending',
        attempts,
        nextAttemptAt: final ? now : new Date(now.getTime() + delayMs),
        lastError,
        lastFailure: permanent ? 'not_renderable' : classifyFailure(error),
      });
      if (!settled || !final || row.kind === ALERT_KIND) return;
      const coordinators = await tx.users.coordinators(row.organisationId);
      const request = row.requestId
        ? await tx.requests.find(row.organisationId, row.requestId)
        : null;
      for (const coordinator of coordinators) {
        await this.outbox.enqueue(tx, {
          dedupeKey: `alert:${row.id}:${coordinator.email}`,
          organisationId: row.organisationId,
          ...(row.requestId !== null && { requestId: row.requestId }),
          kind: ALERT_KIND,
          recipient: { email: coordinator.email, name: coordinator.name },
          template: 'alert-delivery-failed',
          context: {
            failed: {
              outboxId: row.id,
              kind: row.kind,
              kindNl: mailKindNl(row.kind),
              recipientEmail: row.recipientEmail,
              attempts,
              lastError,
              queuedOn: amsterdamDateOf(row.createdAt).toString(),
            },
            request: request
              ? { id: request.id, reference: request.reference, subject: request.subject }
              : null,
          },
        });
      }
    });
    return final;
  }

  private async compose(row: OutboxMessage): Promise<OutgoingMail> {
    let context: Record<string, unknown>;
    let letterIds: string[];
    try {
      context = JSON.parse(row.context) as Record<string, unknown>;
      letterIds = JSON.parse(row.attachLetterIds) as string[];
    } catch {
      throw new MailRenderError(row.template, 'the stored context is not valid JSON');
    }
    const rendered = this.templates.render(row.template, this.viewOf(row, context));
    const attachments = await this.attachments(row, letterIds);
    return {
      outboxId: row.id,
      from: this.mail.from,
      to: { email: row.recipientEmail, ...(row.recipientName && { name: row.recipientName }) },
      ...rendered,
      messageId: `<${row.id}@${this.messageIdDomain}>`,
      headers: { 'X-Wobdesk-Kind': row.kind, 'Auto-Submitted': 'auto-generated' },
      attachments,
    };
  }

  /**
   * The template's view: the stored context plus what the sender knows best — the recipient and
   * `requestUrl`, the clerk's page of the request (`${PUBLIC_BASE_URL}/verzoeken/<id>`).
   */
  private viewOf(row: OutboxMessage, context: Record<string, unknown>) {
    const base = this.config.publicBaseUrl ?? '';
    const request = context.request as { id?: unknown } | null | undefined;
    const requestId = typeof request?.id === 'string' ? request.id : row.requestId;
    return {
      recipient: { email: row.recipientEmail, name: row.recipientName ?? '' },
      ...(requestId && { requestUrl: `${base}/verzoeken/${requestId}` }),
      baseUrl: base,
      ...context,
    };
  }

  private async attachments(row: OutboxMessage, ids: string[]) {
    if (ids.length === 0) return [];
    const letters = await this.storage.read((tx) => tx.letters.pdfs(row.organisationId, ids));
    return ids.map((id) => {
      const letter = letters.find((l) => l.id === id);
      if (!letter) throw new MailRenderError(row.template, `letter ${id} to attach does not exist`);
      return {
        filename: letterFileName(letter.kind, letter.sentOn ?? letter.letterDate, 'pdf'),
        content: Buffer.from(letter.pdfBase64, 'base64'),
        contentType: 'application/pdf',
      };
    });
  }
}

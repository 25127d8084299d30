import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { AppConfig } from '@wobdesk/config';
import type { Clock } from '@wobdesk/domain';
import { type OutboxCounts, type ResendOutcome, UnitOfWork } from '@wobdesk/persistence';
import {
  DELIVERY_FAILURE_NL,
  type DeliveryFailure,
  deliveryFailureOf,
  type DeliveryProblem,
} from './delivery-failure.js';
import { mailKindNl } from './mail-kinds.js';
import { MailTemplates } from './mail-templates.js';
import { OutboxSender, SEND_RUN } from './outbox-sender.js';

/** Messages the outbox page lists at most (failed first, then the longest waiting). */
export const OUTBOX_PAGE_LIMIT = 200;
/** "Sent lately" on the outbox page: the last seven days. */
const SENT_LATELY_DAYS = 7;

/** Why a message did not go out yet, as the outbox page says it. */
export interface FailureView {
  readonly failure: DeliveryFailure | null;
  readonly reasonNl: string;
  readonly actionNl: string;
  /** The server's or the library's own words. */
  readonly detail: string;
}

/**
 * One waiting or failed message: kind, recipient, subject, attempts, next attempt and the reason
 * of the last failure. Never the body: it holds the requester's personal data.
 */
export interface OutboxEntryView {
  readonly id: string;
  readonly kind: string;
  readonly kindNl: string;
  readonly requestId: string | null;
  readonly recipientEmail: string;
  readonly subject: string;
  readonly state: 'waiting' | 'failed';
  readonly attempts: number;
  readonly nextAttemptAt: string;
  readonly queuedAt: string;
  readonly lastFailure: FailureView | null;
}

export interface DeliveryProblemView extends DeliveryProblem {
  readonly reasonNl: string;
  readonly actionNl: string;
}

export interface OutboxOverview {
  readonly transport: string;
  readonly counts: OutboxCounts & { readonly sentSinceDays: number };
  readonly retentionDays: number;
  readonly messages: readonly OutboxEntryView[];
  /** More waiting and failed messages than listed. */
  readonly truncated: boolean;
  readonly deliveryProblem: DeliveryProblemView | null;
}

export function failureView(stored: string | null, detail: string | null): FailureView | null {
  if (stored === null && detail === null) return null;
  const failure = deliveryFailureOf(stored);
  const words = failure
    ? DELIVERY_FAILURE_NL[failure]
    : { reason: 'Het versturen is mislukt.', action: 'Bekijk de foutmelding.' };
  return { failure, reasonNl: words.reason, actionNl: words.action, detail: detail ?? '' };
}

/** The coordinators' view of the organisation's outbox, its resend, and the delivery problem. */
@Injectable()
export class OutboxDesk {
  constructor(
    private readonly storage: UnitOfWork,
    private readonly templates: MailTemplates,
    private readonly config: AppConfig,
    private readonly sender: OutboxSender,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async overview(organisationId: string): Promise<OutboxOverview> {
    const since = new Date(this.clock.now().getTime() - SENT_LATELY_DAYS * 86_400_000);
    const { rows, counts } = await this.storage.read(async (tx) => ({
      rows: await tx.outboxOperations.queue(organisationId, OUTBOX_PAGE_LIMIT),
      counts: await tx.outboxOperations.counts(organisationId, since),
    }));
    return {
      transport: this.sender.describeTransport(),
      counts: { ...counts, sentSinceDays: SENT_LATELY_DAYS },
      retentionDays: this.config.scheduler.outboxRetentionDays,
      messages: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        kindNl: mailKindNl(r.kind),
        requestId: r.requestId,
        recipientEmail: r.recipientEmail,
        subject: this.subjectOf(r.template, r.context, r.recipientEmail),
        state: r.state === 'failed' ? 'failed' : 'waiting',
        attempts: r.attempts,
        nextAttemptAt: r.nextAttemptAt.toISOString(),
        queuedAt: r.createdAt.toISOString(),
        lastFailure: failureView(r.lastFailure, r.lastError),
      })),
      truncated: counts.waiting + counts.failed > rows.length,
      deliveryProblem: await this.deliveryProblem(),
    };
  }

  /** Puts a failed message back in the queue (recorded with the user); see ResendOutcome. */
  resend(organisationId: string, id: string, userId: string): Promise<ResendOutcome> {
    return this.storage.transaction((tx) =>
      tx.outboxOperations.resend(organisationId, id, userId, this.clock.now()),
    );
  }

  /**
   * The problem that keeps all mail waiting (a rejected login, a refused connection …), as the
   * mail sender last saw it; null once a message was delivered again.
   */
  async deliveryProblem(): Promise<DeliveryProblemView | null> {
    const run = await this.storage.read((tx) => tx.outboxOperations.lastRun(SEND_RUN));
    if (!run?.problem) return null;
    const problem = JSON.parse(run.problem) as DeliveryProblem;
    const words = DELIVERY_FAILURE_NL[problem.failure];
    return { ...problem, reasonNl: words.reason, actionNl: words.action };
  }

  private subjectOf(template: string, context: string, email: string): string {
    try {
      const view = JSON.parse(context) as Record<string, unknown>;
      return this.templates.subject(template, {
        recipient: { email, name: '' },
        baseUrl: '',
        requestUrl: '',
        ...view,
      });
    } catch {
      return '(onderwerp niet op te maken)';
    }
  }
}

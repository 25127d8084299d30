import type { DeliveryProblemView, OutboxEntryView } from '@wobdesk/mail';
import type { SchedulerStatus } from '@wobdesk/reminders';
import { whenNl } from '../shared/dutch-text.js';

/** The dashboard's banner: what is wrong, since when, and what to do. */
export function deliveryProblemBanner(problem: DeliveryProblemView | null) {
  return (
    problem && {
      reason: problem.reasonNl,
      action: problem.actionNl,
      since: whenNl(problem.since),
      lastTried: whenNl(problem.lastTriedAt),
      detail: problem.detail,
    }
  );
}

/** One row of the outbox page. */
export function outboxRow(m: OutboxEntryView) {
  return {
    id: m.id,
    kind: m.kindNl,
    requestHref: m.requestId ? `/verzoeken/${m.requestId}` : null,
    recipient: m.recipientEmail,
    subject: m.subject,
    failed: m.state === 'failed',
    state: m.state === 'failed' ? 'Mislukt' : 'Wacht',
    attempts: m.attempts,
    nextAttempt: m.state === 'failed' ? '—' : whenNl(m.nextAttemptAt),
    queued: whenNl(m.queuedAt),
    reason: m.lastFailure?.reasonNl ?? '',
    action: m.lastFailure?.actionNl ?? '',
    detail: m.lastFailure?.detail ?? '',
  };
}

/** The scheduler page's view of the status. */
export function schedulerView(status: SchedulerStatus) {
  const { sweep, lease, sender, settings } = status;
  return {
    sweep: sweep && {
      when: whenNl(sweep.finishedAt),
      process: sweep.process,
      window: sweep.report.window
        ? `${sweep.report.window.after} tot en met ${sweep.report.window.through}`
        : '—',
      due: sweep.report.due,
      queued: sweep.report.queued,
      closed: sweep.report.closed,
      digests: sweep.report.digests,
      purged: sweep.report.purged ?? 0,
      readsPurged: sweep.report.readsPurged ?? 0,
      ms: Math.round(sweep.report.ms),
    },
    lease: lease && { holder: lease.holder, until: whenNl(lease.until) },
    sender: sender && {
      when: whenNl(sender.finishedAt),
      process: sender.process,
      transport: sender.report.transport,
      claimed: sender.report.claimed,
      sent: sender.report.sent,
      retried: sender.report.retried,
      failed: sender.report.failed,
      skipped: sender.report.skipped,
    },
    settings: { ...settings, where: settings.embedded ? 'in de API' : 'in een aparte worker' },
  };
}

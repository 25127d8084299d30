// The Prometheus metrics of one process. One registry per process (a module singleton), so a
// library records into it without a Nest provider; what is measured lives beside the work.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What the outbox holds that is waiting, read by an indexed query when a scraper asks. */
export interface OutboxBacklog {
  readonly waiting: number;
  /** Seconds since the earliest waiting message became due; 0 when none is overdue. */
  readonly oldestDueSeconds: number;
}

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'wobdesk_' });
  let outboxProbe: (() => Promise<OutboxBacklog>) | undefined;
  // One scrape asks the database once for both outbox gauges.
  let pending: Promise<OutboxBacklog | undefined> | undefined;
  const backlog = (): Promise<OutboxBacklog | undefined> => {
    pending ??= (outboxProbe?.() ?? Promise.resolve(undefined)).finally(() => {
      pending = undefined;
    });
    return pending;
  };
  return {
    registry,
    httpRequests: new Counter({
      name: 'wobdesk_http_requests_total',
      help: 'HTTP requests answered, by method, route template and status',
      labelNames: ['method', 'route', 'status'] as const,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'wobdesk_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method, route template and status',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    sweepDuration: new Histogram({
      name: 'wobdesk_reminder_sweep_duration_seconds',
      help: 'Duration of a reminder sweep that held the scheduler lease',
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300],
      registers: [registry],
    }),
    pdfRenderDuration: new Histogram({
      name: 'wobdesk_letter_pdf_render_duration_seconds',
      help: 'Time to print one letter to PDF with Chromium',
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
      registers: [registry],
    }),
    outboxWaiting: new Gauge({
      name: 'wobdesk_outbox_waiting_messages',
      help: 'Messages in the outbox waiting to be sent (pending)',
      registers: [registry],
      async collect() {
        const value = await backlog();
        if (value) this.set(value.waiting);
      },
    }),
    outboxOldest: new Gauge({
      name: 'wobdesk_outbox_oldest_due_seconds',
      help: 'Seconds since the earliest waiting outbox message became due (0: none overdue)',
      registers: [registry],
      async collect() {
        const value = await backlog();
        if (value) this.set(value.oldestDueSeconds);
      },
    }),
    /** Lets the process that has a database say how the outbox is read at scrape time. */
    watchOutbox(probe: () => Promise<OutboxBacklog>): void {
      outboxProbe = probe;
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/** This process's metrics. */
export const METRICS: Metrics = createMetrics();

export const METRICS_CONTENT_TYPE = METRICS.registry.contentType;

/** The text exposition format a Prometheus scraper reads. */
export function metricsText(): Promise<string> {
  return METRICS.registry.metrics();
}

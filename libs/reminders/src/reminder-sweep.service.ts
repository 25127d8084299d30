import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { AppConfig, METRICS } from '@wobdesk/config';
import {
  type Clock,
  type LocalDate,
  normaliseReminderSettings,
  type ReminderSettings,
  type SweepWindow,
} from '@wobdesk/domain';
import { Outbox, type OutboxDraft, OutboxPurge } from '@wobdesk/mail';
import {
  ReadAuditRepository,
  type Recipient,
  type Repositories,
  UnitOfWork,
} from '@wobdesk/persistence';
import { CalendarSource, RequesterPrivacy } from '@wobdesk/register';
import { AutoClose } from './auto-close.js';
import { CoordinatorDigest } from './coordinator-digest.js';
import { type DueWork, findDueWork } from './due-work.js';
import { recipientsOf, reminderDraft } from './reminder-mail.js';
import { LeaseLostError, SchedulerLease, SWEEP_LEASE } from './scheduler-lease.js';
import { readWatermark, writeWatermark } from './sweep-watermark.js';

/** Reminders queued per transaction (and per lease renewal). */
export const SWEEP_BATCH = 250;

/** Test hooks: called after each committed batch with the number of messages queued so far. */
export const SWEEP_HOOKS = Symbol('SWEEP_HOOKS');
export interface SweepHooks {
  afterBatch?(queuedSoFar: number): void | Promise<void>;
}

export interface SweepReport {
  /** False when another process held the lease: this run did nothing. */
  readonly ran: boolean;
  readonly window?: { readonly after: string; readonly through: string };
  /** Reminders found due (one per request and rule). */
  readonly due: number;
  /** Messages inserted now (a re-run inserts 0: the keys exist). */
  readonly queued: number;
  /** Messages whose key already existed (sent by an earlier or parallel run). */
  readonly alreadyQueued: number;
  readonly closed: number;
  /** Reminders of unassigned requests in organisations without a coordinator. */
  readonly unaddressed: number;
  readonly digests: number;
  /** Sent messages deleted after OUTBOX_RETENTION_DAYS (their keys kept). */
  readonly purged: number;
  /** Requests whose requester's data passed the retention period and was anonymised. */
  readonly anonymised: number;
  /** Records of who read what, deleted after READ_AUDIT_RETENTION_DAYS. */
  readonly readsPurged: number;
  readonly ms: number;
  /** Where the time went: finding the due work, closing, queueing reminders, the digest. */
  readonly phasesMs?: {
    readonly find: number;
    readonly close: number;
    readonly queue: number;
    readonly digest: number;
  };
}

const NOT_RUN: SweepReport = {
  ran: false,
  due: 0,
  queued: 0,
  alreadyQueued: 0,
  closed: 0,
  unaddressed: 0,
  digests: 0,
  purged: 0,
  anonymised: 0,
  readsPurged: 0,
  ms: 0,
};

/** The sweep's row in `scheduler_run` (the scheduler page reads it). */
export const SWEEP_RUN = SWEEP_LEASE;

/**
 * The scheduled reminder sweep. Under the scheduler lease it:
 * 1. takes the window from the day after the watermark's day before (one day of overlap, so a
 *    change made after the last sweep of a day is still seen) through today — after downtime, every
 *    missed day;
 * 2. finds the due reminders with indexed range queries (`findDueWork`);
 * 3. closes requests whose objection window ended (one RequestChanges transaction each, with
 *    their message), and queues the other reminders in transactions of SWEEP_BATCH, renewing the
 *    lease after each;
 * 4. moves the watermark to today, then queues the coordinators' digest once per day.
 * Every message has a unique key (request, kind, due day, step, recipient): a sweep killed at any
 * point and run again, or two sweepers at once, queue each message exactly once.
 */
@Injectable()
export class ReminderSweep {
  private readonly logger = new Logger('ReminderSweep');

  constructor(
    private readonly storage: UnitOfWork,
    private readonly lease: SchedulerLease,
    private readonly calendars: CalendarSource,
    private readonly config: AppConfig,
    private readonly outbox: Outbox,
    private readonly closer: AutoClose,
    private readonly digest: CoordinatorDigest,
    private readonly purge: OutboxPurge,
    private readonly privacy: RequesterPrivacy,
    private readonly readAudit: ReadAuditRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(SWEEP_HOOKS) private readonly hooks?: SweepHooks,
  ) {}

  get settings(): ReminderSettings {
    const s = this.config.scheduler;
    return normaliseReminderSettings({
      daysBefore: s.reminderDaysBefore,
      overdueRepeatDays: s.overdueRepeatDays,
    });
  }

  /**
   * One sweep, if this process gets the lease: the reminders, the digest, then the purge of old
   * sent mail (under the same lease, so no sweep queues a key while the purge moves it), then the
   * anonymisation of requesters' data past the retention period, and the purge of old records of
   * reads. Its report is stored for the scheduler page.
   */
  async run(): Promise<SweepReport> {
    if (!(await this.lease.acquire(SWEEP_LEASE))) return NOT_RUN;
    let report: SweepReport;
    try {
      const started = performance.now();
      const swept = await this.sweep();
      const purged = await this.purge.run();
      const { anonymised } = await this.privacy.anonymiseExpired();
      // Every day, not only when someone opens the log: the period is a promise about the data.
      const days = this.config.scheduler.readAuditRetentionDays;
      const readsPurged = await this.readAudit.purgeExpired(
        new Date(this.clock.now().getTime() - days * 86_400_000),
      );
      report = { ...swept, purged, anonymised, readsPurged, ms: performance.now() - started };
      METRICS.sweepDuration.observe(report.ms / 1000);
    } finally {
      await this.lease.release(SWEEP_LEASE);
    }
    // After the release: the lease is held no longer than the work needs it.
    await this.storage.transaction((tx) =>
      tx.outboxOperations.recordRun({
        name: SWEEP_RUN,
        owner: this.lease.owner,
        finishedAt: this.clock.now(),
        report: JSON.stringify(report),
      }),
    );
    return report;
  }

  private async sweep(): Promise<SweepReport> {
    const started = performance.now();
    const today = this.clock.today();
    const calendar = await this.calendars.get();
    const settings = this.settings;
    const mark = await this.storage.read((tx) => readWatermark(tx, SWEEP_LEASE));
    const last = mark.sweptThrough && mark.sweptThrough.isBefore(today) ? mark.sweptThrough : today;
    const window: SweepWindow = { after: last.minusDays(1), through: today };
    const work = await this.storage.read((tx) => findDueWork(tx, window, settings, calendar));
    const who = await this.storage.read((tx) => this.addressBook(tx, work));
    const found = performance.now();
    let queued = 0;
    let alreadyQueued = 0;
    let closed = 0;
    let unaddressed = 0;
    const draftsOf = (w: DueWork): OutboxDraft[] => {
      const recipients = recipientsOf(w.row, who.users, who.coordinators);
      if (recipients.length === 0) unaddressed++;
      const orgName = who.organisations.get(w.row.organisationId) ?? '';
      return recipients.map((r) => reminderDraft(w.row, w.reminder, r, orgName, today, calendar));
    };
    for (const w of work.filter((x) => x.reminder.rule.action === 'close')) {
      const drafts = draftsOf(w);
      const result = await this.closer.close(w.row.organisationId, w.row.id, w.reminder, drafts);
      if (result === 'closed') {
        closed++;
        queued += drafts.length;
      }
      await this.renew();
    }
    const closedAt = performance.now();
    const reminders = work.filter((x) => x.reminder.rule.action === 'remind');
    for (let k = 0; k < reminders.length; k += SWEEP_BATCH) {
      const drafts = reminders.slice(k, k + SWEEP_BATCH).flatMap(draftsOf);
      // Keys queued by an earlier run (every later sweep of a day finds all of them) are skipped
      // before the transaction: one indexed read instead of an insert attempt each. A key
      // queued in between is still caught by the insert-or-ignore.
      const queuedKeys = await this.storage.read((tx) =>
        tx.outbox.existingKeys(drafts.map((d) => d.dedupeKey)),
      );
      const fresh = drafts.filter((d) => !queuedKeys.has(d.dedupeKey));
      const inserted =
        fresh.length === 0
          ? 0
          : await this.storage.transaction(async (tx) => {
              let n = 0;
              for (const draft of fresh) if (await this.outbox.enqueue(tx, draft)) n++;
              return n;
            });
      queued += inserted;
      alreadyQueued += drafts.length - inserted;
      await this.hooks?.afterBatch?.(queued);
      await this.renew();
    }
    const queuedAt = performance.now();
    const digests = await this.digestOnce(mark.digestOn, today);
    const end = performance.now();
    if (unaddressed > 0) {
      this.logger.warn(`${unaddressed} reminders have no recipient (unassigned, no coordinator)`);
    }
    return {
      ran: true,
      window: { after: window.after.toString(), through: window.through.toString() },
      due: work.length,
      queued,
      alreadyQueued,
      closed,
      unaddressed,
      digests,
      purged: 0,
      anonymised: 0,
      readsPurged: 0,
      ms: end - started,
      phasesMs: {
        find: found - started,
        close: closedAt - found,
        queue: queuedAt - closedAt,
        digest: end - queuedAt,
      },
    };
  }

  /** Watermark to today; the digest the first time a sweep completes on a day. */
  private async digestOnce(digestOn: LocalDate | undefined, today: LocalDate): Promise<number> {
    await this.storage.transaction((tx) =>
      writeWatermark(tx, SWEEP_LEASE, { sweptThrough: today }, this.clock.now()),
    );
    if (digestOn && !digestOn.isBefore(today)) return 0;
    const queued = await this.digest.queue(today, digestOn);
    await this.storage.transaction((tx) =>
      writeWatermark(tx, SWEEP_LEASE, { sweptThrough: today, digestOn: today }, this.clock.now()),
    );
    return queued;
  }

  private async renew(): Promise<void> {
    if (!(await this.lease.renew(SWEEP_LEASE))) throw new LeaseLostError(SWEEP_LEASE);
  }

  /** Assignees, coordinators and organisation names of the due work (three indexed reads). */
  private async addressBook(tx: Repositories, work: readonly DueWork[]) {
    const userIds = [...new Set(work.flatMap((w) => (w.row.assigneeId ? [w.row.assigneeId] : [])))];
    const orgIds = [...new Set(work.map((w) => w.row.organisationId))];
    const { users, coordinators } = await tx.users.recipients(userIds, orgIds);
    const organisations = await tx.organisations.names(orgIds);
    return { users, coordinators, organisations } as {
      users: Map<string, Recipient>;
      coordinators: Map<string, Recipient[]>;
      organisations: Map<string, string>;
    };
  }
}

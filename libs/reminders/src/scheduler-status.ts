import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { AppConfig } from '@wobdesk/config';
import type { Clock } from '@wobdesk/domain';
import { SEND_RUN, type SenderRun } from '@wobdesk/mail';
import { UnitOfWork } from '@wobdesk/persistence';
import { SWEEP_RUN, type SweepReport } from './reminder-sweep.service.js';
import { SWEEP_LEASE } from './scheduler-lease.js';

/** A job's last run: when it ended, which process ran it, and its report. */
export interface LastRun<R> {
  readonly finishedAt: string;
  readonly process: string;
  readonly report: R;
}

/** What the scheduler page shows: the last sweep, the lease now, the mail sender's last run. */
export interface SchedulerStatus {
  readonly sweep: LastRun<SweepReport> | null;
  readonly lease: { readonly holder: string; readonly until: string } | null;
  readonly sender: LastRun<SenderRun> | null;
  readonly settings: {
    readonly embedded: boolean;
    readonly sweepSeconds: number;
    readonly mailSendSeconds: number;
    readonly leaseSeconds: number;
    readonly outboxRetentionDays: number;
  };
}

/** Reads the scheduler's state for the scheduler page and `GET /api/scheduler`. */
@Injectable()
export class SchedulerStatusReader {
  constructor(
    private readonly storage: UnitOfWork,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async status(): Promise<SchedulerStatus> {
    const now = this.clock.now();
    const { sweep, sender, lease } = await this.storage.read(async (tx) => ({
      sweep: await tx.outboxOperations.lastRun(SWEEP_RUN),
      sender: await tx.outboxOperations.lastRun(SEND_RUN),
      lease: await tx.outboxOperations.leaseHolder(SWEEP_LEASE, now),
    }));
    const last = <R>(run: typeof sweep): LastRun<R> | null =>
      run && {
        finishedAt: run.finishedAt.toISOString(),
        process: run.owner,
        report: JSON.parse(run.report) as R,
      };
    const s = this.config.scheduler;
    return {
      sweep: last<SweepReport>(sweep),
      lease: lease && { holder: lease.owner, until: lease.until },
      sender: last<SenderRun>(sender),
      settings: {
        embedded: s.embedded,
        sweepSeconds: s.sweepSeconds,
        mailSendSeconds: s.mailSendSeconds,
        leaseSeconds: s.leaseSeconds,
        outboxRetentionDays: s.outboxRetentionDays,
      },
    };
  }
}

import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig } from '@wobdesk/config';
import { OutboxSender } from '@wobdesk/mail';
import { ReminderSweep } from './reminder-sweep.service.js';

/** Interval names in the SchedulerRegistry. */
export const SWEEP_JOB = 'reminder-sweep';
export const SEND_JOB = 'mail-send';

/**
 * The two timers: the reminder sweep every REMINDER_SWEEP_SECONDS (first one right after start,
 * to catch up after downtime) and the mail sender every MAIL_SEND_SECONDS. A run never overlaps
 * the previous run of the same job; across processes the sweep's lease and the sender's claims
 * keep them apart. Errors are logged and the next tick tries again.
 */
@Injectable()
export class SchedulerJobs implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Scheduler');
  private readonly running = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(
    private readonly registry: SchedulerRegistry,
    private readonly config: AppConfig,
    private readonly sweep: ReminderSweep,
    private readonly sender: OutboxSender,
  ) {}

  onApplicationBootstrap(): void {
    const { sweepSeconds, mailSendSeconds } = this.config.scheduler;
    this.registry.addInterval(
      SWEEP_JOB,
      setInterval(() => this.tick(SWEEP_JOB), sweepSeconds * 1000),
    );
    this.registry.addInterval(
      SEND_JOB,
      setInterval(() => this.tick(SEND_JOB), mailSendSeconds * 1000),
    );
    setImmediate(() => this.tick(SWEEP_JOB));
    this.logger.log(
      `reminder sweep every ${sweepSeconds} s, mail sender every ${mailSendSeconds} s`,
    );
  }

  /**
   * Waits for running jobs, so a shutdown never cuts a transaction's caller short, and a running
   * sweep gives its lease back at once. Before the shutdown hooks, because one of those closes the
   * database.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await Promise.allSettled([...this.running.values()]);
  }

  /** Runs a job unless its previous run is still going; resolves when this run ends. */
  tick(job: typeof SWEEP_JOB | typeof SEND_JOB): Promise<void> {
    if (this.stopped) return Promise.resolve();
    const current = this.running.get(job);
    if (current) return current;
    const run = (job === SWEEP_JOB ? this.runSweep() : this.runSender())
      .catch((error: unknown) => this.logger.error(`${job} failed: ${String(error)}`))
      .finally(() => this.running.delete(job));
    this.running.set(job, run);
    return run;
  }

  private async runSweep(): Promise<void> {
    const report = await this.sweep.run();
    if (report.ran && (report.queued > 0 || report.closed > 0)) {
      this.logger.log(
        `swept ${report.window?.after}..${report.window?.through}: ${report.due} due, ${report.queued} queued, ${report.closed} closed, ${report.digests} digests (${Math.round(report.ms)} ms)`,
      );
    }
  }

  private async runSender(): Promise<void> {
    await this.sender.deliverDue();
  }
}

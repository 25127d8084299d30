import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig } from '@wobdesk/config';
import { Publications } from './publications.js';

export const PUBLISH_JOB = 'publication-due';

/**
 * The timer that publishes due decisions, on the reminder sweep's interval (first run right
 * after start, to catch up after downtime). A run never overlaps the previous one; across
 * processes the conditional update of each publication keeps it from being published twice.
 */
@Injectable()
export class PublicationJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Scheduler');
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly registry: SchedulerRegistry,
    private readonly config: AppConfig,
    private readonly publications: Publications,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.scheduler.sweepSeconds;
    this.registry.addInterval(
      PUBLISH_JOB,
      setInterval(() => void this.tick(), seconds * 1000),
    );
    setImmediate(() => void this.tick());
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  tick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.running ??= this.publications
      .publishDue()
      .then((n) => {
        if (n > 0) this.logger.log(`published ${n} decision(s)`);
      })
      .catch((error: unknown) => this.logger.error(`${PUBLISH_JOB} failed: ${String(error)}`))
      .finally(() => (this.running = undefined));
    return this.running;
  }
}

import {
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DocumentsModule } from './documents.module.js';
import { OfficeConversions } from './office-conversions.js';

/** How often the job looks for queued office documents. */
const POLL_MS = 5_000;

/**
 * The timer of the office conversion (see OfficeConversions), beside the reminder sweep and the
 * mail sender: in `apps/worker`, and in `apps/api` when SCHEDULER_EMBEDDED=true. Every POLL_MS
 * it converts batches until none is due; a run never overlaps the previous one, and across
 * processes the claims keep runs apart. Errors are logged and the next tick tries again.
 */
@Injectable()
export class OfficeConversionJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OfficeConversion');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly conversions: OfficeConversions) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), POLL_MS);
    this.logger.log(`office conversion every ${POLL_MS / 1000} s`);
  }

  /** Waits for the batch at hand, so a shutdown never leaves a claim to run out. */
  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Converts until nothing is due, unless the previous run is still going. */
  tick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.running ??= this.drain()
      .catch((error: unknown) => this.logger.error(`office conversion failed: ${String(error)}`))
      .finally(() => (this.running = undefined));
    return this.running;
  }

  /** Batch after batch until none is due, or the application stops (after the batch at hand). */
  private async drain(): Promise<void> {
    while (!this.stopped) {
      const run = await this.conversions.runOnce();
      if (run.claimed === 0) return;
      this.logger.log(
        `${run.converted} converted, ${run.retried} to retry, ${run.notConverted} not converted`,
      );
    }
  }
}

/** The conversion timer; import it where the scheduler's timers run. */
@Module({
  imports: [DocumentsModule],
  providers: [OfficeConversionJob],
  exports: [OfficeConversionJob],
})
export class OfficeConversionJobModule {}

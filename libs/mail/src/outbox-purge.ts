import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { AppConfig } from '@wobdesk/config';
import type { Clock } from '@wobdesk/domain';
import { UnitOfWork } from '@wobdesk/persistence';

/** Sent messages deleted per transaction, so a purge never holds the write lock for long. */
export const PURGE_BATCH = 500;

/**
 * Deletes sent messages older than OUTBOX_RETENTION_DAYS: their bodies hold the requester's
 * personal data, and once delivered they serve no one. Each message's unique key is kept
 * (`outbox_spent_key`), so a purged reminder or digest is never queued again. Run by the reminder
 * sweep under its lease, so a purge never overlaps a sweep that could queue the same key.
 */
@Injectable()
export class OutboxPurge {
  constructor(
    private readonly storage: UnitOfWork,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Returns how many messages were deleted. */
  async run(): Promise<number> {
    const days = this.config.scheduler.outboxRetentionDays;
    const before = new Date(this.clock.now().getTime() - days * 86_400_000);
    let purged = 0;
    for (;;) {
      const n = await this.storage.transaction((tx) =>
        tx.outboxOperations.purgeSent(before, PURGE_BATCH),
      );
      purged += n;
      if (n < PURGE_BATCH) return purged;
    }
  }
}

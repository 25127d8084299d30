import { Module } from '@nestjs/common';
import { MailModule } from '@wobdesk/mail';
import { PersistenceModule } from '@wobdesk/persistence';
import { RegisterModule } from '@wobdesk/register';
import { AutoClose } from './auto-close.js';
import { CoordinatorDigest } from './coordinator-digest.js';
import { ReminderSweep } from './reminder-sweep.service.js';
import { SchedulerLease } from './scheduler-lease.js';
import { SchedulerStatusReader } from './scheduler-status.js';

/**
 * The reminder sweep and what it needs, without any timer: `ReminderSweep.run()` is called by
 * `SchedulerModule`'s interval, by `npm run worker -- --once`, by tests and by the benchmark.
 * Needs `ConfigModule` (global).
 */
@Module({
  imports: [PersistenceModule, RegisterModule, MailModule],
  providers: [SchedulerLease, AutoClose, CoordinatorDigest, ReminderSweep, SchedulerStatusReader],
  exports: [SchedulerLease, ReminderSweep, SchedulerStatusReader, MailModule],
})
export class RemindersModule {}

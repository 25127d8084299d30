import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { RemindersModule } from './reminders.module.js';
import { SchedulerJobs } from './scheduler-jobs.js';

/**
 * The timers of the reminder sweep and the mail sender. Import it once per application: in
 * `apps/worker`, and in `apps/api` when SCHEDULER_EMBEDDED=true (the default), so `npm run demo`
 * sends reminders without a second process. With a separate worker set SCHEDULER_EMBEDDED=false.
 */
@Module({
  imports: [ScheduleModule.forRoot(), RemindersModule],
  providers: [SchedulerJobs],
  exports: [SchedulerJobs],
})
export class SchedulerModule {}

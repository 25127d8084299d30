export { AutoClose } from './auto-close.js';
export { CoordinatorDigest, DIGEST_ITEMS, digestSections } from './coordinator-digest.js';
export { type DueWork, findDueWork, reminderRowOf } from './due-work.js';
export {
  type DigestItem,
  digestDraft,
  mailReminderKind,
  recipientsOf,
  reminderDraft,
  workingDaysUntil,
} from './reminder-mail.js';
export {
  ReminderSweep,
  SWEEP_BATCH,
  SWEEP_HOOKS,
  type SweepHooks,
  type SweepReport,
  SWEEP_RUN,
} from './reminder-sweep.service.js';
export { RemindersModule } from './reminders.module.js';
export { LeaseLostError, SchedulerLease, SWEEP_LEASE } from './scheduler-lease.js';
export { SchedulerJobs, SEND_JOB, SWEEP_JOB } from './scheduler-jobs.js';
export { SchedulerModule } from './scheduler.module.js';
export { type LastRun, type SchedulerStatus, SchedulerStatusReader } from './scheduler-status.js';
export { readWatermark, type Watermark, writeWatermark } from './sweep-watermark.js';

import { Module } from '@nestjs/common';
import { PersistenceModule } from '@wobdesk/persistence';
import { RegisterModule } from '@wobdesk/register';
import { PublicationJobs } from './publication-jobs.js';
import { Publications } from './publications.js';
import { PublicSection } from './public-section.js';
import { Sitemaps } from './sitemaps.js';

/** Publication of decisions and the public reads. Needs `ConfigModule` (global). */
@Module({
  imports: [PersistenceModule, RegisterModule],
  providers: [Publications, PublicSection, Sitemaps],
  exports: [Publications, PublicSection, Sitemaps],
})
export class PublicationModule {}

/**
 * The timer that publishes due decisions. Import it next to the reminders' `SchedulerModule`
 * (whose `ScheduleModule.forRoot()` provides the global registry): in the worker, and in the API
 * when SCHEDULER_EMBEDDED=true.
 */
@Module({
  imports: [PublicationModule],
  providers: [PublicationJobs],
  exports: [PublicationJobs],
})
export class PublicationSchedulerModule {}

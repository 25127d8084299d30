import { Module } from '@nestjs/common';
import { Outbox } from '@wobdesk/mail';
import { PersistenceModule } from '@wobdesk/persistence';
import { AuthService } from './auth.service.js';
import { CalendarSource } from './calendar-source.js';
import { CLOCK, NOW, type Now, SystemClock, systemNow } from './clock.js';
import { DemoSeeder } from './demo/demo-seeder.js';
import { PublicStatusCache } from './public-status-cache.js';
import { PublicStatusService } from './public-status.service.js';
import { PublicSubmissionService } from './public-submission.service.js';
import { RequestChanges } from './request-change.js';
import { RequestReader } from './request-reader.js';
import { RequestRegistration } from './request-registration.js';
import { RequestWorkflowService } from './request-workflow.service.js';
import { RequesterNotices } from './requester-notices.js';
import { StatusLinks } from './status-links.js';

/**
 * The register's services, for both applications. Needs `ConfigModule` (global) in the
 * importing application; brings its own database connection through `PersistenceModule`.
 * `CLOCK` (today, Europe/Amsterdam) and `NOW` (instants) default to the system clock and are
 * exported, so tests override them with `.overrideProvider(CLOCK).useValue(new FixedClock(…))`.
 */
@Module({
  imports: [PersistenceModule],
  providers: [
    { provide: CLOCK, useClass: SystemClock },
    { provide: NOW, useValue: systemNow },
    // The outbox stamps messages with the workflow's clock, so a test's NOW is the mail's too.
    { provide: Outbox, inject: [NOW], useFactory: (now: Now) => new Outbox(now) },
    RequesterNotices,
    CalendarSource,
    PublicStatusCache,
    RequestReader,
    RequestChanges,
    RequestRegistration,
    RequestWorkflowService,
    PublicStatusService,
    PublicSubmissionService,
    AuthService,
    DemoSeeder,
    StatusLinks,
  ],
  exports: [
    CLOCK,
    NOW,
    CalendarSource,
    RequestWorkflowService,
    PublicStatusService,
    PublicSubmissionService,
    AuthService,
    DemoSeeder,
    RequestReader,
    RequestChanges,
    PublicStatusCache,
    Outbox,
    RequesterNotices,
    StatusLinks,
  ],
})
export class WorkflowModule {}

import { Module } from '@nestjs/common';
import { ClockModule } from '@wobdesk/clock';
import { Outbox } from '@wobdesk/mail';
import { PersistenceModule } from '@wobdesk/persistence';
import { CalendarSource } from './calendar-source.js';
import { RequestChangeEvents } from './request-change-events.js';
import { RequestChanges } from './request-change.js';
import { RequestReader } from './request-reader.js';
import { RequestRegistration } from './request-registration.js';
import { RequestWorkflowService } from './request-workflow.service.js';
import { RequesterNotices } from './requester-notices.js';
import { RequesterPrivacy } from './requester-privacy.js';
import { StatusLinks } from './status-links.js';

/**
 * The request register's services, for every application. Needs `ConfigModule` (global) in the
 * importing application; brings its own database connection through `PersistenceModule` and
 * the one `CLOCK` through `ClockModule`, so tests override it with
 * `.overrideProvider(CLOCK).useValue(new TestClock(…))`. The outbox reads the same clock, so a
 * test's instant is the mail's too.
 */
@Module({
  imports: [PersistenceModule, ClockModule],
  providers: [
    Outbox,
    RequesterNotices,
    CalendarSource,
    RequestChangeEvents,
    RequestReader,
    RequestChanges,
    RequestRegistration,
    RequestWorkflowService,
    RequesterPrivacy,
    StatusLinks,
  ],
  exports: [
    ClockModule,
    CalendarSource,
    RequestWorkflowService,
    RequestReader,
    RequestChanges,
    RequestChangeEvents,
    RequestRegistration,
    Outbox,
    RequesterNotices,
    RequesterPrivacy,
    StatusLinks,
  ],
})
export class RegisterModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@wobdesk/config';
import { dataSourceOptions } from './data-source-options.js';
import { openDataSource } from './open-data-source.js';
import { CalendarFeedRepository } from './repositories/calendar-feed.repository.js';
import { ManagementReportRepository } from './repositories/management-report.repository.js';
import { HolidayCalendarRepository } from './repositories/holiday-calendar.repository.js';
import { OrganisationBrandingRepository } from './repositories/organisation-branding.repository.js';
import { OrganisationGeneralSettingsRepository } from './repositories/organisation-general-settings.repository.js';
import { OrganisationRepository } from './repositories/organisation.repository.js';
import { SecondFactorRepository } from './repositories/second-factor.repository.js';
import { ReadAuditRepository } from './repositories/read-audit.repository.js';
import { UserRepository } from './repositories/user.repository.js';
import { UserAdministrationRepository } from './repositories/user-administration.repository.js';
import { UnitOfWork } from './storage/unit-of-work.js';

/**
 * The database connection (from `AppConfig`, read when the module initialises, not at import) and
 * the repositories. Requires `ConfigModule` (global) in the application.
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.database),
        // Fail at once with the real reason instead of retrying for half a minute.
        retryAttempts: 0,
        toRetry: () => false,
      }),
      dataSourceFactory: async (options) => openDataSource(options!),
    }),
  ],
  providers: [
    CalendarFeedRepository,
    HolidayCalendarRepository,
    ManagementReportRepository,
    OrganisationBrandingRepository,
    OrganisationGeneralSettingsRepository,
    OrganisationRepository,
    ReadAuditRepository,
    UnitOfWork,
    UserRepository,
    UserAdministrationRepository,
    SecondFactorRepository,
  ],
  exports: [
    CalendarFeedRepository,
    HolidayCalendarRepository,
    ManagementReportRepository,
    OrganisationBrandingRepository,
    OrganisationGeneralSettingsRepository,
    OrganisationRepository,
    ReadAuditRepository,
    UnitOfWork,
    UserRepository,
    UserAdministrationRepository,
    SecondFactorRepository,
  ],
})
export class PersistenceModule {}

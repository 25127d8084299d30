import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { type AppConfig, ConfigModule } from '@wobdesk/config';
import { DemoModule } from '@wobdesk/demo';
import { OfficeConversionJobModule } from '@wobdesk/documents';
import { findTemplatesDir, type LettersOptions } from '@wobdesk/letters';
import { PersistenceModule } from '@wobdesk/persistence';
import { PublicationSchedulerModule } from '@wobdesk/publication';
import { SchedulerModule } from '@wobdesk/reminders';
import { AuthModule } from './auth/auth.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { CalendarFeedsModule } from './calendar-feeds/calendar-feeds.module.js';
import { DomainErrorFilter } from './common/domain-error.filter.js';
import { ApiValidationPipe } from './common/validation.js';
import { DeadlinesModule } from './deadlines/deadlines.module.js';
import { DocumentsApiModule } from './documents/documents.module.js';
import { InventoryApiModule } from './inventory/inventory.module.js';
import { HealthModule } from './health/health.module.js';
import { PagesModule } from './pages/pages.module.js';
import { LettersApiModule } from './letters/letters.module.js';
import { OrganisationModule } from './organisation/organisation.module.js';
import { PublicationApiModule } from './publication/publication.module.js';
import { ReleasesApiModule } from './releases/releases.module.js';
import { PublicStatusModule } from './public-status/public-status.module.js';
import { OperationsModule } from './operations/operations.module.js';
import { ReadAuditModule } from './read-audit/read-audit.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { RequestsModule } from './requests/requests.module.js';
import { UsersModule } from './users/users.module.js';

/** The HTTP API. `main.ts` passes the configuration it loaded; tests pass their own. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        PersistenceModule,
        HealthModule,
        CalendarModule,
        CalendarFeedsModule,
        DeadlinesModule,
        AuthModule,
        RequestsModule,
        LettersApiModule.forRoot(lettersOptionsOf(config)),
        DocumentsApiModule,
        InventoryApiModule,
        PublicStatusModule,
        OrganisationModule,
        UsersModule,
        PublicationApiModule,
        ReleasesApiModule,
        ReportsModule,
        OperationsModule,
        ReadAuditModule,
        PagesModule.forRoot(lettersOptionsOf(config).templatesDir),
        // The demo's seeding, so a test (or an operator's script) can seed the running app.
        DemoModule,
        // SCHEDULER_EMBEDDED (default true): the reminder sweep and the mail sender run in this
        // process, so a single `npm run demo` sends reminders; false when `npm run worker` runs them.
        // The office documents' conversion to PDF runs with them.
        ...(config.scheduler.embedded
          ? [SchedulerModule, PublicationSchedulerModule, OfficeConversionJobModule]
          : []),
      ],
      providers: [
        { provide: APP_PIPE, useClass: ApiValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
    };
  }
}

/**
 * The letters library's options from the configuration: TEMPLATES_DIR when set, else the
 * templates/ found from the working directory or from this module (sources and dist/ alike).
 */
export function lettersOptionsOf(config: AppConfig): LettersOptions {
  const { letters } = config;
  return {
    templatesDir: findTemplatesDir(
      letters.templatesDir,
      process.cwd(),
      dirname(fileURLToPath(import.meta.url)),
    ),
    ...(letters.organisationTemplatesDir !== undefined && {
      organisationTemplatesDir: letters.organisationTemplatesDir,
    }),
    chromiumPath: letters.chromiumPath,
    pdfPages: letters.pdfPages,
  };
}

import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '@wobdesk/config';
import { OfficeConversionJobModule } from '@wobdesk/documents';
import { PublicationModule, PublicationSchedulerModule } from '@wobdesk/publication';
import { RemindersModule, SchedulerModule } from '@wobdesk/reminders';

/**
 * The worker: no HTTP, the reminder sweep, the mail sender and the publication of due decisions
 * on their timers (`SchedulerModule`, `PublicationSchedulerModule`), and the office documents'
 * conversion to PDF on its own (`OfficeConversionJobModule`). With `jobs: false` only the
 * services, for `--once`.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, options: { jobs: boolean }): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        ...(options.jobs
          ? [SchedulerModule, PublicationSchedulerModule, OfficeConversionJobModule]
          : [RemindersModule, PublicationModule]),
      ],
    };
  }
}

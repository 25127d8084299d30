import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '@wobdesk/config';
import { OfficeConversionJobModule } from '@wobdesk/documents';
import { RemindersModule, SchedulerModule } from '@wobdesk/reminders';

/**
 * The worker: no HTTP, the reminder sweep and the mail sender on their timers
 * (`SchedulerModule`), and the office documents' conversion to PDF on its own
 * (`OfficeConversionJobModule`). With `jobs: false` only the services, for `--once`.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, options: { jobs: boolean }): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        ...(options.jobs ? [SchedulerModule, OfficeConversionJobModule] : [RemindersModule]),
      ],
    };
  }
}

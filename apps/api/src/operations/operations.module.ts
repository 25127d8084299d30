import { Module } from '@nestjs/common';
import { RemindersModule } from '@wobdesk/reminders';
import { OutboxController, SchedulerController } from './outbox.controller.js';

/**
 * The outbox and the scheduler for coordinators, as JSON. Reads only: it starts no timers, so it
 * works the same in an API with or without the embedded scheduler.
 */
@Module({
  imports: [RemindersModule],
  controllers: [OutboxController, SchedulerController],
  exports: [RemindersModule],
})
export class OperationsModule {}

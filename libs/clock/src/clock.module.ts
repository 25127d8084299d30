import { Module } from '@nestjs/common';
import { CLOCK, SystemClock } from './clock.js';

/**
 * Provides the one `CLOCK`. Every module that reads time imports this one, so an application
 * holds one instance and a test's `overrideProvider(CLOCK)` reaches every reader at once.
 */
@Module({
  providers: [{ provide: CLOCK, useClass: SystemClock }],
  exports: [CLOCK],
})
export class ClockModule {}

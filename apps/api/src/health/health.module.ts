import { Module } from '@nestjs/common';
import { PersistenceModule } from '@wobdesk/persistence';
import { Draining } from './draining.js';
import { HealthController } from './health.controller.js';
import { HealthService } from './health.service.js';

/** Asks the database through the UnitOfWork of PersistenceModule. */
@Module({
  imports: [PersistenceModule],
  controllers: [HealthController],
  providers: [HealthService, Draining],
  exports: [Draining],
})
export class HealthModule {}

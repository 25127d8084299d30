import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';
import { HealthService } from './health.service.js';

/** Uses the DataSource that PersistenceModule registers globally (TypeOrmModule core is global). */
@Module({
  controllers: [HealthController],
  providers: [HealthService],
})
export class HealthModule {}

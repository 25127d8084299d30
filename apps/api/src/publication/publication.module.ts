import { Module } from '@nestjs/common';
import { ClockModule } from '@wobdesk/clock';
import { PersistenceModule } from '@wobdesk/persistence';
import { PublicationModule } from '@wobdesk/publication';
import { InventoryApiModule } from '../inventory/inventory.module.js';
import { ReleasesApiModule } from '../releases/releases.module.js';
import { PublicationController, PublisherController } from './publication.controller.js';

/** The clerks' publication endpoints and the coordinator's publisher setting. */
@Module({
  imports: [
    PublicationModule,
    PersistenceModule,
    ClockModule,
    InventoryApiModule,
    ReleasesApiModule,
  ],
  controllers: [PublicationController, PublisherController],
})
export class PublicationApiModule {}

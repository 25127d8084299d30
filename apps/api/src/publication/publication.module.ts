import { Module } from '@nestjs/common';
import { ClockModule } from '@wobdesk/clock';
import { PersistenceModule } from '@wobdesk/persistence';
import { PublicationModule } from '@wobdesk/publication';
import { InventoryApiModule } from '../inventory/inventory.module.js';
import { ReleasesApiModule } from '../releases/releases.module.js';
import { DecisionPublishing } from './decision-publishing.js';
import { PublicationController, PublisherController } from './publication.controller.js';
import { PublishedFiles } from './published-files.js';

/**
 * The clerks' publication endpoints and the coordinator's publisher setting; the scheduling with
 * the decision's public copy and the store of published files, which the pages use too.
 */
@Module({
  imports: [
    PublicationModule,
    PersistenceModule,
    ClockModule,
    InventoryApiModule,
    ReleasesApiModule,
  ],
  controllers: [PublicationController, PublisherController],
  providers: [DecisionPublishing, PublishedFiles],
  exports: [DecisionPublishing, PublishedFiles],
})
export class PublicationApiModule {}

import { ReadAuditModule } from '../read-audit/read-audit.module.js';
import { Module } from '@nestjs/common';
import { ClockModule } from '@wobdesk/clock';
import { DocumentsModule } from '@wobdesk/documents';
import { PersistenceModule } from '@wobdesk/persistence';
import { PublicationModule } from '@wobdesk/publication';
import { InventoryApiModule } from '../inventory/inventory.module.js';
import { ProvisionalMeasureController } from './provisional-measure.controller.js';
import { ReleaseService } from './release-service.js';
import { ReleasesController } from './releases.controller.js';
import { RequesterDownloadsController } from './requester-downloads.controller.js';
import { RequesterReleases } from './requester-releases.js';

/**
 * The release of documents: the clerk's endpoints, the provisional measure that holds it, and the
 * requester's downloads.
 */
@Module({
  imports: [
    DocumentsModule,
    PublicationModule,
    PersistenceModule,
    ClockModule,
    InventoryApiModule,
    ReadAuditModule,
  ],
  controllers: [ReleasesController, RequesterDownloadsController, ProvisionalMeasureController],
  providers: [ReleaseService, RequesterReleases],
  exports: [ReleaseService, RequesterReleases],
})
export class ReleasesApiModule {}

import { Module } from '@nestjs/common';
import { DocumentsModule } from '@wobdesk/documents';
import { DocumentsController } from './documents.controller.js';
import { ReadAuditModule } from '../read-audit/read-audit.module.js';
import { InventoryController } from './inventory.controller.js';
import { DuplicatesController } from './duplicates.controller.js';
import { RedactionsController } from './redactions.controller.js';
import { ThirdPartiesController } from './third-parties.controller.js';

/** The clerks' document endpoints: intake, and the inventory with its assessments. */
@Module({
  imports: [DocumentsModule, ReadAuditModule],
  controllers: [
    DocumentsController,
    InventoryController,
    DuplicatesController,
    ThirdPartiesController,
    RedactionsController,
  ],
})
export class DocumentsApiModule {}

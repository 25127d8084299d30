import { Module } from '@nestjs/common';
import { DocumentsModule } from '@wobdesk/documents';
import { DocumentsController } from './documents.controller.js';
import { DuplicatesController } from './duplicates.controller.js';

/** The clerks' document endpoints. */
@Module({
  imports: [DocumentsModule],
  controllers: [DocumentsController, DuplicatesController],
})
export class DocumentsApiModule {}

import { Module } from '@nestjs/common';
import { ClockModule } from '@wobdesk/clock';
import { PersistenceModule } from '@wobdesk/persistence';
import { ReadAuditController } from './read-audit.controller.js';
import { ReadAudit } from './read-audit.service.js';

/** The audit of reads: the recorder every reading route calls, and the coordinator's log. */
@Module({
  imports: [PersistenceModule, ClockModule],
  controllers: [ReadAuditController],
  providers: [ReadAudit],
  exports: [ReadAudit],
})
export class ReadAuditModule {}

import { Module } from '@nestjs/common';
import { PersistenceModule } from '@wobdesk/persistence';
import { RegisterModule } from '@wobdesk/register';
import { ManagementReports } from './management-reports.service.js';
import { ReportsController } from './reports.controller.js';

/** The management report: the coordinators' figures over a period, as JSON, CSV and XLSX. */
@Module({
  imports: [PersistenceModule, RegisterModule],
  controllers: [ReportsController],
  providers: [ManagementReports],
  exports: [ManagementReports],
})
export class ReportsModule {}

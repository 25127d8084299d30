import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { ManagementReport } from '@wobdesk/domain';
import type { Actor } from '@wobdesk/register';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles } from '../auth/auth.decorators.js';
import { ApiClerkErrors } from '../common/api-docs.decorators.js';
import { ErrorResponse } from '../common/error-response.js';
import { ManagementReports } from './management-reports.service.js';
import { reportCsv } from './report-csv.js';
import { reportXlsx } from './report-xlsx.js';
import { periodOf, ReportPeriodQuery } from './reports.dto.js';

const BAD_PERIOD = {
  type: ErrorResponse,
  description:
    'VALIDATION_FAILED: from or to not a date, to before from, or a period of ten years or more',
};

/** The coordinator's management report of the organisation over a period, and its exports. */
@ApiTags('reports')
@ApiBearerAuth()
@ApiClerkErrors()
@Roles('coordinator')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ManagementReports) {}

  @ApiOperation({
    summary:
      'The report: requests received, decided and pending, on time, gross and net durations, per handler and per month; steps, outcomes and grounds',
  })
  @ApiOkResponse({
    description: 'The report as JSON; dates YYYY-MM-DD, durations in calendar days',
  })
  @ApiBadRequestResponse(BAD_PERIOD)
  @Get()
  async report(
    @CurrentActor() actor: Actor,
    @Query() query: ReportPeriodQuery,
  ): Promise<ManagementReport & { handlerNames: Record<string, string> }> {
    const period = periodOf(query);
    const report = await this.reports.build(actor.organisationId, period);
    return { ...report, handlerNames: await this.reports.handlerNames(actor.organisationId) };
  }

  @ApiOperation({
    summary: 'The report as CSV (UTF-8, comma-separated, every table under its title)',
  })
  @ApiProduces('text/csv')
  @ApiBadRequestResponse(BAD_PERIOD)
  @Get('export.csv')
  async csv(
    @CurrentActor() actor: Actor,
    @Query() query: ReportPeriodQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const period = periodOf(query);
    const tables = await this.reports.tables(actor.organisationId, period);
    reply.header('X-Content-Type-Options', 'nosniff');
    // The byte order mark makes spreadsheet programs read the file as UTF-8.
    return new StreamableFile(Buffer.from(`\uFEFF${reportCsv(tables)}`, 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="rapportage-${query.from}-${query.to}.csv"`,
    });
  }

  @ApiOperation({ summary: 'The report as an XLSX workbook, one sheet per table' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiBadRequestResponse(BAD_PERIOD)
  @Get('export.xlsx')
  async xlsx(
    @CurrentActor() actor: Actor,
    @Query() query: ReportPeriodQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const period = periodOf(query);
    const tables = await this.reports.tables(actor.organisationId, period);
    reply.header('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(await reportXlsx(tables), {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: `attachment; filename="rapportage-${query.from}-${query.to}.xlsx"`,
    });
  }
}

import { Injectable } from '@nestjs/common';
import {
  foldEvents,
  type HolidayCalendar,
  type ManagementReport,
  ReportAccumulator,
  type ReportPeriod,
} from '@wobdesk/domain';
import { ManagementReportRepository, type StoredReportRow, UnitOfWork } from '@wobdesk/persistence';
import { CalendarSource, domainEventsOf } from '@wobdesk/register';
import { type ReportTable, reportTables } from './report-tables.js';

/**
 * The management report of an organisation: the requests streamed page by page from their
 * projected columns into the domain's fold, the steps, outcomes and grounds counted in SQL.
 */
@Injectable()
export class ManagementReports {
  constructor(
    private readonly store: ManagementReportRepository,
    private readonly storage: UnitOfWork,
    private readonly calendars: CalendarSource,
  ) {}

  async build(organisationId: string, period: ReportPeriod): Promise<ManagementReport> {
    const acc = new ReportAccumulator(period);
    let calendar: HolidayCalendar | undefined;
    await this.store.streamRequests(organisationId, period, async (rows) => {
      for (const row of rows) {
        if (row.suspendedDays !== null) {
          acc.addDays({ ...row, suspendedDays: row.suspendedDays });
        } else {
          calendar ??= await this.calendars.get();
          acc.addDays({ ...row, suspendedDays: await this.foldedSuspendedDays(row, calendar) });
        }
      }
    });
    const steps = await this.store.stepCounts(organisationId, period);
    const outcomes = await this.store.outcomes(organisationId, period);
    return { period, requests: acc.report(), steps, ...outcomes };
  }

  /** The report's tables, clerks named. */
  async tables(organisationId: string, period: ReportPeriod): Promise<ReportTable[]> {
    const report = await this.build(organisationId, period);
    const names = await this.handlerNames(organisationId);
    return reportTables(report, (id) => names[id] ?? 'Onbekende behandelaar');
  }

  /** The organisation's clerks by id. */
  async handlerNames(organisationId: string): Promise<Record<string, string>> {
    const colleagues = await this.storage.read((tx) => tx.users.colleagues(organisationId));
    return Object.fromEntries(colleagues.map((c) => [c.id, c.name]));
  }

  /**
   * A request stored before suspended days were projected, and not changed since: its events
   * are folded here, as the request page does, so both show the same number.
   */
  private async foldedSuspendedDays(row: StoredReportRow, calendar: HolidayCalendar) {
    const events = await this.storage.read((tx) => tx.requests.events(row.id));
    return foldEvents(domainEventsOf(events), calendar)?.deadlines.suspendedDays ?? 0;
  }
}

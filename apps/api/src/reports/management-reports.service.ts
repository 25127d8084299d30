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
          acc.add({ ...row, suspendedDays: row.suspendedDays });
        } else {
          calendar ??= await this.calendars.get();
          acc.add({ ...row, suspendedDays: await this.foldedSuspendedDays(row, calendar) });
        }
      }
    });
    const steps = await this.store.stepCounts(organisationId, period);
    const outcomes = await this.store.outcomes(organisationId, period);
    return { period, requests: acc.report(), steps, ...outcomes };
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

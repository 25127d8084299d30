import { ApiProperty } from '@nestjs/swagger';
import { LocalDate, type ReportPeriod } from '@wobdesk/domain';
import { IsDefined } from 'class-validator';
import { IsCaseDate, validationFailed } from '../common/validation.js';

/** A report covers at most this many days (ten years): enough for any annual account. */
export const MAX_REPORT_DAYS = 3660;

/** The period of a report: both days included, calendar dates in Europe/Amsterdam. */
export class ReportPeriodQuery {
  @ApiProperty({ format: 'date', description: 'First day of the period (included)' })
  @IsDefined()
  @IsCaseDate()
  from: string;

  @ApiProperty({ format: 'date', description: 'Last day of the period (included)' })
  @IsDefined()
  @IsCaseDate()
  to: string;
}

/** The period, or the 400 that names `to` and the rule it breaks. */
export function periodOf(query: ReportPeriodQuery): ReportPeriod {
  const from = LocalDate.parse(query.from);
  const to = LocalDate.parse(query.to);
  if (to.isBefore(from)) {
    throw validationFailed([
      { field: 'to', rule: 'notBeforeFrom', message: 'to must not be before from' },
    ]);
  }
  if (from.daysUntil(to) >= MAX_REPORT_DAYS) {
    throw validationFailed([
      {
        field: 'to',
        rule: 'maxPeriod',
        message: `to must be less than ${MAX_REPORT_DAYS} days after from`,
      },
    ]);
  }
  return { from, to };
}

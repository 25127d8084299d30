import { LocalDate } from '../calendar/local-date.js';
import {
  type DurationFigures,
  monthOf,
  type ReportDayRow,
  type ReportPeriod,
  type ReportRequestRow,
  type RequestFigures,
} from './management-report.js';

/** The request figures of a period: the organisation, per handler, per month. */
export interface RequestReport {
  readonly total: RequestFigures & { readonly pending: number };
  /** Keyed by handler id; '' for requests nobody is assigned to. */
  readonly perHandler: Readonly<Record<string, RequestFigures & { readonly pending: number }>>;
  /** Keyed by 'YYYY-MM', every month of the period in order, also the empty ones. */
  readonly perMonth: Readonly<Record<string, RequestFigures>>;
}

class Group {
  received = 0;
  pending = 0;
  decidedOnTime = 0;
  readonly gross: number[] = [];
  readonly net: number[] = [];

  decide(gross: number, net: number, onTime: boolean): void {
    this.gross.push(gross);
    this.net.push(net);
    if (onTime) this.decidedOnTime++;
  }

  figures(): RequestFigures & { pending: number } {
    return { ...this.requestFigures(), pending: this.pending };
  }

  /** Without the pending count, which a month does not have (pending is on the period's last day). */
  requestFigures(): RequestFigures {
    const decided = this.gross.length;
    return {
      received: this.received,
      decided,
      decidedOnTime: this.decidedOnTime,
      ...(decided > 0
        ? { onTimePercent: Math.round((1000 * this.decidedOnTime) / decided) / 10 }
        : {}),
      grossDays: durations(this.gross),
      netDays: durations(this.net),
    };
  }
}

/**
 * Folds the request rows of an organisation, one at a time, into the report of a period, so a
 * caller can stream rows page by page: only the durations of the decided requests are kept (for
 * the medians). A row that touches the period in no way (received after it, decided before it)
 * changes nothing, so the caller may hand it more rows than needed. The fold works on day
 * numbers (`addDays`), so a report over years handles a hundred thousand rows without a date
 * object; `add` takes a row with dates.
 */
export class ReportAccumulator {
  private readonly total = new Group();
  private readonly handlers = new Map<string, Group>();
  private readonly months = new Map<string, Group>();
  private readonly from: number;
  private readonly to: number;
  /** The month's group of each day of the period, by its offset from the first day. */
  private readonly monthOfDay: Group[] = [];

  constructor(period: ReportPeriod) {
    this.from = period.from.epochDay;
    this.to = period.to.epochDay;
    for (let m = period.from; !m.isAfter(period.to); m = firstOfNextMonth(m)) {
      this.months.set(monthOf(m), new Group());
    }
    for (let day = this.from; day <= this.to; day++) {
      this.monthOfDay.push(this.months.get(monthOf(LocalDate.fromEpochDay(day)))!);
    }
  }

  add(row: ReportRequestRow): void {
    this.addDays({
      receivedDay: row.receivedOn.epochDay,
      ...(row.decidedOn ? { decidedDay: row.decidedOn.epochDay } : {}),
      deadlineDay: row.decisionDeadline.epochDay,
      suspendedDays: row.suspendedDays,
      ended: row.ended,
      ...(row.handlerId ? { handlerId: row.handlerId } : {}),
    });
  }

  addDays(row: ReportDayRow): void {
    const { receivedDay, decidedDay } = row;
    if (receivedDay > this.to) return;
    const handler = this.handler(row.handlerId ?? '');
    if (receivedDay >= this.from) {
      this.total.received++;
      handler.received++;
      this.monthOfDay[receivedDay - this.from]!.received++;
    }
    // Pending on the period's last day: received by then, not ended, not decided by then.
    if (!row.ended && (decidedDay === undefined || decidedDay > this.to)) {
      this.total.pending++;
      handler.pending++;
    }
    if (decidedDay !== undefined && decidedDay >= this.from && decidedDay <= this.to) {
      const gross = decidedDay - receivedDay;
      const net = Math.max(0, gross - row.suspendedDays);
      const onTime = decidedDay <= row.deadlineDay;
      this.total.decide(gross, net, onTime);
      handler.decide(gross, net, onTime);
      this.monthOfDay[decidedDay - this.from]!.decide(gross, net, onTime);
    }
  }

  report(): RequestReport {
    const perHandler: Record<string, RequestFigures & { pending: number }> = {};
    for (const [id, g] of this.handlers) {
      if (g.received + g.pending + g.gross.length > 0) perHandler[id] = g.figures();
    }
    const perMonth: Record<string, RequestFigures> = {};
    for (const [month, g] of this.months) {
      perMonth[month] = g.requestFigures();
    }
    return { total: this.total.figures(), perHandler, perMonth };
  }

  private handler(id: string): Group {
    let g = this.handlers.get(id);
    if (!g) this.handlers.set(id, (g = new Group()));
    return g;
  }
}

/** The report of rows at hand (tests, small sets). */
export function requestReport(
  rows: Iterable<ReportRequestRow>,
  period: ReportPeriod,
): RequestReport {
  const acc = new ReportAccumulator(period);
  for (const row of rows) acc.add(row);
  return acc.report();
}

/** Mean (one decimal) and median of whole days; the median of an even count is the mean of the middle two. */
export function durations(days: readonly number[]): DurationFigures {
  if (days.length === 0) return {};
  const sorted = Int32Array.from(days).sort();
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  let sum = 0;
  for (const d of sorted) sum += d;
  return { mean: Math.round((10 * sum) / sorted.length) / 10, median };
}

function firstOfNextMonth(day: LocalDate): LocalDate {
  const [y, m] = day.toString().split('-').map(Number) as [number, number];
  return m === 12 ? LocalDate.of(y + 1, 1, 1) : LocalDate.of(y, m + 1, 1);
}

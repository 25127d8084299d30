import { LocalDate } from '../calendar/local-date.js';
import { SUSPENSION_KINDS, type SuspensionKind } from '../deadline/suspension.js';
import type { DocumentAssessment, ItemOutcome } from '../register/vocabulary.js';
import { OBJECTION_OUTCOMES, type ObjectionOutcome } from '../request/request-event.js';
import type { RequestReport } from './report-accumulator.js';

/** A report's period: both days included, calendar dates in Europe/Amsterdam. */
export interface ReportPeriod {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/**
 * One request as the report reads it: the columns the register projects from the request's
 * events, so every figure agrees with the request page (the deadline engine computed them).
 */
export interface ReportRequestRow {
  readonly receivedOn: LocalDate;
  /** The decision (or the decision not to handle it); absent while undecided. */
  readonly decidedOn?: LocalDate;
  readonly decisionDeadline: LocalDate;
  /** Days the decision term was suspended, counted once each (the deadline engine's count). */
  readonly suspendedDays: number;
  /** Withdrawn or forwarded: never decided, so never pending either. */
  readonly ended: boolean;
  /** The handling clerk's id; absent when nobody is assigned. */
  readonly handlerId?: string;
}

/**
 * The same row with its dates as day numbers (days since 1970-01-01, `LocalDate.epochDay`), as
 * the report streams them from storage: a report over years folds a hundred thousand rows, and
 * integers cost nothing to compare where a date object per column would.
 */
export interface ReportDayRow {
  readonly receivedDay: number;
  /** Absent while undecided. */
  readonly decidedDay?: number;
  readonly deadlineDay: number;
  readonly suspendedDays: number;
  readonly ended: boolean;
  readonly handlerId?: string;
}

/** The day number of a stored `YYYY-MM-DD` date, read without a regular expression or a date object. */
export function dayNumberOf(iso: string): number {
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 7);
  const day = digits(iso, 8, 10);
  if (iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-' || year < 0 || month < 0 || day < 0) {
    return LocalDate.parse(iso).epochDay; // throws the usual RangeError
  }
  return LocalDate.of(year, month, day).epochDay;
}

/** The number written in `text[from, to)`, or -1 when it holds anything but digits. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = 10 * n + c;
  }
  return n;
}

/** Duration statistics in calendar days; absent when nothing was decided. */
export interface DurationFigures {
  readonly mean?: number;
  readonly median?: number;
}

/** The figures of a group of requests (the organisation, one handler or one month). */
export interface RequestFigures {
  /** Received in the period. */
  readonly received: number;
  /** Decided in the period. */
  readonly decided: number;
  /** Of `decided`: on or before the decision deadline. */
  readonly decidedOnTime: number;
  /** `decidedOnTime / decided` in percent, one decimal; absent when nothing was decided. */
  readonly onTimePercent?: number;
  /** From receipt to decision, suspended days included (the government's dashboard). */
  readonly grossDays: DurationFigures;
  /** The same less the suspended days (the independent monitor's figure). */
  readonly netDays: DurationFigures;
}

/** Counts of recorded steps whose date lies in the period, read from the events. */
export interface ReportStepCounts {
  readonly extensions: number;
  readonly suspensionsByKind: Readonly<Record<SuspensionKind, number>>;
  readonly noticesOfDefault: number;
  readonly objectionsLodged: number;
  readonly objectionsDecided: number;
  /** Of `objectionsDecided`: how many were well founded, unfounded or inadmissible (Awb 7:11, 7:12). */
  readonly objectionOutcomes: Readonly<Record<ObjectionOutcome, number>>;
}

export const NO_STEPS: ReportStepCounts = {
  extensions: 0,
  suspensionsByKind: Object.fromEntries(SUSPENSION_KINDS.map((k) => [k, 0])) as Record<
    SuspensionKind,
    number
  >,
  noticesOfDefault: 0,
  objectionsLodged: 0,
  objectionsDecided: 0,
  objectionOutcomes: Object.fromEntries(OBJECTION_OUTCOMES.map((o) => [o, 0])) as Record<
    ObjectionOutcome,
    number
  >,
};

export function within(day: LocalDate | undefined, period: ReportPeriod): boolean {
  return !!day && !day.isBefore(period.from) && !day.isAfter(period.to);
}

/** 'YYYY-MM' of a date. */
export function monthOf(day: LocalDate): string {
  return day.toString().slice(0, 7);
}

/** How often a refusal ground was applied to requested items and to documents. */
export interface GroundUse {
  readonly ground: string;
  readonly items: number;
  readonly documents: number;
}

/**
 * The management report of an organisation over a period. The request figures follow the
 * requests (received, decided or pending in the period); the step counts follow the steps' own
 * dates; the outcomes and grounds are those of the requests decided in the period.
 */
export interface ManagementReport {
  readonly period: ReportPeriod;
  readonly requests: RequestReport;
  readonly steps: ReportStepCounts;
  readonly itemOutcomes: Readonly<Record<ItemOutcome, number>>;
  readonly documentAssessments: Readonly<Record<DocumentAssessment, number>>;
  /** Most used first. */
  readonly grounds: readonly GroundUse[];
}

import type { LocalDate } from '../calendar/local-date.js';
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

/** The gross and net duration of a decided request in calendar days. */
export function decisionDurations(
  row: ReportRequestRow,
): { gross: number; net: number } | undefined {
  if (!row.decidedOn) return undefined;
  const gross = row.receivedOn.daysUntil(row.decidedOn);
  return { gross, net: Math.max(0, gross - row.suspendedDays) };
}

/** Whether the request counts as pending on the last day of the period. */
export function pendingAt(row: ReportRequestRow, day: LocalDate): boolean {
  if (row.ended || row.receivedOn.isAfter(day)) return false;
  return !row.decidedOn || row.decidedOn.isAfter(day);
}

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

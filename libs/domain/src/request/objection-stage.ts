import type { LocalDate } from '../calendar/local-date.js';
import type { RequestState } from './request-state.js';

/**
 * Where an objection stands, for the clerk's lists: what has to happen next (Awb 7:2 hearing,
 * 7:13 advice, 7:10 decision) and, once decided, whether beroep is still possible (Awb 6:7).
 */
export const OBJECTION_STAGES = [
  'hearing_to_schedule',
  'hearing_scheduled',
  'advice_awaited',
  'decision_due',
  'appeal_window',
] as const;
export type ObjectionStage = (typeof OBJECTION_STAGES)[number];

export const OBJECTION_STAGE_LABELS: Readonly<Record<ObjectionStage, string>> = {
  hearing_to_schedule: 'Bezwaar: hoorzitting nog te plannen',
  hearing_scheduled: 'Bezwaar: hoorzitting gepland',
  advice_awaited: 'Bezwaar: advies bezwaarcommissie afwachten',
  decision_due: 'Bezwaar: beslissing op bezwaar nemen',
  appeal_window: 'Beroepstermijn loopt',
};

/**
 * The stage of the objection, independent of the day it is asked (so the stored column equals
 * the fold of the events): after the decision it stays `appeal_window`, and lists compare the
 * stored end of the appeal window with today.
 */
export function objectionStage(state: RequestState): ObjectionStage | undefined {
  if (state.objectionDecidedOn !== undefined) return 'appeal_window';
  if (state.phase !== 'objection_lodged') return undefined;
  const p = state.objectionProcedure;
  if (p?.hearingHeldOn === undefined && p?.hearingWaived === undefined) {
    return p?.hearing === undefined ? 'hearing_to_schedule' : 'hearing_scheduled';
  }
  if (state.facts.objection?.advisoryCommittee && p.adviceReceivedOn === undefined) {
    return 'advice_awaited';
  }
  return 'decision_due';
}

/** The planned hearing day while the hearing is still to be held (the reminder's date). */
export function pendingHearingOn(state: RequestState): LocalDate | undefined {
  return objectionStage(state) === 'hearing_scheduled'
    ? state.objectionProcedure?.hearing?.on
    : undefined;
}

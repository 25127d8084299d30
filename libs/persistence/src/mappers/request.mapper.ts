import {
  type LocalDate,
  objectionStage,
  pendingHearingOn,
  PENDING_PHASES,
  REGIME_TERMS,
  type RequestState,
  suspensionEffect,
} from '@wobdesk/domain';
import type { RequestEntity } from '../entities/request.entity.js';

/** The columns of `request` that are a projection of the request's events. */
export type RequestProjection = Pick<
  RequestEntity,
  | 'phase'
  | 'regime'
  | 'decisionDeadline'
  | 'firstTermEnd'
  | 'clarificationDeadline'
  | 'nonHandlingDecisionDeadline'
  | 'objectionWindowEndsOn'
  | 'postalReceiptBy'
  | 'objectionDecisionDeadline'
  | 'objectionStage'
  | 'hearingOn'
  | 'appealWindowEndsOn'
  | 'disclosureDate'
  | 'noticeOfDefaultTwoWeeksEnd'
  | 'decidedOn'
  | 'sentOn'
  | 'suspendedUntil'
  | 'suspendedSince'
  | 'suspensionEndsOn'
  | 'extensionNotifiedOn'
  | 'clarificationRequestedOn'
  | 'decidedLate'
  | 'suspendedDays'
>;

/**
 * The stored columns for a snapshot (the fold of the events). Pure and independent of the day it
 * runs on, so that re-folding the stored events always reproduces the stored row (tested).
 */
export function projectRequestState(state: RequestState): RequestProjection {
  const d = state.deadlines;
  const pending = PENDING_PHASES.includes(state.phase);
  return {
    phase: state.phase,
    regime: d.regime,
    decisionDeadline: d.decisionDeadline.date.toString(),
    firstTermEnd: d.firstTermEnd.date.toString(),
    clarificationDeadline: iso(d.clarificationDeadline?.date),
    nonHandlingDecisionDeadline: iso(d.nonHandlingDecisionDeadline?.date),
    objectionWindowEndsOn: iso(d.objectionWindow?.endsOn.date),
    postalReceiptBy: iso(d.objectionWindow?.postalReceiptBy.date),
    objectionDecisionDeadline: iso(d.objectionDecisionDeadline?.date),
    objectionStage: objectionStage(state) ?? null,
    hearingOn: iso(pendingHearingOn(state)),
    appealWindowEndsOn: iso(d.appealWindowEnd?.date),
    disclosureDate: iso(d.disclosureDate?.date),
    noticeOfDefaultTwoWeeksEnd: iso(d.noticeOfDefault?.twoWeeksEndOn.date),
    decidedOn: iso(state.facts.decidedOn),
    sentOn: iso(state.facts.sentOn),
    suspendedUntil: pending ? iso(openSuspensionEnd(state)) : null,
    suspendedSince: pending ? iso(runningSuspensionStart(state)) : null,
    suspensionEndsOn: pending ? iso(noticedSuspensionEnd(state)) : null,
    extensionNotifiedOn: iso(state.facts.extension?.notifiedOn),
    clarificationRequestedOn: iso(firstClarificationRequest(state)),
    decidedLate: d.decidedLate ?? null,
    suspendedDays: d.suspendedDays,
  };
}

/**
 * The last suspended day of the open clarification (Awb 4:15 lid 1 sub a, with a term) or
 * third-party view (Woo 4.4 lid 3 / Wob 6 lid 3), by the day counting of
 * LD-SUSPENSION-CLARIFICATION and LD-SUSPENSION-THIRD-PARTY; the later one when both are open. A
 * suspension that starts after the term lapsed counts for nothing.
 */
function openSuspensionEnd(state: RequestState): LocalDate | undefined {
  const opts = suspensionOptions(state);
  const open = [state.openClarification?.index, state.openThirdPartyView?.index];
  let end: LocalDate | undefined;
  for (const index of open) {
    const suspension = index === undefined ? undefined : state.facts.suspensions?.[index];
    if (!suspension) continue;
    const effect = suspensionEffect(suspension, opts);
    if (effect.type !== 'period') continue;
    if (effect.firstDay.minusDays(1).isAfter(state.deadlines.decisionDeadline.date)) continue;
    if (!end || effect.lastDay.isAfter(end)) end = effect.lastDay;
  }
  return end;
}

/** The suspensions whose end the requester must be told of, with the new date. */
const NOTICE_ON_END: ReadonlySet<string> = new Set([
  'third_party_view',
  'foreign_authority',
  'requester_delay',
  'force_majeure',
]);

/**
 * The last suspended day of the latest-ending suspension that needs a notice when it ends (Woo
 * 4.4 lid 4; Awb 4:15 lid 4 for lid 1 sub b and lid 2 sub b and c), counted as the deadline engine
 * counts it; a suspension that started after the term lapsed counts for nothing
 * (LD-SUSPENSION-LAPSED).
 */
function noticedSuspensionEnd(state: RequestState): LocalDate | undefined {
  const opts = suspensionOptions(state);
  let end: LocalDate | undefined;
  for (const suspension of state.facts.suspensions ?? []) {
    if (!NOTICE_ON_END.has(suspension.kind)) continue;
    const effect = suspensionEffect(suspension, opts);
    if (effect.type !== 'period') continue;
    if (effect.firstDay.minusDays(1).isAfter(state.deadlines.decisionDeadline.date)) continue;
    if (!end || effect.lastDay.isAfter(end)) end = effect.lastDay;
  }
  return end;
}

/** First day of a running suspension of unknown length (Awb 4:15 lid 2 sub b/c), if any. */
function runningSuspensionStart(state: RequestState): LocalDate | undefined {
  let start: LocalDate | undefined;
  for (const from of Object.values(state.openSuspensions)) {
    if (from && (!start || from.isBefore(start))) start = from;
  }
  return start;
}

/** The first request for clarification (Awb 4:5; Woo 4.1 lid 5), with or without a term. */
function firstClarificationRequest(state: RequestState): LocalDate | undefined {
  let first: LocalDate | undefined;
  for (const s of state.facts.suspensions ?? []) {
    if (s.kind === 'clarification' && (!first || s.requestedOn.isBefore(first))) {
      first = s.requestedOn;
    }
  }
  return first;
}

/** Wob 6 lid 6: a third-party view suspends nothing for environmental information under the Wob. */
function suspensionOptions(state: RequestState) {
  const terms = REGIME_TERMS[state.deadlines.regime];
  return {
    thirdPartyViewSuspends: !(
      terms.regime === 'wob' && state.facts.environmentalInformation === true
    ),
    thirdPartyArticle: terms.thirdPartyViewArticle,
    thirdPartyViewDayIsSuspended: terms.thirdPartyViewDayIsSuspended,
  };
}

function iso(date: LocalDate | undefined): string | null {
  return date ? date.toString() : null;
}

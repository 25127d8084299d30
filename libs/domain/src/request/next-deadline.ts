import type { LocalDate } from '../calendar/local-date.js';
import type { RequestDeadlines } from '../deadline/request-facts.js';
import { PENDING_PHASES } from './request-phase.js';
import type { RequestState } from './request-state.js';

export interface NextDeadline {
  readonly kind:
    'clarification' | 'decision' | 'objection' | 'objection_postal' | 'objection_decision';
  readonly date: LocalDate;
  readonly nl: string;
  readonly en: string;
}

/**
 * The next date that matters in the current phase: the Woo clarification term (art. 4.1 lid 5,
 * until a clarification was asked) and the decision deadline while undecided; the objection
 * period and its postal week (Awb 6:7, 6:9 lid 2) after sending; the decision on the objection
 * (Awb 7:10) once lodged. When every date has passed, the decision (or objection-decision)
 * deadline stays the "next" one, because it is what is overdue.
 *
 * @example nextDeadlineOf(state, state.deadlines, today).nextDeadline?.kind === 'decision'
 */
export function nextDeadlineOf(
  state: RequestState,
  d: RequestDeadlines,
  today: LocalDate,
): { nextDeadline?: NextDeadline } {
  const candidates: NextDeadline[] = [];
  if (PENDING_PHASES.includes(state.phase)) {
    const decision: NextDeadline = {
      kind: 'decision',
      date: d.decisionDeadline.date,
      nl: 'Uiterste datum voor het besluit',
      en: 'Decision deadline',
    };
    if (d.clarificationDeadline && state.eventCounts.clarification_requested === undefined) {
      const date = d.clarificationDeadline.date;
      candidates.push({
        kind: 'clarification',
        date,
        nl: 'Uiterste datum om om precisering te vragen',
        en: 'Last day to ask for clarification',
      });
    }
    candidates.push(decision);
    return { nextDeadline: firstFrom(candidates, today) ?? decision };
  }
  if (state.phase === 'objection_window' && d.objectionWindow) {
    const w = d.objectionWindow;
    candidates.push({
      kind: 'objection',
      date: w.endsOn.date,
      nl: 'Einde bezwaartermijn',
      en: 'End of the objection period',
    });
    candidates.push({
      kind: 'objection_postal',
      date: w.postalReceiptBy.date,
      nl: 'Laatste dag ontvangst bezwaar per post',
      en: 'Last day to receive a posted objection',
    });
  }
  if (state.phase === 'objection_lodged' && d.objectionDecisionDeadline) {
    const date = d.objectionDecisionDeadline.date;
    candidates.push({
      kind: 'objection_decision',
      date,
      nl: 'Uiterste datum beslissing op bezwaar',
      en: 'Deadline for the decision on the objection',
    });
  }
  const next =
    firstFrom(candidates, today) ??
    (state.phase === 'objection_lodged' ? candidates[0] : undefined);
  return next ? { nextDeadline: next } : {};
}

function firstFrom(candidates: NextDeadline[], today: LocalDate): NextDeadline | undefined {
  return candidates
    .filter((c) => !c.date.isBefore(today))
    .sort((a, b) => a.date.compareTo(b.date))[0];
}

import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import type { LocalDate } from '../calendar/local-date.js';
import { computeRequestDeadlines } from '../deadline/request-deadlines.js';
import type { RequestDeadlines, RequestFacts } from '../deadline/request-facts.js';
import type { Suspension } from '../deadline/suspension.js';
import { OPEN_ENDED_SUSPENSION_KINDS } from './request-event.js';
import type { RequestState } from './request-state.js';

/**
 * The facts as they stand on `asOf`: a suspension under Awb 4:15 lid 2 sub b/c that is still
 * running has lasted at least until that day, so it is counted up to and including it.
 */
export function provisionalFacts(state: RequestState, asOf: LocalDate): RequestFacts {
  const running: Suspension[] = OPEN_ENDED_SUSPENSION_KINDS.flatMap((kind) => {
    const from = state.openSuspensions[kind];
    return from !== undefined && !from.isAfter(asOf) ? [{ kind, from, until: asOf }] : [];
  });
  if (running.length === 0) return state.facts;
  return { ...state.facts, suspensions: [...(state.facts.suspensions ?? []), ...running] };
}

/**
 * The deadlines as they stand on `asOf` (the stored ones when no suspension is running). Used to
 * judge an extension notice during a running suspension (LD-EXTENSION: the first term includes it)
 * and for the status view.
 *
 * @example provisionalDeadlines(state, today, calendar).decisionDeadline.date
 */
export function provisionalDeadlines(
  state: RequestState,
  asOf: LocalDate,
  calendar: HolidayCalendar,
): RequestDeadlines {
  const facts = provisionalFacts(state, asOf);
  return facts === state.facts ? state.deadlines : computeRequestDeadlines(facts, calendar);
}

/** True while a suspension under Awb 4:15 lid 2 sub b/c has started and not ended. */
export function hasRunningSuspension(state: RequestState): boolean {
  return OPEN_ENDED_SUSPENSION_KINDS.some((k) => state.openSuspensions[k] !== undefined);
}

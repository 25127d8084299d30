import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { LocalDate } from '../calendar/local-date.js';
import { computeRequestDeadlines } from '../deadline/request-deadlines.js';
import type { RequestFacts } from '../deadline/request-facts.js';
import { applyEventFacts } from './apply-event.js';
import type { RequestEvent } from './request-event.js';
import type { RequestState } from './request-state.js';
import { PHASE_AFTER_EVENT } from './request-transitions.js';

/**
 * Applies one recorded event to the snapshot. Deadlines are recomputed from the facts each time
 * they change, so replaying the events always reproduces the stored deadlines.
 * Throws on an event that cannot follow the snapshot: that is a corrupt history, not a refusal.
 *
 * @example evolve(undefined, { type: 'request_received', occurredOn: LocalDate.parse('2020-03-03') }, calendar).phase === 'received'
 */
export function evolve(
  state: RequestState | undefined,
  event: RequestEvent,
  calendar: HolidayCalendar,
): RequestState {
  if (state === undefined) {
    if (event.type !== 'request_received') {
      throw new Error(`Corrupt history: ${event.type} before request_received`);
    }
    const facts: RequestFacts = {
      receivedOn: event.occurredOn,
      ...(event.regime !== undefined && { regime: event.regime }),
      ...(event.environmentalInformation !== undefined && {
        environmentalInformation: event.environmentalInformation,
      }),
    };
    return {
      phase: 'received',
      phaseSince: event.occurredOn,
      lastEventOn: event.occurredOn,
      facts,
      deadlines: computeRequestDeadlines(facts, calendar),
      openSuspensions: {},
      extensionUsed: false,
      objectionExtensionUsed: false,
      eventCounts: { request_received: 1 },
    };
  }
  const next = applyEventFacts(state, event);
  const phase = PHASE_AFTER_EVENT[event.type];
  return {
    ...next,
    ...(phase !== undefined && { phase, phaseSince: event.occurredOn }),
    lastEventOn: LocalDate.max(state.lastEventOn, event.occurredOn),
    deadlines:
      next.facts === state.facts ? state.deadlines : computeRequestDeadlines(next.facts, calendar),
    eventCounts: { ...state.eventCounts, [event.type]: (state.eventCounts[event.type] ?? 0) + 1 },
  };
}

/**
 * Rebuilds a snapshot from its events. `foldEvents(events)` must deep-equal the snapshot that was
 * stored step by step (tested in `request-model.property.spec.ts`).
 *
 * @example foldEvents(storedEvents, calendar).deadlines.decisionDeadline.date
 */
export function foldEvents(
  events: readonly RequestEvent[],
  calendar: HolidayCalendar,
): RequestState | undefined {
  return events.reduce<RequestState | undefined>((s, e) => evolve(s, e, calendar), undefined);
}

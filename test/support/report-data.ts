// Requests for the management report's tests and benchmark: the list benchmark's lives of
// requests (test/bench/list-data.ts) with every kind of recorded suspension added before the
// decision, refusal grounds on the items and every outcome of a decision on objection, folded and
// projected as the workflow would.
import {
  eventFromJson,
  eventToJson,
  foldEvents,
  type HolidayCalendar,
  type LocalDate,
  OBJECTION_OUTCOMES,
  type RequestEvent,
} from '@wobdesk/domain';
import { projectRequestState } from '@wobdesk/persistence';
import {
  type GeneratedRequest,
  generateRequest,
  type OrganisationPlan,
} from '../bench/list-data.js';
import type { Prng } from '../bench/prng.js';

const GROUNDS = ['5.1.1.c', '5.1.2.e', '5.1.2.i', '5.2', '10.2.e'];

/** The suspensions a request may get between its receipt and its decision. */
function suspensions(rng: Prng, receivedOn: LocalDate, decidedOn: LocalDate): RequestEvent[] {
  const room = receivedOn.daysUntil(decidedOn);
  if (room < 20 || !rng.chance(0.4)) return [];
  const at = receivedOn.plusDays(rng.int(3, 8));
  switch (rng.int(0, 3)) {
    case 0:
      return [
        { type: 'third_party_view_requested', occurredOn: at, termEndsOn: at.plusDays(14) },
        { type: 'third_party_view_received', occurredOn: at.plusDays(rng.int(1, 10)) },
      ];
    case 1:
      return [{ type: 'suspension_agreed', occurredOn: at, days: rng.int(7, 30) }];
    default: {
      const kind = rng.chance(0.5) ? 'requester_delay' : 'force_majeure';
      return [
        { type: 'suspension_started', occurredOn: at, kind },
        { type: 'suspension_ended', occurredOn: at.plusDays(rng.int(1, 9)), kind },
      ];
    }
  }
}

export function reportRequest(
  rng: Prng,
  calendar: HolidayCalendar,
  today: LocalDate,
  org: OrganisationPlan,
  number: number,
): GeneratedRequest {
  const g = generateRequest(rng, calendar, today, org, number);
  const events = g.events.map((e) => {
    const event = eventFromJson({
      type: e.type,
      occurredOn: e.occurredOn,
      ...JSON.parse(e.payload),
    });
    return event.type === 'objection_decided'
      ? { ...event, outcome: OBJECTION_OUTCOMES[rng.int(0, OBJECTION_OUTCOMES.length - 1)]! }
      : event;
  });
  const decision = events.find((e) => e.type === 'decision_taken');
  const extra = decision ? suspensions(rng, events[0]!.occurredOn, decision.occurredOn) : [];
  const all = [...events, ...extra].sort((a, b) => a.occurredOn.compareTo(b.occurredOn));
  const state = foldEvents(all, calendar)!;
  const items = g.items.map((item) =>
    item.outcome === 'refused' || item.outcome === 'partly_granted'
      ? {
          ...item,
          grounds: JSON.stringify([
            ...new Set([...GROUNDS.filter(() => rng.chance(0.4)), GROUNDS[rng.int(0, 4)]!]),
          ]),
        }
      : item,
  );
  const template = g.events[0]!;
  return {
    row: { ...g.row, ...projectRequestState(state), version: all.length },
    items,
    events: all.map((e, k) => {
      const { type, occurredOn, ...rest } = eventToJson(e) as { type: string; occurredOn: string };
      return { ...template, sequence: k + 1, type, occurredOn, payload: JSON.stringify(rest) };
    }),
  };
}

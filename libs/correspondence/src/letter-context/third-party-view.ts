// The notices of a third-party view (Woo 4.4 lid 3–4, Wob 6 lid 3–4): its start suspends the
// decision term; its end (view given, or term lapsed) is told with the new deadline.
import type { ThirdPartyViewEndContext, ThirdPartyViewStartContext } from '@wobdesk/letters';
import type { OrganisationRecord, StoredRequestEvent } from '@wobdesk/persistence';
import type { RequestAggregate } from '@wobdesk/register';
import {
  lastEvent,
  letterBase,
  type LetterSources,
  type MappedLetter,
  eventNotRecorded,
  stateBefore,
  stateThrough,
} from './common.js';
import { requireInput } from './letter-input.js';

function viewRequested(
  a: RequestAggregate,
  kind: string,
): StoredRequestEvent & {
  payload: { termEndsOn: string };
} {
  const event = lastEvent(a, 'third_party_view_requested');
  if (!event || typeof event.payload.termEndsOn !== 'string') {
    eventNotRecorded(
      'LETTER.NO_THIRD_PARTY_VIEW',
      'Er is geen zienswijze van een derde gevraagd; leg dat eerst vast met de termijn.',
      'No third-party view has been asked for; record it first, with its term.',
      { kind },
    );
  }
  return event as StoredRequestEvent & { payload: { termEndsOn: string } };
}

export function thirdPartyViewStartLetter(
  a: RequestAggregate,
  org: OrganisationRecord,
  src: LetterSources,
): MappedLetter<ThirdPartyViewStartContext> {
  const event = viewRequested(a, 'third_party_view_start');
  const thirdParties = requireInput(src.input, 'thirdParties', 'third_party_view_start');
  const before = stateBefore(a, event.sequence, src.calendar);
  // Right after the notice the view is open: the term is suspended to its last day
  // (LD-SUSPENSION-THIRD-PARTY).
  const atMost = stateThrough(a, event.sequence, src.calendar);
  const context: ThirdPartyViewStartContext = {
    ...letterBase(a, org, event.occurredOn),
    thirdPartyView: { thirdParties, termEndsOn: event.payload.termEndsOn },
    decisionDeadline: before.deadlines.decisionDeadline.date.toString(),
    decisionDeadlineAtMost: atMost.deadlines.decisionDeadline.date.toString(),
  };
  return { context, eventSequence: event.sequence, input: src.input };
}

export function thirdPartyViewEndLetter(
  a: RequestAggregate,
  org: OrganisationRecord,
  src: LetterSources,
): MappedLetter<ThirdPartyViewEndContext> {
  const requested = viewRequested(a, 'third_party_view_end');
  const received = a.events.find(
    (e) => e.type === 'third_party_view_received' && e.sequence > requested.sequence,
  );
  const termEndsOn = requested.payload.termEndsOn;
  if (!received && src.today.toString() <= termEndsOn) {
    eventNotRecorded(
      'LETTER.THIRD_PARTY_VIEW_OPEN',
      `De termijn voor de zienswijze loopt nog (tot en met ${termEndsOn}) en er is geen zienswijze vastgelegd; de opschorting is nog niet geëindigd.`,
      `The term for the view runs until ${termEndsOn} and no view has been recorded; the suspension has not ended.`,
      { kind: 'third_party_view_end', termEndsOn },
    );
  }
  // The start notice's description of the third parties, unless the clerk gives another.
  const fromStart = src.earlierInputs.find(
    (l) => l.kind === 'third_party_view_start' && l.eventSequence === requested.sequence,
  )?.input.thirdParties;
  const input = {
    ...src.input,
    ...(src.input.thirdParties === undefined &&
      fromStart !== undefined && {
        thirdParties: fromStart,
      }),
  };
  const thirdParties = requireInput(input, 'thirdParties', 'third_party_view_end');
  const state = received ? stateThrough(a, received.sequence, src.calendar) : a.state;
  const date = received ? received.occurredOn : src.today.toString();
  const context: ThirdPartyViewEndContext = {
    ...letterBase(a, org, date),
    thirdPartyView: {
      thirdParties,
      notifiedOn: requested.occurredOn,
      endedOn: received ? received.occurredOn : termEndsOn,
      outcome: received ? 'view_received' : 'term_lapsed',
    },
    newDecisionDeadline: state.deadlines.decisionDeadline.date.toString(),
  };
  return { context, eventSequence: (received ?? requested).sequence, input };
}

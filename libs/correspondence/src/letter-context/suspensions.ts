// Letters about suspensions the requester is party to: the confirmation of a postponement they
// agreed to (Awb 4:15 lid 2 sub a) and the end of a suspension for their delay or force majeure
// (Awb 4:15 lid 2 sub b/c, lid 4). Both are dated by their event and state the deadlines just
// before and right after it, as the domain computed them.
import type { SuspensionAgreedContext, SuspensionEndContext } from '@wobdesk/letters';
import type { OrganisationRecord } from '@wobdesk/persistence';
import type { RequestAggregate } from '@wobdesk/register';
import {
  eventNotRecorded,
  lastEvent,
  letterBase,
  type LetterSources,
  type MappedLetter,
  stateBefore,
  stateThrough,
} from './common.js';

export function suspensionAgreedLetter(
  a: RequestAggregate,
  org: OrganisationRecord,
  src: LetterSources,
): MappedLetter<SuspensionAgreedContext> {
  const event = lastEvent(a, 'suspension_agreed');
  if (!event || typeof event.payload.days !== 'number') {
    eventNotRecorded(
      'LETTER.NO_AGREED_SUSPENSION',
      'Er is geen opschorting met instemming van de verzoeker vastgelegd; deze brief kan pas daarna worden gemaakt.',
      'No suspension agreed with the requester has been recorded; this letter can only be made after that.',
      { kind: 'suspension_agreed' },
    );
  }
  const before = stateBefore(a, event.sequence, src.calendar);
  const after = stateThrough(a, event.sequence, src.calendar);
  const context: SuspensionAgreedContext = {
    ...letterBase(a, org, event.occurredOn),
    suspension: { agreedOn: event.occurredOn, days: event.payload.days },
    decisionDeadline: before.deadlines.decisionDeadline.date.toString(),
    newDecisionDeadline: after.deadlines.decisionDeadline.date.toString(),
  };
  return { context, eventSequence: event.sequence, input: src.input };
}

export function suspensionEndLetter(
  a: RequestAggregate,
  org: OrganisationRecord,
  src: LetterSources,
): MappedLetter<SuspensionEndContext> {
  const event = lastEvent(a, 'suspension_ended');
  const kind = event?.payload.kind;
  if (!event || (kind !== 'requester_delay' && kind !== 'force_majeure')) {
    eventNotRecorded(
      'LETTER.NO_SUSPENSION_END',
      'Er is geen einde vastgelegd van een opschorting wegens vertraging door de verzoeker of overmacht; deze brief kan pas daarna worden gemaakt.',
      "No end of a suspension for the requester's delay or force majeure has been recorded; this letter can only be made after that.",
      { kind: 'suspension_end' },
    );
  }
  const from = stateBefore(a, event.sequence, src.calendar).openSuspensions[kind];
  if (!from) throw new Error(`Corrupt history: a suspension ended that was not open (${a.row.id})`);
  const after = stateThrough(a, event.sequence, src.calendar);
  const context: SuspensionEndContext = {
    // Dated by the last suspended day: the day the clerk records as its end.
    ...letterBase(a, org, event.occurredOn),
    suspension: { kind, from: from.toString(), until: event.occurredOn },
    newDecisionDeadline: after.deadlines.decisionDeadline.date.toString(),
  };
  return { context, eventSequence: event.sequence, input: src.input };
}

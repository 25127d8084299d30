// The decision not to handle the request (Woo art. 4.1 lid 6; Wob: Awb 4:5): the request for
// clarification it follows, the answer if one came and the clerk's reason why it falls short,
// and the objection window once the letter is sent.
import type { NotHandledDecisionContext } from '@wobdesk/letters';
import type { OrganisationRecord } from '@wobdesk/persistence';
import type { RequestAggregate } from '@wobdesk/register';
import {
  eventNotRecorded,
  lastEvent,
  letterBase,
  type LetterSources,
  type MappedLetter,
  stateThrough,
} from './common.js';

export function notHandledDecisionLetter(
  a: RequestAggregate,
  org: OrganisationRecord,
  src: LetterSources,
): MappedLetter<NotHandledDecisionContext> {
  const event = lastEvent(a, 'request_not_handled');
  if (!event) {
    eventNotRecorded(
      'LETTER.NOT_DECIDED_NOT_TO_HANDLE',
      'Er is niet vastgelegd dat het verzoek niet wordt behandeld; deze brief kan pas daarna worden gemaakt.',
      'No decision not to handle the request has been recorded; this letter can only be made after that.',
      { kind: 'not_handled_decision' },
    );
  }
  const clarification = latestClarification(stateThrough(a, event.sequence, src.calendar));
  const reason = event.payload.reason;
  const window = a.state.deadlines.objectionWindow;
  const context: NotHandledDecisionContext = {
    ...letterBase(a, org, event.occurredOn),
    clarification,
    ...(typeof reason === 'string' && { reason }),
    ...(window && { objectionWindowEndsOn: window.endsOn.date.toString() }),
  };
  const sent = lastEvent(a, 'decision_sent', event.sequence);
  return { context, eventSequence: (sent ?? event).sequence, input: src.input };
}

/** The latest request for clarification with a term: the one the domain allowed this on. */
function latestClarification(
  state: ReturnType<typeof stateThrough>,
): NotHandledDecisionContext['clarification'] {
  const withTerm = (state.facts.suspensions ?? []).flatMap((s) =>
    s.kind === 'clarification' && s.termEndsOn ? [{ ...s, termEndsOn: s.termEndsOn }] : [],
  );
  const latest = withTerm.reduce((a, b) => (a.requestedOn.isAfter(b.requestedOn) ? a : b));
  return {
    requestedOn: latest.requestedOn.toString(),
    termEndsOn: latest.termEndsOn.toString(),
    ...(latest.answeredOn && { answeredOn: latest.answeredOn.toString() }),
  };
}

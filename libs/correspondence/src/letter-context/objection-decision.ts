// The letters after an objection is acknowledged: the extension of the decision on it (Awb 7:10
// lid 3) and the decision on it (Awb 7:11). Both are dated by their event; the extension's
// dates are the deadlines just before and right after it, computed by the domain.
import {
  OBJECTION_OUTCOMES,
  type ObjectionDecisionContext,
  type ObjectionExtensionContext,
  type ObjectionOutcome,
} from '@wobdesk/letters';
import type { OrganisationRecord } from '@wobdesk/persistence';
import type { RequestAggregate } from '@wobdesk/register';
import {
  eventNotRecorded,
  lastEvent,
  letterBase,
  type LetterSources,
  type MappedLetter,
  refused,
  stateBefore,
  stateThrough,
} from './common.js';
import { requireInput } from './letter-input.js';

export function objectionExtensionLetter(
  a: RequestAggregate,
  org: OrganisationRecord,
  src: LetterSources,
): MappedLetter<ObjectionExtensionContext> {
  const event = lastEvent(a, 'objection_decision_extended');
  if (!event || typeof event.payload.days !== 'number') {
    eventNotRecorded(
      'LETTER.NO_OBJECTION_EXTENSION',
      'Er is geen verdaging van de beslissing op bezwaar vastgelegd; deze brief kan pas daarna worden gemaakt.',
      'No extension of the decision on the objection has been recorded; this letter can only be made after that.',
      { kind: 'objection_extension' },
    );
  }
  const before = stateBefore(a, event.sequence, src.calendar).deadlines.objectionDecisionDeadline;
  const after = stateThrough(a, event.sequence, src.calendar).deadlines.objectionDecisionDeadline;
  if (!before || !after) {
    throw new Error(`Corrupt history: objection extended without an objection (${a.row.id})`);
  }
  const context: ObjectionExtensionContext = {
    ...letterBase(a, org, event.occurredOn),
    objection: objectionOf(a, src),
    objectionExtension: {
      days: event.payload.days,
      previousDeadline: before.date.toString(),
      newDeadline: after.date.toString(),
    },
  };
  return { context, eventSequence: event.sequence, input: src.input };
}

export function objectionDecisionLetter(
  a: RequestAggregate,
  org: OrganisationRecord,
  src: LetterSources,
): MappedLetter<ObjectionDecisionContext> {
  const event = lastEvent(a, 'objection_decided');
  if (!event) {
    eventNotRecorded(
      'LETTER.NO_OBJECTION_DECISION',
      'Er is geen beslissing op bezwaar vastgelegd; leg haar eerst vast (de brief krijgt die datum).',
      'No decision on the objection has been recorded; record it first (the letter takes its date).',
      { kind: 'objection_decision' },
    );
  }
  const outcome = requireInput(src.input, 'objectionOutcome', 'objection_decision');
  if (!(OBJECTION_OUTCOMES as readonly string[]).includes(outcome)) {
    refused(
      'LETTER.INVALID_INPUT',
      `De uitkomst van het bezwaar is een van: ${OBJECTION_OUTCOMES.join(', ')}.`,
      `The outcome of the objection is one of: ${OBJECTION_OUTCOMES.join(', ')}.`,
      { field: 'objectionOutcome', rule: 'oneOf' },
    );
  }
  const reasoning = requireInput(src.input, 'objectionReasoning', 'objection_decision');
  const court = requireInput(src.input, 'court', 'objection_decision');
  const context: ObjectionDecisionContext = {
    ...letterBase(a, org, event.occurredOn),
    objection: {
      ...objectionOf(a, src),
      outcome: outcome as ObjectionOutcome,
      reasoning,
    },
    court,
  };
  return { context, eventSequence: event.sequence, input: src.input };
}

/** The objection and the decision it is against, as both letters name them. */
function objectionOf(
  a: RequestAggregate,
  src: LetterSources,
): ObjectionExtensionContext['objection'] {
  const lodged = lastEvent(a, 'objection_lodged');
  if (!lodged) throw new Error(`Corrupt history: no objection_lodged (${a.row.id})`);
  const { facts } = stateThrough(a, lodged.sequence, src.calendar);
  if (!facts.decidedOn) {
    throw new Error(`Corrupt history: objection without a decision (${a.row.id})`);
  }
  // The date on the objection letter is known only when the clerk gave it with its acknowledgement.
  const letterDate = src.earlierInputs.find(
    (e) => e.kind === 'objection_acknowledgement' && e.input.objectionLetterDate !== undefined,
  )?.input.objectionLetterDate;
  return {
    receivedOn: lodged.occurredOn,
    ...(letterDate !== undefined && { letterDate }),
    decisionDate: facts.decidedOn.toString(),
    decisionReference: a.row.reference,
  };
}

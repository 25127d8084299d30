// The acknowledgement of an objection (Awb 6:5–6:11, 7:10): whether it came in time and when
// the decision on it is due, both computed from the register's events.
import type { ObjectionAcknowledgementContext } from '@wobdesk/letters';
import type { OrganisationRecord } from '@wobdesk/persistence';
import type { RequestAggregate } from '@wobdesk/register';
import {
  lastEvent,
  letterBase,
  type LetterSources,
  type MappedLetter,
  eventNotRecorded,
  refused,
  stateThrough,
} from './common.js';

export function objectionAcknowledgementLetter(
  a: RequestAggregate,
  org: OrganisationRecord,
  src: LetterSources,
): MappedLetter<ObjectionAcknowledgementContext> {
  const event = lastEvent(a, 'objection_lodged');
  if (!event) {
    eventNotRecorded(
      'LETTER.NO_OBJECTION',
      'Er is geen bezwaar vastgelegd; een ontvangstbevestiging van een bezwaarschrift kan pas daarna worden gemaakt.',
      'No objection has been recorded; its acknowledgement can only be made after that.',
      { kind: 'objection_acknowledgement' },
    );
  }
  const { deadlines, facts } = stateThrough(a, event.sequence, src.calendar);
  if (!facts.decidedOn || deadlines.objectionDecisionDeadline === undefined) {
    throw new Error(`Corrupt history: objection without a sent decision (${a.row.id})`);
  }
  // No event of its own: the letter is dated the day it is made (never before the objection).
  const date = src.today.toString() < event.occurredOn ? event.occurredOn : src.today.toString();
  const { objectionLetterDate, missingRequirements, repairBy, hearingToFollow } = src.input;
  if (objectionLetterDate !== undefined && objectionLetterDate > event.occurredOn) {
    refused(
      'LETTER.INVALID_INPUT',
      'De datum van het bezwaarschrift kan niet na de dag van ontvangst liggen.',
      'The date of the objection letter cannot be after the day it was received.',
      { field: 'objectionLetterDate', rule: 'notAfterReceipt' },
    );
  }
  if (repairBy !== undefined && repairBy <= date) {
    refused(
      'LETTER.INVALID_INPUT',
      'De hersteltermijn moet na de datum van de brief eindigen.',
      'The term to repair must end after the date of the letter.',
      { field: 'repairBy', rule: 'afterLetterDate' },
    );
  }
  const context: ObjectionAcknowledgementContext = {
    ...letterBase(a, org, date),
    objection: {
      receivedOn: event.occurredOn,
      ...(objectionLetterDate !== undefined && { letterDate: objectionLetterDate }),
      decisionDate: facts.decidedOn.toString(),
      decisionReference: a.row.reference,
      timely: deadlines.objectionTimely ?? true,
      decisionDeadline: deadlines.objectionDecisionDeadline.date.toString(),
      ...(event.payload.advisoryCommittee === true && { advisoryCommittee: true }),
      ...(missingRequirements !== undefined && { missingRequirements }),
      ...(repairBy !== undefined && { repairBy }),
      ...(hearingToFollow !== undefined && { hearingToFollow }),
    },
  };
  return { context, eventSequence: event.sequence, input: src.input };
}

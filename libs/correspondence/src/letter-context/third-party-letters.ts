// The letters addressed to a third party (not the requester): the request for their view
// (Awb 4:8) and the notice of a decision to disclose information that concerns them (Woo 4.4
// lid 5–6, Wob 6 lid 5). The register does not hold third parties' names or addresses: they are
// the clerk's input, and the notice takes them from the request for a view when not given again.
import type {
  LetterBase,
  LetterKind,
  ThirdPartyDisclosureContext,
  ThirdPartyViewRequestContext,
} from '@wobdesk/letters';
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
import { type LetterInput, requireInput } from './letter-input.js';

/** The input with the third party's name and address, defaulted from the earlier letter to them. */
function addresseeInput(src: LetterSources, kind: LetterKind): LetterInput {
  const earlier = src.earlierInputs.find(
    (e) => e.kind === 'third_party_view_request' && e.input.recipientName !== undefined,
  )?.input;
  const input: LetterInput = {
    ...(earlier?.recipientName !== undefined && { recipientName: earlier.recipientName }),
    ...(earlier?.recipientAddress !== undefined && {
      recipientAddress: earlier.recipientAddress,
    }),
    ...(earlier?.recipientIsOrganisation !== undefined && {
      recipientIsOrganisation: earlier.recipientIsOrganisation,
    }),
    ...src.input,
  };
  requireInput(input, 'recipientName', kind);
  requireInput(input, 'recipientAddress', kind);
  return input;
}

/** The letter's common parts, addressed to the third party instead of the requester. */
function toThirdParty(
  a: RequestAggregate,
  org: OrganisationRecord,
  date: string,
  input: LetterInput,
): LetterBase {
  return {
    ...letterBase(a, org, date),
    requester: {
      name: input.recipientName!,
      // A company or body has no one person to greet: "Geacht bestuur,".
      kind: input.recipientIsOrganisation === true ? 'organisation' : 'person',
      postalAddress: input.recipientAddress!.join('\n'),
    },
    // The requester's reference is not the third party's.
    theirReference: undefined,
  };
}

export function thirdPartyViewRequestLetter(
  a: RequestAggregate,
  org: OrganisationRecord,
  src: LetterSources,
): MappedLetter<ThirdPartyViewRequestContext> {
  const event = lastEvent(a, 'third_party_view_requested');
  if (!event || typeof event.payload.termEndsOn !== 'string') {
    eventNotRecorded(
      'LETTER.NO_THIRD_PARTY_VIEW',
      'Er is geen zienswijze van een derde gevraagd; leg dat eerst vast met de termijn.',
      'No third-party view has been asked for; record it first, with its term.',
      { kind: 'third_party_view_request' },
    );
  }
  const input = src.input;
  requireInput(input, 'recipientName', 'third_party_view_request');
  requireInput(input, 'recipientAddress', 'third_party_view_request');
  const context: ThirdPartyViewRequestContext = {
    ...toThirdParty(a, org, event.occurredOn, input),
    thirdPartyView: { askedOn: event.occurredOn, termEndsOn: event.payload.termEndsOn },
  };
  return { context, eventSequence: event.sequence, input };
}

export function thirdPartyDisclosureLetter(
  a: RequestAggregate,
  org: OrganisationRecord,
  src: LetterSources,
): MappedLetter<ThirdPartyDisclosureContext> {
  const event = lastEvent(a, 'decision_sent');
  const state = event && stateThrough(a, event.sequence, src.calendar);
  if (!event || !state?.deadlines.disclosureDate) {
    eventNotRecorded(
      'LETTER.NO_DISCLOSURE_AGAINST_OBJECTION',
      'Er is geen besluit verzonden waartegen een derde naar verwachting bezwaar maakt; deze brief kan pas daarna worden gemaakt.',
      'No decision has been sent that a third party is expected to object to; this letter can only be made after that.',
      { kind: 'third_party_disclosure' },
    );
  }
  const { deadlines, facts } = state!;
  if (!facts.decidedOn || !deadlines.objectionWindow) {
    throw new Error(`Corrupt history: decision sent without a decision (${a.row.id})`);
  }
  const input = addresseeInput(src, 'third_party_disclosure');
  const context: ThirdPartyDisclosureContext = {
    ...toThirdParty(a, org, event.occurredOn, input),
    disclosure: {
      decidedOn: facts.decidedOn.toString(),
      sentOn: event.occurredOn,
      disclosureDate: deadlines.disclosureDate!.date.toString(),
      objectionWindowEndsOn: deadlines.objectionWindow.endsOn.date.toString(),
    },
  };
  return { context, eventSequence: event.sequence, input };
}

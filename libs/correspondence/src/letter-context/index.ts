// Maps what the register stores about a request (its row, items, conversations, events and the
// folded state with its computed deadlines) plus the organisation's letterhead and the clerk's
// extra input onto the context types of libs/letters. Pure: no database, no clock (today and
// the calendar come in `LetterSources`).
import { LETTER_KINDS, type LetterContexts, type LetterKind } from '@wobdesk/letters';
import type { OrganisationRecord } from '@wobdesk/persistence';
import type { RequestAggregate } from '@wobdesk/register';
import { type AvailableLetter, availableLetters } from './availability.js';
import type { LetterSources, MappedLetter } from './common.js';
import { decisionLetter } from './decision.js';
import { forwardingLetterLetter, forwardingNoticeLetter } from './forwarding.js';
import { notHandledDecisionLetter } from './not-handled.js';
import { objectionAcknowledgementLetter } from './objection.js';
import { objectionDecisionLetter, objectionExtensionLetter } from './objection-decision.js';
import {
  acknowledgementLetter,
  clarificationLetter,
  conversationSummaryLetter,
  extensionLetter,
} from './request-notices.js';
import { suspensionAgreedLetter, suspensionEndLetter } from './suspensions.js';
import { thirdPartyDisclosureLetter, thirdPartyViewRequestLetter } from './third-party-letters.js';
import { thirdPartyViewEndLetter, thirdPartyViewStartLetter } from './third-party-view.js';

export type { AvailableLetter } from './availability.js';
export type { LetterSources, MappedLetter } from './common.js';
export {
  checkLetterInput,
  LETTER_INPUT_FIELDS,
  type LetterInput,
  type LetterInputField,
} from './letter-input.js';

/** Every letter kind can be made from the register (with extra input where the kind needs it). */
export const GENERATABLE_LETTER_KINDS = LETTER_KINDS;
export type GeneratableLetterKind = LetterKind;

export function isGeneratableKind(kind: string): kind is GeneratableLetterKind {
  return (GENERATABLE_LETTER_KINDS as readonly string[]).includes(kind);
}

type Mapper<K extends LetterKind> = (
  a: RequestAggregate,
  org: OrganisationRecord,
  src: LetterSources,
) => MappedLetter<LetterContexts[K]>;

/**
 * The register's part of each letter kind: how its context is filled from a request, and by
 * refusing with EVENT_NOT_RECORDED until its event is in the log, when it is offered.
 */
export const LETTER_MAPPERS: { readonly [K in LetterKind]: Mapper<K> } = {
  acknowledgement: acknowledgementLetter,
  clarification_request: clarificationLetter,
  conversation_summary: conversationSummaryLetter,
  extension: extensionLetter,
  third_party_view_start: thirdPartyViewStartLetter,
  third_party_view_end: thirdPartyViewEndLetter,
  decision: decisionLetter,
  not_handled_decision: notHandledDecisionLetter,
  objection_acknowledgement: objectionAcknowledgementLetter,
  objection_extension: objectionExtensionLetter,
  objection_decision: objectionDecisionLetter,
  forwarding_notice: forwardingNoticeLetter,
  forwarding_letter: forwardingLetterLetter,
  suspension_agreed: suspensionAgreedLetter,
  suspension_end: suspensionEndLetter,
  third_party_view_request: thirdPartyViewRequestLetter,
  third_party_disclosure: thirdPartyDisclosureLetter,
};

/**
 * The context of a letter of `kind` for the request as it stands; refuses (WorkflowError
 * 'invalid') a kind that does not fit the request's state or lacks required input, in Dutch and
 * English, naming the field where there is one.
 */
export function letterContextOf<K extends LetterKind>(
  kind: K,
  a: RequestAggregate,
  org: OrganisationRecord,
  src: LetterSources,
): MappedLetter<LetterContexts[K]> {
  return (LETTER_MAPPERS[kind] as Mapper<K>)(a, org, src);
}

/**
 * The letter kinds the request can have now (their event has happened), asked of the mappers
 * above: see availability.ts.
 */
export function lettersAvailable(
  a: RequestAggregate,
  org: OrganisationRecord,
  src: Omit<LetterSources, 'input'>,
): AvailableLetter[] {
  return availableLetters(a, org, src, letterContextOf);
}

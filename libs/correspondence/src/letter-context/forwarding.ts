// The two letters of a forwarded request (Woo art. 4.2, Wob art. 4): the notice to the requester
// and the letter to the competent body, both dated by the forwarding. The body is named as the
// step recorded it; why, and the body's address, are the clerk's input.
import type { ForwardingContext, ForwardingLetterContext, LetterKind } from '@wobdesk/letters';
import type { OrganisationRecord, StoredRequestEvent } from '@wobdesk/persistence';
import type { RequestAggregate } from '@wobdesk/register';
import {
  eventNotRecorded,
  lastEvent,
  letterBase,
  type LetterSources,
  type MappedLetter,
} from './common.js';
import type { LetterInput } from './letter-input.js';
import { requireInput } from './letter-input.js';

function forwarded(
  a: RequestAggregate,
  kind: LetterKind,
): StoredRequestEvent & {
  payload: { to: string };
} {
  const event = lastEvent(a, 'forwarded');
  if (!event || typeof event.payload.to !== 'string') {
    eventNotRecorded(
      'LETTER.NOT_FORWARDED',
      'Het doorzenden van het verzoek is niet vastgelegd; deze brief kan pas daarna worden gemaakt.',
      'Forwarding the request has not been recorded; this letter can only be made after that.',
      { kind },
    );
  }
  return event as StoredRequestEvent & { payload: { to: string } };
}

/** The reason given, else the one given with the other forwarding letter (both say the same). */
function reasonOf(src: LetterSources, kind: LetterKind): LetterInput {
  const earlier = src.earlierInputs.find(
    (e) =>
      (e.kind === 'forwarding_notice' || e.kind === 'forwarding_letter') &&
      e.input.forwardingReason !== undefined,
  )?.input.forwardingReason;
  const input = { ...(earlier !== undefined && { forwardingReason: earlier }), ...src.input };
  requireInput(input, 'forwardingReason', kind);
  return input;
}

function forwardingOf(
  a: RequestAggregate,
  org: OrganisationRecord,
  event: StoredRequestEvent & { payload: { to: string } },
  reason: string,
): ForwardingContext {
  return {
    ...letterBase(a, org, event.occurredOn),
    forwarding: { forwardedOn: event.occurredOn, to: event.payload.to, reason },
  };
}

export function forwardingNoticeLetter(
  a: RequestAggregate,
  org: OrganisationRecord,
  src: LetterSources,
): MappedLetter<ForwardingContext> {
  const event = forwarded(a, 'forwarding_notice');
  const input = reasonOf(src, 'forwarding_notice');
  const context = forwardingOf(a, org, event, input.forwardingReason!);
  return { context, eventSequence: event.sequence, input };
}

export function forwardingLetterLetter(
  a: RequestAggregate,
  org: OrganisationRecord,
  src: LetterSources,
): MappedLetter<ForwardingLetterContext> {
  const event = forwarded(a, 'forwarding_letter');
  const input = reasonOf(src, 'forwarding_letter');
  const address = requireInput(src.input, 'recipientAddress', 'forwarding_letter');
  const base = forwardingOf(a, org, event, input.forwardingReason!);
  const context: ForwardingLetterContext = {
    ...base,
    // Addressed to the body: the requester's reference is not the body's.
    theirReference: undefined,
    requester: {
      // Recorded as the running text names it ("de burgemeester van Amsterdam"); an address
      // block starts with a capital.
      name: capitalised(event.payload.to),
      kind: 'organisation',
      postalAddress: address.join('\n'),
    },
    forwardedFor: { name: base.requester.name },
  };
  return { context, eventSequence: event.sequence, input };
}

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

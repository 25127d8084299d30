import { longDate } from '../format/nl-format.js';
import { defineLetterKind, requestDateOf } from '../letter-kind.js';
import {
  FORWARDING_PROVISION,
  type ForwardingContext,
  sampleForwarding,
} from './forwarding-notice.letter.js';

/**
 * The letter that goes with a forwarded request to the competent body (Woo art. 4.2). It is
 * addressed to that body: `requester` holds the body as addressee, and `forwardedFor` the
 * requester the letter speaks about.
 */
export interface ForwardingLetterContext extends ForwardingContext {
  readonly forwardedFor: { readonly name: string };
}

export const forwardingLetter = defineLetterKind<'forwarding_letter', ForwardingLetterContext>({
  kind: 'forwarding_letter',
  template: 'doorzending-bestuursorgaan',
  requires: ['forwarding.forwardedOn', 'forwarding.to', 'forwarding.reason', 'forwardedFor.name'],
  titleNl: 'Doorzending: brief aan het bevoegde bestuursorgaan',
  addressee: 'competent_body',
  input: ['forwardingReason', 'recipientAddress'],
  subject: (c, law) => `Doorzending van een ${law.requestNoun} van ${longDate(requestDateOf(c))}`,
  prepare: (c) => ({ extra: { forwardingProvision: FORWARDING_PROVISION[c.request.regime] } }),
  sample() {
    const base = sampleForwarding();
    return {
      ...base,
      // Addressed to the body: the requester's reference is not the body's.
      theirReference: undefined,
      requester: {
        name: 'De minister van Klimaat en Groene Groei',
        kind: 'organisation',
        postalAddress: 'Postbus 20401\n2500 EK Den Haag',
      },
      forwardedFor: { name: base.requester.name },
    };
  },
});

import type { Regime } from '@wobdesk/domain';
import { LAW_NAMES } from '../format/legal-citations.js';
import type { IsoDate, LetterBase } from '../letter-contexts.js';
import { aboutRequest, defineLetterKind } from '../letter-kind.js';
import { wooBase } from '../samples/sample-contexts.js';

/** The forwarding of a request to the competent body, as both forwarding letters state it. */
export interface ForwardingContext extends LetterBase {
  readonly forwarding: {
    readonly forwardedOn: IsoDate;
    /** The body the request went to, as recorded with the step: "de minister van …". */
    readonly to: string;
    /** Why that body, and not this one, holds the information. */
    readonly reason: string;
  };
}

/** Woo art. 4.2 lid 1; under the Wob, art. 4 Wob said the same. */
export const FORWARDING_PROVISION: Readonly<Record<Regime, string>> = {
  wob: `artikel 4 van de ${LAW_NAMES.wob.short}`,
  woo: `artikel 4.2, eerste lid, van de ${LAW_NAMES.woo.short}`,
};

/** The sample both forwarding letters start from: the Woo case, forwarded in January 2024. */
export function sampleForwarding(): ForwardingContext {
  return {
    ...wooBase('2024-01-04'),
    forwarding: {
      forwardedOn: '2024-01-04',
      to: 'de minister van Klimaat en Groene Groei',
      reason:
        'De vergunning voor het windpark Noorderveld is verleend door de minister van Klimaat en Groene Groei. De stukken over de aanvraag zijn daar, niet bij mij.',
    },
  };
}

/** The requester is told that the request went to another body, and why (Woo art. 4.2). */
export const forwardingNotice = defineLetterKind<'forwarding_notice', ForwardingContext>({
  kind: 'forwarding_notice',
  template: 'doorzending-verzoeker',
  requires: ['forwarding.forwardedOn', 'forwarding.to', 'forwarding.reason'],
  titleNl: 'Doorzending: bericht aan de verzoeker',
  addressee: 'requester',
  input: ['forwardingReason'],
  subject: (c, law) => `Doorzending van ${aboutRequest(c, law)}`,
  prepare: (c) => ({ extra: { forwardingProvision: FORWARDING_PROVISION[c.request.regime] } }),
  sample: sampleForwarding,
});

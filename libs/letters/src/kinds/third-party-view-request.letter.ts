import { LocalDate } from '@wobdesk/domain';
import type { IsoDate, LetterBase } from '../letter-contexts.js';
import { contextError, defineLetterKind } from '../letter-kind.js';
import { WOO_FACTS, wooBase } from '../samples/sample-contexts.js';

/**
 * The request to a third party for their view (zienswijze, Awb 4:8) on disclosing information
 * that concerns them. Addressed to the third party: `requester` holds them as addressee; the
 * requester is not named to them.
 */
export interface ThirdPartyViewRequestContext extends LetterBase {
  readonly thirdPartyView: {
    readonly askedOn: IsoDate;
    /** The last day of the term set for the view, as recorded with the step. */
    readonly termEndsOn: IsoDate;
  };
}

/** The sample third party both letters to third parties are addressed to. */
export const SAMPLE_THIRD_PARTY = {
  name: 'Windkracht Noorderveld B.V.',
  kind: 'organisation',
  postalAddress: 'Postbus 77\n9700 AB Groningen',
} as const;

export const thirdPartyViewRequest = defineLetterKind<
  'third_party_view_request',
  ThirdPartyViewRequestContext
>({
  kind: 'third_party_view_request',
  template: 'zienswijze-verzoek-derde',
  requires: ['thirdPartyView.askedOn', 'thirdPartyView.termEndsOn'],
  titleNl: 'Verzoek om zienswijze aan een derde',
  addressee: 'third_party',
  input: ['recipientName', 'recipientAddress', 'recipientIsOrganisation'],
  subject: (c, law) =>
    `Verzoek om uw zienswijze over de openbaarmaking van informatie (${law.short})`,
  prepare(c) {
    const { askedOn, termEndsOn } = c.thirdPartyView;
    if (!LocalDate.parse(termEndsOn).isAfter(LocalDate.parse(askedOn))) {
      contextError(
        'LETTER.VIEW_TERM_NOT_AFTER_REQUEST',
        'De termijn voor de zienswijze moet eindigen na de dag waarop erom wordt gevraagd.',
        'The term for the view must end after the day it is asked for.',
        'thirdPartyView.termEndsOn',
      );
    }
    return {};
  },
  sample() {
    return {
      ...wooBase(WOO_FACTS.notifiedOn),
      requester: { ...SAMPLE_THIRD_PARTY },
      // The requester's reference is not the third party's.
      theirReference: undefined,
      thirdPartyView: { askedOn: WOO_FACTS.notifiedOn, termEndsOn: WOO_FACTS.termEndsOn },
    };
  },
});

import { computeRequestDeadlines, LocalDate, type Regime } from '@wobdesk/domain';
import { cite, LAW_NAMES } from '../format/legal-citations.js';
import type { IsoDate, LetterBase } from '../letter-contexts.js';
import { contextError, defineLetterKind } from '../letter-kind.js';
import { d, iso, WOO_FACTS, wooBase } from '../samples/sample-contexts.js';
import { SAMPLE_THIRD_PARTY } from './third-party-view-request.letter.js';

/** Disclosure waits two weeks after bekendmaking when a third party is expected to object. */
export const DISCLOSURE_DELAY_PROVISION: Readonly<Record<Regime, string>> = {
  wob: cite('6', 5, LAW_NAMES.wob.short),
  woo: cite('4.4', 5, LAW_NAMES.woo.short),
};

/** The third party is told of the decision at the same time as the requester. */
export const THIRD_PARTY_NOTICE_PROVISION: Readonly<Record<Regime, string>> = {
  wob: cite('3:41', 1, 'Algemene wet bestuursrecht'),
  woo: cite('4.4', 6, LAW_NAMES.woo.short),
};

/**
 * The notice to a third party of a decision to disclose information that concerns them, with
 * the day the information is disclosed at the earliest and the end of their objection window.
 * Addressed to the third party: `requester` holds them as addressee.
 */
export interface ThirdPartyDisclosureContext extends LetterBase {
  readonly disclosure: {
    readonly decidedOn: IsoDate;
    /** The bekendmaking: the day the decision was sent. */
    readonly sentOn: IsoDate;
    /** Computed: not disclosed before this day (Woo 4.4 lid 5, Wob 6 lid 5). */
    readonly disclosureDate: IsoDate;
    /** Computed (Awb 6:7, 6:8). */
    readonly objectionWindowEndsOn: IsoDate;
  };
}

export const thirdPartyDisclosure = defineLetterKind<
  'third_party_disclosure',
  ThirdPartyDisclosureContext
>({
  kind: 'third_party_disclosure',
  template: 'openbaarmaking-derde',
  requires: ['disclosure.sentOn', 'disclosure.disclosureDate'],
  titleNl: 'Kennisgeving van openbaarmaking aan een derde',
  addressee: 'third_party',
  input: ['recipientName', 'recipientAddress', 'recipientIsOrganisation'],
  subject: (c, law) => `Besluit tot openbaarmaking van informatie die u betreft (${law.short})`,
  prepare(c) {
    const { sentOn, disclosureDate } = c.disclosure;
    if (!LocalDate.parse(disclosureDate).isAfter(LocalDate.parse(sentOn))) {
      contextError(
        'LETTER.DISCLOSURE_NOT_AFTER_SENDING',
        'De informatie kan pas na de bekendmaking van het besluit openbaar worden.',
        'The information can only be disclosed after the decision was made known.',
        'disclosure.disclosureDate',
      );
    }
    const regime = c.request.regime;
    return {
      extra: {
        disclosureDelayProvision: DISCLOSURE_DELAY_PROVISION[regime],
        noticeProvision: THIRD_PARTY_NOTICE_PROVISION[regime],
      },
    };
  },
  sample(calendar) {
    const deadlines = computeRequestDeadlines(
      {
        receivedOn: d(WOO_FACTS.receivedOn),
        decidedOn: d(WOO_FACTS.decidedOn),
        sentOn: d(WOO_FACTS.decidedOn),
        objectionExpected: true,
      },
      calendar,
    );
    return {
      ...wooBase(WOO_FACTS.decidedOn),
      requester: { ...SAMPLE_THIRD_PARTY },
      theirReference: undefined,
      disclosure: {
        decidedOn: WOO_FACTS.decidedOn,
        sentOn: WOO_FACTS.decidedOn,
        disclosureDate: iso(deadlines.disclosureDate!.date),
        objectionWindowEndsOn: iso(deadlines.objectionWindow!.endsOn.date),
      },
    };
  },
});

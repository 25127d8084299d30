import { computeRequestDeadlines } from '@wobdesk/domain';
import type { IsoDate, LetterBase } from '../letter-contexts.js';
import { aboutRequest, defineLetterKind } from '../letter-kind.js';
import { d, iso, WOO_FACTS, wooBase } from '../samples/sample-contexts.js';

/** Start of the third-party-view suspension (Woo art. 4.4 lid 3, Wob art. 6 lid 3). */
export interface ThirdPartyViewStartContext extends LetterBase {
  readonly thirdPartyView: {
    /** "een derde-belanghebbende", "twee bedrijven" … as the letter may name them. */
    readonly thirdParties: string;
    /** The last day of the term set for the view. */
    readonly termEndsOn: IsoDate;
  };
  /** The deadline before the suspension and when the term is used in full (both computed). */
  readonly decisionDeadline: IsoDate;
  readonly decisionDeadlineAtMost: IsoDate;
}

export const thirdPartyViewStart = defineLetterKind<
  'third_party_view_start',
  ThirdPartyViewStartContext
>({
  kind: 'third_party_view_start',
  template: 'zienswijze-opschorting-start',
  requires: [],
  titleNl: 'Opschorting wegens zienswijze',
  addressee: 'requester',
  input: ['thirdParties'],
  subject: (c, law) => `Opschorting van de beslistermijn van ${aboutRequest(c, law)}`,
  sample(calendar) {
    const receivedOn = d(WOO_FACTS.receivedOn);
    const plain = computeRequestDeadlines({ receivedOn }, calendar);
    const atMost = computeRequestDeadlines(
      {
        receivedOn,
        suspensions: [
          {
            kind: 'third_party_view',
            notifiedOn: d(WOO_FACTS.notifiedOn),
            termEndsOn: d(WOO_FACTS.termEndsOn),
          },
        ],
      },
      calendar,
    );
    return {
      ...wooBase(WOO_FACTS.notifiedOn),
      thirdPartyView: {
        thirdParties: 'de initiatiefnemer van het windpark',
        termEndsOn: WOO_FACTS.termEndsOn,
      },
      decisionDeadline: iso(plain.decisionDeadline.date),
      decisionDeadlineAtMost: iso(atMost.decisionDeadline.date),
    };
  },
});

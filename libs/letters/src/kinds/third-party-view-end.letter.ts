import { computeRequestDeadlines, LocalDate } from '@wobdesk/domain';
import type { IsoDate, LetterBase } from '../letter-contexts.js';
import { aboutRequest, contextError, defineLetterKind } from '../letter-kind.js';
import { d, iso, WOO_FACTS, wooBase } from '../samples/sample-contexts.js';

/** End of the third-party-view suspension with the new deadline (Woo art. 4.4 lid 4, Wob art. 6 lid 4). */
export interface ThirdPartyViewEndContext extends LetterBase {
  readonly thirdPartyView: {
    readonly thirdParties: string;
    /** The day the requester was told of the suspension (its start is the day after). */
    readonly notifiedOn: IsoDate;
    /** The day the view was given, or the last day of its term when none came. */
    readonly endedOn: IsoDate;
    readonly outcome: 'view_received' | 'term_lapsed';
  };
  readonly newDecisionDeadline: IsoDate;
}

export const thirdPartyViewEnd = defineLetterKind<'third_party_view_end', ThirdPartyViewEndContext>(
  {
    kind: 'third_party_view_end',
    template: 'zienswijze-opschorting-einde',
    requires: ['thirdPartyView.notifiedOn', 'thirdPartyView.endedOn'],
    titleNl: 'Einde opschorting wegens zienswijze',
    addressee: 'requester',
    input: ['thirdParties'],
    subject: (c, law) =>
      `Einde van de opschorting van de beslistermijn van ${aboutRequest(c, law)}`,
    prepare(c) {
      const { notifiedOn, endedOn } = c.thirdPartyView;
      if (LocalDate.parse(endedOn).isBefore(LocalDate.parse(notifiedOn))) {
        contextError(
          'LETTER.SUSPENSION_END_BEFORE_START',
          'De opschorting kan niet eindigen vóór de dag waarop zij is meegedeeld.',
          'The suspension cannot end before the day it was notified.',
          'thirdPartyView.endedOn',
        );
      }
      return {};
    },
    sample(calendar) {
      const after = computeRequestDeadlines(
        {
          receivedOn: d(WOO_FACTS.receivedOn),
          suspensions: [
            {
              kind: 'third_party_view',
              notifiedOn: d(WOO_FACTS.notifiedOn),
              termEndsOn: d(WOO_FACTS.termEndsOn),
              respondedOn: d(WOO_FACTS.respondedOn),
            },
          ],
        },
        calendar,
      );
      return {
        ...wooBase(WOO_FACTS.respondedOn),
        thirdPartyView: {
          thirdParties: 'de initiatiefnemer van het windpark',
          notifiedOn: WOO_FACTS.notifiedOn,
          endedOn: WOO_FACTS.respondedOn,
          outcome: 'view_received',
        },
        newDecisionDeadline: iso(after.decisionDeadline.date),
      };
    },
  },
);

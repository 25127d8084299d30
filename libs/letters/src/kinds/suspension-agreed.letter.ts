import { computeRequestDeadlines, LocalDate } from '@wobdesk/domain';
import { cite } from '../format/legal-citations.js';
import type { IsoDate, LetterBase } from '../letter-contexts.js';
import { aboutRequest, contextError, defineLetterKind } from '../letter-kind.js';
import { d, iso, WOO_FACTS, wooBase } from '../samples/sample-contexts.js';

/** Awb 4:15 lid 2 sub a: the term is suspended for the period the requester consented to. */
export const CONSENT_PROVISION = cite('4:15', 2, 'Algemene wet bestuursrecht', 'a');

/** Confirmation of a suspension the requester agreed to in writing, with the new deadline. */
export interface SuspensionAgreedContext extends LetterBase {
  readonly suspension: {
    /** The day the requester consented (in writing). */
    readonly agreedOn: IsoDate;
    readonly days: number;
  };
  /** The decision was due on this day before the consent (computed). */
  readonly decisionDeadline: IsoDate;
  /** And is due on this day now (computed). */
  readonly newDecisionDeadline: IsoDate;
}

export const suspensionAgreed = defineLetterKind<'suspension_agreed', SuspensionAgreedContext>({
  kind: 'suspension_agreed',
  template: 'opschorting-instemming',
  requires: ['suspension.agreedOn', 'suspension.days', 'newDecisionDeadline'],
  titleNl: 'Bevestiging van een opschorting met instemming',
  addressee: 'requester',
  input: [],
  subject: (c, law) => `Bevestiging van uitstel van de beslissing op ${aboutRequest(c, law)}`,
  prepare(c) {
    if (!LocalDate.parse(c.newDecisionDeadline).isAfter(LocalDate.parse(c.decisionDeadline))) {
      contextError(
        'LETTER.SUSPENSION_NOT_LATER',
        'Na de opschorting moet de beslistermijn later eindigen dan ervoor.',
        'After the suspension the term must end later than before.',
        'newDecisionDeadline',
      );
    }
    return { extra: { consentProvision: CONSENT_PROVISION } };
  },
  sample(calendar) {
    const received = d(WOO_FACTS.receivedOn);
    const before = computeRequestDeadlines({ receivedOn: received }, calendar);
    const after = computeRequestDeadlines(
      {
        receivedOn: received,
        suspensions: [{ kind: 'consent', agreedOn: d('2024-01-10'), days: 28 }],
      },
      calendar,
    );
    return {
      ...wooBase('2024-01-10'),
      suspension: { agreedOn: '2024-01-10', days: 28 },
      decisionDeadline: iso(before.decisionDeadline.date),
      newDecisionDeadline: iso(after.decisionDeadline.date),
    };
  },
});

import { computeRequestDeadlines } from '@wobdesk/domain';
import type { IsoDate, LetterBase } from '../letter-contexts.js';
import { aboutRequest, contextError, defineLetterKind } from '../letter-kind.js';
import { d, iso, seedBase } from '../samples/sample-contexts.js';
import { SEED_FACTS } from '../samples/seed-case.js';

/** Ontvangstbevestiging. */
export interface AcknowledgementContext extends LetterBase {
  /** The decision deadline, computed by computeRequestDeadlines. */
  readonly decisionDeadline: IsoDate;
  /** Absolute URL of the requester's status page (with the status token). */
  readonly statusUrl: string;
  /** The code to type on the status form with the kenmerk ("K7QM-4XPD"), when there is one. */
  readonly statusCode?: string;
  /** The requester is invited to a conversation about the request (as in the seed case). */
  readonly conversationInvitation?: boolean;
}

export const acknowledgement = defineLetterKind<'acknowledgement', AcknowledgementContext>({
  kind: 'acknowledgement',
  template: 'ontvangstbevestiging',
  requires: ['statusUrl'],
  titleNl: 'Ontvangstbevestiging',
  addressee: 'requester',
  input: ['conversationInvitation'],
  subject: (c, law) => `Ontvangstbevestiging van ${aboutRequest(c, law)}`,
  prepare(c) {
    if (!/^https?:\/\/[^\s/]+\/\S*$/.test(c.statusUrl)) {
      contextError(
        'LETTER.STATUS_URL_NOT_ABSOLUTE',
        'De statuslink in een brief moet een volledig webadres zijn (stel PUBLIC_BASE_URL in).',
        'The status link in a letter must be an absolute http(s) URL (set PUBLIC_BASE_URL).',
        'statusUrl',
      );
    }
    // The form where kenmerk and code are typed: the status page's address without the token.
    return { extra: { statusFormUrl: c.statusUrl.replace(/\/[^/]*$/, '') } };
  },
  sample: (calendar) => ({
    ...seedBase(SEED_FACTS.acknowledgedOn),
    decisionDeadline: iso(
      computeRequestDeadlines({ receivedOn: d(SEED_FACTS.receivedOn) }, calendar).decisionDeadline
        .date,
    ),
    statusUrl: 'https://wobdesk.example.nl/status/Vx3kQ9pLm2Tz8Rw4',
    statusCode: 'K7QM-4XPD',
    conversationInvitation: true,
  }),
});

import { computeRequestDeadlines, LocalDate } from '@wobdesk/domain';
import type { IsoDate, LetterBase } from '../letter-contexts.js';
import { aboutRequest, contextError, defineLetterKind } from '../letter-kind.js';
import { d, iso, seedBase } from '../samples/sample-contexts.js';
import { SEED_FACTS } from '../samples/seed-case.js';

/** Verzoek om precisering (Wob art. 3 lid 4, Woo art. 4.1 lid 5; suspension Awb 4:15 lid 1 sub a). */
export interface ClarificationRequestContext extends LetterBase {
  readonly clarification: {
    /** Why the request is too general, in the clerk's words. */
    readonly explanation: string;
    /** Questions that help the requester specify. */
    readonly questions?: readonly string[];
    /** The term set for the answer (without a term nothing is suspended). */
    readonly termEndsOn: IsoDate;
  };
  /** The deadline before this letter, and the deadline when no answer comes (both computed). */
  readonly decisionDeadline: IsoDate;
  readonly deadlineIfNoAnswer: IsoDate;
}

export const clarificationRequest = defineLetterKind<
  'clarification_request',
  ClarificationRequestContext
>({
  kind: 'clarification_request',
  template: 'verzoek-om-precisering',
  requires: ['clarification.termEndsOn'],
  titleNl: 'Verzoek om precisering',
  addressee: 'requester',
  input: ['explanation', 'questions'],
  subject: (c, law) => `Verzoek om precisering van ${aboutRequest(c, law)}`,
  prepare(c) {
    if (!LocalDate.parse(c.clarification.termEndsOn).isAfter(LocalDate.parse(c.date))) {
      contextError(
        'LETTER.CLARIFICATION_TERM_INVALID',
        'De termijn voor de precisering moet na de datum van de brief eindigen.',
        'The term for the clarification must end after the date of the letter.',
        'clarification.termEndsOn',
      );
    }
    return {};
  },
  sample(calendar) {
    const receivedOn = d(SEED_FACTS.receivedOn);
    const clarificationOn = '2020-03-11';
    const clarificationTerm = '2020-03-25';
    const plain = computeRequestDeadlines({ receivedOn }, calendar);
    const noAnswer = computeRequestDeadlines(
      {
        receivedOn,
        suspensions: [
          {
            kind: 'clarification',
            requestedOn: d(clarificationOn),
            termEndsOn: d(clarificationTerm),
          },
        ],
      },
      calendar,
    );
    return {
      ...seedBase(clarificationOn),
      clarification: {
        explanation:
          'U vraagt om alle documenten over gezichtsherkenning en biometrie, zonder afbakening in tijd of onderwerp. Zo ruim geformuleerd omvat uw verzoek duizenden documenten bij verschillende onderdelen van mijn ministerie en de politie.',
        questions: [
          'Over welke periode wilt u documenten ontvangen?',
          'Gaat het u om gezichtsherkenning in de opsporing, of ook om andere toepassingen?',
        ],
        termEndsOn: clarificationTerm,
      },
      decisionDeadline: iso(plain.decisionDeadline.date),
      deadlineIfNoAnswer: iso(noAnswer.decisionDeadline.date),
    };
  },
});

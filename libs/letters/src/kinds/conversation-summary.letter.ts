import type { IsoDate, LetterBase } from '../letter-contexts.js';
import { aboutRequest, defineLetterKind } from '../letter-kind.js';
import { seedBase } from '../samples/sample-contexts.js';
import { SEED_FACTS, SEED_OFFICIAL, SEED_SUMMARY_POINTS } from '../samples/seed-case.js';

/** Samenvatting van een gesprek (as the seed's e-mail of 19 March 2020). */
export interface ConversationSummaryContext extends LetterBase {
  readonly conversation: {
    readonly occurredOn: IsoDate;
    readonly channel: 'phone' | 'in_person' | 'video' | 'email';
    /** Who spoke with the requester, e.g. "mevrouw De Vries, medewerker van mijn ministerie". */
    readonly withWhom: string;
    readonly summaryPoints: readonly string[];
  };
  /** The requester is asked to react (corrections, further documents) by this date. */
  readonly responseRequestedBy?: IsoDate;
}

export const conversationSummary = defineLetterKind<
  'conversation_summary',
  ConversationSummaryContext
>({
  kind: 'conversation_summary',
  template: 'samenvatting-gesprek',
  requires: [],
  titleNl: 'Samenvatting gesprek',
  addressee: 'requester',
  input: [],
  subject: (c, law) => `Samenvatting van ons gesprek over ${aboutRequest(c, law)}`,
  sample: () => ({
    ...seedBase(SEED_FACTS.summarySentOn),
    conversation: {
      occurredOn: SEED_FACTS.conversationOn,
      channel: 'phone',
      withWhom: SEED_OFFICIAL,
      summaryPoints: SEED_SUMMARY_POINTS,
    },
  }),
});

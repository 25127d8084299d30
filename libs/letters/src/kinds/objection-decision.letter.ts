import { longDate } from '../format/nl-format.js';
import type { IsoDate, LetterBase } from '../letter-contexts.js';
import { contextError, defineLetterKind } from '../letter-kind.js';
import { seedBase } from '../samples/sample-contexts.js';
import { SEED_FACTS, SEED_REFERENCE } from '../samples/seed-case.js';

/** How the decision on an objection disposes of it (Awb 7:11; Awb 6:6 and 6:9 for inadmissible). */
export const OBJECTION_OUTCOMES = ['gegrond', 'ongegrond', 'niet-ontvankelijk'] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];

/** Beslissing op bezwaar (Awb 7:11, 7:12), with the appeal clause (Awb 6:7, 6:8, 8:1). */
export interface ObjectionDecisionContext extends LetterBase {
  readonly objection: {
    readonly receivedOn: IsoDate;
    /** The date on the objection letter, when the clerk gave it with the acknowledgement. */
    readonly letterDate?: IsoDate;
    /** The decision objected to. */
    readonly decisionDate: IsoDate;
    readonly decisionReference: string;
    readonly outcome: ObjectionOutcome;
    /** Why (Awb 7:12 lid 1: the decision on an objection states its reasons). */
    readonly reasoning: string;
  };
  /** The court that hears an appeal, as the letter names it: "de rechtbank Den Haag". */
  readonly court: string;
}

export const objectionDecision = defineLetterKind<'objection_decision', ObjectionDecisionContext>({
  kind: 'objection_decision',
  template: 'beslissing-op-bezwaar',
  requires: ['objection.receivedOn', 'objection.outcome', 'objection.reasoning', 'court'],
  titleNl: 'Beslissing op bezwaar',
  addressee: 'requester',
  input: ['objectionOutcome', 'objectionReasoning', 'court'],
  subject: (c) =>
    `Beslissing op uw bezwaarschrift van ${longDate(c.objection.letterDate ?? c.objection.receivedOn)}`,
  prepare(c) {
    if (!(OBJECTION_OUTCOMES as readonly string[]).includes(c.objection.outcome)) {
      contextError(
        'LETTER.UNKNOWN_OBJECTION_OUTCOME',
        `Een bezwaar is ${OBJECTION_OUTCOMES.join(', ')}; "${c.objection.outcome}" kent de brief niet.`,
        `An objection is ${OBJECTION_OUTCOMES.join(', ')}; the letter does not know "${c.objection.outcome}".`,
        'objection.outcome',
      );
    }
    return {};
  },
  sample() {
    return {
      ...seedBase('2020-08-11'),
      objection: {
        receivedOn: '2020-07-01',
        letterDate: '2020-06-30',
        decisionDate: SEED_FACTS.decidedOn,
        decisionReference: SEED_REFERENCE,
        outcome: 'ongegrond',
        reasoning:
          'U stelt dat ik de notities van het overleg van 12 februari 2020 ten onrechte niet openbaar heb gemaakt. Ik heb die notities opnieuw bekeken. Zij bevatten persoonlijke opvattingen van ambtenaren, bedoeld voor intern beraad. Daarom blijf ik bij mijn besluit.',
      },
      court: 'de rechtbank Den Haag',
    };
  },
});

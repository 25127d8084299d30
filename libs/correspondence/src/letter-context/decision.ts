// The decision (besluit): the procedure so far, an answer per requested item with its outcome
// and grounds, and the objection clause; modelled on the seed decision of 26 May 2020.
import { alsoNumbersNl, listedOnce, type Voice } from '@wobdesk/domain';
import {
  type DecisionAnswer,
  type DecisionContext,
  type InventoryAnnexRow,
  NOT_ASSESSED_NL,
} from '@wobdesk/letters';
import type { DocumentInventoryRecord, OrganisationRecord } from '@wobdesk/persistence';
import type { RequestAggregate } from '@wobdesk/register';
import {
  lastEvent,
  letterBase,
  type LetterSources,
  type MappedLetter,
  eventNotRecorded,
} from './common.js';
import { lateDecisionOf, procedureOf } from './decision-procedure.js';
import { thirdPartyViewsOf } from './decision-views.js';

/** The opening sentence of an answer without the clerk's own text, in the organisation's voice. */
function outcomeBody(outcome: string, voice: Voice): string {
  const weHave = voice === 'wij' ? 'Wij hebben' : 'Ik heb';
  switch (outcome) {
    case 'no_documents':
      return `${weHave} naar documenten over dit onderdeel van uw verzoek gezocht.`;
    case 'already_public':
      return 'De informatie over dit onderdeel van uw verzoek is al openbaar.';
    case 'dropped':
      return 'In ons overleg heeft u laten weten dat u hierover geen documenten meer nodig heeft.';
    case 'answered_outside':
      return 'Dit onderdeel van uw verzoek is een vraag, geen verzoek om documenten.';
    default:
      return `${weHave} de documenten over dit onderdeel van uw verzoek beoordeeld.`;
  }
}

export function decisionLetter(
  a: RequestAggregate,
  org: OrganisationRecord,
  src: LetterSources,
): MappedLetter<DecisionContext> {
  const { deadlines, facts } = a.state;
  // A correction before sending replaces the decision: the letter follows the latest.
  const event = lastEvent(a, 'decision_corrected') ?? lastEvent(a, 'decision_taken');
  if (!event || !facts.decidedOn) {
    eventNotRecorded(
      'LETTER.NO_DECISION',
      'Er is nog geen besluit vastgelegd; een besluitbrief kan pas daarna worden gemaakt.',
      'No decision has been recorded yet; the decision letter can only be made after that.',
      { kind: 'decision' },
    );
  }
  const date = facts.decidedOn.toString();
  const { introduction, viewsSummary, ageReasoning, extraSections, closing } = src.input;
  const views = thirdPartyViewsOf(a, date, src);
  const late = lateDecisionOf(a, org);
  const inventory = inventoryOf(src.documents ?? []);
  const copies = inventory.reduce((n, row) => n + row.copies, 0);
  const context: DecisionContext = {
    ...letterBase(a, org, date),
    procedure: procedureOf(a, org, date, src),
    ...(late && { lateDecision: late }),
    assessment: {
      ...(introduction !== undefined && { introduction }),
      answers: answersOf(a.items, org.voice),
    },
    ...(extraSections !== undefined && { sections: extraSections }),
    ...(closing !== undefined && { closing }),
    ...(views.length > 0 && { thirdPartyViews: views }),
    ...(viewsSummary !== undefined && { viewsSummary }),
    ...(ageReasoning !== undefined && { ageReasoning }),
    ...(facts.objectionExpected === true && { objectionExpected: true }),
    ...(inventory.length > 0 && { inventory: inventory.map(({ copies: _, ...row }) => row) }),
    ...(copies > 0 && { inventoryCopies: copies }),
    // Known once the sending (the bekendmaking) is recorded; before that the letter states the rule.
    ...(deadlines.disclosureDate && {
      disclosureDate: deadlines.disclosureDate.date.toString(),
    }),
    ...(deadlines.objectionWindow && {
      objectionWindowEndsOn: deadlines.objectionWindow.endsOn.date.toString(),
    }),
  };
  const sent = lastEvent(a, 'decision_sent');
  return { context, eventSequence: (sent ?? event).sequence, input: src.input };
}

/**
 * One answer per item, except that items answered together share the answer of the item they
 * name ("Reactie op vragen 5 en 6"), with its outcome, grounds, weighing and remarks; and that
 * the items dropped after consultation are named together once, first, as the seed letter does.
 */
function answersOf(items: RequestAggregate['items'], voice: Voice): DecisionAnswer[] {
  const bodyOf = bodyIn(voice);
  const own = items.filter((item) => item.answeredWith === null);
  const dropped = own.filter((item) => item.outcome === 'dropped');
  const droppedAnswer: DecisionAnswer[] =
    dropped.length > 1
      ? [
          {
            items: dropped.flatMap((d) => [
              d.number,
              ...items.filter((o) => o.answeredWith === d.number).map((o) => o.number),
            ]),
            body: [...new Set(dropped.map(bodyOf))].join('\n\n'),
            outcome: 'dropped',
          },
        ]
      : [];
  return [
    ...droppedAnswer,
    ...own
      .filter((item) => droppedAnswer.length === 0 || item.outcome !== 'dropped')
      .map(answerOf(items, voice)),
  ];
}

function answerOf(items: RequestAggregate['items'], voice: Voice) {
  const bodyOf = bodyIn(voice);
  return (item: RequestAggregate['items'][number]): DecisionAnswer => {
    // Where nothing was found, the refusal comes first and the clerk's answer as a service after.
    const serviceAnswer = item.outcome === 'no_documents' && item.remarks !== null;
    return {
      items: [
        item.number,
        ...items.filter((other) => other.answeredWith === item.number).map((o) => o.number),
      ],
      body: serviceAnswer ? outcomeBody('no_documents', voice) : bodyOf(item),
      ...(item.outcome !== null && { outcome: item.outcome }),
      ...(item.grounds !== null && { grounds: JSON.parse(item.grounds) as string[] }),
      // The weighing is printed in the section of the grounds it weighs.
      ...(item.weighing !== null && { weighing: item.weighing }),
      ...(serviceAnswer && { bodyAfter: item.remarks! }),
    };
  };
}

/** An answer's text: the clerk's remarks, or the outcome's opening sentence in the voice. */
function bodyIn(voice: Voice) {
  return (item: RequestAggregate['items'][number]): string => {
    const body = item.remarks ?? outcomeBody(item.outcome ?? 'granted', voice);
    // The outcome sentence refers to the place named above it.
    return item.whereAvailable === null
      ? body
      : `${body}\n\nU vindt deze informatie hier: ${item.whereAvailable}`;
  };
}

/** The assessment as the inventory list prints it (an unassessed one: NOT_ASSESSED_NL). */
const ASSESSMENT_LABEL: Record<string, string> = {
  public: 'Openbaar',
  partly_public: 'Deels openbaar',
  not_public: 'Niet openbaar',
  already_public: 'Reeds openbaar',
};

/**
 * The inventory list of the decision: every document within the request, by number, with the
 * grounds of what it withholds. Documents outside the request are not part of the decision. A
 * copy is listed once, under its twin ("ook nrs. …"), whose assessment it has.
 */
function inventoryOf(
  documents: readonly DocumentInventoryRecord[],
): (InventoryAnnexRow & { copies: number })[] {
  return listedOnce(documents)
    .filter(({ document: d }) => d.assessment !== 'out_of_scope')
    .map(({ document: d, copyNumbers }) => {
      const withholds = d.assessment === 'partly_public' || d.assessment === 'not_public';
      const also = alsoNumbersNl(copyNumbers);
      return {
        number: d.number,
        ...(d.documentDate !== null && { date: d.documentDate }),
        description: d.description ?? d.fileName,
        ...(also !== undefined && { also }),
        copies: copyNumbers.length,
        assessment: d.assessment === null ? NOT_ASSESSED_NL : ASSESSMENT_LABEL[d.assessment]!,
        grounds: withholds && d.grounds !== null ? (JSON.parse(d.grounds) as string[]) : [],
      };
    });
}

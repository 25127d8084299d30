// The decision (besluit): the procedure so far, an answer per requested item with its outcome
// and grounds, and the objection clause; modelled on the seed decision of 26 May 2020.
import type { DecisionAnswer, DecisionContext, ProcedureStep } from '@wobdesk/letters';
import type { OrganisationRecord } from '@wobdesk/persistence';
import type { RequestAggregate } from '@wobdesk/register';
import {
  lastEvent,
  letterBase,
  type LetterSources,
  type MappedLetter,
  eventNotRecorded,
} from './common.js';
import { thirdPartyViewsOf } from './decision-views.js';

const OUTCOME_BODY: Record<string, string> = {
  granted: 'Ik heb de documenten over dit onderdeel van uw verzoek beoordeeld.',
  partly_granted: 'Ik heb de documenten over dit onderdeel van uw verzoek beoordeeld.',
  refused: 'Ik heb de documenten over dit onderdeel van uw verzoek beoordeeld.',
  no_documents: 'Ik heb naar documenten over dit onderdeel van uw verzoek gezocht.',
  already_public: 'De informatie over dit onderdeel van uw verzoek is al openbaar.',
  dropped: 'In ons overleg heeft u laten weten dat u deze informatie niet meer nodig heeft.',
  answered_outside: 'Dit onderdeel van uw verzoek is een vraag, geen verzoek om documenten.',
};

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
  const context: DecisionContext = {
    ...letterBase(a, org, date),
    procedure: procedureOf(a, date, src),
    assessment: {
      ...(introduction !== undefined && { introduction }),
      answers: answersOf(a.items),
    },
    ...(extraSections !== undefined && { sections: extraSections }),
    ...(closing !== undefined && { closing }),
    ...(views.length > 0 && { thirdPartyViews: views }),
    ...(viewsSummary !== undefined && { viewsSummary }),
    ...(ageReasoning !== undefined && { ageReasoning }),
    ...(facts.objectionExpected === true && { objectionExpected: true }),
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
 * name ("Reactie op vragen 5 en 6"), with its outcome, grounds, weighing and remarks.
 */
function answersOf(items: RequestAggregate['items']): DecisionAnswer[] {
  return items
    .filter((item) => item.answeredWith === null)
    .map((item) => ({
      items: [
        item.number,
        ...items.filter((other) => other.answeredWith === item.number).map((o) => o.number),
      ],
      body: bodyOf(item),
      ...(item.outcome !== null && { outcome: item.outcome }),
      ...(item.grounds !== null && { grounds: JSON.parse(item.grounds) as string[] }),
      // The weighing is printed in the section of the grounds it weighs.
      ...(item.weighing !== null && { weighing: item.weighing }),
    }));
}

function bodyOf(item: RequestAggregate['items'][number]): string {
  const body = item.remarks ?? OUTCOME_BODY[item.outcome ?? 'granted'];
  // The outcome sentence refers to the place named above it.
  return item.whereAvailable === null
    ? body
    : `${body}\n\nU vindt deze informatie hier: ${item.whereAvailable}`;
}

function procedureOf(a: RequestAggregate, until: string, src: LetterSources): ProcedureStep[] {
  const steps: { on: string; step: ProcedureStep }[] = [];
  const by = a.row.channel === 'post' ? 'brief' : 'e-mail';
  for (const e of a.events) {
    if (e.occurredOn > until) continue;
    const p = e.payload;
    if (e.type === 'receipt_acknowledged') {
      steps.push({ on: e.occurredOn, step: { kind: 'acknowledged', on: e.occurredOn, by } });
    } else if (e.type === 'extension_notified' && typeof p.days === 'number') {
      steps.push({
        on: e.occurredOn,
        step: { kind: 'extension', on: e.occurredOn, weeks: Math.round(p.days / 7) },
      });
    } else if (e.type === 'clarification_requested') {
      const answered = a.events.find(
        (x) => x.type === 'clarification_answered' && x.sequence > e.sequence,
      );
      steps.push({
        on: e.occurredOn,
        step: {
          kind: 'clarification',
          on: e.occurredOn,
          ...(answered && { answeredOn: answered.occurredOn }),
        },
      });
    } else if (e.type === 'third_party_view_requested') {
      steps.push({
        on: e.occurredOn,
        step: {
          kind: 'third_party_view',
          on: e.occurredOn,
          thirdParties:
            src.earlierInputs.find(
              (l) => l.kind === 'third_party_view_start' && l.eventSequence === e.sequence,
            )?.input.thirdParties ?? 'een derde-belanghebbende',
        },
      });
    }
  }
  for (const c of a.conversations) {
    if (c.occurredOn > until) continue;
    const points = JSON.parse(c.summaryPoints) as string[];
    steps.push({
      on: c.occurredOn,
      step: {
        kind: 'conversation',
        on: c.occurredOn,
        channel: c.channel,
        withWhom: (JSON.parse(c.participants) as string[]).join(', '),
        ...(c.summarySentOn !== null && { summarySentOn: c.summarySentOn }),
        ...(points.length > 0 && { summaryPoints: points }),
      },
    });
  }
  return steps.sort((x, y) => (x.on < y.on ? -1 : x.on > y.on ? 1 : 0)).map((s) => s.step);
}

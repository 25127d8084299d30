// Maps what the register stores about a request (its row, items, conversations, events and the
// folded state with its computed deadlines) plus the organisation's letterhead onto the context
// types of libs/letters. Pure: no database, no clock.
import type {
  ConversationSummaryContext,
  DecisionContext,
  ExtensionContext,
  LetterBase,
  LetterOrganisation,
  ProcedureStep,
} from '@wobdesk/letters';
import type { OrganisationEntity } from '@wobdesk/persistence';
import { WorkflowError } from './contract.js';
import type { RequestAggregate } from './request-view.js';

/** The letter kinds the register can generate from its data today. */
export const GENERATABLE_LETTER_KINDS = ['decision', 'extension', 'conversation_summary'] as const;
export type GeneratableLetterKind = (typeof GENERATABLE_LETTER_KINDS)[number];

export function isGeneratableKind(kind: string): kind is GeneratableLetterKind {
  return (GENERATABLE_LETTER_KINDS as readonly string[]).includes(kind);
}

export type GeneratableContext = DecisionContext | ExtensionContext | ConversationSummaryContext;

/** A context plus the sequence of the event the letter belongs to. */
export interface MappedLetter {
  readonly context: GeneratableContext;
  readonly eventSequence: number;
}

function refused(code: string, nl: string, en: string, details?: Record<string, unknown>): never {
  throw new WorkflowError('invalid', code, nl, en, details);
}

function letterOrganisation(org: OrganisationEntity): LetterOrganisation {
  const missing = (
    [
      ['returnAddress', org.returnAddress],
      ['signatoryTitle', org.signatoryTitle],
      ['objectionAddress', org.objectionAddress],
    ] as const
  )
    .filter(([, value]) => value === null || value.trim() === '')
    .map(([field]) => field);
  if (missing.length > 0) {
    refused(
      'LETTER.ORGANISATION_INCOMPLETE',
      `Het briefhoofd van uw organisatie is niet compleet (${missing.join(', ')}).`,
      `Your organisation's letterhead is incomplete (${missing.join(', ')}).`,
      { fields: missing },
    );
  }
  const opt = (value: string | null) => (value === null || value === '' ? undefined : value);
  return {
    name: org.name,
    unit: opt(org.unit),
    returnAddress: org.returnAddress!,
    visitingAddress: opt(org.visitingAddress),
    postalAddress: opt(org.postalAddress),
    website: opt(org.website),
    phone: opt(org.contactPhone),
    email: opt(org.contactEmail),
    signatoryTitle: org.signatoryTitle!,
    onBehalfLine: opt(org.onBehalfLine),
    signatoryName: opt(org.signatoryName),
    objectionAddress: org.objectionAddress!,
  };
}

function base(a: RequestAggregate, org: OrganisationEntity, date: string): LetterBase {
  const { row } = a;
  return {
    organisation: letterOrganisation(org),
    requester: {
      name: row.requesterName,
      ...(row.requesterSalutation !== null && { salutation: row.requesterSalutation }),
      ...(row.requesterPostalAddress !== null && { postalAddress: row.requesterPostalAddress }),
      ...(row.requesterEmail !== null && { email: row.requesterEmail }),
    },
    date,
    ourReference: row.reference,
    ...(row.theirReference !== null && { theirReference: row.theirReference }),
    ...(a.assigneeName !== undefined && {
      contact: {
        name: a.assigneeName,
        ...(org.contactPhone !== null && { phone: org.contactPhone }),
        ...(org.contactEmail !== null && { email: org.contactEmail }),
      },
    }),
    request: {
      regime: row.regime,
      ...(row.letterDate !== null && { letterDate: row.letterDate }),
      receivedOn: row.receivedOn,
      channel: row.channel,
      subject: row.subject,
      items: a.items.map((i) => ({ number: i.number, text: i.text })),
    },
  };
}

function lastEvent(a: RequestAggregate, type: string) {
  return [...a.events].reverse().find((e) => e.type === type);
}

function procedureOf(a: RequestAggregate, until: string): ProcedureStep[] {
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
          thirdParties: 'een derde-belanghebbende',
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

const OUTCOME_BODY: Record<string, string> = {
  granted: 'Ik heb de documenten over dit onderdeel van uw verzoek beoordeeld.',
  partly_granted: 'Ik heb de documenten over dit onderdeel van uw verzoek beoordeeld.',
  refused: 'Ik heb de documenten over dit onderdeel van uw verzoek beoordeeld.',
  no_documents: 'Ik heb naar documenten over dit onderdeel van uw verzoek gezocht.',
  already_public: 'De informatie over dit onderdeel van uw verzoek is al openbaar.',
};

/**
 * The context of a letter of `kind` for the request as it stands; refuses (WorkflowError
 * 'invalid') a kind that does not fit the request's state, in Dutch and English.
 */
export function letterContextOf(
  kind: GeneratableLetterKind,
  a: RequestAggregate,
  org: OrganisationEntity,
): MappedLetter {
  const { deadlines, facts } = a.state;
  switch (kind) {
    case 'decision': {
      const event = lastEvent(a, 'decision_taken');
      if (!event || !facts.decidedOn) {
        refused(
          'LETTER.NO_DECISION',
          'Er is nog geen besluit vastgelegd; een besluitbrief kan pas daarna worden gemaakt.',
          'No decision has been recorded yet; the decision letter can only be made after that.',
          { kind },
        );
      }
      const date = facts.decidedOn.toString();
      const context: DecisionContext = {
        ...base(a, org, date),
        procedure: procedureOf(a, date),
        assessment: {
          answers: a.items.map((item) => ({
            items: [item.number],
            body: item.remarks ?? OUTCOME_BODY[item.outcome ?? 'granted'],
            ...(item.outcome !== null && { outcome: item.outcome }),
            ...(item.grounds !== null && { grounds: JSON.parse(item.grounds) as string[] }),
          })),
        },
        ...(deadlines.objectionWindow && {
          objectionWindowEndsOn: deadlines.objectionWindow.endsOn.date.toString(),
        }),
      };
      const sent = lastEvent(a, 'decision_sent');
      return { context, eventSequence: (sent ?? event).sequence };
    }
    case 'extension': {
      const event = lastEvent(a, 'extension_notified');
      if (!event || !facts.extension) {
        refused(
          'LETTER.NO_EXTENSION',
          'Er is geen verdaging vastgelegd; een verdagingsbrief kan pas daarna worden gemaakt.',
          'No extension has been recorded; the extension letter can only be made after that.',
          { kind },
        );
      }
      const motivation = event.payload.motivation;
      const context: ExtensionContext = {
        ...base(a, org, event.occurredOn),
        extension: {
          weeks: Math.round(facts.extension.days / 7),
          reasons:
            typeof motivation === 'string' && motivation.trim() !== ''
              ? motivation
              : 'Vanwege de omvang of de gecompliceerdheid van de informatie lukt het niet binnen de eerste termijn te beslissen.',
        },
        firstTermEnd: deadlines.firstTermEnd.date.toString(),
        newDecisionDeadline: deadlines.decisionDeadline.date.toString(),
      };
      return { context, eventSequence: event.sequence };
    }
    case 'conversation_summary': {
      const conversation = a.conversations.at(-1);
      const event = lastEvent(a, 'conversation_recorded') ?? lastEvent(a, 'conversation_held');
      if (!conversation || !event) {
        refused(
          'LETTER.NO_CONVERSATION',
          'Er is geen gesprek vastgelegd; een samenvatting kan pas daarna worden gemaakt.',
          'No conversation has been recorded; a summary can only be made after that.',
          { kind },
        );
      }
      const points = JSON.parse(conversation.summaryPoints) as string[];
      if (points.length === 0) {
        refused(
          'LETTER.NO_SUMMARY_POINTS',
          'Het gesprek heeft geen samenvattingspunten.',
          'The conversation has no summary points.',
          { kind },
        );
      }
      const context: ConversationSummaryContext = {
        ...base(a, org, conversation.summarySentOn ?? conversation.occurredOn),
        conversation: {
          occurredOn: conversation.occurredOn,
          channel: conversation.channel,
          withWhom: (JSON.parse(conversation.participants) as string[]).join(', '),
          summaryPoints: points,
        },
      };
      return { context, eventSequence: event.sequence };
    }
  }
}

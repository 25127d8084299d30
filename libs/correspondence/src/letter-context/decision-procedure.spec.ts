import { LocalDate } from '@wobdesk/domain';
import type { ConversationRecord, StoredRequestEvent } from '@wobdesk/persistence';
import type { RequestAggregate } from '@wobdesk/register';
import { anOrganisation } from '@wobdesk/testing';
import type { LetterSources } from './common.js';
import { lateDecisionOf, procedureOf } from './decision-procedure.js';

const org = anOrganisation({ name: 'Gemeente Utrecht' });
let sequence = 0;

function event(type: string, occurredOn: string, payload: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    sequence,
    type,
    occurredOn,
    recordedAt: new Date(0),
    actorId: null,
    actorName: null,
    payload,
  } satisfies StoredRequestEvent;
}

function conversation(occurredOn: string, participants: string[], extra = {}) {
  return {
    id: `c-${occurredOn}`,
    requestId: 'r',
    occurredOn,
    channel: 'phone',
    participants: JSON.stringify(participants),
    summaryPoints: JSON.stringify([]),
    summarySentOn: null,
    ...extra,
  } as ConversationRecord;
}

/** Only what the narrative reads: the log, the conversations, the requester and the dates. */
function aggregate(
  events: StoredRequestEvent[],
  conversations: ConversationRecord[] = [],
  dates: { deadline: string; decidedOn: string } = {
    deadline: '2020-03-31',
    decidedOn: '2020-03-20',
  },
): RequestAggregate {
  return {
    row: { requesterName: 'J. Jansen' },
    events,
    conversations,
    items: [],
    assigneeName: undefined,
    state: {
      facts: { decidedOn: LocalDate.parse(dates.decidedOn) },
      deadlines: { decisionDeadline: { date: LocalDate.parse(dates.deadline) } },
    },
  } as unknown as RequestAggregate;
}

function sources(earlier: { letterId: string; kind: string; input: object }[] = []): LetterSources {
  return {
    earlierInputs: earlier.map((l) => ({ ...l, eventSequence: 0 })),
  } as unknown as LetterSources;
}

describe('the decision letter narrative', () => {
  describe('acknowledgement', () => {
    it('should name e-mail and the invitation when the sent acknowledgement went by e-mail', () => {
      const a = aggregate([
        event('receipt_acknowledged', '2020-03-11'),
        event('letter_sent', '2020-03-11', {
          letterId: 'L1',
          kind: 'acknowledgement',
          channel: 'email',
        }),
      ]);
      const src = sources([
        { letterId: 'L1', kind: 'acknowledgement', input: { conversationInvitation: true } },
      ]);
      expect(procedureOf(a, org, '2020-05-26', src)).toEqual([
        { kind: 'acknowledged', on: '2020-03-11', by: 'e-mail', conversationInvitation: true },
      ]);
    });

    it('should name a letter when it went by post, dated the day it was sent', () => {
      const a = aggregate([
        event('receipt_acknowledged', '2020-03-10'),
        event('letter_sent', '2020-03-11', {
          letterId: 'L1',
          kind: 'acknowledgement',
          channel: 'post',
        }),
      ]);
      expect(procedureOf(a, org, '2020-05-26', sources())).toEqual([
        { kind: 'acknowledged', on: '2020-03-11', by: 'brief' },
      ]);
    });

    it('should name no medium when no letter was sent, or its medium was not recorded', () => {
      expect(
        procedureOf(
          aggregate([event('receipt_acknowledged', '2020-03-11')]),
          org,
          '2020-05-26',
          sources(),
        ),
      ).toEqual([{ kind: 'acknowledged', on: '2020-03-11' }]);
      const unrecorded = aggregate([
        event('receipt_acknowledged', '2020-03-11'),
        event('letter_sent', '2020-03-11', { letterId: 'L1', kind: 'acknowledgement' }),
      ]);
      expect(procedureOf(unrecorded, org, '2020-05-26', sources())).toEqual([
        { kind: 'acknowledged', on: '2020-03-11' },
      ]);
    });
  });

  describe('extension', () => {
    it('should say the term was extended without a letter when no notice was sent', () => {
      const a = aggregate([event('extension_notified', '2020-04-14', { days: 28 })]);
      expect(procedureOf(a, org, '2020-05-26', sources())).toEqual([
        { kind: 'extension', on: '2020-04-14', weeks: 4 },
      ]);
    });

    it('should name the medium of a sent extension notice', () => {
      const a = aggregate([
        event('extension_notified', '2020-04-14', { days: 28 }),
        event('letter_sent', '2020-04-14', { letterId: 'L2', kind: 'extension', channel: 'post' }),
      ]);
      expect(procedureOf(a, org, '2020-05-26', sources())).toEqual([
        { kind: 'extension', on: '2020-04-14', weeks: 4, by: 'brief' },
      ]);
    });
  });

  describe('third-party view', () => {
    it('should name the medium only when the notice to the requester was sent', () => {
      const requested = event('third_party_view_requested', '2024-01-09');
      expect(procedureOf(aggregate([requested]), org, '2024-02-05', sources())).toEqual([
        { kind: 'third_party_view', on: '2024-01-09', thirdParties: 'een derde-belanghebbende' },
      ]);
      const sent = aggregate([
        requested,
        event('letter_sent', '2024-01-10', {
          letterId: 'L3',
          kind: 'third_party_view_start',
          channel: 'email',
        }),
      ]);
      expect(procedureOf(sent, org, '2024-02-05', sources())).toEqual([
        {
          kind: 'third_party_view',
          on: '2024-01-10',
          thirdParties: 'een derde-belanghebbende',
          by: 'e-mail',
        },
      ]);
    });
  });

  describe('clarification', () => {
    it('should tell the request for clarification and the answer given before the decision', () => {
      const a = aggregate([
        event('clarification_requested', '2020-03-05'),
        event('clarification_answered', '2020-03-09'),
      ]);
      expect(procedureOf(a, org, '2020-05-26', sources())).toEqual([
        { kind: 'clarification', on: '2020-03-05', answeredOn: '2020-03-09' },
      ]);
    });
  });

  describe('conversations', () => {
    it('should never list the requester among the others, by role or by name', () => {
      const a = aggregate(
        [],
        [
          conversation('2020-03-18', [
            'verzoeker',
            'De verzoeker',
            'J. Jansen',
            'mevrouw De Vries',
          ]),
        ],
      );
      expect(procedureOf(a, org, '2020-05-26', sources())).toEqual([
        { kind: 'conversation', on: '2020-03-18', channel: 'phone', withWhom: 'mevrouw De Vries' },
      ]);
    });

    it('should name a staff member of the organisation, in its voice, when nobody else is named', () => {
      const a = aggregate([], [conversation('2020-03-18', ['verzoeker'])]);
      expect(procedureOf(a, org, '2020-05-26', sources())[0]).toMatchObject({
        withWhom: 'een van mijn medewerkers',
      });
      const board = { ...org, voice: 'wij' as const };
      expect(procedureOf(a, board, '2020-05-26', sources())[0]).toMatchObject({
        withWhom: 'een van onze medewerkers',
      });
    });

    it('should mark the last of several conversations, with its points and summary date', () => {
      const a = aggregate(
        [event('receipt_acknowledged', '2020-03-11')],
        [
          conversation('2020-03-18', ['verzoeker'], {
            summaryPoints: JSON.stringify(['Er is gesproken over CATCH.']),
            summarySentOn: '2020-03-19',
          }),
          conversation('2020-04-15', ['verzoeker', 'A. de Boer', 'B. Bakker'], {
            summaryPoints: JSON.stringify(['U heeft geen documenten meer nodig.']),
          }),
          conversation('2020-06-01', ['verzoeker']),
        ],
      );
      const steps = procedureOf(a, org, '2020-05-26', sources());
      expect(steps.map((s) => s.kind)).toEqual(['acknowledged', 'conversation', 'conversation']);
      expect(steps[1]).toEqual({
        kind: 'conversation',
        on: '2020-03-18',
        channel: 'phone',
        withWhom: 'een van mijn medewerkers',
        summarySentOn: '2020-03-19',
        summaryPoints: ['Er is gesproken over CATCH.'],
      });
      expect(steps[2]).toEqual({
        kind: 'conversation',
        on: '2020-04-15',
        channel: 'phone',
        withWhom: 'A. de Boer en B. Bakker',
        summaryPoints: ['U heeft geen documenten meer nodig.'],
        last: true,
      });
    });
  });

  describe('late decision', () => {
    it('should count the calendar days from the deadline to the decision date', () => {
      const a = aggregate([], [], { deadline: '2020-03-31', decidedOn: '2020-05-26' });
      expect(lateDecisionOf(a, org)).toEqual({
        deadline: '2020-03-31',
        daysLate: 56,
        apology: null,
      });
    });

    it("should count across the change to summer time and print the organisation's own apology", () => {
      const a = aggregate([], [], { deadline: '2024-03-30', decidedOn: '2024-04-01' });
      const own = anOrganisation({ lateDecisionApology: 'Excuses voor het late besluit.' });
      expect(lateDecisionOf(a, own)).toEqual({
        deadline: '2024-03-30',
        daysLate: 2,
        apology: 'Excuses voor het late besluit.',
      });
    });

    it('should say nothing when the decision came on or before the deadline', () => {
      const onTime = aggregate([], [], { deadline: '2020-03-31', decidedOn: '2020-03-31' });
      expect(lateDecisionOf(onTime, org)).toBeUndefined();
    });
  });
});

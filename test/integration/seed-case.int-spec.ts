import { LocalDate } from '@wobdesk/domain';
import type { Actor, NewRequestInput, RequestView } from '@wobdesk/register';
import { createWorkflowContext, type WorkflowContext } from '../support/workflow-context.js';
import { rawQuery } from '../support/raw-sql.js';

const d = (iso: string) => LocalDate.parse(iso);

/** The Wob request of 27 February 2020 decided on 26 May 2020 (reference/besluit-wob-2020-05-26.txt). */
const SEED_CASE: NewRequestInput = {
  requester: {
    name: 'Verzoeker (naam weggelakt)',
    salutation: 'Geachte heer',
    postalAddress: 'Postbus 353\n1000 AJ  Amsterdam',
  },
  letterDate: '2020-02-27',
  receivedOn: '2020-03-03',
  channel: 'post',
  subject: 'Gezichtsherkenningstechnologie, biometrische gegevens en het gebruik van Clearview AI',
  items: [1, 2, 3, 4, 5, 6].map((n) => ({ text: `Onderdeel ${n}` })),
};

describe('the seed case replayed through RequestWorkflowService', () => {
  let ctx: WorkflowContext;
  let clerk: Actor;
  let view: RequestView;
  let token: string;

  beforeAll(async () => {
    ctx = await createWorkflowContext('2020-06-01');
    clerk = await ctx.newUser(await ctx.newOrganisation('Ministerie van Justitie en Veiligheid'));
    const created = await ctx.workflow.create(clerk, SEED_CASE);
    token = created.statusToken;
    view = created.request;
    const w = ctx.workflow;
    view = await w.execute(clerk, view.id, view.version, {
      type: 'acknowledgeReceipt',
      occurredOn: d('2020-03-11'),
    });
    view = await w.recordConversation(clerk, view.id, view.version, {
      occurredOn: '2020-03-18',
      channel: 'phone',
      participants: ['verzoeker', 'medewerker van het ministerie'],
      summaryPoints: ['Er is gesproken over CATCH, het gezichtsherkenningssysteem van de politie.'],
      summarySentOn: '2020-03-19',
    });
    view = await w.recordConversation(clerk, view.id, view.version, {
      occurredOn: '2020-04-15',
      channel: 'phone',
      participants: ['verzoeker', 'medewerker van het ministerie'],
      summaryPoints: ['Verdere afhandeling; geen behoefte aan nadere documenten over 1-3.'],
    });
    view = await w.recordDecision(clerk, view.id, view.version, {
      occurredOn: '2020-05-26',
      outcomes: [
        { number: 1, outcome: 'granted', remarks: 'Afgehandeld in het gesprek.' },
        { number: 2, outcome: 'granted' },
        { number: 3, outcome: 'granted' },
        { number: 4, outcome: 'granted', remarks: 'IDEMIA (CATCH)' },
        { number: 5, outcome: 'no_documents' },
        { number: 6, outcome: 'no_documents' },
      ],
    });
    view = await w.execute(clerk, view.id, view.version, {
      type: 'sendDecision',
      occurredOn: d('2020-05-26'),
    });
  });

  afterAll(async () => {
    await ctx.close();
  });

  it('should end with the dates of legal-rules.md example (a), decided late', () => {
    expect(view).toMatchObject({
      regime: 'wob',
      phase: 'objection_window',
      decisionDeadline: '2020-03-31',
      decidedLate: true,
      overdue: false,
      version: 6,
    });
    expect(view.deadlines.firstTermEnd.date.toString()).toBe('2020-03-31');
    expect(view.deadlines.daysLate).toBe(56);
    expect(view.deadlines.objectionWindow?.endsOn.date.toString()).toBe('2020-07-07');
    expect(view.deadlines.objectionWindow?.postalReceiptBy.date.toString()).toBe('2020-07-14');
  });

  it('should store the deadline columns', async () => {
    const [row] = await rawQuery(
      ctx.dataSource,
      'SELECT phase, decision_deadline, first_term_end, objection_window_ends_on, postal_receipt_by, decided_on, sent_on, decided_late, version FROM request WHERE id = ?',
      [view.id],
    );
    // A boolean column reads as 1 on SQLite and as true on PostgreSQL.
    expect({ ...row, decided_late: Number(row.decided_late) }).toEqual({
      phase: 'objection_window',
      decision_deadline: '2020-03-31',
      first_term_end: '2020-03-31',
      objection_window_ends_on: '2020-07-07',
      postal_receipt_by: '2020-07-14',
      decided_on: '2020-05-26',
      sent_on: '2020-05-26',
      decided_late: 1,
      version: 6,
    });
  });

  it('should keep both conversations and the outcome of every item', () => {
    expect(view.conversations.map((c) => [c.occurredOn, c.summarySentOn])).toEqual([
      ['2020-03-18', '2020-03-19'],
      ['2020-04-15', undefined],
    ]);
    expect(view.items.map((i) => i.outcome)).toEqual([
      'granted',
      'granted',
      'granted',
      'granted',
      'no_documents',
      'no_documents',
    ]);
  });

  it('should log domain and workflow events with contiguous sequences and the actor', async () => {
    const events = await ctx.workflow.events(clerk, view.id);
    expect(events.map((e) => [e.sequence, e.type, e.occurredOn])).toEqual([
      [1, 'request_received', '2020-03-03'],
      [2, 'receipt_acknowledged', '2020-03-11'],
      [3, 'conversation_held', '2020-03-18'],
      [4, 'conversation_recorded', '2020-03-18'],
      [5, 'conversation_recorded', '2020-04-15'],
      [6, 'decision_taken', '2020-05-26'],
      [7, 'decision_items_recorded', '2020-05-26'],
      [8, 'decision_sent', '2020-05-26'],
    ]);
    expect(events.every((e) => e.actor?.id === clerk.userId)).toBe(true);
  });

  it('should show the requester a public timeline in Dutch', async () => {
    const status = await ctx.status.lookup(token);
    expect(status).toMatchObject({
      reference: view.reference,
      phase: 'objection_window',
      keyDates: {
        receivedOn: '2020-03-03',
        decisionDue: '2020-03-31',
        decidedOn: '2020-05-26',
        sentOn: '2020-05-26',
        objectionWindowEndsOn: '2020-07-07',
      },
    });
    expect(status!.stateNl).toMatch(/bezwaar/);
    expect(status!.timeline.map((t) => t.on)).toEqual([
      '2020-03-03',
      '2020-03-11',
      '2020-03-18',
      '2020-03-19',
      '2020-04-15',
      '2020-05-26',
      '2020-05-26',
    ]);
    const text = JSON.stringify(status);
    expect(text).not.toContain(clerk.name);
    expect(text).not.toContain('medewerker');
    expect(text).not.toContain('IDEMIA');
  });
});

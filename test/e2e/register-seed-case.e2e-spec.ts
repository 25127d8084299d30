import {
  type RegisterApi,
  SEED_ITEMS,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { SEED_OUTCOMES } from '../support/seed-case-api.js';

/**
 * The seed case (../shared/reference/besluit-wob-2020-05-26.txt) replayed through the clerks'
 * API: a Wob request received on 3 March 2020 without an extension, decided on 26 May 2020.
 * legal-rules.md example (a): decision due 31 March 2020, decided late, objection window ends
 * 7 July 2020 (postal week to 14 July).
 */
describe('The seed case through the API (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let id: string;
  let version: number;
  let statusToken: string;
  let statusUrl: string;

  const post = (path: string, body: object) =>
    api.http().post(`/api/requests/${id}/${path}`).set('authorization', clerk.auth).send(body);

  /**
   * Runs a step as the clerk would: recorded on `today` (default: the step's own date), with the
   * version last read; keeps the new version.
   */
  const step = async (
    path: string,
    body: { occurredOn: string; [field: string]: unknown },
    today = body.occurredOn,
  ) => {
    api.clock.set(today);
    const res = await post(path, { version, ...body });
    expect({ path, status: res.status, body: res.status === 200 ? undefined : res.body }).toEqual({
      path,
      status: 200,
      body: undefined,
    });
    expect(res.body.version).toBe(version + 1);
    version = res.body.version;
    return res.body;
  };

  beforeAll(async () => {
    api = await startRegisterApi('2020-03-03');
    const organisationId = await api.newOrganisation('Ministerie van Justitie en Veiligheid');
    clerk = await api.newUser(organisationId, 'clerk');
  });

  afterAll(() => api?.close());

  it('should log the request received on 3 March 2020 with its six items', async () => {
    api.clock.set('2020-03-03');
    const res = await api
      .http()
      .post('/api/requests')
      .set('authorization', clerk.auth)
      .send({
        requester: {
          name: 'Verzoeker (geanonimiseerd)',
          salutation: 'Geachte heer,',
          postalAddress: 'Postbus 353\n1000 AJ  Amsterdam',
        },
        letterDate: '2020-02-27',
        receivedOn: '2020-03-03',
        channel: 'post',
        subject: 'Gezichtsherkenningstechnologie, biometrische gegevens en Clearview AI',
        items: SEED_ITEMS.map((text) => ({ text })),
      })
      .expect(201);
    const { request } = res.body;
    expect(request).toMatchObject({
      regime: 'wob',
      phase: 'received',
      version: 1,
      receivedOn: '2020-03-03',
      letterDate: '2020-02-27',
      decisionDeadline: '2020-03-31',
      overdue: false,
    });
    expect(request.items.map((i: { number: number }) => i.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(request.deadlines.decisionDeadline.date).toBe('2020-03-31');
    expect(request.deadlines.decisionDeadline.steps.length).toBeGreaterThan(0);
    expect(res.body.statusToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(res.body.statusUrl).toBe(`/status/${res.body.statusToken}`);
    ({ statusToken, statusUrl } = res.body);
    id = request.id;
    version = request.version;
  });

  it('should acknowledge receipt on 11 March 2020', async () => {
    const view = await step('acknowledge', { occurredOn: '2020-03-11' });
    expect(view.phase).toBe('acknowledged');
  });

  it('should record the telephone conversation of 18 March with the summary of 19 March', async () => {
    const view = await step(
      'conversations',
      {
        occurredOn: '2020-03-18',
        channel: 'phone',
        participants: ['verzoeker', 'medewerker DGRR'],
        summaryPoints: [
          'Er is gesproken over CATCH, het gezichtsherkenningssysteem van de politie.',
          'Er is een eerste indicatie gegeven over Clearview.',
          'Het verzoek gaat specifiek over gezichtsherkenning, niet over andere biometrie.',
          'Voor de vragen 1-3 laat u nog weten of er specifieke documenten openstaan.',
        ],
        summarySentOn: '2020-03-19',
      },
      '2020-03-19',
    );
    expect(view.phase).toBe('conversation_held');
    expect(view.conversations).toHaveLength(1);
    expect(view.conversations[0]).toMatchObject({
      occurredOn: '2020-03-18',
      channel: 'phone',
      summarySentOn: '2020-03-19',
    });
  });

  it('should record the follow-up call of 15 April without another phase change', async () => {
    const view = await step('conversations', {
      occurredOn: '2020-04-15',
      channel: 'phone',
      participants: ['verzoeker', 'medewerker DGRR'],
      summaryPoints: ['Verzoeker heeft geen behoefte aan nadere concrete documenten (vragen 1-3).'],
    });
    expect(view.phase).toBe('conversation_held');
    expect(view.conversations).toHaveLength(2);
    // Nothing extended the term: the request has been overdue since 1 April.
    expect(view.overdue).toBe(true);
  });

  it("should record the decision of 26 May 2020 with the seed letter's outcome for each of the six items", async () => {
    const view = await step('decision', {
      occurredOn: '2020-05-26',
      outcomes: SEED_OUTCOMES,
    });
    expect(view.phase).toBe('decided');
    expect(view.decidedLate).toBe(true);
    // Items 1–3 dropped after consultation, 4 answered with information, 5 and 6 together.
    expect(
      view.items.map((i: { outcome: string; answeredWith?: number }) => [
        i.outcome,
        i.answeredWith ?? null,
      ]),
    ).toEqual([
      ['dropped', null],
      ['dropped', 1],
      ['dropped', 1],
      ['answered_outside', null],
      ['no_documents', null],
      ['no_documents', 5],
    ]);
  });

  it('should record the sending on 26 May 2020 and open the objection window', async () => {
    const view = await step('sending', { occurredOn: '2020-05-26' });
    expect(view.phase).toBe('objection_window');
  });

  it('should end with the dates of legal-rules.md example (a), flagged as decided late', async () => {
    api.clock.set('2020-06-02');
    const res = await api
      .http()
      .get(`/api/requests/${id}`)
      .set('authorization', clerk.auth)
      .expect(200);
    expect(res.body).toMatchObject({
      regime: 'wob',
      phase: 'objection_window',
      decisionDeadline: '2020-03-31',
      decidedLate: true,
      overdue: false,
      version,
    });
    expect(res.body.deadlines).toMatchObject({
      firstTermEnd: { date: '2020-03-31' },
      decisionDeadline: { date: '2020-03-31' },
      decidedLate: true,
      daysLate: 56,
      objectionWindow: {
        startsOn: '2020-05-27',
        endsOn: { date: '2020-07-07' },
        postalReceiptBy: { date: '2020-07-14' },
      },
    });
  });

  it('should keep the whole history in the event log, in order', async () => {
    const res = await api
      .http()
      .get(`/api/requests/${id}/events`)
      .set('authorization', clerk.auth)
      .expect(200);
    const events = res.body as { sequence: number; type: string; occurredOn: string }[];
    const domain = events.filter((e) =>
      [
        'request_received',
        'receipt_acknowledged',
        'conversation_held',
        'decision_taken',
        'decision_sent',
      ].includes(e.type),
    );
    expect(domain.map((e) => [e.type, e.occurredOn])).toEqual([
      ['request_received', '2020-03-03'],
      ['receipt_acknowledged', '2020-03-11'],
      ['conversation_held', '2020-03-18'],
      ['decision_taken', '2020-05-26'],
      ['decision_sent', '2020-05-26'],
    ]);
    const sequences = events.map((e) => e.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(new Set(sequences).size).toBe(sequences.length);
  });

  it('should show the requester their case without anything internal', async () => {
    const res = await api.http().get(`/api${statusUrl}`).expect(200);
    expect(res.body).toMatchObject({
      phase: 'objection_window',
      keyDates: {
        receivedOn: '2020-03-03',
        decisionDue: '2020-03-31',
        decidedOn: '2020-05-26',
        sentOn: '2020-05-26',
        objectionWindowEndsOn: '2020-07-07',
      },
    });
    expect(res.body.stateNl).toEqual(expect.any(String));
    expect(res.body.timeline.length).toBeGreaterThanOrEqual(4);
    const text = JSON.stringify(res.body);
    for (const internal of [
      'medewerker DGRR',
      'CATCH',
      'Behandelaar',
      'payload',
      id,
      statusToken,
    ]) {
      expect(text).not.toContain(internal);
    }
  });

  it('should find the request by phase, text and receipt date', async () => {
    const res = await api
      .http()
      .get('/api/requests')
      .query(
        'phase=objection_window,decided&text=Clearview&receivedFrom=2020-03-01&receivedTo=2020-03-31',
      )
      .set('authorization', clerk.auth)
      .expect(200);
    expect(res.body.total).toBe(1);
    expect(res.body.items[0]).toMatchObject({ id, phase: 'objection_window', version });
  });
});

import {
  newRequestBody,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';

interface EventRow {
  sequence: number;
  type: string;
}

/**
 * Conflicting steps sent at the same time over real HTTP: exactly one wins, the others get a
 * 409, nothing becomes a 500, and the event log and version stay consistent.
 */
describe('Concurrent steps on the register API (e2e)', () => {
  const PARALLEL = 10;
  let api: RegisterApi;
  let clerk: TestUser;

  const as = (path: string, body: object) =>
    api.http().post(path).set('authorization', clerk.auth).send(body);

  /** A Woo request received 2 April 2024, acknowledged and decided: ready to be sent. */
  const decidedRequest = async (): Promise<{ id: string; version: number }> => {
    const created = await as('/api/requests', newRequestBody()).expect(201);
    const id = created.body.request.id as string;
    await as(`/api/requests/${id}/acknowledge`, { occurredOn: '2024-04-03' }).expect(200);
    const decided = await as(`/api/requests/${id}/decision`, {
      occurredOn: '2024-04-25',
      outcomes: [
        { number: 1, outcome: 'granted' },
        {
          number: 2,
          outcome: 'partly_granted',
          grounds: ['5.1.2.e'],
          weighing:
            'Het belang van de privacy weegt hier zwaarder dan het belang van openbaarheid.',
        },
      ],
    }).expect(200);
    return { id, version: decided.body.version };
  };

  const eventsOf = async (id: string): Promise<EventRow[]> =>
    (
      await api
        .http()
        .get(`/api/requests/${id}/events`)
        .set('authorization', clerk.auth)
        .expect(200)
    ).body;

  const expectConsistentLog = (events: EventRow[]) => {
    const sequences = events.map((e) => e.sequence);
    expect(sequences).toEqual(sequences.map((_, i) => sequences[0] + i));
  };

  beforeAll(async () => {
    api = await startRegisterApi('2024-05-01');
    clerk = await api.newUser(await api.newOrganisation(), 'clerk');
  });

  afterAll(() => api?.close());

  it(`should let exactly one of ${PARALLEL} sendings with the same version win`, async () => {
    const { id, version } = await decidedRequest();
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        as(`/api/requests/${id}/sending`, { version, occurredOn: '2024-04-26' }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array<number>(PARALLEL - 1).fill(409)]);
    for (const lost of results.filter((r) => r.status === 409)) {
      expect(lost.body).toMatchObject({
        code: 'REQUEST.STALE_VERSION',
        messageNl: expect.any(String),
      });
    }
    const after = await api.http().get(`/api/requests/${id}`).set('authorization', clerk.auth);
    expect(after.body).toMatchObject({ phase: 'objection_window', version: version + 1 });
    const events = await eventsOf(id);
    expect(events.filter((e) => e.type === 'decision_sent')).toHaveLength(1);
    expectConsistentLog(events);
  });

  it(`should let exactly one of ${PARALLEL} sendings without a version win (phase conflict)`, async () => {
    const { id, version } = await decidedRequest();
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        as(`/api/requests/${id}/sending`, { occurredOn: '2024-04-26' }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    const lost = results.filter((r) => r.status !== 200);
    expect(lost.map((r) => r.status)).toEqual(Array<number>(PARALLEL - 1).fill(409));
    for (const r of lost) expect(r.body.code).toBe('REQUEST.COMMAND_NOT_ALLOWED');
    const events = await eventsOf(id);
    expect(events.filter((e) => e.type === 'decision_sent')).toHaveLength(1);
    expectConsistentLog(events);
    const after = await api.http().get(`/api/requests/${id}`).set('authorization', clerk.auth);
    expect(after.body.version).toBe(version + 1);
  });

  it('should let one of several different, conflicting steps win', async () => {
    const created = await as('/api/requests', newRequestBody()).expect(201);
    const { id, version } = created.body.request;
    const steps: [string, object][] = [
      ['withdraw', { occurredOn: '2024-04-10' }],
      ['forward', { occurredOn: '2024-04-10', to: 'Provincie Utrecht' }],
      ['acknowledge', { occurredOn: '2024-04-10' }],
      [
        'decision',
        {
          occurredOn: '2024-04-10',
          outcomes: [
            { number: 1, outcome: 'granted' },
            { number: 2, outcome: 'no_documents' },
          ],
        },
      ],
      [
        'extensions',
        { occurredOn: '2024-04-10', days: 14, reason: 'size_or_complexity', motivation: 'Omvang' },
      ],
    ];
    const results = await Promise.all(
      steps.flatMap(([path, body]) =>
        [1, 2].map(() => as(`/api/requests/${id}/${path}`, { ...body, version })),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(results.length - 1);
    const events = await eventsOf(id);
    expectConsistentLog(events);
    // request_received (+ anything recorded with it) plus exactly one winning step.
    const after = await api.http().get(`/api/requests/${id}`).set('authorization', clerk.auth);
    expect(after.body.version).toBe(version + 1);
  });

  it('should log many requests at once, each with its own reference', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        as('/api/requests', newRequestBody({ subject: `Gelijktijdig verzoek ${i}` })),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array<number>(20).fill(201));
    const references = results.map((r) => r.body.request.reference as string);
    expect(new Set(references).size).toBe(20);
  });

  it('should run steps on different requests side by side without errors', async () => {
    const requests = await Promise.all(Array.from({ length: 8 }, () => decidedRequest()));
    const results = await Promise.all(
      requests.map(({ id, version }) =>
        as(`/api/requests/${id}/sending`, { version, occurredOn: '2024-04-30' }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array<number>(8).fill(200));
  });
});

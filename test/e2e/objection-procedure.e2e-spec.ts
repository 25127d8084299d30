// The objection procedure over HTTP, from the objection to the end of the appeal window: the
// hearing planned and held (Awb 7:2, 7:7), the advisory committee's advice (7:13), the decision on
// objection with its outcome, and the six weeks for beroep (6:7); each step refused while its turn
// has not come, each stage found by the list filter the dashboard uses. And a notice of default
// (Awb 4:17, 6:12) listed until the request is decided.
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation, postStep } from '../support/seed-case-api.js';

const DECISION = {
  outcomes: [
    { number: 1, outcome: 'granted' },
    { number: 2, outcome: 'granted' },
  ],
};

describe('Objection procedure (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-02');
    clerk = await api.newUser(await newSeedOrganisation(api), 'clerk');
  });

  afterAll(async () => {
    await api?.close();
  });

  const post = (id: string, path: string, today: string, body: Record<string, unknown>) => {
    api.clock.set(today);
    return api
      .http()
      .post(`/api/requests/${id}/${path}`)
      .set('authorization', clerk.auth)
      .send(body);
  };
  const listed = async (query: string) => {
    const res = await api
      .http()
      .get(`/api/requests?${query}`)
      .set('authorization', clerk.auth)
      .expect(200);
    return res.body.items as Record<string, unknown>[];
  };
  const idsOf = async (query: string) => (await listed(query)).map((item) => item.id);

  it('should walk hearing, advice, decision on objection and the appeal window', async () => {
    const { id } = await createRequest(api, clerk, { receivedOn: '2024-04-02' });
    const step = (path: string, today: string, body: Record<string, unknown> = {}) =>
      postStep(api, clerk, id, path, today, { occurredOn: today, ...body });
    await step('decision', '2024-04-25', DECISION);
    await step('sending', '2024-04-25');
    await step('objections', '2024-05-20', { byPost: false, advisoryCommittee: true });
    expect(await idsOf('objectionStage=hearing_to_schedule')).toContain(id);

    // Awb 7:2: no decision before the objector is heard (or the hearing waived).
    const early = await post(id, 'objection-decision', '2024-05-21', {
      occurredOn: '2024-05-21',
      outcome: 'unfounded',
    }).expect(409);
    expect(early.body.code).toBe('REQUEST.HEARING_OUTSTANDING');
    await post(id, 'hearing-held', '2024-05-21', {
      occurredOn: '2024-05-21',
      report: 'x',
    }).expect(409);

    await step('hearings', '2024-05-27', { hearingOn: '2024-06-10', place: 'Stadhuis, zaal 2' });
    const scheduled = await listed('objectionStage=hearing_scheduled');
    expect(scheduled.find((item) => item.id === id)).toMatchObject({ hearingOn: '2024-06-10' });
    const tooSoon = await post(id, 'hearing-held', '2024-06-07', {
      occurredOn: '2024-06-07',
      report: 'Gehoord.',
    }).expect(422);
    expect(tooSoon.body.code).toBe('REQUEST.HEARING_NOT_YET_HELD');
    await step('hearing-held', '2024-06-10', {
      report: 'De bezwaarmaker lichtte toe waarom de bijlagen ontbreken.',
    });
    const waitingForAdvice = await listed('objectionStage=advice_awaited');
    expect(waitingForAdvice.find((item) => item.id === id)).toBeDefined();
    expect(waitingForAdvice.find((item) => item.id === id)?.hearingOn).toBeUndefined();

    const noAdvice = await post(id, 'objection-decision', '2024-06-20', {
      occurredOn: '2024-06-20',
      outcome: 'well_founded',
    }).expect(409);
    expect(noAdvice.body.code).toBe('REQUEST.ADVICE_OUTSTANDING');
    await step('committee-advice', '2024-07-01');
    const due = (await listed('objectionStage=decision_due')).find((item) => item.id === id);
    const view = await api
      .http()
      .get(`/api/requests/${id}`)
      .set('authorization', clerk.auth)
      .expect(200);
    // Twelve weeks with a committee (Awb 7:10 lid 1), from the end of the objection window.
    expect(due?.objectionDecisionDeadline).toBe(view.body.deadlines.objectionDecisionDeadline.date);

    const decided = await step('objection-decision', '2024-07-15', {
      outcome: 'well_founded',
      newDecision: true,
    });
    expect(decided).toMatchObject({ phase: 'closed' });
    const open = (await listed('objectionStage=appeal_window')).find((item) => item.id === id);
    // Six weeks after Monday 15 July 2024: Monday 26 August 2024.
    expect(open).toMatchObject({ appealWindowEndsOn: '2024-08-26' });
    api.clock.set('2024-08-26');
    expect(await idsOf('objectionStage=appeal_window')).toContain(id);
    api.clock.set('2024-08-27');
    expect(await idsOf('objectionStage=appeal_window')).not.toContain(id);

    const events = await api
      .http()
      .get(`/api/requests/${id}/events`)
      .set('authorization', clerk.auth)
      .expect(200);
    const procedure = (events.body as { type: string; payload: Record<string, unknown> }[]).filter(
      (e) =>
        e.type.startsWith('hearing') ||
        e.type.startsWith('committee') ||
        e.type === 'objection_decided',
    );
    expect(procedure.map((e) => e.type)).toEqual([
      'hearing_scheduled',
      'hearing_held',
      'committee_advice_received',
      'objection_decided',
    ]);
    expect(procedure.at(-1)?.payload).toMatchObject({ outcome: 'well_founded', newDecision: true });
  });

  it('should waive the hearing on a ground of Awb 7:3 and refuse a second one', async () => {
    const { id } = await createRequest(api, clerk, { receivedOn: '2024-04-02' });
    const step = (path: string, today: string, body: Record<string, unknown> = {}) =>
      postStep(api, clerk, id, path, today, { occurredOn: today, ...body });
    await step('decision', '2024-04-25', DECISION);
    await step('sending', '2024-04-25');
    await step('objections', '2024-05-20', { byPost: false });
    await step('hearing-waived', '2024-05-22', { ground: 'manifestly_inadmissible' });
    expect(await idsOf('objectionStage=decision_due')).toContain(id);
    const again = await post(id, 'hearings', '2024-05-23', {
      occurredOn: '2024-05-23',
      hearingOn: '2024-06-01',
      place: 'Stadhuis',
    }).expect(409);
    expect(again.body.code).toBe('REQUEST.HEARING_ALREADY_SETTLED');
    const advice = await post(id, 'committee-advice', '2024-05-23', {
      occurredOn: '2024-05-23',
    }).expect(409);
    expect(advice.body.code).toBe('REQUEST.NO_ADVISORY_COMMITTEE');
    await step('objection-decision', '2024-06-03', { outcome: 'inadmissible' });
    expect(await idsOf('objectionStage=appeal_window')).toContain(id);
  });

  it('should list a notice of default until the request is decided', async () => {
    const { id } = await createRequest(api, clerk, { receivedOn: '2024-04-02' });
    const step = (path: string, today: string, body: Record<string, unknown> = {}) =>
      postStep(api, clerk, id, path, today, { occurredOn: today, ...body });
    await step('notices-of-default', '2024-05-15');
    const item = (await listed('noticeOfDefault=true')).find((i) => i.id === id);
    // Awb 6:12 lid 2: two weeks after the day of the notice.
    expect(item).toMatchObject({ noticeOfDefaultTwoWeeksEnd: '2024-05-29' });
    await step('decision', '2024-05-20', DECISION);
    expect(await idsOf('noticeOfDefault=true')).not.toContain(id);
    const bad = await api
      .http()
      .get('/api/requests?objectionStage=heard')
      .set('authorization', clerk.auth)
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('objectionStage');
  });
});

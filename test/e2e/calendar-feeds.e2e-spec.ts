// Calendar feeds over HTTP, read back with a real iCalendar parser (ical.js): a clerk's feed holds
// the legal dates of the requests assigned to them and no one else's; an extension moves the
// decision deadline under the same UID with a higher SEQUENCE; a revoked URL is a 404; the
// objection procedure adds its hearing and, once decided, the end of the appeal window.
import ICAL from 'ical.js';
import { DataSource } from 'typeorm';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation, postStep } from '../support/seed-case-api.js';
import { rawQuery } from '../support/raw-sql.js';

const BASE = 'https://woo.example.nl';

interface FeedEvent {
  readonly uid: string;
  readonly start: string;
  readonly end: string;
  readonly summary: string;
  readonly description: string;
  readonly url: string;
  readonly sequence: number;
}

function parseFeed(text: string): FeedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    expect(event.startDate.isDate).toBe(true);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      summary: event.summary,
      description: event.description,
      url: String(vevent.getFirstPropertyValue('url')),
      sequence: event.sequence,
    };
  });
}

describe('Calendar feeds (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let colleague: TestUser;
  let coordinator: TestUser;
  let organisationId: string;

  const as = (user: TestUser) => ({
    get: (path: string) => api.http().get(path).set('authorization', user.auth),
    post: (path: string, body: object) =>
      api.http().post(path).set('authorization', user.auth).send(body),
    delete: (path: string) => api.http().delete(path).set('authorization', user.auth),
  });
  const feedPath = (url: string) => url.slice(BASE.length);
  const assign = async (id: string, to: TestUser) => {
    const { version } = (await as(clerk).get(`/api/requests/${id}`).expect(200)).body;
    await as(coordinator)
      .post(`/api/requests/${id}/assign`, { assigneeId: to.id, version })
      .expect(200);
  };

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-10', { PUBLIC_BASE_URL: BASE });
    organisationId = await api.newOrganisation();
    clerk = await api.newUser(organisationId, 'clerk');
    colleague = await api.newUser(organisationId, 'clerk');
    coordinator = await api.newUser(organisationId, 'coordinator');
  });

  afterAll(async () => {
    await api?.close();
  });

  it('gives the clerk the legal dates of their own requests only, as all-day events citing the article', async () => {
    const { id: mine } = await createRequest(api, clerk, { receivedOn: '2024-04-02' });
    const { id: theirs } = await createRequest(api, clerk, { receivedOn: '2024-04-03' });
    await assign(mine, clerk);
    await assign(theirs, colleague);

    const created = await as(clerk).post('/api/calendar-feeds', { scope: 'mine' }).expect(201);
    expect(created.body).toMatchObject({ scope: 'mine' });
    expect(created.body.url).toMatch(/^https:\/\/woo\.example\.nl\/api\/calendar-feeds\/.+\.ics$/);

    const res = await api.http().get(feedPath(created.body.url)).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const events = parseFeed(res.text);
    const request = (await as(clerk).get(`/api/requests/${mine}`).expect(200)).body;

    expect(events.every((e) => e.uid.startsWith(`${mine}-`))).toBe(true);
    expect(events.some((e) => e.uid.startsWith(theirs))).toBe(false);
    const decision = events.find((e) => e.uid === `${mine}-decision_deadline@wobdesk`)!;
    expect(decision.start).toBe(request.decisionDeadline);
    expect(decision.summary).toBe(`Uiterste beslisdatum: ${request.reference}`);
    expect(decision.description).toContain('Artikel: Woo art. 4.4 lid 1.');
    expect(decision.url).toBe(`${BASE}/verzoeken/${mine}`);
    const extension = events.find((e) => e.uid === `${mine}-extension_notice@wobdesk`)!;
    expect(extension.start).toBe(request.deadlines.firstTermEnd.date);
    const clarification = events.find((e) => e.uid === `${mine}-clarification_deadline@wobdesk`)!;
    expect(clarification.start).toBe(request.deadlines.clarificationDeadline.date);
    expect(clarification.description).toContain('Woo art. 4.1 lid 5');
    for (const e of events) {
      const day = new Date(`${e.start}T00:00:00Z`);
      day.setUTCDate(day.getUTCDate() + 1);
      expect(e.end).toBe(day.toISOString().slice(0, 10));
    }
  });

  it('moves the decision deadline of an extension under the same UID with a higher SEQUENCE', async () => {
    const { id } = await createRequest(api, clerk, { receivedOn: '2024-04-04' });
    await assign(id, clerk);
    const { url } = (await as(clerk).post('/api/calendar-feeds', { scope: 'mine' }).expect(201))
      .body;
    const uid = `${id}-decision_deadline@wobdesk`;
    const before = parseFeed((await api.http().get(feedPath(url)).expect(200)).text);
    const old = before.find((e) => e.uid === uid)!;
    expect(before.some((e) => e.uid === `${id}-extension_notice@wobdesk`)).toBe(true);

    const { version } = (await as(clerk).get(`/api/requests/${id}`).expect(200)).body;
    await as(clerk)
      .post(`/api/requests/${id}/extensions`, {
        occurredOn: '2024-04-10',
        days: 14,
        reason: 'size_or_complexity',
        motivation: 'Veel documenten',
        version,
      })
      .expect(200);
    const request = (await as(clerk).get(`/api/requests/${id}`).expect(200)).body;

    const after = parseFeed((await api.http().get(feedPath(url)).expect(200)).text);
    const moved = after.filter((e) => e.uid === uid);
    expect(moved).toHaveLength(1);
    expect(moved[0].start).toBe(request.decisionDeadline);
    expect(moved[0].start > old.start).toBe(true);
    expect(moved[0].sequence).toBeGreaterThan(old.sequence);
    // The extension was notified: its last day asks for nothing any more.
    expect(after.some((e) => e.uid === `${id}-extension_notice@wobdesk`)).toBe(false);
  });

  it('answers a revoked URL, a replaced URL and a made-up one with 404', async () => {
    const first = (await as(colleague).post('/api/calendar-feeds', { scope: 'mine' }).expect(201))
      .body;
    const second = (await as(colleague).post('/api/calendar-feeds', { scope: 'mine' }).expect(201))
      .body;
    await api.http().get(feedPath(first.url)).expect(404);
    await api.http().get(feedPath(second.url)).expect(200);

    // Another clerk cannot see or revoke it.
    await as(clerk).delete(`/api/calendar-feeds/${second.id}`).expect(404);
    await as(colleague).delete(`/api/calendar-feeds/${second.id}`).expect(204);
    const gone = await api.http().get(feedPath(second.url)).expect(404);
    expect(gone.body.code).toBe('CALENDAR_FEED.NOT_FOUND');
    await as(colleague).delete(`/api/calendar-feeds/${second.id}`).expect(404);
    await api.http().get('/api/calendar-feeds/not-a-token.ics').expect(404);
    expect((await as(colleague).get('/api/calendar-feeds').expect(200)).body).toEqual([]);

    // Each creation and revocation is a recorded settings change.
    const changes = (await rawQuery(
      api.app.get(DataSource),
      `SELECT "changed_by", "changes" FROM "organisation_settings_changed" WHERE "changes" LIKE ?`,
      [`%calendarFeed:${colleague.id}%`],
    )) as { changed_by: string; changes: string }[];
    expect(changes.map((c) => JSON.parse(c.changes)[`calendarFeed:${colleague.id}`])).toEqual(
      expect.arrayContaining([
        { from: null, to: first.id },
        { from: first.id, to: second.id },
        { from: second.id, to: null },
      ]),
    );
    expect(changes.every((c) => c.changed_by === colleague.id)).toBe(true);
  });

  it('keeps one working URL when a clerk asks for a new one several times at once', async () => {
    const hurried = await api.newUser(organisationId, 'clerk');
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => as(hurried).post('/api/calendar-feeds', { scope: 'mine' })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(201));
    const working = await Promise.all(
      answers.map(async (a) => (await api.http().get(feedPath(a.body.url))).status),
    );
    expect(working.filter((status) => status === 200)).toHaveLength(1);
    expect(working.filter((status) => status === 404)).toHaveLength(7);
    const listed = (await as(hurried).get('/api/calendar-feeds').expect(200)).body;
    expect(listed).toHaveLength(1);
  });

  it("lets only a coordinator make the organisation's feed, which holds every request", async () => {
    const refused = await as(clerk)
      .post('/api/calendar-feeds', { scope: 'organisation' })
      .expect(403);
    expect(refused.body.code).toBe('AUTH.FORBIDDEN');
    const bad = await as(clerk).post('/api/calendar-feeds', { scope: 'everyone' }).expect(400);
    expect(JSON.stringify(bad.body)).toContain('scope');

    const { url, id } = (
      await as(coordinator).post('/api/calendar-feeds', { scope: 'organisation' }).expect(201)
    ).body;
    const events = parseFeed((await api.http().get(feedPath(url)).expect(200)).text);
    const requests = new Set(events.map((e) => e.uid.slice(0, 36)));
    expect(requests.size).toBe(3);
    expect((await as(clerk).get('/api/calendar-feeds').expect(200)).body).toEqual(
      expect.arrayContaining([expect.objectContaining({ id, scope: 'organisation' })]),
    );
    await as(clerk).delete(`/api/calendar-feeds/${id}`).expect(403);
    await as(coordinator).delete(`/api/calendar-feeds/${id}`).expect(204);
    await api.http().get(feedPath(url)).expect(404);
  });
});

describe('Calendar feeds of the objection procedure (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-02', { PUBLIC_BASE_URL: BASE });
    clerk = await api.newUser(await newSeedOrganisation(api), 'clerk');
  });

  afterAll(async () => {
    await api?.close();
  });

  it('shows the hearing while it is planned, then the end of the appeal window', async () => {
    const { id } = await createRequest(api, clerk, { receivedOn: '2024-04-02' });
    const step = (path: string, today: string, body: Record<string, unknown> = {}) =>
      postStep(api, clerk, id, path, today, { occurredOn: today, ...body });
    await step('decision', '2024-04-25', {
      outcomes: [
        { number: 1, outcome: 'granted' },
        { number: 2, outcome: 'granted' },
      ],
    });
    await step('sending', '2024-04-25');
    await step('objections', '2024-05-20', { byPost: false, advisoryCommittee: false });
    await step('hearings', '2024-05-27', { hearingOn: '2024-06-10', place: 'Stadhuis, zaal 2' });
    const coordinator = await api.newUser(clerk.organisationId, 'coordinator');
    const feedUrl: string = (
      await api
        .http()
        .post('/api/calendar-feeds')
        .set('authorization', coordinator.auth)
        .send({ scope: 'organisation' })
        .expect(201)
    ).body.url;
    const read = async () =>
      parseFeed((await api.http().get(feedUrl.slice(BASE.length)).expect(200)).text);

    const hearing = (await read()).find((e) => e.uid === `${id}-hearing@wobdesk`);
    expect(hearing).toMatchObject({ start: '2024-06-10' });
    expect(hearing!.summary).toMatch(/^Hoorzitting bezwaar: /);
    expect(hearing!.description).toContain('Artikel: Awb art. 7:2.');

    await step('hearing-held', '2024-06-10', { report: 'Gehoord.' });
    await step('objection-decision', '2024-07-15', { outcome: 'unfounded' });
    const after = await read();
    expect(after.some((e) => e.uid === `${id}-hearing@wobdesk`)).toBe(false);
    // Six weeks after Monday 15 July 2024: Monday 26 August 2024.
    const appeal = after.find((e) => e.uid === `${id}-appeal_window_end@wobdesk`);
    expect(appeal).toMatchObject({ start: '2024-08-26' });
    expect(appeal!.description).toContain('Artikel: Awb art. 6:7.');
  });
});

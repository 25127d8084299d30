// The audit of reads over HTTP with a controlled clock: each kind of read of a request's personal
// data by a clerk leaves exactly one record (who, when, what), a requester's own status check
// leaves none, a refused read leaves none, and only coordinators read the log (itself recorded).
import { ReminderSweep } from '@wobdesk/reminders';
import { DataSource } from 'typeorm';
import { minimalPdf } from '../support/document-files.js';
import { makeLetter } from '../support/letters-api.js';
import { binary } from '../support/pdf-files.js';
import { newSeedOrganisation, postStep } from '../support/seed-case-api.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';

interface AuditRow {
  user_id: string;
  read_at: string | Date;
  what: string;
  request_id: string | null;
  detail: string | null;
}

describe('Audit of reads (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let coordinator: TestUser;
  let outsider: TestUser;
  let id: string;
  let statusToken: string;
  let organisationId: string;
  let letterId: string;

  const get = (path: string, user: TestUser) =>
    api.http().get(path).set('authorization', user.auth);
  const page = (path: string, user: TestUser) =>
    api.http().get(path).set('cookie', `wobdesk_session=${user.token}`);
  const rows = async (): Promise<AuditRow[]> =>
    (await api.app
      .get(DataSource)
      .query('SELECT * FROM "read_audit" ORDER BY "read_at", "id"')) as AuditRow[];
  const clear = () => api.app.get(DataSource).query('DELETE FROM "read_audit"');
  const instant = (value: string | Date) => new Date(value).toISOString();

  /** Runs one read at a fresh instant and returns the records it left. */
  const recordsOf = async (read: () => Promise<unknown>) => {
    await clear();
    api.clock.advance(60);
    await read();
    return rows();
  };

  beforeAll(async () => {
    api = await startRegisterApi('2026-12-01', { PUBLIC_BASE_URL: 'https://woo.example.nl' });
    // The instant fixed too, so each read's time and the day filter are known exactly.
    api.clock.instant = new Date('2026-12-01T09:00:00Z');
    organisationId = await newSeedOrganisation(api);
    clerk = await api.newUser(organisationId, 'clerk');
    coordinator = await api.newUser(organisationId, 'coordinator');
    outsider = await api.newUser(await api.newOrganisation('Andere gemeente'), 'clerk');
    ({ id, statusToken } = await createRequest(api, clerk, { receivedOn: '2026-11-30' }));
    await api
      .http()
      .post(`/api/requests/${id}/documents`)
      .set('authorization', clerk.auth)
      .attach('files', minimalPdf(['Verslag van het overleg']), 'verslag.pdf')
      .expect(201);
    await postStep(api, clerk, id, 'acknowledge', '2026-12-01', { occurredOn: '2026-12-01' });
    letterId = (await makeLetter(api, clerk, id, 'acknowledgement').expect(201)).body.id;
  });

  afterAll(async () => {
    await api?.close();
  });

  it.each([
    ['the JSON of a request', () => get(`/api/requests/${id}`, clerk).expect(200), 'request.view'],
    ['the request page', () => page(`/verzoeken/${id}`, clerk).expect(200), 'request.view'],
    [
      'a letter preview',
      () => get(`/api/requests/${id}/letters/acknowledgement/preview`, clerk).expect(200),
      'letter.view',
    ],
    [
      'a document download',
      () => get(`/api/requests/${id}/documents/1/content`, clerk).expect(200),
      'document.download',
    ],
    ['the history', () => get(`/api/requests/${id}/events`, clerk).expect(200), 'request.view'],
    [
      'a letter preview on the pages',
      () => page(`/verzoeken/${id}/brieven/acknowledgement/voorbeeld`, clerk).expect(200),
      'letter.view',
    ],
    [
      'a document download on the pages',
      () => page(`/verzoeken/${id}/documenten/1`, clerk).expect(200),
      'document.download',
    ],
  ])(
    'should record %s once, with the clerk, the instant and the request',
    async (_, read, what) => {
      const found = await recordsOf(read);
      expect(found).toEqual([expect.objectContaining({ user_id: clerk.id, what, request_id: id })]);
      expect(instant(found[0]!.read_at)).toBe(api.clock.now().toISOString());
    },
  );

  it.each([
    ['over the API', () => get(`/api/letters/${letterId}/pdf`, clerk).buffer().parse(binary)],
    ['on the pages', () => page(`/brieven/${letterId}/pdf`, clerk).buffer().parse(binary)],
  ])(
    'should record a stored letter downloaded %s once, by its id, under its request',
    async (_, read) => {
      const found = await recordsOf(async () => expect((await read()).status).toBe(200));
      expect(found).toEqual([
        expect.objectContaining({
          user_id: clerk.id,
          what: 'letter.view',
          request_id: id,
          detail: `${letterId}.pdf`,
        }),
      ]);
    },
  );

  it.each([
    ['the JSON list', () => get('/api/requests', clerk).expect(200)],
    ['the list page', () => page('/verzoeken', clerk).expect(200)],
  ])('should record %s once, with the ids it showed', async (_, read) => {
    const found = await recordsOf(read);
    expect(found).toEqual([
      expect.objectContaining({
        user_id: clerk.id,
        what: 'request.list',
        request_id: null,
        detail: id,
      }),
    ]);
    expect(instant(found[0]!.read_at)).toBe(api.clock.now().toISOString());
  });

  it('should not record a read that showed nothing, nor the requester reading their own request', async () => {
    expect(await recordsOf(() => get(`/api/requests/${id}`, outsider).expect(404))).toEqual([]);
    expect(await recordsOf(() => api.http().get(`/api/status/${statusToken}`).expect(200))).toEqual(
      [],
    );
  });

  it('should not change the request: a read raises no version and adds no event', async () => {
    const before = await get(`/api/requests/${id}/events`, clerk).expect(200);
    const version = (await get(`/api/requests/${id}`, clerk).expect(200)).body.version;
    await page(`/verzoeken/${id}`, clerk).expect(200);
    expect((await get(`/api/requests/${id}`, clerk).expect(200)).body.version).toBe(version);
    expect((await get(`/api/requests/${id}/events`, clerk).expect(200)).body).toEqual(before.body);
  });

  it('should show the log to coordinators only, filtered and paged, and record that reading', async () => {
    await clear();
    api.clock.advance(60);
    await get(`/api/requests/${id}`, clerk).expect(200);
    api.clock.advance(60);
    await get(`/api/requests/${id}`, coordinator).expect(200);
    api.clock.advance(60);
    await get('/api/read-audit', clerk).expect(403);
    await api.http().get('/api/read-audit').expect(401);

    const res = await get(`/api/read-audit?userId=${clerk.id}&requestId=${id}`, coordinator).expect(
      200,
    );
    expect(res.body).toMatchObject({ page: 1, pageSize: 50, hasMore: false });
    expect(res.body.records).toEqual([
      expect.objectContaining({ userId: clerk.id, what: 'request.view', requestId: id }),
    ]);
    const today = api.clock.today().toString();
    const all = await get(`/api/read-audit?from=${today}&to=${today}`, coordinator).expect(200);
    // Newest first: the log's own reading, then the coordinator's and the clerk's reads.
    expect(all.body.records.map((r: { what: string }) => r.what)).toEqual([
      'read_audit.view',
      'request.view',
      'request.view',
    ]);
    const tomorrow = api.clock.today().plusDays(1).toString();
    const none = await get(`/api/read-audit?from=${tomorrow}`, coordinator).expect(200);
    expect(none.body.records).toEqual([]);
    expect((await rows()).filter((r) => r.what === 'read_audit.view')).toHaveLength(3);
  });

  it('should refuse a bad filter with a 400 naming the field', async () => {
    const res = await get('/api/read-audit?userId=x&from=2026-02-30&page=0', coordinator).expect(
      400,
    );
    const fields = (res.body.errors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['from', 'page', 'userId']);
  });

  it('should show the log and the request page section to coordinators on the pages', async () => {
    await clear();
    api.clock.advance(60);
    await get(`/api/requests/${id}`, clerk).expect(200);
    const section = await page(`/verzoeken/${id}`, coordinator).expect(200);
    expect(section.text).toContain('Wie heeft dit verzoek bekeken');
    expect(section.text).toContain('Verzoek bekeken');
    const ownView = await page(`/verzoeken/${id}`, clerk).expect(200);
    expect(ownView.text).not.toContain('Wie heeft dit verzoek bekeken');
    const log = await page(`/beheer/inzagelog?requestId=${id}`, coordinator).expect(200);
    expect(log.text).toContain('Inzagelog');
    expect(log.text).toContain(`/verzoeken/${id}`);
    await page('/beheer/inzagelog', clerk).expect(403);
    const unknown = await page('/beheer/inzagelog?requestId=nope', coordinator).expect(400);
    expect(unknown.text).toContain('Er is geen verzoek met kenmerk nope.');
    // By its kenmerk, as a coordinator answering a requester knows it: the same records.
    const { reference } = (await get(`/api/requests/${id}`, coordinator).expect(200)).body as {
      reference: string;
    };
    const byReference = await page(
      `/beheer/inzagelog?requestId=${encodeURIComponent(reference)}`,
      coordinator,
    ).expect(200);
    expect(byReference.text).toContain(`/verzoeken/${id}`);
  });

  it('should record the dashboard once, with the ids of the requests it names', async () => {
    const fresh = await createRequest(api, clerk, { receivedOn: '2026-12-01' });
    let text = '';
    const found = await recordsOf(async () => {
      text = (await page('/dashboard', clerk).expect(200)).text;
    });
    const linked = [...new Set(text.match(/(?<=href="\/verzoeken\/)[0-9a-f-]{36}/g))];
    expect(linked).toContain(fresh.id);
    expect(found).toEqual([
      expect.objectContaining({ user_id: clerk.id, what: 'request.list', request_id: null }),
    ]);
    expect(found[0]!.detail!.split(',').sort()).toEqual(linked.sort());
  });

  it('should delete records older than the retention period when the log is read', async () => {
    await clear();
    await get(`/api/requests/${id}`, clerk).expect(200);
    api.clock.advance(731 * 86_400);
    // A new login: the sessions of two years ago have long expired.
    const later = await api.newUser(organisationId, 'coordinator');
    await get('/api/read-audit', later).expect(200);
    expect((await rows()).map((r) => r.what)).toEqual(['read_audit.view']);
  });

  it('should delete records older than the retention period in the daily sweep, unread', async () => {
    await clear();
    // New logins each time: the clock moves by years here.
    const early = await api.newUser(organisationId, 'clerk');
    await get(`/api/requests/${id}`, early).expect(200);
    api.clock.advance(700 * 86_400);
    const recent = await api.newUser(organisationId, 'clerk');
    await get(`/api/requests/${id}`, recent).expect(200);
    api.clock.advance(31 * 86_400);
    const report = await api.app.get(ReminderSweep).run();
    expect(report).toMatchObject({ ran: true, readsPurged: 1 });
    // The read of 31 days ago stays; the one of 731 days ago is gone, with nobody reading the log.
    expect(await rows()).toEqual([expect.objectContaining({ what: 'request.view' })]);
    expect(await api.app.get(ReminderSweep).run()).toMatchObject({ readsPurged: 0 });
  });
});

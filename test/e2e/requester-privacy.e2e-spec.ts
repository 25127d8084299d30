// Requesters' personal data under the AVG over HTTP, with a controlled clock: the export
// (art. 15), the erasure and its refusals (art. 17 lid 3 onder b), and the anonymisation by the
// scheduled sweep after the retention period, with the management report the same before and
// after and no trace of the requester left in any table.
import { LocalDate } from '@wobdesk/domain';
import { seedCase } from '@wobdesk/letters';
import { ReminderSweep } from '@wobdesk/reminders';
import { DataSource } from 'typeorm';
import { rawQuery } from '../support/raw-sql.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation, postStep, replaySeedCase } from '../support/seed-case-api.js';

describe('Requester privacy (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let coordinator: TestUser;
  let seedId: string;
  const requester = seedCase.SEED_REQUESTER;

  const post = (path: string, user: TestUser) =>
    api.http().post(path).set('authorization', user.auth);
  const get = (path: string, user: TestUser) =>
    api.http().get(path).set('authorization', user.auth);

  /** Every stored text that still holds the string, as `table.column`. */
  async function tracesOf(text: string): Promise<string[]> {
    const db = api.app.get(DataSource);
    const columns: [string, string][] = [
      ['request', 'requester_name'],
      ['request', 'requester_postal_address'],
      ['request', 'search_text'],
      ['request_event', 'payload'],
      ['letter', 'html'],
      ['letter', 'input'],
      ['outbox_message', 'context'],
      ['outbox_message', 'recipient_email'],
      ['conversation_record', 'participants'],
    ];
    const found: string[] = [];
    for (const [table, column] of columns) {
      const key = table === 'request' ? 'id' : 'request_id';
      const rows = await rawQuery<{ n: number | string }[]>(
        db,
        `SELECT COUNT(*) AS n FROM "${table}" WHERE "${key}" = ? AND LOWER("${column}") LIKE ?`,
        [seedId, `%${text.toLowerCase()}%`],
      );
      if (Number(rows[0].n) > 0) found.push(`${table}.${column}`);
    }
    return found;
  }

  beforeAll(async () => {
    api = await startRegisterApi('2020-03-03', { PUBLIC_BASE_URL: 'https://woo.example.nl' });
    const organisationId = await newSeedOrganisation(api);
    clerk = await api.newUser(organisationId, 'clerk');
    coordinator = await api.newUser(organisationId, 'coordinator');
    ({ id: seedId } = await replaySeedCase(api, clerk, { recordSending: false }));
    const letter = await post(`/api/requests/${seedId}/letters`, clerk)
      .send({ kind: 'decision' })
      .expect(201);
    expect(letter.body.id).toEqual(expect.any(String));
    await postStep(api, clerk, seedId, 'sending', '2020-05-26', { occurredOn: '2020-05-26' });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('should export everything held about the requester to a coordinator only, and record it', async () => {
    await post(`/api/requests/${seedId}/personal-data-export`, clerk).expect(403);
    const res = await post(`/api/requests/${seedId}/personal-data-export`, coordinator).expect(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="gegevens-aanvrager-/,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.descriptionNl).toContain('artikel 15 AVG');
    expect(res.body.requests).toHaveLength(1);
    const [held] = res.body.requests;
    expect(held.request).toMatchObject({
      requesterName: requester.name,
      requesterPostalAddress: requester.postalAddress,
    });
    expect(held.request).not.toHaveProperty('statusTokenHash');
    expect(held.letters.map((l: { kind: string }) => l.kind)).toEqual(
      expect.arrayContaining(['acknowledgement', 'decision']),
    );
    expect(held.conversations).toHaveLength(2);
    expect(held.events.map((e: { type: string }) => e.type)).toContain('decision_sent');
    const events = (await get(`/api/requests/${seedId}/events`, coordinator).expect(200)).body;
    const exported = events.find((e: { type: string }) => e.type === 'personal_data_exported');
    expect(exported).toMatchObject({ payload: { references: [held.request.reference] } });
  });

  it('should refuse erasure in plain Dutch while an objection can be lodged', async () => {
    api.clock.set('2020-06-10');
    await post(`/api/requests/${seedId}/personal-data-erasure`, clerk).expect(403);
    const res = await post(`/api/requests/${seedId}/personal-data-erasure`, coordinator).expect(
      409,
    );
    expect(res.body).toMatchObject({ code: 'ERASURE.REFUSED' });
    expect(res.body.messageNl).toContain('bezwaar maken');
    expect(res.body.messageNl).toContain('artikel 17 lid 3 onder b AVG');
    expect(await tracesOf('Postbus 353')).toContain('request.requester_postal_address');
  });

  it('should refuse erasure of a request in progress and erase a withdrawn one once', async () => {
    api.clock.set('2020-06-10');
    const other = await createRequest(api, clerk, { receivedOn: '2020-06-08' });
    const running = await post(
      `/api/requests/${other.id}/personal-data-erasure`,
      coordinator,
    ).expect(409);
    expect(running.body.messageNl).toContain('nog in behandeling');
    await postStep(api, clerk, other.id, 'withdraw', '2020-06-10', { occurredOn: '2020-06-10' });
    await post(`/api/requests/${other.id}/personal-data-erasure`, coordinator).expect(204);
    const view = (await get(`/api/requests/${other.id}`, coordinator).expect(200)).body;
    expect(view.requester.name).toBe('Geanonimiseerd');
    expect(view.requester.email ?? null).toBeNull();
    const again = await post(`/api/requests/${other.id}/personal-data-erasure`, coordinator).expect(
      409,
    );
    expect(again.body.messageNl).toContain('al geanonimiseerd');
    const events = (await get(`/api/requests/${other.id}/events`, coordinator).expect(200)).body;
    expect(events.at(-1)).toMatchObject({
      type: 'personal_data_anonymised',
      payload: { reason: 'erasure' },
    });
  });

  it('should anonymise after the retention period by the sweep, keeping the report the same', async () => {
    // After the objection window and postal week the sweep closes the request as final (a first
    // sweep sets its watermark, so the next one looks at every day since).
    api.clock.set('2020-07-01');
    await api.app.get(ReminderSweep).run();
    api.clock.set('2020-07-20');
    await api.app.get(ReminderSweep).run();
    const closed = (await get(`/api/requests/${seedId}`, coordinator).expect(200)).body;
    expect(closed.phase).toBe('closed');
    const reportPath = '/api/reports?from=2020-01-01&to=2020-12-31';
    const before = (await get(reportPath, coordinator).expect(200)).body;
    const events = (await get(`/api/requests/${seedId}/events`, coordinator).expect(200)).body;
    const lastStep = events
      .map((e: { occurredOn: string }) => e.occurredOn)
      .sort()
      .at(-1) as string;

    // The default period: 60 months from the last step (the objection window ended before it).
    const [y, m, d] = lastStep.split('-');
    const end = `${Number(y) + 5}-${m}-${d}`;
    api.clock.set(LocalDate.parse(end).minusDays(1).toString());
    expect(await api.app.get(ReminderSweep).run()).toMatchObject({ ran: true, anonymised: 0 });
    expect(await tracesOf('Jansen')).not.toEqual([]);

    api.clock.set(end);
    expect(await api.app.get(ReminderSweep).run()).toMatchObject({ ran: true, anonymised: 1 });
    expect(await tracesOf('Jansen')).toEqual([]);
    expect(await tracesOf('Postbus 353')).toEqual([]);
    const view = (await get(`/api/requests/${seedId}`, coordinator).expect(200)).body;
    expect(view.requester.name).toBe('Geanonimiseerd');
    expect(view.requester.postalAddress ?? null).toBeNull();
    expect(view.phase).toBe('closed');
    expect((await get(reportPath, coordinator).expect(200)).body).toEqual(before);
    const after = (await get(`/api/requests/${seedId}/events`, coordinator).expect(200)).body;
    expect(after.at(-1)).toMatchObject({
      type: 'personal_data_anonymised',
      occurredOn: end,
      actor: null,
      payload: { reason: 'retention' },
    });
    // Run again: nothing left to do.
    expect(await api.app.get(ReminderSweep).run()).toMatchObject({ anonymised: 0 });
  });
});

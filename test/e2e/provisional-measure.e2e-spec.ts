// A provisional measure (voorlopige voorziening, Awb 8:81) against the disclosure, over HTTP: the
// clerk records that a third party asked the court for one and later that it was ruled on or
// withdrawn, each a recorded event. While it is pending the requester's downloads answer 403
// RELEASE.PROVISIONAL_MEASURE_PENDING and the status page says why in plain Dutch, and the
// publication job leaves the due publication alone; once it ends, both go ahead.
import { Publications } from '@wobdesk/publication';
import { DataSource } from 'typeorm';
import { minimalPdf } from '../support/document-files.js';
import { postPageForm } from '../support/page-forms.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation, postStep } from '../support/seed-case-api.js';
import { rawQuery } from '../support/raw-sql.js';

describe('A provisional measure holds the disclosure (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let id: string;
  let token: string;
  let fileId: string;

  const post = (path: string, body: object = {}) =>
    api.http().post(path).set('authorization', clerk.auth).send(body);
  const measure = (rest: string, body: object) =>
    post(`/api/requests/${id}/provisional-measure${rest}`, body);
  const events = async () =>
    (
      (await rawQuery(
        api.app.get(DataSource),
        `SELECT "type", "payload" FROM "request_event" WHERE "request_id" = ? AND "type" LIKE 'provisional_measure_%' ORDER BY "sequence"`,
        [id],
      )) as { type: string; payload: string }[]
    ).map((r) => ({ type: r.type, ...JSON.parse(r.payload) }));
  const publishedAt = async () =>
    (
      (await rawQuery(
        api.app.get(DataSource),
        `SELECT "published_at" FROM "publication" WHERE "request_id" = ?`,
        [id],
      )) as {
        published_at: string | null;
      }[]
    )[0]!.published_at;

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-02', { PDF_PAGES: '1' });
    const organisationId = await newSeedOrganisation(api);
    clerk = await api.newUser(organisationId, 'clerk');
    const coordinator = await api.newUser(organisationId, 'coordinator');
    ({ id, statusToken: token } = await createRequest(api, clerk, { receivedOn: '2024-04-02' }));
    await api
      .http()
      .post(`/api/requests/${id}/documents`)
      .set('authorization', clerk.auth)
      .attach('files', minimalPdf(['Openbaar verslag van het overleg']), 'verslag.pdf')
      .expect(201);
    await post(`/api/requests/${id}/documents/assessments`, {
      numbers: [1],
      assessment: 'public',
    }).expect(200);
    const released = await post(`/api/requests/${id}/releases`).expect(201);
    fileId = released.body.files[0].id;
    await api
      .http()
      .put('/api/organisation/publisher')
      .set('authorization', coordinator.auth)
      .send({ tooiUri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0344' })
      .expect(200);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('cannot be recorded before the decision is sent (422), recording nothing', async () => {
    const res = await measure('', { requestedOn: '2024-04-10' }).expect(422);
    expect(res.body.code).toBe('PROVISIONAL_MEASURE.NOT_SENT');
    expect(await events()).toEqual([]);
  });

  it('refuses bad input naming the field and the rule', async () => {
    await postStep(api, clerk, id, 'decision', '2024-04-30', {
      occurredOn: '2024-04-30',
      objectionExpected: true,
      outcomes: [
        { number: 1, outcome: 'granted' },
        { number: 2, outcome: 'granted' },
      ],
    });
    await post(`/api/requests/${id}/letters`, { kind: 'decision' }).expect(201);
    await postStep(api, clerk, id, 'sending', '2024-05-01', { occurredOn: '2024-05-01' });
    api.clock.set('2024-05-10');
    const badDate = await measure('', { requestedOn: '2024-02-30' }).expect(400);
    expect(badDate.body.errors).toContainEqual(
      expect.objectContaining({ field: 'requestedOn', rule: 'isCaseDate' }),
    );
    const early = await measure('', { requestedOn: '2024-04-30' }).expect(422);
    expect(early.body.details).toEqual({ field: 'requestedOn', rule: 'not_before_sending' });
    const future = await measure('', { requestedOn: '2024-05-11' }).expect(422);
    expect(future.body.details).toEqual({ field: 'requestedOn', rule: 'not_in_future' });
    const none = await measure('/end', { endedOn: '2024-05-10', outcome: 'ruled' }).expect(422);
    expect(none.body.code).toBe('PROVISIONAL_MEASURE.NONE_PENDING');
    expect(await events()).toEqual([]);
  });

  it('holds the downloads (403) and the publication while pending, as a recorded event', async () => {
    await measure('', { requestedOn: '2024-05-09' }).expect(200);
    expect(await events()).toEqual([
      { type: 'provisional_measure_requested', requestedOn: '2024-05-09' },
    ]);
    const again = await measure('', { requestedOn: '2024-05-10' }).expect(422);
    expect(again.body).toMatchObject({
      code: 'PROVISIONAL_MEASURE.PENDING',
      details: { since: '2024-05-09' },
    });
    await api
      .http()
      .put(`/api/requests/${id}/publication`)
      .set('authorization', clerk.auth)
      .send({ publishOn: '2024-05-20' })
      .expect(200);
    // Past the disclosure date and the publication date: still held.
    api.clock.set('2024-05-21');
    for (const path of [`releases/${fileId}`, 'releases/documenten.zip']) {
      const res = await api.http().get(`/api/status/${token}/${path}`).expect(403);
      expect(res.body).toMatchObject({
        code: 'RELEASE.PROVISIONAL_MEASURE_PENDING',
        details: { since: '2024-05-09' },
      });
    }
    const page = await api.http().get(`/status/${token}`).expect(200);
    expect(page.text).toContain('heeft de rechter gevraagd die tegen te houden');
    expect(page.text).not.toContain(fileId);
    expect(await api.app.get(Publications).publishDue()).toBe(0);
    expect(await publishedAt()).toBeNull();
  });

  it('lets the downloads and the publication go ahead once it is ruled on', async () => {
    const early = await measure('/end', { endedOn: '2024-05-08', outcome: 'ruled' }).expect(422);
    expect(early.body.details).toEqual({ field: 'endedOn', rule: 'not_before_requested' });
    const bad = await measure('/end', { endedOn: '2024-05-20', outcome: 'granted' }).expect(400);
    expect(bad.body.errors).toContainEqual(
      expect.objectContaining({ field: 'outcome', rule: 'isIn' }),
    );
    await measure('/end', { endedOn: '2024-05-20', outcome: 'ruled' }).expect(200);
    expect(await events()).toEqual([
      { type: 'provisional_measure_requested', requestedOn: '2024-05-09' },
      {
        type: 'provisional_measure_ended',
        requestedOn: '2024-05-09',
        endedOn: '2024-05-20',
        outcome: 'ruled',
      },
    ]);
    await api.http().get(`/api/status/${token}/releases/${fileId}`).expect(200);
    const page = await api.http().get(`/status/${token}`).expect(200);
    expect(page.text).toContain(fileId);
    expect(await api.app.get(Publications).publishDue()).toBe(1);
    expect(await publishedAt()).not.toBeNull();
  });

  it("should be recorded on the clerk's page as well, a wrong date shown beside its field", async () => {
    const cookie = `wobdesk_session=${clerk.token}`;
    const path = `/verzoeken/${id}/voorlopige-voorziening`;
    const release = await api.http().get(`/verzoeken/${id}/vrijgeven`).set('cookie', cookie);
    expect(release.text).toContain(`href="${path}"`);
    const asked = await postPageForm(api, cookie, path, path, { requestedOn: '2024-05-21' });
    expect(asked.status).toBe(303);
    const page = await api.http().get(path).set('cookie', cookie).expect(200);
    expect(page.text).toContain('Gevraagd op 21 mei 2024');
    const early = await postPageForm(api, cookie, path, path, {
      endedOn: '2024-05-20',
      outcome: 'withdrawn',
    });
    expect(early.status).toBe(422);
    expect(early.text).toContain('id="voorziening-endedOn-fout"');
    expect(early.text).toContain('vóór de dag waarop de voorziening werd gevraagd');
    const ended = await postPageForm(api, cookie, path, path, {
      endedOn: '2024-05-21',
      outcome: 'withdrawn',
    });
    expect(ended.status).toBe(303);
    expect((await events()).slice(2)).toEqual([
      { type: 'provisional_measure_requested', requestedOn: '2024-05-21' },
      {
        type: 'provisional_measure_ended',
        requestedOn: '2024-05-21',
        endedOn: '2024-05-21',
        outcome: 'withdrawn',
      },
    ]);
  });
});

// The organisation's redaction settings over HTTP: coordinators set the names of persons it lists
// and the bundle size of a release (API and settings page), each change recorded; bad input is a
// 400 naming the field and the rule with nothing stored. A listed name on a document's page is
// suggested with the privacy ground, and a release without a size uses the organisation's.
import { DataSource } from 'typeorm';
import { minimalPdf } from '../support/document-files.js';
import { postPageForm } from '../support/page-forms.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { NOT_ACCOUNT_CHANGES } from '../support/settings-changes.js';

const API_PATH = '/api/organisation/redaction-settings';
const PAGE_PATH = '/instellingen/lakken';

describe('Redaction settings of the organisation (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let coordinator: TestUser;
  let id: string;

  const put = (user: TestUser, body: object) =>
    api.http().put(API_PATH).set('authorization', user.auth).send(body);
  const db = () => api.app.get(DataSource);
  const audit = async () =>
    (
      (await db().query(
        `SELECT "changes" FROM "organisation_settings_changed" WHERE ${NOT_ACCOUNT_CHANGES} ORDER BY "changed_at"`,
      )) as { changes: string }[]
    ).map((r) => JSON.parse(r.changes));

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-02');
    const organisationId = await api.newOrganisation();
    clerk = await api.newUser(organisationId, 'clerk');
    coordinator = await api.newUser(organisationId, 'coordinator');
    ({ id } = await createRequest(api, clerk, { receivedOn: '2024-04-02' }));
    await api
      .http()
      .post(`/api/requests/${id}/documents`)
      .set('authorization', clerk.auth)
      .attach('files', minimalPdf(['Overleg met Pieter de Vries over de brug.']), 'memo.pdf')
      .expect(201);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('should start with no names and 25 MB, and be for coordinators only', async () => {
    const res = await api.http().get(API_PATH).set('authorization', coordinator.auth).expect(200);
    expect(res.body).toEqual({ listedNames: [], bundleMegabytes: 25 });
    await api.http().get(API_PATH).set('authorization', clerk.auth).expect(403);
    await put(clerk, { listedNames: [], bundleMegabytes: 5 }).expect(403);
  });

  it.each([
    [{ listedNames: ['X'], bundleMegabytes: 25 }, 'listedNames', 'name_length_2_to_100'],
    [
      { listedNames: ['a'.repeat(101)], bundleMegabytes: 25 },
      'listedNames',
      'name_length_2_to_100',
    ],
    [
      { listedNames: Array.from({ length: 501 }, (_, i) => `Persoon ${i}`), bundleMegabytes: 25 },
      'listedNames',
      'max_500_names',
    ],
    [{ listedNames: [3], bundleMegabytes: 25 }, 'listedNames', 'isString'],
    [{ listedNames: [], bundleMegabytes: 0 }, 'bundleMegabytes', 'min'],
    [{ listedNames: [], bundleMegabytes: 501 }, 'bundleMegabytes', 'max'],
    [{ listedNames: [], bundleMegabytes: 2.5 }, 'bundleMegabytes', 'isInt'],
    [{ listedNames: [] }, 'bundleMegabytes', 'isDefined'],
  ])('should refuse %j (400 naming %s and %s), storing nothing', async (body, field, rule) => {
    const res = await put(coordinator, body).expect(400);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field, rule }));
    expect(await audit()).toEqual([]);
  });

  it('should store the names tidied and the size, recording the change', async () => {
    const res = await put(coordinator, {
      listedNames: [' Pieter  de Vries ', '', 'pieter de vries', 'Anna Smit'],
      bundleMegabytes: 7,
    }).expect(200);
    expect(res.body).toEqual({ listedNames: ['Pieter de Vries', 'Anna Smit'], bundleMegabytes: 7 });
    const again = await api.http().get(API_PATH).set('authorization', coordinator.auth);
    expect(again.body).toEqual(res.body);
    expect(await audit()).toEqual([
      {
        listedNames: { from: [], to: ['Pieter de Vries', 'Anna Smit'] },
        bundleMegabytes: { from: 25, to: 7 },
      },
    ]);
    // The same settings again: nothing changed, nothing recorded.
    await put(coordinator, res.body).expect(200);
    expect(await audit()).toHaveLength(1);
  });

  it("should suggest a listed name on a document's page with the privacy ground", async () => {
    await api
      .http()
      .patch(`/api/requests/${id}/documents/1`)
      .set('authorization', clerk.auth)
      .send({
        assessment: 'partly_public',
        grounds: ['5.1.2.e'],
        reasoning: 'De naam van een medewerker blijft weg.',
      })
      .expect(200);
    const res = await api
      .http()
      .get(`/api/requests/${id}/documents/1/redactions/suggestions`)
      .set('authorization', clerk.auth)
      .expect(200);
    expect(res.body.ground).toBe('5.1.2.e');
    expect(res.body.suggestions).toEqual([
      expect.objectContaining({ kind: 'name', text: 'Pieter de Vries', page: 1 }),
    ]);
    const accepted = await api
      .http()
      .post(`/api/requests/${id}/documents/1/redactions/suggestions`)
      .set('authorization', clerk.auth)
      .send({ kind: 'name' })
      .expect(201);
    expect(accepted.body.marks).toEqual([
      expect.objectContaining({ page: 1, label: '5.1.2e', source: 'suggestion' }),
    ]);
  });

  it("should release with the organisation's bundle size when the clerk gives none", async () => {
    const page = await api
      .http()
      .get(`/verzoeken/${id}/vrijgeven`)
      .set('cookie', `wobdesk_session=${clerk.token}`)
      .expect(200);
    expect(page.text).toContain('Standaard 7 MB.');
    expect(page.text).toMatch(/name="bundleMegabytes"[^>]*value="7"/);
    await api
      .http()
      .post(`/api/requests/${id}/releases`)
      .set('authorization', clerk.auth)
      .send({})
      .expect(201);
    const rows = (await db().query(
      `SELECT "payload" FROM "request_event" WHERE "type" = 'documents_released'`,
    )) as { payload: string }[];
    expect(rows.map((r) => JSON.parse(r.payload).bundleMegabytes)).toEqual([7]);
  });

  it('should set both on the settings page, mistakes shown beside their fields', async () => {
    const cookie = `wobdesk_session=${coordinator.token}`;
    const shown = await api.http().get(PAGE_PATH).set('cookie', cookie).expect(200);
    expect(shown.text).toContain('Pieter de Vries\nAnna Smit');
    const wrong = await postPageForm(api, cookie, PAGE_PATH, PAGE_PATH, {
      listedNames: 'Anna Smit\nQ',
      bundleMegabytes: '0',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('id="lakken-listedNames-fout"');
    expect(wrong.text).toContain('id="lakken-bundleMegabytes-fout"');
    expect(await audit()).toHaveLength(1);
    const saved = await postPageForm(api, cookie, PAGE_PATH, PAGE_PATH, {
      listedNames: 'Anna Smit\r\nJ. Bakker',
      bundleMegabytes: '40',
    });
    expect(saved.status).toBe(303);
    const res = await api.http().get(API_PATH).set('authorization', coordinator.auth);
    expect(res.body).toEqual({ listedNames: ['Anna Smit', 'J. Bakker'], bundleMegabytes: 40 });
    const clerkPage = await api
      .http()
      .get(PAGE_PATH)
      .set('cookie', `wobdesk_session=${clerk.token}`)
      .expect(403);
    expect(clerkPage.text).toContain('Alleen een coördinator');
  });
});

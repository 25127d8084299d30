import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { postPageForm } from '../support/page-forms.js';

// The step forms of the request page over real HTTP: each becomes the same event as the API's
// endpoint, a typing mistake comes back by its field, a refusal above the form.

describe('pages: the steps of a case (HTTP)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let requestId: string;
  let cookie: string;

  beforeAll(async () => {
    api = await startRegisterApi('2026-03-02');
    clerk = await api.newUser(await api.newOrganisation());
    requestId = (await createRequest(api, clerk, { receivedOn: '2026-02-27' })).id;
    // The pages use the same sessions as the API: the bearer token works as the session cookie.
    cookie = `wobdesk_session=${clerk.token}`;
  });

  afterAll(() => api.close());

  /** Posts a step form as the browser would: with the page's CSRF token and current version. */
  const post = (step: string, fields: Record<string, string>) =>
    postPageForm(api, cookie, `/verzoeken/${requestId}`, `/verzoeken/${requestId}/${step}`, fields);

  const eventTypes = async () =>
    (
      await api.http().get(`/api/requests/${requestId}/events`).set('authorization', clerk.auth)
    ).body.map((e: { type: string }) => e.type);

  it('should record a clarification request with its term, and its answer', async () => {
    const res = await post('precisering', { occurredOn: '2026-03-02', termEndsOn: '2026-03-16' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/verzoeken/${requestId}?gelukt=precisering`);
    expect((await post('precisering-ontvangen', { occurredOn: '2026-03-02' })).status).toBe(303);
    expect(await eventTypes()).toEqual(
      expect.arrayContaining(['clarification_requested', 'clarification_answered']),
    );
    const page = await api.http().get(res.headers.location).set('cookie', cookie).expect(200);
    expect(page.text).toContain('Het verzoek om precisering is vastgelegd.');
  });

  it('should show a missing or malformed field by the field, keeping what was typed', async () => {
    const res = await post('opschorting', { occurredOn: '2026-03-02', kind: 'consent', days: '' });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/id="opschorting-days-fout">Dit veld is verplicht\./);
    expect(res.text).toMatch(/<option value="consent" selected>/);
    const bad = await post('zienswijze', { occurredOn: '2026-02-30', termEndsOn: '2026-03-20' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('id="zienswijze-occurredOn-fout"');
    expect(bad.text).toContain('value="2026-02-30"');
  });

  it('should show the register’s refusal above the form (a date before receipt)', async () => {
    const res = await post('zienswijze', { occurredOn: '2026-02-01', termEndsOn: '2026-03-20' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('id="zienswijze-formulier"');
    expect(await eventTypes()).not.toContain('third_party_view_requested');
  });

  it('should refuse a stale version with 409 and change nothing', async () => {
    const page = await api.http().get(`/verzoeken/${requestId}`).set('cookie', cookie).expect(200);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
    const csrf = ([] as string[])
      .concat(page.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0]);
    const before = await eventTypes();
    await api
      .http()
      .post(`/verzoeken/${requestId}/ingebrekestelling`)
      .set('cookie', [cookie, ...csrf].join('; '))
      .type('form')
      .send({ _csrf: token, version: '1', occurredOn: '2026-03-02' })
      .expect(409);
    expect(await eventTypes()).toEqual(before);
  });

  it('should offer only steps that can succeed: one extension, ending only a running suspension', async () => {
    const { id } = await createRequest(api, clerk, { receivedOn: '2026-02-27' });
    const page = async () =>
      (await api.http().get(`/verzoeken/${id}`).set('cookie', cookie).expect(200)).text;
    const form = (slug: string) => `action="/verzoeken/${id}/${slug}"`;
    const postTo = (slug: string, fields: Record<string, string>) =>
      postPageForm(api, cookie, `/verzoeken/${id}`, `/verzoeken/${id}/${slug}`, fields);

    const fresh = await page();
    expect(fresh).toContain(form('verdaging'));
    // A Woo request can be extended for the size or complexity of the information only.
    const reasons = /id="verdaging-reason"[^>]*>([\s\S]*?)<\/select>/.exec(fresh)![1]!;
    expect(reasons).toContain('value="size_or_complexity"');
    expect(reasons).not.toContain('value="other"');
    expect(fresh).toContain(form('opschorting'));
    expect(fresh).not.toContain(form('opschorting-einde'));

    const extended = await postTo('verdaging', {
      occurredOn: '2026-03-02',
      days: '14',
      reason: 'size_or_complexity',
      motivation: 'Veel documenten.',
    });
    expect(extended.status).toBe(303);
    expect(await page()).not.toContain(form('verdaging'));

    const suspended = await postTo('opschorting', {
      occurredOn: '2026-03-02',
      kind: 'force_majeure',
    });
    expect(suspended.status).toBe(303);
    const running = await page();
    expect(running).toContain(form('opschorting-einde'));
    // No decision while the suspension's length is unknown.
    expect(running).not.toContain(form('besluit'));
  });

  it('should forward the request, after which no step is offered', async () => {
    expect(
      (await post('doorzenden', { occurredOn: '2026-03-02', to: 'Gemeente Elders' })).status,
    ).toBe(303);
    const page = await api.http().get(`/verzoeken/${requestId}`).set('cookie', cookie).expect(200);
    expect(page.text).toContain('Doorgezonden');
    expect(page.text).not.toContain(`action="/verzoeken/${requestId}/verdaging"`);
    expect(
      (
        await post('verdaging', {
          occurredOn: '2026-03-02',
          days: '14',
          reason: 'other',
          motivation: 'x',
        })
      ).status,
    ).toBe(409);
  });

  it('should answer an unknown request or step with the not-found page', async () => {
    await api
      .http()
      .get('/verzoeken/00000000-0000-4000-8000-000000000000')
      .set('cookie', cookie)
      .expect(404);
    await api.http().get('/verzoeken/not-an-id').set('cookie', cookie).expect(404);
    expect((await post('onbekend', { occurredOn: '2026-03-02' })).status).toBe(404);
  });
});

import {
  newRequestBody,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';

/**
 * Inputs the generated-input test (fuzz-every-endpoint.e2e-spec.ts) found answered with a 5xx or
 * with a 400 that names no field and rule, kept as fixed cases so they stay fixed whatever the
 * generators draw.
 */
describe('Inputs found by fuzzing (e2e)', () => {
  let api: RegisterApi;
  let coordinator: TestUser;
  let id: string;

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-15');
    coordinator = await api.newUser(await api.newOrganisation(), 'coordinator');
    const res = await api
      .http()
      .post('/api/requests')
      .set('authorization', coordinator.auth)
      .send(newRequestBody())
      .expect(201);
    id = res.body.request.id;
  });

  afterAll(() => api?.close());

  it('should refuse an inventory upload that says multipart but has no boundary with a 400', async () => {
    const res = await api
      .http()
      .post(`/api/requests/${id}/inventory`)
      .set('authorization', coordinator.auth)
      .set('content-type', 'multipart/form-data')
      .send('kl');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('DOCUMENT.MALFORMED_UPLOAD');
  });

  it('should refuse a logo upload that says multipart but has no boundary with a 400', async () => {
    const res = await api
      .http()
      .put('/api/organisation/branding/logo')
      .set('authorization', coordinator.auth)
      .set('content-type', 'multipart/form-data')
      .send('kl');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('DOCUMENT.MALFORMED_UPLOAD');
  });

  it("should show the documents page's form again for a multipart upload without a boundary", async () => {
    const res = await api
      .http()
      .post(`/verzoeken/${id}/documenten`)
      .set('cookie', `wobdesk_session=${coordinator.token}`)
      .set('content-type', 'multipart/form-data')
      .send('');
    expect(res.status).toBe(400);
    expect(res.text).toContain('Kies een of meer bestanden.');
  });

  it('should refuse a documents page upload cut off inside its file with a 400', async () => {
    const cookie = `wobdesk_session=${coordinator.token}`;
    const page = await api.http().get(`/verzoeken/${id}/documenten`).set('cookie', cookie);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
    const csrf = ([] as string[])
      .concat(page.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0]);
    const body = [
      '--x',
      'Content-Disposition: form-data; name="_csrf"',
      '',
      token,
      '--x',
      'Content-Disposition: form-data; name="files"; filename="a.pdf"',
      'Content-Type: application/pdf',
      '',
      '%PDF-1.4 cut off here',
    ].join('\r\n');
    const res = await api
      .http()
      .post(`/verzoeken/${id}/documenten`)
      .set('cookie', [cookie, ...csrf].join('; '))
      .set('content-type', 'multipart/form-data; boundary=x')
      .send(body);
    expect(res.status).toBe(400);
  });

  it("should show the logo page's form again for a multipart upload without a boundary", async () => {
    const res = await api
      .http()
      .post('/instellingen/huisstijl/logo')
      .set('cookie', `wobdesk_session=${coordinator.token}`)
      .set('content-type', 'multipart/form-data')
      .send('');
    expect(res.status).toBe(400);
    expect(res.text).toContain('Kies een PNG-bestand.');
  });

  it('should answer a feed id that is not a version 4 uuid as an unknown feed', async () => {
    for (const feed of ['00000008-a211-82db-9f74-fda9362e27e3', '%2Bsc', 'not-an-id']) {
      const res = await api
        .http()
        .delete(`/api/calendar-feeds/${feed}`)
        .set('authorization', coordinator.auth);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('CALENDAR_FEED.NOT_FOUND');
    }
  });
});

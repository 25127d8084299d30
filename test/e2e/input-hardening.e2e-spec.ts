import {
  createRequest,
  newRequestBody,
  PASSWORD,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation, postStep } from '../support/seed-case-api.js';

interface FieldError {
  field: string;
  rule: string;
}

/** A page's CSRF token and the cookies that go with it, as a browser would send them back. */
async function formSession(api: RegisterApi, path: string) {
  const res = await api.http().get(path).expect(200);
  const token = /name="_csrf" value="([^"]+)"/.exec(res.text)![1]!;
  const cookie = ([] as string[])
    .concat(res.headers['set-cookie'] ?? [])
    .map((c) => c.split(';')[0])
    .join('; ');
  return { token, cookie };
}

const errorsOf = (body: { errors?: FieldError[] }) =>
  (body.errors ?? []).map((e) => `${e.field}:${e.rule}`);

// Input that broke things or printed something else than was meant: each must be a 400 naming
// the field and the rule, and the responses that carry a case must not be cached or framed.
describe('input and output hardening (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;

  beforeAll(async () => {
    api = await startRegisterApi('2026-03-02', {
      PUBLIC_BASE_URL: 'https://woo.example.nl',
      REQUEST_FORM_RATE_LIMIT: '0',
    });
    clerk = await api.newUser(await newSeedOrganisation(api), 'coordinator');
  });

  afterAll(() => api?.close());

  const post = (body: object) =>
    api.http().post('/api/requests').set('authorization', clerk.auth).send(body);
  const requester = (extra: Record<string, unknown>) => ({
    requester: { name: 'J. Jansen', email: 'j.jansen@example.nl', ...extra },
  });

  it.each([
    [
      'a lone surrogate in the e-mail',
      requester({ email: 'a\ud800@example.nl' }),
      'requester.email:isPlainText',
    ],
    ['a lone surrogate in the name', requester({ name: 'J\udc00' }), 'requester.name:isPlainText'],
    [
      'a line break in the name',
      requester({ name: 'J. Jansen\r\nPostbus 1' }),
      'requester.name:isSingleLine',
    ],
    [
      'a NUL in the postal address',
      requester({ postalAddress: 'Dorp\u0000straat 1' }),
      'requester.postalAddress:isPlainText',
    ],
    [
      'an ESC in the salutation',
      requester({ salutation: 'Geachte \u001b[31m' }),
      'requester.salutation:isPlainText',
    ],
    [
      'a right-to-left override in the subject',
      { subject: 'Bomen \u202Enetok' },
      'subject:isPlainText',
    ],
    [
      'a C1 control in an item',
      { items: [{ text: 'Alle \u0085adviezen' }] },
      'items.0.text:isPlainText',
    ],
    ['a tab in the subject', { subject: 'Bomen\tkap' }, 'subject:isSingleLine'],
    ['a subject longer than a request needs', { subject: 'x'.repeat(501) }, 'subject:maxLength'],
  ])('should refuse %s with a 400 naming the field and rule', async (_what, overrides, error) => {
    const res = await post(newRequestBody(overrides));
    expect(res.status).toBe(400);
    expect(errorsOf(res.body)).toContain(error);
  });

  it('should keep the line breaks of a postal address', async () => {
    const res = await post(
      newRequestBody(requester({ postalAddress: 'Postbus 1\n1000 AA  Dorp' })),
    );
    expect(res.status).toBe(201);
  });

  it('should refuse control characters and line breaks in the public form, on their fields', async () => {
    const { token, cookie } = await formSession(api, '/verzoek-indienen');
    const res = await api.http().post('/verzoek-indienen').set('cookie', cookie).type('form').send({
      _csrf: token,
      requesterName: 'A. de Boer\r\nKerkstraat 1',
      requesterEmail: 'a\u0007@example.nl',
      requesterPostalAddress: 'Kerkstraat 1\r\n1234 AB  Dorp',
      subject: 'Bomen \u202Enetok',
      item1: 'Kapvergunningen',
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain('id="verzoek-requesterName-fout"');
    expect(res.text).toContain('id="verzoek-requesterEmail-fout"');
    expect(res.text).toContain('id="verzoek-subject-fout"');
    expect(res.text).not.toContain('id="verzoek-requesterPostalAddress-fout"');
    expect(res.text).toContain('Gebruik één regel, zonder regeleinden of tabs.');
    expect(res.text).toContain('Gebruik alleen gewone tekens, zonder stuurtekens.');
  });

  it('should take a few submissions a day per e-mail address from the public form', async () => {
    const submit = async (requesterEmail: string, requesterName = 'A. de Boer') => {
      const { token, cookie } = await formSession(api, '/verzoek-indienen');
      return api.http().post('/verzoek-indienen').set('cookie', cookie).type('form').send({
        _csrf: token,
        requesterName,
        requesterEmail,
        subject: 'Bomen',
        item1: 'Kapvergunningen',
      });
    };
    const tooLong = await submit('vaak@example.nl', 'x'.repeat(201));
    expect(tooLong.status).toBe(400);
    expect(tooLong.text).toContain('Gebruik hoogstens 200 tekens.');
    for (const email of ['vaak@example.nl', 'Vaak@Example.nl', 'vaak@example.nl']) {
      expect((await submit(email)).status).toBe(303);
    }
    const refused = await submit('VAAK@example.nl');
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('id="verzoek-requesterEmail-fout"');
    expect(refused.text).toContain(
      'Met dit e-mailadres zijn vandaag al meerdere verzoeken ingediend.',
    );
    expect((await submit('ander@example.nl')).status).toBe(303);
  });

  it('should send letter HTML sandboxed and the status JSON uncached, without a referrer', async () => {
    const { id, statusToken } = await createRequest(api, clerk, { receivedOn: '2026-02-26' });
    await postStep(api, clerk, id, 'acknowledge', '2026-03-02', { occurredOn: '2026-03-02' });
    const preview = await api
      .http()
      .get(`/api/requests/${id}/letters/acknowledgement/preview`)
      .set('authorization', clerk.auth)
      .expect(200);
    const csp = preview.headers['content-security-policy'];
    expect(csp).toMatch(/^sandbox; /);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    const status = await api.http().get(`/api/status/${statusToken}`).expect(200);
    expect(status.headers['cache-control']).toBe('no-store');
    expect(status.headers['referrer-policy']).toBe('no-referrer');
    const unknown = await api
      .http()
      .get(`/api/status/${'x'.repeat(43)}`)
      .expect(404);
    expect(unknown.headers['cache-control']).toBe('no-store');
  });

  it.each([
    ['/€', '/%E2%82%AC'],
    ['/verzoeken?q=caf%C3%A9', '/verzoeken?q=caf%C3%A9'],
    ['/\u0001x', '/dashboard'],
    ['/\u202Ex', '/dashboard'],
  ])('should log in through a return path %j and go to %s', async (terug, location) => {
    const { token, cookie } = await formSession(api, '/inloggen');
    const res = await api
      .http()
      .post('/inloggen')
      .set('cookie', cookie)
      .type('form')
      .send({ email: clerk.email, password: PASSWORD, terug, _csrf: token });
    expect(res.status).toBe(303);
    // A coordinator: the right password leads to the code page first, the safe path along.
    expect(res.headers.location).toBe(`/inloggen/code?terug=${encodeURIComponent(location)}`);
    expect(String(res.headers['set-cookie'])).toContain('wobdesk_session=');
  });

  it('should refuse a control character in a path parameter with a 400 naming it, on any route', async () => {
    const as = (method: 'get' | 'delete', path: string) =>
      api.http()[method](path).set('authorization', clerk.auth);
    // PostgreSQL refuses a NUL in any text it is sent: a session id reached it and gave a 500.
    for (const [method, path, field] of [
      ['delete', '/api/auth/sessions/%00', 'id'],
      ['get', '/api/requests/%00', 'id'],
      ['get', '/api/letters/%00/pdf', 'letterId'],
      ['get', '/api/requests/a%0Ab', 'id'],
    ] as const) {
      const res = await as(method, path);
      expect({ path, status: res.status, errors: errorsOf(res.body) }).toEqual({
        path,
        status: 400,
        errors: [`${field}:isPlainText`],
      });
    }
    // A session id of the right kind that is not one of the clerk's is simply not found.
    const unknown = await as('delete', '/api/auth/sessions/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect((await as('delete', '/api/auth/sessions/not-a-session')).status).toBe(404);
  });
});

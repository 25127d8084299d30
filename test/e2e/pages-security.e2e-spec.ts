import { DataSource } from 'typeorm';
import { AuthService } from '@wobdesk/accounts';
import { PASSWORD, type RegisterApi, startRegisterApi } from '../support/register-api.js';
import { rawQuery } from '../support/raw-sql.js';

// The pages' security over real HTTP: headers, cookies, CSRF, escaping, the public form's rules.

/** A page's CSRF token and the cookies that go with it, as a browser would send them back. */
async function formSession(api: RegisterApi, path: string, cookie = '') {
  const res = await api.http().get(path).set('cookie', cookie).expect(200);
  const token = /name="_csrf" value="([^"]+)"/.exec(res.text)?.[1];
  const set = ([] as string[]).concat(res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]);
  return { token: token!, cookie: [cookie, ...set].filter((c) => c !== '').join('; ') };
}

const REQUEST_FORM = {
  requesterName: 'A. de Boer',
  requesterEmail: 'a.deboer@example.nl',
  subject: '<script>alert("x")</script> Subsidies',
  item1: 'Alle subsidiebesluiten van 2025',
};

describe('pages: security (HTTP)', () => {
  let api: RegisterApi;
  let email: string;

  beforeAll(async () => {
    api = await startRegisterApi('2026-03-02', { REQUEST_FORM_RATE_LIMIT: '4' });
    const organisationId = await api.newOrganisation('Gemeente Voorbeeld');
    email = (await api.newUser(organisationId)).email;
  });

  afterAll(() => api.close());

  it('should send strict security headers and no inline script or style', async () => {
    const res = await api.http().get('/verzoek-indienen').expect(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'none'");
    expect(res.headers['content-security-policy']).toContain("style-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
    expect(res.text).toContain('class="utrecht-theme utrecht-body');
    const csrfCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).join('\n');
    expect(csrfCookie).toMatch(/wobdesk_csrf=[^;]+; Path=\/; HttpOnly; SameSite=Lax/);
    // The JSON API keeps its own headers: the pages' CSP is scoped to the pages.
    const health = await api.http().get('/api/health').expect(200);
    expect(health.headers['content-security-policy']).toBeUndefined();
  });

  it('should serve the NL Design System styles from its own origin', async () => {
    for (const file of ['utrecht-components.css', 'utrecht-theme.css', 'wobdesk.css']) {
      const res = await api.http().get(`/assets/${file}`).expect(200);
      expect(res.headers['content-type']).toBe('text/css; charset=utf-8');
      expect(res.text.length).toBeGreaterThan(500);
    }
    expect((await api.http().get('/assets/utrecht-theme.css')).text).toContain('.utrecht-theme');
    await api.http().get('/assets/../package.json').expect(404);
  });

  it('should refuse a form without a valid CSRF token, and store nothing', async () => {
    const refused = await api
      .http()
      .post('/verzoek-indienen')
      .type('form')
      .send(REQUEST_FORM)
      .expect(403);
    expect(refused.text).toContain('Formulier verlopen');
    const { cookie } = await formSession(api, '/verzoek-indienen');
    await api
      .http()
      .post('/verzoek-indienen')
      .set('cookie', cookie)
      .type('form')
      .send({ ...REQUEST_FORM, _csrf: 'forged' })
      .expect(403);
    const count = await rawQuery(api.app.get(DataSource), 'SELECT count(*) AS n FROM request');
    expect(Number(count[0].n)).toBe(0);
  });

  it('should register a public request as received today by the web form, by no user, text escaped', async () => {
    const { token, cookie } = await formSession(api, '/verzoek-indienen');
    const res = await api
      .http()
      .post('/verzoek-indienen')
      .set('cookie', cookie)
      .type('form')
      .send({ ...REQUEST_FORM, requesterKind: 'organisation', _csrf: token })
      .expect(303);
    // POST-redirect-GET: the token travels to the confirmation page in a cookie for that page only.
    expect(res.headers.location).toBe('/verzoek-ontvangen');
    const handOver = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('wobdesk_nieuw='))!;
    expect(handOver).toMatch(/Max-Age=900; Path=\/verzoek-ontvangen; HttpOnly; SameSite=Lax/);
    const confirmation = await api
      .http()
      .get('/verzoek-ontvangen')
      .set('cookie', handOver.split(';')[0]!)
      .expect(200);
    expect(confirmation.text).toContain('U ontvangt ook een ontvangstbevestiging');
    const link = /href="(\/status\/[A-Za-z0-9_-]{43})"/.exec(confirmation.text)?.[1];
    expect(link).toBeDefined();
    // Without the cookie (another browser, or later) there is nothing to show.
    const elsewhere = await api.http().get('/verzoek-ontvangen').expect(303);
    expect(elsewhere.headers.location).toBe('/verzoek-indienen');
    const [row] = await rawQuery(
      api.app.get(DataSource),
      'SELECT id, channel, received_on AS "receivedOn", subject, requester_kind AS "kind" FROM request',
    );
    expect(row).toMatchObject({
      kind: 'organisation',
      channel: 'web_form',
      receivedOn: '2026-03-02',
      subject: REQUEST_FORM.subject,
    });
    const events = await rawQuery(
      api.app.get(DataSource),
      'SELECT type, actor_id AS "actorId" FROM request_event WHERE request_id = ?',
      [row.id],
    );
    expect(events).toEqual([{ type: 'request_received', actorId: null }]);
    const status = await api.http().get(link!).expect(200);
    expect(status.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Subsidies');
    expect(status.text).not.toContain('<script>');
  });

  it('should rate-limit the public form per client', async () => {
    const { token, cookie } = await formSession(api, '/verzoek-indienen');
    const post = () =>
      api
        .http()
        .post('/verzoek-indienen')
        .set('cookie', cookie)
        .type('form')
        .send({ ...REQUEST_FORM, requesterName: '', _csrf: token });
    // REQUEST_FORM_RATE_LIMIT=4, three POSTs above (two refused for CSRF): one more, then refused.
    await post().expect(400);
    const refused = await post().expect(429);
    expect(refused.text).toContain('te vaak geprobeerd');
  });

  it('should send clerks to the login page and log them out for real', async () => {
    const anonymous = await api.http().get('/verzoeken?phase=received').expect(303);
    expect(anonymous.headers.location).toBe('/inloggen?terug=%2Fverzoeken%3Fphase%3Dreceived');
    const { token, cookie } = await formSession(api, '/inloggen');
    const login = await api
      .http()
      .post('/inloggen')
      .set('cookie', cookie)
      .type('form')
      .send({ email, password: PASSWORD, terug: '//evil.example/x', _csrf: token })
      .expect(303);
    expect(login.headers.location).toBe('/dashboard');
    const session = ([] as string[])
      .concat(login.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('wobdesk_session='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    const sessionToken = /^wobdesk_session=([^;]+)/.exec(session)![1];
    const cookies = `${cookie}; wobdesk_session=${sessionToken}`;
    await api.http().get('/dashboard').set('cookie', cookies).expect(200);
    const page = await formSession(api, '/dashboard', cookies);
    await api
      .http()
      .post('/uitloggen')
      .set('cookie', page.cookie)
      .type('form')
      .send({ _csrf: page.token })
      .expect(303);
    await expect(api.app.get(AuthService).authenticate(sessionToken)).resolves.toBeUndefined();
    await api.http().get('/dashboard').set('cookie', cookies).expect(303);
  });
});

describe('pages: configuration', () => {
  it('should mark cookies Secure when configured', async () => {
    const api = await startRegisterApi('2026-03-02', { COOKIE_SECURE: 'true' });
    try {
      const res = await api.http().get('/inloggen').expect(200);
      expect(([] as string[]).concat(res.headers['set-cookie'] ?? []).join('\n')).toMatch(
        /; Secure/,
      );
      expect(res.headers['strict-transport-security']).toBeDefined();
    } finally {
      await api.close();
    }
  });

  it('should close the public form when several organisations exist and none is configured', async () => {
    const api = await startRegisterApi('2026-03-02');
    try {
      await api.newOrganisation('Gemeente A');
      await api.newOrganisation('Gemeente B');
      const res = await api.http().get('/verzoek-indienen').expect(503);
      expect(res.text).toContain('Verzoek indienen kan nu niet');
    } finally {
      await api.close();
    }
  });

  it('should register for PUBLIC_ORGANISATION_ID when it is set', async () => {
    const api = await startRegisterApi('2026-03-02', {
      PUBLIC_ORGANISATION_ID: '00000000-0000-4000-8000-000000000000',
    });
    try {
      await api.newOrganisation('Gemeente A');
      // Configured but unknown: closed, rather than registering for the wrong body.
      await api.http().get('/verzoek-indienen').expect(503);
    } finally {
      await api.close();
    }
  });
});

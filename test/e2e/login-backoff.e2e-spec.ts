// Login backoff over HTTP: a hundred parallel bad logins for one account start only a few
// password checks, so a good login from another address stays quick (measured, not slept); the
// API and the login page share one per-IP count; wrong second-factor codes back off per account;
// and a clerk lists and ends their own sessions.
import { performance } from 'node:perf_hooks';
import { totpCode } from '@wobdesk/accounts';
import { PASSWORD, type RegisterApi, startRegisterApi } from '../support/register-api.js';
import { enrolSecondFactor } from '../support/second-factor.js';

/** The documented bound (docs/security.md): generous, as CI shares its cores. */
const GOOD_LOGIN_BOUND_MS = 5_000;

describe('login backoff and own sessions (e2e)', () => {
  let api: RegisterApi;
  let organisationId: string;

  beforeAll(async () => {
    // The per-IP limit off, so what holds the guesses back is the per-account backoff alone.
    api = await startRegisterApi('2026-12-03', { TRUST_PROXY: 'true', LOGIN_RATE_LIMIT: '0' });
    organisationId = await api.newOrganisation('Gemeente Inloggen');
  });

  afterAll(() => api.close());

  const loginFrom = (ip: string, email: string, password: string) =>
    api
      .http()
      .post('/api/auth/login')
      .set('x-forwarded-for', ip)
      .set('user-agent', 'Mozilla/5.0 (Windows NT 10.0) Firefox/128.0')
      .send({ email, password });

  it('keeps a good login from another IP quick while 100 bad ones run in parallel', async () => {
    const user = await api.newUser(organisationId, 'clerk');
    const bad = Array.from({ length: 100 }, (_, i) =>
      loginFrom('203.0.113.7', user.email, `geraden wachtwoord ${i}`),
    );
    const started = performance.now();
    const good = await loginFrom('198.51.100.2', user.email, PASSWORD);
    const goodMs = performance.now() - started;
    const answers = await Promise.all(bad);

    expect(good.status).toBe(200);
    expect(goodMs).toBeLessThan(GOOD_LOGIN_BOUND_MS);
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(95);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    const refused = answers.find((r) => r.status === 429)!;
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.body).toMatchObject({
      code: 'RATE_LIMITED',
      details: { reason: 'account_backoff' },
    });
    // The guesser's address still waits, even with the right password.
    const stillWaiting = await loginFrom('203.0.113.7', user.email, PASSWORD);
    expect(stillWaiting.status).toBe(429);
  });

  it('backs off an account guessed through the login page as through the API', async () => {
    const user = await api.newUser(organisationId, 'clerk');
    for (let i = 0; i < 5; i++) {
      await loginFrom('203.0.113.8', user.email, 'verkeerd wachtwoord').expect(401);
    }
    const form = await api.http().get('/inloggen').expect(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!;
    const cookies = ([] as string[])
      .concat(form.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0]);
    const page = await api
      .http()
      .post('/inloggen')
      .set('x-forwarded-for', '203.0.113.8')
      .set('cookie', cookies.join('; '))
      .type('form')
      .send(new URLSearchParams({ _csrf: csrf, email: user.email, password: PASSWORD }).toString());
    expect(page.status).toBe(429);
    expect(page.text).toContain('Er is te vaak een verkeerd wachtwoord gebruikt.');
  });

  it('backs off wrong second-factor codes per account, from any IP, on the page and the API', async () => {
    const user = await api.newUser(organisationId, 'clerk');
    const { secret } = await enrolSecondFactor(api.app, { ...user, userId: user.id });
    api.clock.advance(30);
    const right = () => totpCode(secret, api.clock.now());
    const wrong = () => String((Number(right()) + 1) % 1_000_000).padStart(6, '0');

    // The password is known; the code is guessed, a new IP for every guess.
    const guess = (i: number, code: string) =>
      api
        .http()
        .post('/api/auth/login')
        .set('x-forwarded-for', `192.0.2.${i}`)
        .send({ email: user.email, password: PASSWORD, code });
    for (let i = 1; i <= 5; i++) {
      expect((await guess(i, wrong())).body).toMatchObject({ code: 'AUTH.INVALID_SECOND_FACTOR' });
    }
    const held = await guess(6, right());
    expect(held.status).toBe(429);
    expect(held.body).toMatchObject({
      code: 'RATE_LIMITED',
      details: { reason: 'account_backoff' },
    });
    expect(Number(held.headers['retry-after'])).toBeGreaterThanOrEqual(1);

    // The code page of a session that passed the password waits just the same.
    const form = await api.http().get('/inloggen').expect(200);
    const cookies = () => ([] as string[]).concat(form.headers['set-cookie'] ?? []);
    const csrf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
    const posted = await api
      .http()
      .post('/inloggen')
      .set('x-forwarded-for', '192.0.2.7')
      .set(
        'cookie',
        cookies()
          .map((c) => c.split(';')[0])
          .join('; '),
      )
      .type('form')
      .send({ _csrf: csrf(form.text), email: user.email, password: PASSWORD })
      .expect(303);
    const session = ([] as string[])
      .concat(posted.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0])
      .find((c) => c!.startsWith('wobdesk_session='))!;
    const cookie = [...cookies().map((c) => c.split(';')[0]), session].join('; ');
    const page = await api.http().get('/inloggen/code').set('cookie', cookie).expect(200);
    const refused = await api
      .http()
      .post('/inloggen/code')
      .set('x-forwarded-for', '192.0.2.8')
      .set('cookie', cookie)
      .type('form')
      .send({ _csrf: csrf(page.text), code: right() });
    expect(refused.status).toBe(429);
    expect(refused.text).toContain('Er is te vaak een verkeerde code gebruikt.');

    // After the wait the right code is taken.
    api.clock.advance(Number(held.headers['retry-after']) + 30);
    await guess(9, right()).expect(200);
  });

  it('lets a clerk list their sessions, end one, and end all others', async () => {
    const user = await api.newUser(organisationId, 'clerk');
    const second = (await loginFrom('198.51.100.3', user.email, PASSWORD).expect(200)).body;
    const third = (await loginFrom('198.51.100.4', user.email, PASSWORD).expect(200)).body;
    const as = (token: string) => ({ authorization: `Bearer ${token}` });

    const listed = await api.http().get('/api/auth/sessions').set(as(second.token)).expect(200);
    expect(listed.body).toHaveLength(3);
    const mine = listed.body.find((s: { current: boolean }) => s.current);
    expect(mine).toMatchObject({
      ip: '198.51.100.3',
      userAgent: expect.stringContaining('Firefox'),
    });
    expect(JSON.stringify(listed.body)).not.toContain(second.token);

    const thirdId = listed.body.find((s: { ip: string }) => s.ip === '198.51.100.4').id;
    await api.http().delete(`/api/auth/sessions/${thirdId}`).set(as(second.token)).expect(204);
    await api.http().get('/api/auth/me').set(as(third.token)).expect(401);
    const again = await api.http().delete(`/api/auth/sessions/${thirdId}`).set(as(second.token));
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({ code: 'SESSION.NOT_FOUND' });

    const ended = await api
      .http()
      .post('/api/auth/sessions/end-others')
      .set(as(second.token))
      .expect(200);
    expect(ended.body).toEqual({ ended: 1 });
    await api.http().get('/api/auth/me').set({ authorization: user.auth }).expect(401);
    await api.http().get('/api/auth/me').set(as(second.token)).expect(200);
    await api.http().get('/api/auth/sessions').expect(401);
  });
});

describe('the per-IP login limit (e2e)', () => {
  let api: RegisterApi;

  beforeAll(async () => {
    api = await startRegisterApi('2026-12-03', { LOGIN_RATE_LIMIT: '3' });
  });

  afterAll(() => api.close());

  it('counts the API and the login page together', async () => {
    const wrong = { email: 'niemand@example.nl', password: 'verkeerd wachtwoord' };
    await api.http().post('/api/auth/login').send(wrong).expect(401);
    await api.http().post('/api/auth/login').send(wrong).expect(401);
    const form = await api.http().get('/inloggen').expect(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!;
    const cookies = ([] as string[])
      .concat(form.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0]);
    const post = () =>
      api
        .http()
        .post('/inloggen')
        .set('cookie', cookies.join('; '))
        .type('form')
        .send(new URLSearchParams({ _csrf: csrf, ...wrong }).toString());
    expect((await post()).status).toBe(401);
    expect((await post()).status).toBe(429);
    const api429 = await api.http().post('/api/auth/login').send(wrong);
    expect(api429.status).toBe(429);
    expect(api429.body).toMatchObject({ code: 'RATE_LIMITED', details: { limitPerMinute: 3 } });
  });
});

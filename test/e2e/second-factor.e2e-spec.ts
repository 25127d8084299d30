import { AuthService, totpCode } from '@wobdesk/accounts';
import { DataSource } from 'typeorm';
import {
  PASSWORD,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { rawQuery } from '../support/raw-sql.js';

/** GETs a page with `cookie`; returns its CSRF token and the cookies to send back. */
async function formSession(api: RegisterApi, path: string, cookie = '') {
  const res = await api.http().get(path).set('cookie', cookie).expect(200);
  const token = /name="_csrf" value="([^"]+)"/.exec(res.text)?.[1];
  const set = ([] as string[]).concat(res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]);
  return {
    token: token!,
    cookie: [cookie, ...set].filter((c) => c !== '').join('; '),
    html: res.text,
  };
}

function sessionCookieOf(res: { headers: Record<string, unknown> }): string {
  const set = ([] as string[]).concat((res.headers['set-cookie'] as string[]) ?? []);
  return set.map((c) => c.split(';')[0]).find((c) => c.startsWith('wobdesk_session='))!;
}

describe('second factor over HTTP (API and pages)', () => {
  let api: RegisterApi;
  let organisationId: string;
  let coordinator: TestUser;

  beforeAll(async () => {
    api = await startRegisterApi('2026-03-02');
    // A fixed instant, moved step by step, so which 30-second step a code is for is certain.
    api.clock.instant = new Date('2026-03-02T09:00:05Z');
    organisationId = await api.newOrganisation('Gemeente Tweestap');
    coordinator = await api.newUser(organisationId, 'coordinator');
  });

  afterAll(() => api.close());

  const login = (email: string, extra: Record<string, string> = {}) =>
    api
      .http()
      .post('/api/auth/login')
      .send({ email, password: PASSWORD, ...extra });

  it('lets a clerk enrol by the API, then asks the code, refuses a replay and a used recovery code', async () => {
    const clerk = await api.newUser(organisationId);
    const status = await api.http().get('/api/auth/second-factor').set('authorization', clerk.auth);
    expect(status.body).toEqual({ enrolled: false, required: false, recoveryCodesLeft: 0 });

    const started = await api
      .http()
      .post('/api/auth/second-factor/enrolment')
      .set('authorization', clerk.auth)
      .expect(200);
    const secret = started.body.secret as string;
    expect(started.body.uri).toContain(`secret=${secret}`);
    await api
      .http()
      .post('/api/auth/second-factor/enrolment/confirm')
      .set('authorization', clerk.auth)
      .send({ code: '000000' === totpCode(secret, api.clock.now()) ? '111111' : '000000' })
      .expect(401);
    const confirmed = await api
      .http()
      .post('/api/auth/second-factor/enrolment/confirm')
      .set('authorization', clerk.auth)
      .send({ code: totpCode(secret, api.clock.now()) })
      .expect(200);
    const recoveryCodes = confirmed.body.recoveryCodes as string[];
    expect(recoveryCodes).toHaveLength(10);

    const without = await login(clerk.email).expect(401);
    expect(without.body.code).toBe('AUTH.SECOND_FACTOR_REQUIRED');
    // The enrolment's own code was used: the same step cannot log in.
    const replayOfEnrolment = await login(clerk.email, { code: totpCode(secret, api.clock.now()) });
    expect(replayOfEnrolment.status).toBe(401);
    expect(replayOfEnrolment.body.code).toBe('AUTH.INVALID_SECOND_FACTOR');

    api.clock.advance(30);
    const code = totpCode(secret, api.clock.now());
    const ok = await login(clerk.email, { code }).expect(200);
    await api
      .http()
      .get('/api/auth/me')
      .set('authorization', `Bearer ${ok.body.token}`)
      .expect(200);
    const replay = await login(clerk.email, { code }).expect(401);
    expect(replay.body.code).toBe('AUTH.INVALID_SECOND_FACTOR');
    // A wrong password with the right next code is still a wrong password.
    api.clock.advance(30);
    await api
      .http()
      .post('/api/auth/login')
      .send({
        email: clerk.email,
        password: 'wrong password!',
        code: totpCode(secret, api.clock.now()),
      })
      .expect(401);

    await login(clerk.email, { code: recoveryCodes[0].toLowerCase() }).expect(200);
    const again = await login(clerk.email, { code: recoveryCodes[0] }).expect(401);
    expect(again.body.code).toBe('AUTH.INVALID_SECOND_FACTOR');

    const renewed = await api
      .http()
      .post('/api/auth/second-factor/recovery-codes')
      .set('authorization', clerk.auth)
      .expect(200);
    await login(clerk.email, { code: recoveryCodes[1] }).expect(401);
    await login(clerk.email, { code: renewed.body.recoveryCodes[0] }).expect(200);
    const after = await api.http().get('/api/auth/second-factor').set('authorization', clerk.auth);
    expect(after.body).toEqual({ enrolled: true, required: false, recoveryCodesLeft: 9 });

    // The enrolment and the new codes are in the organisation's log of changes, by the clerk,
    // without the secret or a code.
    const rows: { changed_by: string; changes: string }[] = await rawQuery(
      api.app.get(DataSource),
      'SELECT "changed_by", "changes" FROM "organisation_settings_changed" WHERE "organisation_id" = ? AND "changes" LIKE ?',
      [organisationId, `%user.${clerk.id}.%`],
    );
    expect(rows.map((row) => [row.changed_by, JSON.parse(row.changes)])).toEqual(
      expect.arrayContaining([
        [clerk.id, { [`user.${clerk.id}.secondFactor`]: { from: 'none', to: 'enrolled' } }],
        [clerk.id, { [`user.${clerk.id}.recoveryCodes`]: { from: 9, to: 10 } }],
      ]),
    );
    const logged = rows.map((row) => row.changes).join('');
    expect(logged).not.toContain(secret);
    expect(recoveryCodes.some((c) => logged.includes(c))).toBe(false);
  });

  it('gives one secret to enrolments started at the same time', async () => {
    // Several users, so that on PostgreSQL two transactions do meet between the read and the
    // insert (one user's six rarely do).
    const clerks = await Promise.all(Array.from({ length: 8 }, () => api.newUser(organisationId)));
    const started = await Promise.all(
      clerks.map((clerk) =>
        Promise.all(
          Array.from({ length: 6 }, () =>
            api.http().post('/api/auth/second-factor/enrolment').set('authorization', clerk.auth),
          ),
        ),
      ),
    );
    for (const answers of started) {
      expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
      expect(new Set(answers.map((r) => (r.body as { secret: string }).secret)).size).toBe(1);
    }
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const tooLong = await login(coordinator.email, { code: '1'.repeat(65) }).expect(400);
    expect(JSON.stringify(tooLong.body)).toContain('code');
    const policy = await api
      .http()
      .put('/api/organisation/second-factor')
      .set('authorization', coordinator.auth)
      .send({ requiredForClerks: 'ja' })
      .expect(400);
    expect(JSON.stringify(policy.body)).toContain('requiredForClerks');
  });

  it('sends a coordinator without a second factor to enrolment, and nowhere else, until done', async () => {
    const email = 'nieuwe.coordinator@example.nl';
    await api.app.get(AuthService).createUser({
      organisationId,
      email,
      name: 'N. Coördinator',
      role: 'coordinator',
      password: PASSWORD,
    });
    const refused = await login(email).expect(403);
    expect(refused.body.code).toBe('AUTH.SECOND_FACTOR_ENROLMENT_REQUIRED');

    const form = await formSession(api, '/inloggen');
    const posted = await api
      .http()
      .post('/inloggen')
      .set('cookie', form.cookie)
      .type('form')
      .send({ _csrf: form.token, email, password: PASSWORD, terug: '/instellingen' })
      .expect(303);
    expect(posted.headers.location).toBe('/inloggen/tweestapsverificatie?terug=%2Finstellingen');
    const cookie = `${form.cookie}; ${sessionCookieOf(posted)}`;
    const token = sessionCookieOf(posted).split('=')[1];

    const elsewhere = await api.http().get('/dashboard').set('cookie', cookie).expect(303);
    expect(elsewhere.headers.location).toMatch(/^\/inloggen/);
    await api.http().get('/api/auth/me').set('authorization', `Bearer ${token}`).expect(401);

    const page = await formSession(
      api,
      '/inloggen/tweestapsverificatie?terug=%2Finstellingen',
      cookie,
    );
    const secret = /id="tweestaps-sleutel">([A-Z2-7 ]+)</.exec(page.html)![1].replace(/ /g, '');
    expect(page.html).toContain('src="data:image/svg+xml;base64,');
    const confirmed = await api
      .http()
      .post('/inloggen/tweestapsverificatie')
      .set('cookie', page.cookie)
      .type('form')
      .send({ _csrf: page.token, code: totpCode(secret, api.clock.now()), terug: '/instellingen' })
      .expect(200);
    expect(confirmed.text.match(/<code>[A-Z2-7]{5}-[A-Z2-7]{5}<\/code>/g)).toHaveLength(10);
    await api.http().get('/instellingen').set('cookie', cookie).expect(200);
    await api.http().get('/api/auth/me').set('authorization', `Bearer ${token}`).expect(200);
  });

  it('asks the code on the pages after the password, and a wrong code keeps the session waiting', async () => {
    const clerk = await api.newUser(organisationId);
    const { secret } = (
      await api
        .http()
        .post('/api/auth/second-factor/enrolment')
        .set('authorization', clerk.auth)
        .expect(200)
    ).body as { secret: string };
    await api
      .http()
      .post('/api/auth/second-factor/enrolment/confirm')
      .set('authorization', clerk.auth)
      .send({ code: totpCode(secret, api.clock.now()) })
      .expect(200);
    api.clock.advance(30);

    const form = await formSession(api, '/inloggen');
    const posted = await api
      .http()
      .post('/inloggen')
      .set('cookie', form.cookie)
      .type('form')
      .send({ _csrf: form.token, email: clerk.email, password: PASSWORD })
      .expect(303);
    expect(posted.headers.location).toBe('/inloggen/code?terug=%2Fdashboard');
    const cookie = `${form.cookie}; ${sessionCookieOf(posted)}`;
    await api.http().get('/dashboard').set('cookie', cookie).expect(303);

    const page = await formSession(api, '/inloggen/code', cookie);
    const right = totpCode(secret, api.clock.now());
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    const refused = await api
      .http()
      .post('/inloggen/code')
      .set('cookie', page.cookie)
      .type('form')
      .send({ _csrf: page.token, code: wrong })
      .expect(401);
    expect(refused.text).toContain('Deze code klopt niet');
    const again = await formSession(api, '/inloggen/code', cookie);
    const done = await api
      .http()
      .post('/inloggen/code')
      .set('cookie', again.cookie)
      .type('form')
      .send({ _csrf: again.token, code: right, terug: '/dashboard' })
      .expect(303);
    expect(done.headers.location).toBe('/dashboard');
    await api.http().get('/dashboard').set('cookie', cookie).expect(200);
  });

  it("lets a coordinator require it of clerks and reset a user's second factor, both recorded", async () => {
    const clerk = await api.newUser(organisationId);
    await api
      .http()
      .put('/api/organisation/second-factor')
      .set('authorization', clerk.auth)
      .send({ requiredForClerks: true })
      .expect(403);
    await api
      .http()
      .put('/api/organisation/second-factor')
      .set('authorization', coordinator.auth)
      .send({ requiredForClerks: true })
      .expect(204);
    const policy = await api
      .http()
      .get('/api/organisation/second-factor')
      .set('authorization', coordinator.auth)
      .expect(200);
    expect(policy.body).toEqual({ requiredForClerks: true });
    const refused = await login(clerk.email).expect(403);
    expect(refused.body.code).toBe('AUTH.SECOND_FACTOR_ENROLMENT_REQUIRED');
    // The clerk's session from before still works; a reset ends it.
    await api.http().get('/api/auth/me').set('authorization', clerk.auth).expect(200);
    await api
      .http()
      .delete(`/api/users/${clerk.id}/second-factor`)
      .set('authorization', coordinator.auth)
      .expect(204);
    await api.http().get('/api/auth/me').set('authorization', clerk.auth).expect(401);
    await api
      .http()
      .delete('/api/users/00000000-0000-4000-8000-000000000000/second-factor')
      .set('authorization', coordinator.auth)
      .expect(404);

    const rows: { changed_by: string; changes: string }[] = await rawQuery(
      api.app.get(DataSource),
      'SELECT "changed_by", "changes" FROM "organisation_settings_changed" WHERE "organisation_id" = ? ORDER BY "changed_at"',
      [organisationId],
    );
    const changes = rows.map((row) => [row.changed_by, JSON.parse(row.changes)]);
    expect(changes).toEqual(
      expect.arrayContaining([
        [coordinator.id, { secondFactorForClerks: { from: false, to: true } }],
        [coordinator.id, { [`user.${clerk.id}.secondFactor`]: { from: 'none', to: 'reset' } }],
      ]),
    );
  });
});

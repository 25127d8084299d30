import { randomUUID } from 'node:crypto';
import { AuthService } from '@wobdesk/accounts';
import { OrganisationRepository } from '@wobdesk/persistence';
import { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../support/api-app.js';
import { startTestIdentityProvider, type TestIdentityProvider } from '../support/oidc-provider.js';
import { CookieJar, locationOf, send, signInAtProvider } from '../support/sso-dance.js';
import { insertTestOrganisation } from '../support/test-organisation.js';
import { rawQuery } from '../support/raw-sql.js';

// Single sign-on over real HTTP against a real OpenID provider (oidc-provider on 127.0.0.1):
// the whole redirect dance with a cookie jar, and each way a login must be refused.
describe('single sign-on with OpenID Connect (e2e)', () => {
  const organisationId = randomUUID();
  /** A second organisation at the same provider that demands a second factor. */
  const strictOrganisationId = randomUUID();
  let idp: TestIdentityProvider;
  let api: TestApi;
  let wobdesk: string;
  let users: AuthService;

  beforeAll(async () => {
    idp = await startTestIdentityProvider();
    api = await startTestApi({
      env: {
        LOGIN_RATE_LIMIT: '0',
        SSO_PROVIDERS: JSON.stringify([
          {
            organisationId,
            issuer: idp.issuer,
            clientId: idp.clientId,
            clientSecret: idp.clientSecret,
            roleClaim: 'groups',
            clerkValues: ['woo-behandelaar'],
            coordinatorValues: ['woo-coordinator'],
          },
          {
            organisationId: strictOrganisationId,
            issuer: idp.issuer,
            clientId: idp.clientId,
            clientSecret: idp.clientSecret,
            clerkValues: ['woo-behandelaar'],
            requireMfa: true,
          },
        ]),
      },
    });
    wobdesk = (await api.app.getUrl()).replace('[::1]', '127.0.0.1');
    await insertTestOrganisation(
      api.app.get(OrganisationRepository),
      'Gemeente Eenlogin',
      'WOO-',
      organisationId,
    );
    await insertTestOrganisation(
      api.app.get(OrganisationRepository),
      'Provincie Tweestaps',
      'WOO-',
      strictOrganisationId,
    );
    users = api.app.get(AuthService);
    idp.start(`${wobdesk}/inloggen/sso/terug`);
  });

  afterAll(async () => {
    await api?.close();
    await idp?.close();
  });

  afterEach(() => idp.tamper(undefined));

  async function invite(email: string, role: 'clerk' | 'coordinator', name = 'B. Ehandelaar') {
    return users.createUser({
      organisationId,
      email,
      name,
      role,
      password: 'een lang wachtwoord 42',
    });
  }

  async function callback(jar: CookieJar, url: URL) {
    const response = await send(jar, url);
    return { response, text: await response.text() };
  }

  it('offers "Inloggen met <organisation>" beside the local form', async () => {
    const response = await fetch(`${wobdesk}/inloggen`);
    const html = await response.text();
    expect(html).toContain(`href="/inloggen/sso/${organisationId}"`);
    expect(html).toContain('Inloggen met Gemeente Eenlogin');
    expect(html).toContain('name="password"');
  });

  it('logs in an invited clerk, links their subject, and finds them by it the next time', async () => {
    const id = await invite('clerk@eenlogin.example.nl', 'clerk');
    idp.addAccount({
      sub: 'sub-clerk',
      email: 'clerk@eenlogin.example.nl',
      name: 'B. Ehandelaar',
      groups: ['alle-medewerkers', 'woo-behandelaar'],
    });
    const jar = new CookieJar();
    const url = await signInAtProvider(jar, wobdesk, organisationId, 'sub-clerk', '/verzoeken');
    const { response } = await callback(jar, url);
    expect(response.status).toBe(303);
    expect(locationOf(response, wobdesk).pathname).toBe('/verzoeken');
    const dashboard = await send(jar, `${wobdesk}/dashboard`);
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toContain('B. Ehandelaar');

    const [row] = (await rawQuery(
      api.app.get(DataSource),
      `SELECT "oidc_subject", "oidc_issuer", "role" FROM "user_account" WHERE "id" = ?`,
      [id],
    )) as { oidc_subject: string; oidc_issuer: string; role: string }[];
    expect(row).toEqual({ oidc_subject: 'sub-clerk', oidc_issuer: idp.issuer, role: 'clerk' });

    // The provider's address changes; the subject still finds the same user.
    idp.addAccount({
      sub: 'sub-clerk',
      email: 'b.ehandelaar@nieuw.example.nl',
      name: 'B. Ehandelaar',
      groups: ['woo-behandelaar'],
    });
    const again = new CookieJar();
    const second = await callback(
      again,
      await signInAtProvider(again, wobdesk, organisationId, 'sub-clerk'),
    );
    expect(second.response.status).toBe(303);
    expect(locationOf(second.response, wobdesk).pathname).toBe('/dashboard');
  });

  it('makes a coordinator of a user whose claims say so, and records the change', async () => {
    const id = await invite('coordinator@eenlogin.example.nl', 'clerk', 'K. Oordinator');
    idp.addAccount({
      sub: 'sub-coordinator',
      email: 'coordinator@eenlogin.example.nl',
      name: 'K. Oordinator',
      groups: ['woo-behandelaar', 'woo-coordinator'],
    });
    const jar = new CookieJar();
    const { response } = await callback(
      jar,
      await signInAtProvider(jar, wobdesk, organisationId, 'sub-coordinator'),
    );
    expect(response.status).toBe(303);
    // A coordinator's page answers.
    const settings = await send(jar, `${wobdesk}/instellingen/gebruikers`);
    expect(settings.status).toBe(200);
    const changes = (await rawQuery(
      api.app.get(DataSource),
      `SELECT "changes", "changed_by" FROM "organisation_settings_changed" WHERE "organisation_id" = ?`,
      [organisationId],
    )) as { changes: string; changed_by: string }[];
    const roleChange = changes.find((c) => c.changes.includes(`user.${id}.role`));
    expect(roleChange?.changed_by).toBe(id);
    expect(JSON.parse(roleChange!.changes)[`user.${id}.role`]).toEqual({
      from: 'clerk',
      to: 'coordinator',
    });
  });

  it('refuses a login without the role claim, with a plain Dutch page', async () => {
    await invite('zonderrol@eenlogin.example.nl', 'clerk');
    idp.addAccount({ sub: 'sub-norole', email: 'zonderrol@eenlogin.example.nl', name: 'Z. Onder' });
    const jar = new CookieJar();
    const { response, text } = await callback(
      jar,
      await signInAtProvider(jar, wobdesk, organisationId, 'sub-norole'),
    );
    expect(response.status).toBe(403);
    expect(text).toContain('U heeft geen toegang tot Wobdesk');
    expect(jar.value(new URL(wobdesk).host, 'wobdesk_session')).toBeUndefined();
  });

  it('refuses someone nobody invited, and a deactivated user', async () => {
    idp.addAccount({
      sub: 'sub-stranger',
      email: 'vreemde@eenlogin.example.nl',
      name: 'V. Reemde',
      groups: ['woo-behandelaar'],
    });
    const jar = new CookieJar();
    const stranger = await callback(
      jar,
      await signInAtProvider(jar, wobdesk, organisationId, 'sub-stranger'),
    );
    expect(stranger.response.status).toBe(403);
    expect(stranger.text).toContain('U heeft nog geen account in Wobdesk');

    const id = await invite('uit@eenlogin.example.nl', 'clerk');
    await rawQuery(
      api.app.get(DataSource),
      `UPDATE "user_account" SET "active" = ? WHERE "id" = ?`,
      [false, id],
    );
    idp.addAccount({
      sub: 'sub-off',
      email: 'uit@eenlogin.example.nl',
      name: 'U. It',
      groups: ['woo-behandelaar'],
    });
    const offJar = new CookieJar();
    const off = await callback(
      offJar,
      await signInAtProvider(offJar, wobdesk, organisationId, 'sub-off'),
    );
    expect(off.response.status).toBe(403);
    expect(off.text).toContain('Uw account staat uit');
    expect(offJar.value(new URL(wobdesk).host, 'wobdesk_session')).toBeUndefined();
  });

  it('refuses an unverified e-mail address as the link to an invited user', async () => {
    await invite('onbevestigd@eenlogin.example.nl', 'clerk');
    idp.addAccount({
      sub: 'sub-unverified',
      email: 'onbevestigd@eenlogin.example.nl',
      emailVerified: false,
      name: 'O. Nbevestigd',
      groups: ['woo-behandelaar'],
    });
    const jar = new CookieJar();
    const { response } = await callback(
      jar,
      await signInAtProvider(jar, wobdesk, organisationId, 'sub-unverified'),
    );
    expect(response.status).toBe(403);
  });

  describe('refuses what does not check out', () => {
    beforeAll(() => {
      idp.addAccount({
        sub: 'sub-checked',
        email: 'gecontroleerd@eenlogin.example.nl',
        name: 'G. Econtroleerd',
        groups: ['woo-behandelaar'],
      });
      return invite('gecontroleerd@eenlogin.example.nl', 'clerk');
    });

    async function expectFailed(jar: CookieJar, url: URL) {
      const { response, text } = await callback(jar, url);
      expect(response.status).toBe(400);
      expect(text).toContain('Inloggen is niet gelukt');
      expect(jar.value(new URL(wobdesk).host, 'wobdesk_session')).toBeUndefined();
    }

    it('a tampered state', async () => {
      const jar = new CookieJar();
      const url = await signInAtProvider(jar, wobdesk, organisationId, 'sub-checked');
      url.searchParams.set('state', `${url.searchParams.get('state')}x`);
      await expectFailed(jar, url);
    });

    it('a callback without the pending login (another browser), or one replayed', async () => {
      const jar = new CookieJar();
      const url = await signInAtProvider(jar, wobdesk, organisationId, 'sub-checked');
      await expectFailed(new CookieJar(), url);
      const host = new URL(wobdesk).host;
      const pending = jar.value(host, 'wobdesk_sso')!;
      const { response } = await callback(jar, url);
      expect(response.status).toBe(303);
      // The same code and pending login once more: the provider no longer accepts the code.
      const replay = new CookieJar();
      replay.set(host, 'wobdesk_sso', pending);
      await expectFailed(replay, url);
    });

    it.each(['wrong_audience', 'expired', 'foreign_signature'] as const)(
      'an ID token with %s',
      async (how) => {
        const jar = new CookieJar();
        const url = await signInAtProvider(jar, wobdesk, organisationId, 'sub-checked');
        idp.tamper(how);
        await expectFailed(jar, url);
      },
    );

    it('and the honest provider still logs the same user in (the refusals were the token)', async () => {
      const jar = new CookieJar();
      const { response } = await callback(
        jar,
        await signInAtProvider(jar, wobdesk, organisationId, 'sub-checked'),
      );
      expect(response.status).toBe(303);
      expect(jar.value(new URL(wobdesk).host, 'wobdesk_session')).toBeDefined();
    });
  });

  it('refuses a login without a second factor where the organisation requires one', async () => {
    for (const [sub, amr] of [
      ['sub-password-only', ['pwd']],
      ['sub-two-steps', ['pwd', 'otp']],
    ] as const) {
      await users.createUser({
        organisationId: strictOrganisationId,
        email: `${sub}@tweestaps.example.nl`,
        name: 'T. Weestaps',
        role: 'clerk',
        password: 'een lang wachtwoord 42',
      });
      idp.addAccount({
        sub,
        email: `${sub}@tweestaps.example.nl`,
        name: 'T. Weestaps',
        groups: ['woo-behandelaar'],
        amr,
      });
    }
    const jar = new CookieJar();
    const refused = await callback(
      jar,
      await signInAtProvider(jar, wobdesk, strictOrganisationId, 'sub-password-only'),
    );
    expect(refused.response.status).toBe(403);
    expect(refused.text).toContain('Log in met een tweede stap');
    const twoSteps = new CookieJar();
    const accepted = await callback(
      twoSteps,
      await signInAtProvider(twoSteps, wobdesk, strictOrganisationId, 'sub-two-steps'),
    );
    expect(accepted.response.status).toBe(303);
  });

  it('does not let a provider log in a user of another organisation', async () => {
    // Known by this subject through the second organisation; the first one's login must not reach them.
    const jar = new CookieJar();
    const { response, text } = await callback(
      jar,
      await signInAtProvider(jar, wobdesk, organisationId, 'sub-two-steps'),
    );
    expect(text.match(/<h1[^>]*>([^<]*)/)?.[1]).toBe('U heeft nog geen account in Wobdesk');
    expect(response.status).toBe(403);
  });

  it('answers 404 for an organisation without a provider', async () => {
    const response = await fetch(`${wobdesk}/inloggen/sso/${randomUUID()}`, { redirect: 'manual' });
    expect(response.status).toBe(404);
  });
});

describe('single sign-on only: LOCAL_LOGIN=false (e2e)', () => {
  const organisationId = randomUUID();
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({
      env: {
        LOGIN_RATE_LIMIT: '0',
        LOCAL_LOGIN: 'false',
        // The provider is only read when someone leaves for it; none does here.
        SSO_PROVIDERS: JSON.stringify([
          {
            organisationId,
            issuer: 'http://127.0.0.1:9',
            clientId: 'wobdesk',
            clientSecret: 'niet-gebruikt',
            clerkValues: ['woo-behandelaar'],
          },
        ]),
      },
    });
    await insertTestOrganisation(
      api.app.get(OrganisationRepository),
      'Waterschap Alleenlogin',
      'WOO-',
      organisationId,
    );
    await api.app.get(AuthService).createUser({
      organisationId,
      email: 'lokaal@alleenlogin.example.nl',
      name: 'L. Okaal',
      role: 'clerk',
      password: 'een lang wachtwoord 42',
    });
  });

  afterAll(() => api?.close());

  it('shows only the organisation login and refuses a right password on the API', async () => {
    const page = await api.http().get('/inloggen');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Inloggen met Waterschap Alleenlogin');
    expect(page.text).not.toContain('name="password"');
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: 'lokaal@alleenlogin.example.nl', password: 'een lang wachtwoord 42' });
    expect(login.status).toBe(401);
    expect(login.body).toMatchObject({ code: 'AUTH.LOCAL_LOGIN_DISABLED' });
  });
});

// The branding of the requester's pages over HTTP: a coordinator sets the primary colour (refused
// below WCAG AA contrast on white, naming the field and rule, nothing stored), a privacy
// statement and a PNG logo (refused when it is not a PNG by its bytes, or too large); each change
// recorded; the logo and the colour's stylesheet served from fixed routes with their type,
// nosniff and cache headers; the request form shows all three.
import { createHash } from 'node:crypto';
import { postPageForm } from '../support/page-forms.js';
import { solidPng } from '../support/png-files.js';
import { type RegisterApi, startRegisterApi, type TestUser } from '../support/register-api.js';
import { settingsChanges } from '../support/settings-changes.js';

describe('Branding of the requester pages (e2e)', () => {
  let api: RegisterApi;
  let coordinator: TestUser;
  let clerk: TestUser;

  beforeAll(async () => {
    api = await startRegisterApi('2026-03-02');
    const organisation = await api.newOrganisation('Gemeente Kleurrijk');
    coordinator = await api.newUser(organisation, 'coordinator');
    clerk = await api.newUser(organisation, 'clerk');
  });

  afterAll(() => api.close());

  const put = (user: TestUser, body: object) =>
    api.http().put('/api/organisation/branding').set('authorization', user.auth).send(body);
  const upload = (data: Buffer, name: string) =>
    api
      .http()
      .put('/api/organisation/branding/logo')
      .set('authorization', coordinator.auth)
      .attach('file', data, name);
  const changes = () => settingsChanges(api.app, coordinator.organisationId);

  it('refuses a colour below 4.5:1 on white and a malformed one, storing nothing', async () => {
    const light = await put(coordinator, { primaryColour: '#ffcc00' }).expect(400);
    expect(light.body.errors).toEqual([
      expect.objectContaining({ field: 'primaryColour', rule: 'wcagAaContrast' }),
    ]);
    expect(light.body.errors[0].message).toContain('4.5:1 against white');
    const malformed = await put(coordinator, { primaryColour: 'blue' }).expect(400);
    expect(malformed.body.errors).toEqual([
      expect.objectContaining({ field: 'primaryColour', rule: 'matches' }),
    ]);
    const url = await put(coordinator, { privacyStatement: 'http://voorbeeld.nl/privacy' }).expect(
      400,
    );
    expect(url.body.errors).toEqual([
      expect.objectContaining({ field: 'privacyStatement', rule: 'matches' }),
    ]);
    await put(clerk, { primaryColour: '#154273' }).expect(403);
    const current = await api
      .http()
      .get('/api/organisation/branding')
      .set('authorization', coordinator.auth)
      .expect(200);
    expect(current.body).toEqual({ primaryColour: null, privacyStatement: null, logo: null });
    expect(await changes()).toEqual([]);
  });

  it('sets the colour and statement, recorded, and brands the form with them', async () => {
    const saved = await put(coordinator, {
      primaryColour: '#154273',
      privacyStatement: 'Wij gebruiken uw gegevens alleen voor uw verzoek.\n\nVragen? Mail de FG.',
    }).expect(200);
    expect(saved.body).toMatchObject({ primaryColour: '#154273', logo: null });
    expect(await changes()).toEqual([
      {
        brandColour: { from: null, to: '#154273' },
        privacyStatement: {
          from: null,
          to: 'Wij gebruiken uw gegevens alleen voor uw verzoek.\n\nVragen? Mail de FG.',
        },
      },
    ]);

    const form = await api.http().get('/verzoek-indienen').expect(200);
    // Handlebars escapes the '=' of an attribute value; the browser reads it back as '='.
    expect(form.text).toContain(
      '<link rel="stylesheet" href="/huisstijl/kleuren.css?v&#x3D;154273">',
    );
    expect(form.text).toContain(
      '<p class="utrecht-paragraph">Wij gebruiken uw gegevens alleen voor uw verzoek.</p>',
    );
    expect(form.text).toContain('<p class="utrecht-paragraph">Vragen? Mail de FG.</p>');
    expect(form.text).not.toContain('AVG (artikel 6, lid 1, onder c en e)');
    expect(form.text).not.toContain('style=');

    const css = await api.http().get('/huisstijl/kleuren.css?v=154273').expect(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['x-content-type-options']).toBe('nosniff');
    expect(css.headers['cache-control']).toBe('public, max-age=300');
    expect(css.text).toContain('--utrecht-button-primary-action-background-color: #154273;');
    expect(css.text).toContain('--utrecht-link-color: #154273;');
    expect(css.text).toContain('--wobdesk-brand-color: #154273;');

    // A clerk's pages keep the software's own look.
    const dashboard = await api
      .http()
      .get('/dashboard')
      .set('cookie', `wobdesk_session=${clerk.token}`)
      .expect(200);
    expect(dashboard.text).not.toContain('/huisstijl/kleuren.css');
  });

  it('links a privacy statement that is an address', async () => {
    await put(coordinator, {
      primaryColour: '#154273',
      privacyStatement: 'https://www.kleurrijk.nl/privacy',
    }).expect(200);
    const form = await api.http().get('/verzoek-indienen').expect(200);
    expect(form.text).toContain(
      '<a class="utrecht-link" href="https://www.kleurrijk.nl/privacy">privacyverklaring van Gemeente Kleurrijk</a>',
    );
  });

  it('takes a PNG logo only, checked by its bytes and size, and serves it with its headers', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    const refusedSvg = await upload(svg, 'logo.png').expect(400);
    expect(refusedSvg.body.errors).toEqual([
      expect.objectContaining({ field: 'file', rule: 'png' }),
    ]);
    const big = Buffer.concat([solidPng(4, 4), Buffer.alloc(200 * 1024)]);
    const refusedBig = await upload(big, 'logo.png').expect(400);
    expect(refusedBig.body.errors).toEqual([
      expect.objectContaining({ field: 'file', rule: 'maxSize' }),
    ]);
    await api.http().get('/huisstijl/logo.png').expect(404);

    const png = solidPng(240, 60);
    const saved = await upload(png, 'logo.png').expect(200);
    expect(saved.body.logo).toMatchObject({ width: 240, height: 60 });
    expect((await changes()).at(-1)).toEqual({
      logo: { from: null, to: saved.body.logo.sha256 },
    });

    const logo = await api.http().get('/huisstijl/logo.png').buffer(true).expect(200);
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.headers['x-content-type-options']).toBe('nosniff');
    expect(logo.headers['cache-control']).toBe('public, max-age=300');
    expect(Buffer.compare(logo.body as Buffer, png)).toBe(0);
    await api
      .http()
      .get('/huisstijl/logo.png')
      .set('if-none-match', logo.headers.etag!)
      .expect(304);

    const form = await api.http().get('/verzoek-indienen').expect(200);
    expect(form.text).toContain(
      `<img class="wobdesk-brand__logo" src="/huisstijl/logo.png?v&#x3D;${saved.body.logo.sha256.slice(0, 16)}" alt="" width="240" height="60">Gemeente Kleurrijk`,
    );

    await api
      .http()
      .delete('/api/organisation/branding/logo')
      .set('authorization', coordinator.auth)
      .expect(200);
    await api.http().get('/huisstijl/logo.png').expect(404);
  });

  it('takes several logos sent at once one after the other, each change following the last', async () => {
    const logos = [40, 41, 42, 43, 44, 45].map((width) => solidPng(width, 20));
    const answers = await Promise.all(logos.map((png) => upload(png, 'logo.png')));
    expect(answers.map((a) => a.status)).toEqual(Array(logos.length).fill(200));
    // The changes form one chain (their times may be equal, so it is not read in order): no two
    // started from the same logo, so none was lost between two that ran side by side.
    const sent = new Set(logos.map((png) => createHash('sha256').update(png).digest('hex')));
    const chain = (await changes())
      .map((change) => (change as { logo?: { from: unknown; to: unknown } }).logo)
      .filter((logo): logo is { from: unknown; to: unknown } => sent.has(logo?.to as string));
    expect(chain).toHaveLength(logos.length);
    expect(new Set(chain.map((c) => c.from)).size).toBe(logos.length);
    const tos = new Set(chain.map((c) => c.to));
    const last = chain.filter((c) => !chain.some((other) => other.from === c.to));
    expect(last).toHaveLength(1);
    expect(tos.size).toBe(logos.length);
    const current = await api
      .http()
      .get('/api/organisation/branding')
      .set('authorization', coordinator.auth)
      .expect(200);
    expect(current.body.logo.sha256).toBe(last[0]!.to);
  });

  it('refuses a light colour on the settings page in plain Dutch, and saves a dark one', async () => {
    const cookie = `wobdesk_session=${coordinator.token}`;
    const refused = await postPageForm(
      api,
      cookie,
      '/instellingen/huisstijl',
      '/instellingen/huisstijl',
      { primaryColour: '#7fbfff', privacyStatement: '' },
    );
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Deze kleur is te licht');
    expect(refused.text).toContain('id="huisstijl-primaryColour-fout"');
    const saved = await postPageForm(
      api,
      cookie,
      '/instellingen/huisstijl',
      '/instellingen/huisstijl',
      { primaryColour: '#8A1538', privacyStatement: '' },
    );
    expect(saved.status).toBe(303);
    const current = await api
      .http()
      .get('/api/organisation/branding')
      .set('authorization', coordinator.auth)
      .expect(200);
    expect(current.body).toMatchObject({ primaryColour: '#8a1538', privacyStatement: null });
    const page = await api.http().get('/instellingen/huisstijl').set('cookie', cookie).expect(200);
    expect(page.text).toContain('value="#8a1538"');
    await api
      .http()
      .get('/instellingen/huisstijl')
      .set('cookie', `wobdesk_session=${clerk.token}`)
      .expect(403);
  });
});

import { OutboxMessageEntity } from '@wobdesk/persistence';
import { DataSource } from 'typeorm';
import { postPageForm } from '../support/page-forms.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';

// The status-link section of the request page and the dashboard's "mine" filter over real HTTP:
// reissue (the token reaches the page once, in a cookie scoped to it), revoke (coordinators
// only), CSRF, and the assignee column.

describe('pages: the status link and the dashboard (HTTP)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let coordinator: TestUser;
  let clerkCookie: string;

  beforeAll(async () => {
    api = await startRegisterApi('2026-03-02', { PUBLIC_BASE_URL: 'https://woo.voorbeeld.nl' });
    // The section dates a link by when it was issued or revoked (the recording instant), so the
    // instants are on the test's legal day.
    api.clock.instant = new Date('2026-03-02T10:00:00.000Z');
    const organisation = await api.newOrganisation();
    clerk = await api.newUser(organisation);
    coordinator = await api.newUser(organisation, 'coordinator');
    clerkCookie = `wobdesk_session=${clerk.token}`;
  });

  afterAll(() => api.close());

  const page = (path: string, cookie = clerkCookie) => api.http().get(path).set('cookie', cookie);
  const eventTypes = async (id: string) =>
    (await api.http().get(`/api/requests/${id}/events`).set('authorization', clerk.auth)).body.map(
      (e: { type: string }) => e.type,
    );
  const statusPage = (token: string) => api.http().get(`/status/${token}`);

  it('should reissue the link: shown once by the page, old link 404, new link 200, requester e-mailed', async () => {
    const { id, statusToken: old } = await createRequest(api, clerk, { receivedOn: '2026-02-27' });
    const before = await page(`/verzoeken/${id}`).expect(200);
    expect(before.text).toContain('id="statuslink"');
    expect(before.text).toMatch(/wobdesk-link-state--active">Actief</);
    expect(before.text).not.toContain(old);

    const posted = await postPageForm(
      api,
      clerkCookie,
      `/verzoeken/${id}`,
      `/verzoeken/${id}/statuslink`,
      {},
    );
    expect(posted.status).toBe(303);
    expect(posted.headers.location).toBe(`/verzoeken/${id}?gelukt=statuslink#statuslink`);
    const setCookie = ([] as string[]).concat(posted.headers['set-cookie'] ?? []);
    const handOver = setCookie.find((c) => c.startsWith('wobdesk_statuslink='))!;
    expect(handOver).toMatch(
      new RegExp(
        `^wobdesk_statuslink=${id}\\.([A-Za-z0-9_-]{43}); Max-Age=900; Path=/verzoeken/${id}; HttpOnly;( Secure;)? SameSite=Lax$`,
      ),
    );
    const fresh = /\.([A-Za-z0-9_-]{43});/.exec(handOver)![1]!;
    expect(fresh).not.toBe(old);

    const shown = await page(
      `/verzoeken/${id}?gelukt=statuslink`,
      `${clerkCookie}; wobdesk_statuslink=${id}.${fresh}`,
    ).expect(200);
    expect(shown.text).toContain('Er is een nieuwe statuslink uitgegeven.');
    expect(shown.text).toContain(`href="https://woo.voorbeeld.nl/status/${fresh}"`);
    expect(shown.text).toContain('De vorige link werkt niet meer.');
    expect(shown.text).toContain(
      'De verzoeker krijgt de nieuwe link per e-mail (j.jansen@example.nl).',
    );
    // Shown once: the page deletes the cookie, and without it the token is nowhere on the page.
    expect(([] as string[]).concat(shown.headers['set-cookie'] ?? []).join('\n')).toMatch(
      new RegExp(`wobdesk_statuslink=; Max-Age=0; Path=/verzoeken/${id};`),
    );
    expect((await page(`/verzoeken/${id}`).expect(200)).text).not.toContain(fresh);
    // A token for another request in the cookie is not shown on this one.
    const other = await createRequest(api, clerk, { receivedOn: '2026-02-27' });
    const wrong = await page(
      `/verzoeken/${other.id}`,
      `${clerkCookie}; wobdesk_statuslink=${id}.${fresh}`,
    ).expect(200);
    expect(wrong.text).not.toContain(fresh);

    await statusPage(old).expect(404);
    await statusPage(fresh).expect(200);
    expect((await eventTypes(id)).at(-1)).toBe('status_token_reissued');
    const notices = await api.app
      .get(DataSource)
      .getRepository(OutboxMessageEntity)
      .findBy({ requestId: id, kind: 'notice.status_link' });
    expect(notices).toHaveLength(1);
    expect(JSON.parse(notices[0].context)).toMatchObject({
      statusUrl: `https://woo.voorbeeld.nl/status/${fresh}`,
      reissuedOn: '2026-03-02',
    });
  });

  it('should let only a coordinator revoke, with the refusal in Dutch in the section', async () => {
    const { id, statusToken } = await createRequest(api, clerk, { receivedOn: '2026-02-27' });
    const clerkPage = await page(`/verzoeken/${id}`).expect(200);
    expect(clerkPage.text).not.toContain('Statuslink intrekken</button>');
    expect(clerkPage.text).toContain('Alleen een coördinator kan de statuslink intrekken.');

    const refused = await postPageForm(
      api,
      clerkCookie,
      `/verzoeken/${id}`,
      `/verzoeken/${id}/statuslink/intrekken`,
      {},
    );
    expect(refused.status).toBe(403);
    expect(refused.text).toMatch(
      /id="statuslink-formulier" role="alert"><p class="utrecht-paragraph">Alleen een coördinator kan de statuslink van de verzoeker intrekken\./,
    );
    expect(refused.text).toContain('href="#statuslink-formulier"');
    await statusPage(statusToken).expect(200);

    const coordinatorCookie = `wobdesk_session=${coordinator.token}`;
    expect((await page(`/verzoeken/${id}`, coordinatorCookie)).text).toContain(
      'Statuslink intrekken</button>',
    );
    const revoked = await postPageForm(
      api,
      coordinatorCookie,
      `/verzoeken/${id}`,
      `/verzoeken/${id}/statuslink/intrekken`,
      {},
    );
    expect(revoked.status).toBe(303);
    expect(revoked.headers.location).toBe(
      `/verzoeken/${id}?gelukt=statuslink-intrekken#statuslink`,
    );
    const after = await page(revoked.headers.location, coordinatorCookie).expect(200);
    expect(after.text).toContain('De statuslink is ingetrokken.');
    expect(after.text).toMatch(/wobdesk-link-state--revoked">Ingetrokken</);
    expect(after.text).toContain('Met de oude link ziet de verzoeker &quot;niet gevonden&quot;.');
    expect(after.text).toMatch(/Ingetrokken op<\/dt>.*2 maart 2026 \(Coördinator \d+\)/);
    expect(after.text).not.toContain('Statuslink intrekken</button>');
    await statusPage(statusToken).expect(404);
    expect((await eventTypes(id)).at(-1)).toBe('status_token_revoked');
  });

  it('should refuse a reissue or revoke without a valid CSRF token, and change nothing', async () => {
    const { id, statusToken } = await createRequest(api, clerk, { receivedOn: '2026-02-27' });
    for (const action of ['statuslink', 'statuslink/intrekken']) {
      const res = await api
        .http()
        .post(`/verzoeken/${id}/${action}`)
        .set('cookie', `wobdesk_session=${coordinator.token}`)
        .type('form')
        .send({ _csrf: 'forged' })
        .expect(403);
      expect(res.text).toContain('Formulier verlopen');
      expect(res.headers['set-cookie'] ?? []).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^wobdesk_statuslink=/)]),
      );
    }
    expect(await eventTypes(id)).toEqual(['request_received']);
    await statusPage(statusToken).expect(200);
  });

  it('should show the assignee on the dashboard and filter it to my requests', async () => {
    const organisation = await api.newOrganisation('Gemeente Filter');
    const me = await api.newUser(organisation);
    const colleague = await api.newUser(organisation);
    // Received in January: both are past their decision deadline on 2 March (overdue list).
    const mine = await createRequest(api, me, {
      receivedOn: '2026-01-05',
      subject: 'Mijn verzoek over bomen',
      assigneeId: me.id,
    });
    await createRequest(api, colleague, {
      receivedOn: '2026-01-06',
      subject: 'Verzoek van een collega over fietspaden',
      assigneeId: colleague.id,
    });
    await createRequest(api, me, { receivedOn: '2026-01-07', subject: 'Nog niet toegewezen' });
    const cookie = `wobdesk_session=${me.token}`;

    const all = await page('/dashboard', cookie).expect(200);
    expect(all.text).toContain(
      '<th class="utrecht-table__header-cell" scope="col">Behandelaar</th>',
    );
    expect(all.text).toMatch(
      /Mijn verzoek over bomen<\/td>[^]*?<td class="utrecht-table__cell">Behandelaar \d+<\/td>/,
    );
    expect(all.text).toContain('Verzoek van een collega over fietspaden');
    expect(all.text).toContain('niet toegewezen');
    expect(all.text).toContain('Termijn verstreken (3)');
    expect(all.text).not.toMatch(/id="overzicht-mine"[^>]* checked/);

    const filtered = await page('/dashboard?mine=ja', cookie).expect(200);
    expect(filtered.text).toContain('<title>Overzicht: mijn verzoeken – Wobdesk</title>');
    expect(filtered.text).toMatch(/id="overzicht-mine" name="mine" value="ja" checked/);
    expect(filtered.text).toContain('Mijn verzoek over bomen');
    expect(filtered.text).not.toContain('Verzoek van een collega over fietspaden');
    expect(filtered.text).not.toContain('Nog niet toegewezen');
    expect(filtered.text).toContain('Termijn verstreken (1)');
    expect(filtered.text).toContain('href="/verzoeken?phase&#x3D;received&amp;mine&#x3D;ja"');
    // The list page the counts link to applies the same filter.
    const list = await page('/verzoeken?phase=received&mine=ja', cookie).expect(200);
    expect(list.text).toContain('1 verzoeken gevonden.');
    expect(list.text).toContain(`href="/verzoeken/${mine.id}"`);
  });
});

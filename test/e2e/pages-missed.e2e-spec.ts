import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';

// What a clerk missed on the pages, over real HTTP: the dashboard's lists of receipts not yet
// acknowledged (and past the week) and of decisions taken but not sent; the request history in
// date order with its lines in the past tense; the day the status link was issued.

describe('pages: the dashboard lists, the history and the status link date (HTTP)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let cookie: string;

  beforeAll(async () => {
    api = await startRegisterApi('2026-03-02');
    // Recording instants on the legal day, so "issued on" is that day and not the machine's.
    api.clock.instant = new Date('2026-03-02T10:00:00.000Z');
    clerk = await api.newUser(await api.newOrganisation());
    cookie = `wobdesk_session=${clerk.token}`;
  });

  afterAll(() => api.close());

  const page = (path: string) => api.http().get(path).set('cookie', cookie).expect(200);
  const reference = async (id: string) =>
    (await api.http().get(`/api/requests/${id}`).set('authorization', clerk.auth).expect(200)).body
      .reference as string;
  const step = async (id: string, path: string, body: Record<string, unknown>) => {
    const current = await api.http().get(`/api/requests/${id}`).set('authorization', clerk.auth);
    api.clock.advance(60);
    const res = await api
      .http()
      .post(`/api/requests/${id}${path}`)
      .set('authorization', clerk.auth)
      .send({ ...body, version: current.body.version });
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  };
  /** The text of one dashboard section, from its heading to the next section. */
  const section = (html: string, id: string) => {
    const start = html.indexOf(`id="${id}-titel"`);
    expect(start).toBeGreaterThan(-1);
    return html.slice(start, html.indexOf('</section>', start));
  };

  it('should list receipts not yet acknowledged, those past the week, and decisions not sent', async () => {
    const late = await createRequest(api, clerk, { receivedOn: '2026-02-20' });
    const recent = await createRequest(api, clerk, { receivedOn: '2026-02-27' });
    const decided = await createRequest(api, clerk, { receivedOn: '2026-02-23' });
    await step(decided.id, '/acknowledge', { occurredOn: '2026-02-24' });
    await step(decided.id, '/decision', {
      occurredOn: '2026-02-28',
      outcomes: [
        { number: 1, outcome: 'granted' },
        { number: 2, outcome: 'no_documents' },
      ],
    });
    const [lateRef, recentRef, decidedRef] = await Promise.all(
      [late, recent, decided].map((r) => reference(r.id)),
    );

    const html = (await page('/dashboard')).text;
    const ackLate = section(html, 'bevestiging-te-laat');
    expect(ackLate).toContain('Ontvangst na een week nog niet bevestigd (1)');
    expect(ackLate).toContain(lateRef);
    expect(ackLate).not.toContain(recentRef);

    const notAcknowledged = section(html, 'niet-bevestigd');
    expect(notAcknowledged).toContain('Ontvangst nog niet bevestigd (2)');
    // Oldest first: the one that waits longest is on top.
    expect(notAcknowledged.indexOf(lateRef)).toBeLessThan(notAcknowledged.indexOf(recentRef));
    expect(notAcknowledged).not.toContain(decidedRef);

    const notSent = section(html, 'niet-verzonden');
    expect(notSent).toContain('Besluit genomen, nog niet verzonden (1)');
    expect(notSent).toContain(decidedRef);

    // Sending takes it off the list.
    await step(decided.id, '/sending', { occurredOn: '2026-03-01' });
    const after = section((await page('/dashboard')).text, 'niet-verzonden');
    expect(after).toContain('Besluit genomen, nog niet verzonden (0)');
  });

  it('should show the history by date, newest first, in the past tense', async () => {
    // Logged today (2 March) with a receipt of 25 February; assigned today; the acknowledgement,
    // recorded after that, is dated 26 February. In the order of recording 2 March would sit
    // between 26 and 25 February.
    const { id } = await createRequest(api, clerk, { receivedOn: '2026-02-25' });
    await step(id, '/assign', { assigneeId: clerk.id });
    await step(id, '/acknowledge', { occurredOn: '2026-02-26' });
    const html = (await page(`/verzoeken/${id}`)).text;
    const history = html.slice(html.indexOf('class="wobdesk-timeline"'));
    const lines = [...history.matchAll(/wobdesk-timeline__date">([^<]+)<\/span> – ([^<]+) </g)].map(
      (m) => `${m[1]}: ${m[2]}`,
    );
    expect(lines).toEqual([
      '2 maart 2026: Toegewezen',
      '26 februari 2026: Ontvangstbevestiging verstuurd',
      '25 februari 2026: Verzoek ontvangen en geregistreerd',
    ]);
  });

  it('should date the status link by when it was issued, not by the receipt', async () => {
    const { id } = await createRequest(api, clerk, { receivedOn: '2026-02-16' });
    const html = (await page(`/verzoeken/${id}`)).text;
    const linkSection = html.slice(html.indexOf('id="statuslink"'));
    expect(linkSection).toMatch(/Uitgegeven op<\/dt><dd[^>]*>2 maart 2026 \(/);
    expect(linkSection.slice(0, 2000)).not.toContain('16 februari 2026');
  });
});

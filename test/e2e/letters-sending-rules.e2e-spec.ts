// The sending rules over HTTP: a letter generated with a blocking warning (here: the organisation
// names no signatory) is refused when sent through the API, by the decision's sending step and from
// the request page, which shows the warning beside the draft; a clerk cannot override, a
// coordinator can with a reason, and the request's history records who, when, which letter,
// which warnings and why. Needs Debian's chromium (the PDF is printed when a letter is made).
import { postPageForm } from '../support/page-forms.js';
import { type RegisterApi, startRegisterApi, type TestUser } from '../support/register-api.js';
import { newSeedOrganisation, replaySeedCase } from '../support/seed-case-api.js';

interface EventBody {
  type: string;
  occurredOn: string;
  recordedAt: string;
  actor: { id: string } | null;
  payload: Record<string, unknown>;
}

describe('Sending rules for letters with a blocking warning (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let coordinator: TestUser;
  let id: string;
  let letterId: string;

  const as = (user: TestUser) => ({
    get: (path: string) => api.http().get(path).set('authorization', user.auth),
    post: (path: string, body: object) =>
      api.http().post(path).set('authorization', user.auth).send(body),
  });
  const send = (user: TestUser, body: object = {}) =>
    as(user).post(`/api/requests/${id}/letters/${letterId}/send`, {
      sentOn: '2020-05-26',
      ...body,
    });
  const events = async () =>
    (await as(clerk).get(`/api/requests/${id}/events`).expect(200)).body as EventBody[];
  const page = async (user: TestUser) =>
    (
      await api
        .http()
        .get(`/verzoeken/${id}`)
        .set('cookie', `wobdesk_session=${user.token}`)
        .expect(200)
    ).text;

  beforeAll(async () => {
    api = await startRegisterApi('2020-03-03', { PDF_PAGES: '1' });
    const organisationId = await newSeedOrganisation(api, null);
    clerk = await api.newUser(organisationId, 'clerk');
    coordinator = await api.newUser(organisationId, 'coordinator');
    ({ id } = await replaySeedCase(api, clerk, {
      recordSending: false,
      acknowledgementLetter: false,
    }));
    api.clock.set('2020-05-26');
    const made = await as(clerk).post(`/api/requests/${id}/letters`, { kind: 'decision' });
    expect(made.status).toBe(201);
    letterId = made.body.id;
  });

  afterAll(() => api?.close());

  it('should store the blocking warning with the letter when it is generated', async () => {
    const [letter] = (await as(clerk).get(`/api/requests/${id}/letters`).expect(200)).body;
    expect(letter.status).toBe('draft');
    expect(letter.warnings).toContainEqual(
      expect.objectContaining({ code: 'LETTER.NO_SIGNATORY', blocking: true }),
    );
  });

  it('should refuse to send it with 422, a stable code and a Dutch message', async () => {
    const before = (await events()).length;
    const res = await send(clerk).expect(422);
    expect(res.body.code).toBe('LETTER.BLOCKED');
    expect(res.body.messageNl).toContain('Deze brief kan niet worden verzonden');
    expect(res.body.messageNl).toContain('naam en functie van de ondertekenaar ontbreekt');
    expect(res.body.details).toEqual({
      id: letterId,
      kind: 'decision',
      warnings: ['LETTER.NO_SIGNATORY'],
    });
    expect(await events()).toHaveLength(before);
  });

  it('should refuse the sending step while the newest draft decision letter is blocked', async () => {
    const before = (await events()).length;
    const res = await as(clerk)
      .post(`/api/requests/${id}/sending`, { occurredOn: '2020-05-26' })
      .expect(422);
    expect(res.body.code).toBe('LETTER.BLOCKED');
    expect(res.body.details.warnings).toEqual(['LETTER.NO_SIGNATORY']);
    expect(await events()).toHaveLength(before);
    const view = (await as(clerk).get(`/api/requests/${id}`).expect(200)).body;
    expect(view.phase).toBe('decided');
  });

  it('should show the warning beside the draft on the request page', async () => {
    const html = await page(clerk);
    const row = html.slice(html.indexOf(`id="brief-${letterId}"`));
    expect(row).toContain('Deze brief kan zo niet worden verzonden.');
    expect(row).toContain(
      '<strong>Blokkerend:</strong> Ondertekening: de naam en functie van de ondertekenaar ontbreekt',
    );
    expect(html).not.toContain('name="overrideReason"');
    expect(await page(coordinator)).toContain('name="overrideReason"');
  });

  it('should refuse sending from the page with the Dutch message beside the letter', async () => {
    const path = `/verzoeken/${id}`;
    const res = await postPageForm(
      api,
      `wobdesk_session=${clerk.token}`,
      path,
      `${path}/brieven/${letterId}/versturen`,
      { sentOn: '2020-05-26' },
    );
    expect(res.status).toBe(422);
    expect(res.text).toContain('Deze brief kan niet worden verzonden');
  });

  it("should refuse a clerk's override with 403 and its own code", async () => {
    const res = await send(clerk, { overrideReason: 'Ondertekenaar is bekend.' }).expect(403);
    expect(res.body.code).toBe('LETTER.OVERRIDE_FORBIDDEN');
    expect(res.body.messageNl).toContain('Alleen een coördinator');
  });

  it('should refuse an override without a reason, naming the field', async () => {
    const res = await send(coordinator, { overrideReason: '   ' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(JSON.stringify(res.body)).toContain('overrideReason');
  });

  it("should send on a coordinator's override with a reason and record it as an event", async () => {
    const reason =
      'De naam van de ondertekenaar wordt niet openbaar gemaakt; brief is met de hand ondertekend.';
    const res = await send(coordinator, { overrideReason: reason }).expect(200);
    expect(res.body).toMatchObject({ id: letterId, status: 'sent', sentOn: '2020-05-26' });
    const all = await events();
    const overridden = all.find((e) => e.type === 'letter_send_overridden');
    expect(overridden).toMatchObject({
      occurredOn: '2020-05-26',
      actor: { id: coordinator.id },
      payload: { letterId, kind: 'decision', warnings: ['LETTER.NO_SIGNATORY'], reason },
    });
    expect(Date.parse(overridden!.recordedAt)).not.toBeNaN();
    expect(all.map((e) => e.type)).toEqual(
      expect.arrayContaining(['decision_sent', 'letter_send_overridden', 'letter_sent']),
    );
    const view = (await as(clerk).get(`/api/requests/${id}`).expect(200)).body;
    expect(view.phase).toBe('objection_window');
    expect(await page(clerk)).toContain(
      `Brief verzonden ondanks blokkerende waarschuwing: Besluit (reden: ${reason})`,
    );
  });
});

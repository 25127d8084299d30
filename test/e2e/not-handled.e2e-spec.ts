// The decision not to handle an unspecified request over HTTP: refused (409, with the code) until
// a clarification term lapsed unanswered or an answer is judged insufficient with a reason; then
// recorded, its letter made and read back from the PDF (pdftotext), and sent as the bekendmaking
// that opens the objection window. The page form records the same step.
// Needs Debian's chromium and poppler-utils, as .ci/run installs them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { letterPdfText, makeLetter } from '../support/letters-api.js';
import { postPageForm } from '../support/page-forms.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation, postStep } from '../support/seed-case-api.js';

describe('Not handling a request (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  const work = mkdtempSync(join(tmpdir(), 'wobdesk-not-handled-'));

  const attempt = (id: string, today: string, body: Record<string, unknown>) => {
    api.clock.set(today);
    return api
      .http()
      .post(`/api/requests/${id}/not-handled`)
      .set('authorization', clerk.auth)
      .send(body);
  };
  const view = async (id: string) =>
    (await api.http().get(`/api/requests/${id}`).set('authorization', clerk.auth).expect(200)).body;

  beforeAll(async () => {
    api = await startRegisterApi('2024-01-08', { PDF_PAGES: '2' });
    clerk = await api.newUser(await newSeedOrganisation(api), 'clerk');
  });

  afterAll(async () => {
    await api?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('Woo, no answer: refused while nothing lapsed, then decided, its letter made and sent', async () => {
    const { id, statusToken } = await createRequest(api, clerk, { receivedOn: '2024-01-08' });
    const stateNl = async () =>
      (await api.http().get(`/api/status/${statusToken}`).expect(200)).body.stateNl as string;
    const none = await attempt(id, '2024-01-10', { occurredOn: '2024-01-10' }).expect(409);
    expect(none.body.code).toBe('REQUEST.NO_CLARIFICATION_TERM');

    await postStep(api, clerk, id, 'clarification-requests', '2024-01-12', {
      occurredOn: '2024-01-12',
      termEndsOn: '2024-01-26',
    });
    const running = await attempt(id, '2024-01-26', { occurredOn: '2024-01-26' }).expect(409);
    expect(running.body.code).toBe('REQUEST.CLARIFICATION_TERM_RUNNING');
    const early = await makeLetter(api, clerk, id, 'not_handled_decision').expect(422);
    expect(early.body.code).toBe('LETTER.NOT_DECIDED_NOT_TO_HANDLE');

    const decided = await attempt(id, '2024-01-29', { occurredOn: '2024-01-29' }).expect(200);
    expect(decided.body.phase).toBe('decided');
    // The term lapsed Friday 26 January 2024: two weeks later, Friday 9 February (Woo 4.1 lid 6).
    expect(decided.body.deadlines.nonHandlingDecisionDeadline.date).toBe('2024-02-09');
    // The requester reads what was decided, with the article, not a generic "besluit genomen".
    expect(await stateNl()).toBe(
      'Wij hebben besloten uw verzoek niet te behandelen, omdat niet duidelijk genoeg werd welke informatie u zoekt (artikel 4.1, zesde lid, van de Woo). U krijgt dit besluit zo snel mogelijk in een brief.',
    );

    const letter = await makeLetter(api, clerk, id, 'not_handled_decision').expect(201);
    expect(letter.body).toMatchObject({
      kind: 'not_handled_decision',
      letterDate: '2024-01-29',
      subject: 'Besluit op uw Woo-verzoek van 8 januari 2024: niet in behandeling',
    });
    const text = await letterPdfText(api, clerk, letter.body.id, work, 'not-handled-woo');
    expect(text).toContain(
      'Daarom heb ik u bij brief van 12 januari 2024 gevraagd uw verzoek te preciseren.',
    );
    expect(text).toContain('Preciseren betekent: beter omschrijven welke informatie u wilt hebben');
    expect(text).toContain('uiterlijk op vrijdag 26 januari 2024 te doen');
    expect(text).toContain('Ik heb vóór het einde van die termijn geen reactie van u ontvangen.');
    expect(text).toContain('Ik besluit uw verzoek niet te behandelen.');
    expect(text).toContain('Dat staat in artikel 4.1, zesde lid, van de Woo.');
    expect(text).toContain('U kunt altijd een nieuw verzoek doen.');
    expect(text).toContain(
      'binnen zes weken na de dag waarop dit is bekendgemaakt een bezwaarschrift indienen',
    );
    expect(text).toContain('BIJLAGE 1: Relevante artikelen uit de Woo');
    expect(text).toContain('Artikel 4.1');
    expect(text).not.toMatch(/LD-|niet geverifieerd/);

    api.clock.set('2024-01-30');
    const current = await view(id);
    await api
      .http()
      .post(`/api/requests/${id}/letters/${letter.body.id}/send`)
      .set('authorization', clerk.auth)
      .send({ sentOn: '2024-01-30', version: current.version })
      .expect(200);
    const sent = await view(id);
    expect(sent.phase).toBe('objection_window');
    // Sent Tuesday 30 January 2024: six weeks from the day after, to Tuesday 12 March.
    expect(sent.deadlines.objectionWindow.endsOn.date).toBe('2024-03-12');
    expect(await stateNl()).toMatch(
      /^Wij hebben u het besluit gestuurd dat wij uw verzoek niet behandelen, .*\(artikel 4\.1, zesde lid, van de Woo\)\. Bent u het er niet mee eens\? Dan kunt u bezwaar maken\.$/,
    );
  });

  it('Wob, an answer judged insufficient: a reason is required, the letter cites Awb 4:5', async () => {
    const { id } = await createRequest(api, clerk, { receivedOn: '2020-03-03' });
    await postStep(api, clerk, id, 'clarification-requests', '2020-03-04', {
      occurredOn: '2020-03-04',
      termEndsOn: '2020-03-18',
    });
    await postStep(api, clerk, id, 'clarification-answers', '2020-03-16', {
      occurredOn: '2020-03-16',
    });
    const noReason = await attempt(id, '2020-03-25', { occurredOn: '2020-03-25' }).expect(409);
    expect(noReason.body.code).toBe('REQUEST.NOT_HANDLED_REASON_REQUIRED');
    const decided = await attempt(id, '2020-03-25', {
      occurredOn: '2020-03-25',
      reason: 'U noemt alleen het woord "biometrie", zonder onderwerp of periode.',
    }).expect(200);
    // Answered Monday 16 March 2020 + four weeks (Awb 4:5 lid 4) = Easter Monday 13 April,
    // moved by the Atw to Tuesday 14 April.
    expect(decided.body.deadlines.nonHandlingDecisionDeadline.date).toBe('2020-04-14');

    const letter = await makeLetter(api, clerk, id, 'not_handled_decision').expect(201);
    const text = await letterPdfText(api, clerk, letter.body.id, work, 'not-handled-wob');
    expect(text).toContain('Op 16 maart 2020 heb ik uw reactie ontvangen.');
    expect(text).toContain('Uw reactie maakt niet voldoende duidelijk welke informatie u zoekt.');
    expect(text).toContain('U noemt alleen het woord "biometrie", zonder onderwerp of periode.');
    expect(text).toContain('Dat staat in artikel 4:5 van de Algemene wet bestuursrecht.');
    expect(text).not.toContain('BIJLAGE 1');
  });

  it('the page form records the same step, and shows the refusal above the form', async () => {
    api.clock.set('2024-01-08');
    const { id } = await createRequest(api, clerk, { receivedOn: '2024-01-08' });
    const cookie = `wobdesk_session=${clerk.token}`;
    const page = async () =>
      (await api.http().get(`/verzoeken/${id}`).set('cookie', cookie).expect(200)).text;
    const form = (slug: string) => `action="/verzoeken/${id}/${slug}"`;
    // Without a term to specify, not handling the request cannot succeed: not offered.
    expect(await page()).not.toContain(form('niet-behandelen'));
    await postStep(api, clerk, id, 'clarification-requests', '2024-01-12', {
      occurredOn: '2024-01-12',
      termEndsOn: '2024-01-26',
    });
    api.clock.set('2024-01-29');
    expect(await page()).toContain(form('niet-behandelen'));
    const post = (fields: Record<string, string>) =>
      postPageForm(api, cookie, `/verzoeken/${id}`, `/verzoeken/${id}/niet-behandelen`, fields);
    const refused = await post({ occurredOn: '2024-01-26', reason: '' });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('id="niet-behandelen-formulier"');
    const res = await post({ occurredOn: '2024-01-29', reason: '' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/verzoeken/${id}?gelukt=niet-behandelen`);
    const events = await api
      .http()
      .get(`/api/requests/${id}/events`)
      .set('authorization', clerk.auth)
      .expect(200);
    expect(events.body.map((e: { type: string }) => e.type)).toContain('request_not_handled');
    // Decided not to handle: no decision on the merits is offered (it would be refused), the
    // sending is.
    const decided = await page();
    expect(decided).not.toContain(form('besluit'));
    expect(decided).toContain(form('verzending'));
    expect((await view(id)).availableCommands).not.toContain('correctDecision');
  });
});

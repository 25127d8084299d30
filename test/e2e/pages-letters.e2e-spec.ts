// The letters on the clerk's request page over real HTTP: a letter made with the clerk's input,
// a missing input shown by its field, other refusals above the letter's form, a draft sent with
// its date checked by the register, and the requester's status page showing only what was sent.
// Needs Debian's chromium (the PDF is printed when a letter is made).
import { postPageForm } from '../support/page-forms.js';
import {
  createRequest,
  type RegisterApi,
  revokeStatusToken,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation, postStep } from '../support/seed-case-api.js';

describe('pages: letters on the request page (HTTP)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let cookie: string;
  let requestId: string;
  let statusToken: string;

  const pagePath = () => `/verzoeken/${requestId}`;
  const post = (action: string, fields: Record<string, string>) =>
    postPageForm(api, cookie, pagePath(), `${pagePath()}${action}`, fields);
  const page = async () =>
    (await api.http().get(pagePath()).set('cookie', cookie).expect(200)).text;
  const letters = async () =>
    (
      await api
        .http()
        .get(`/api/requests/${requestId}/letters`)
        .set('authorization', clerk.auth)
        .expect(200)
    ).body as { id: string; kind: string; status: string; sentOn?: string; input: object }[];
  beforeAll(async () => {
    api = await startRegisterApi('2026-03-02', { PUBLIC_BASE_URL: 'https://woo.example.nl' });
    clerk = await api.newUser(await newSeedOrganisation(api));
    cookie = `wobdesk_session=${clerk.token}`;
    ({ id: requestId, statusToken } = await createRequest(api, clerk, {
      receivedOn: '2026-02-27',
    }));
    await postStep(api, clerk, requestId, 'acknowledge', '2026-03-02', {
      occurredOn: '2026-03-02',
    });
  });

  afterAll(() => api?.close());

  it('should offer only the letters whose step was recorded, with their input fields', async () => {
    const before = await page();
    expect(before).toContain('id="brief-acknowledgement"');
    expect(before).toContain('name="conversationInvitation"');
    expect(before).not.toContain('id="brief-clarification_request"');
    expect(before).toContain('ziet op de statuspagina alleen de brieven die u als verzonden');
    await postStep(api, clerk, requestId, 'clarification-requests', '2026-03-02', {
      occurredOn: '2026-03-02',
      termEndsOn: '2026-03-16',
    });
    const after = await page();
    expect(after).toMatch(
      /<textarea[^>]*id="brief-clarification_request-explanation" name="explanation"[^>]*aria-required="true"/,
    );
    expect(after).toContain('id="brief-clarification_request-questions"');
  });

  it('should show a missing explanation by its field, keeping the questions typed', async () => {
    const res = await post('/brieven', {
      kind: 'clarification_request',
      explanation: '',
      questions: 'Over welke jaren?\nWelke afdelingen?',
    });
    expect(res.status).toBe(422);
    expect(res.text).toContain(
      'id="brief-clarification_request-explanation-fout">Vul dit in: de brief kan niet zonder.',
    );
    expect(res.text).toMatch(
      /<details class="wobdesk-action" id="brief-clarification_request" open>/,
    );
    expect(res.text).toContain('Over welke jaren?\nWelke afdelingen?</textarea>');
    expect(res.text).toContain('href="#brief-clarification_request-explanation"');
    expect(await letters()).toEqual([]);
    // 21 questions: the page's own check, by the field, before the register is asked.
    const many = Array.from({ length: 21 }, (_, i) => `Vraag ${i + 1}?`).join('\n');
    const tooMany = await post('/brieven', {
      kind: 'clarification_request',
      explanation: 'Te algemeen.',
      questions: many,
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.text).toContain(
      'id="brief-clarification_request-questions-fout">Gebruik hoogstens 20 regels.',
    );
  });

  it('should preview and make the clarification request with the input given', async () => {
    const input = {
      kind: 'clarification_request',
      explanation: 'Uw verzoek noemt geen periode.',
      questions: 'Over welke jaren?\r\n\r\nWelke afdelingen?',
    };
    const preview = await post('/brieven/clarification_request/voorbeeld', input);
    expect(preview.status).toBe(200);
    expect(preview.headers['content-security-policy']).toContain('sandbox');
    expect(preview.text).toContain('Uw verzoek noemt geen periode.');
    expect(preview.text).toContain('Welke afdelingen?');
    expect(await letters()).toEqual([]);
    const made = await post('/brieven', input);
    expect(made.status).toBe(303);
    expect(made.headers.location).toBe(`${pagePath()}?gelukt=letter#brieven`);
    expect(await letters()).toMatchObject([
      {
        kind: 'clarification_request',
        status: 'draft',
        input: {
          explanation: 'Uw verzoek noemt geen periode.',
          questions: ['Over welke jaren?', 'Welke afdelingen?'],
        },
      },
    ]);
    expect(await page()).not.toContain('er is een nieuwere versie');
    expect((await post('/brieven', input)).status).toBe(303);
    // Version 1 stays a draft that could be sent; the page says a newer one exists.
    expect(await page()).toContain('er is een nieuwere versie (2) van deze brief.');
    const shown = await api.http().get(made.headers.location).set('cookie', cookie).expect(200);
    expect(shown.text).toContain('opgeslagen als concept');
    expect(shown.text).toContain('<span class="wobdesk-letter-status">concept</span>');
  });

  it('should show a refusal that names no field above the letter form', async () => {
    const res = await post('/brieven', { kind: 'third_party_view_end' });
    expect(res.status).toBe(422);
    expect(res.text).toMatch(
      /id="brief-formulier" role="alert"><p class="utrecht-paragraph">Er is geen zienswijze/,
    );
  });

  it('should send a draft from its row, refusing a date in the future or before the letter, by the field', async () => {
    expect(
      (await post('/brieven', { kind: 'acknowledgement', conversationInvitation: 'ja' })).status,
    ).toBe(303);
    const ack = (await letters()).find((l) => l.kind === 'acknowledgement')!;
    expect(ack).toMatchObject({ status: 'draft', input: { conversationInvitation: true } });
    const send = (sentOn: string, channel?: string) =>
      post(`/brieven/${ack.id}/versturen`, { sentOn, ...(channel && { channel }) });
    const early = await send('2026-03-01');
    expect(early.status).toBe(422);
    expect(early.text).toContain(
      `id="verstuur-${ack.id}-sentOn-fout">Een brief kan niet worden verzonden vóór zijn dagtekening`,
    );
    expect(early.text).toContain(`value="2026-03-01"`);
    const future = await send('2026-03-03');
    expect(future.status).toBe(422);
    expect(future.text).toContain(
      `id="verstuur-${ack.id}-sentOn-fout">Een brief kan niet worden verzonden op een dag die nog moet komen.`,
    );
    const typo = await send('2026-02-30');
    expect(typo.status).toBe(400);
    expect(typo.text).toContain(`id="verstuur-${ack.id}-sentOn-fout">Vul een bestaande datum in`);
    const fax = await send('2026-03-02', 'fax');
    expect(fax.status).toBe(400);
    expect(fax.text).toContain(
      `id="verstuur-${ack.id}-channel-fout">Kies een van de mogelijkheden.`,
    );
    // The form's default is today.
    expect(await page()).toContain(
      `id="verstuur-${ack.id}-sentOn" name="sentOn" value="2026-03-02"`,
    );
    // Sent from a page loaded before another change: the register's stale-version refusal.
    const stale = await post(`/brieven/${ack.id}/versturen`, {
      sentOn: '2026-03-02',
      version: '1',
    });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain(`id="verstuur-${ack.id}-formulier" role="alert"`);
    const sent = await send('2026-03-02', 'post');
    expect(sent.status).toBe(303);
    expect(sent.headers.location).toBe(`${pagePath()}?gelukt=letter-sent#brieven`);
    expect((await letters()).find((l) => l.id === ack.id)).toMatchObject({
      status: 'sent',
      sentOn: '2026-03-02',
    });
    const after = await page();
    expect(after).toContain('verzonden op 2 maart 2026');
    expect(after).not.toContain(`action="${pagePath()}/brieven/${ack.id}/versturen"`);
    expect(after).toContain('Brief verzonden: ');
    const events = (
      await api.http().get(`/api/requests/${requestId}/events`).set('authorization', clerk.auth)
    ).body as { type: string; occurredOn: string }[];
    // The medium is kept with the sending, for the decision's narrative.
    expect(events.at(-1)).toMatchObject({
      type: 'letter_sent',
      occurredOn: '2026-03-02',
      payload: { kind: 'acknowledgement', channel: 'post' },
    });
  });

  it('should show the sent letter on the requester’s status page and not the draft', async () => {
    const all = await letters();
    const sent = all.find((l) => l.status === 'sent')!;
    const draft = all.find((l) => l.status === 'draft')!;
    const status = await api.http().get(`/status/${statusToken}`).expect(200);
    expect(status.text).toContain(`/letters/${sent.id}/pdf`);
    expect(status.text).toContain('2 maart 2026');
    expect(status.text).not.toContain(draft.id);
    expect(status.text).not.toContain('Precisering');
  });

  it('should show the register’s reason at a letter’s form when it cannot be made now', async () => {
    requestId = (await createRequest(api, clerk, { receivedOn: '2026-02-27' })).id;
    await postStep(api, clerk, requestId, 'acknowledge', '2026-03-02', {
      occurredOn: '2026-03-02',
    });
    await revokeStatusToken(api, clerk, requestId);
    expect(await page()).toContain(
      'Deze brief kan nu niet worden gemaakt: Dit verzoek heeft geen geldige statuslink',
    );
    const res = await post('/brieven', { kind: 'acknowledgement' });
    expect(res.status).toBe(422);
    expect(res.text).toMatch(
      /id="brief-acknowledgement-formulier" role="alert"><p class="utrecht-paragraph">Dit verzoek heeft geen geldige statuslink/,
    );
    expect(await letters()).toEqual([]);
  });
});

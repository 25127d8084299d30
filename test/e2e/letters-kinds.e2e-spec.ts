// Every letter kind made from the register over HTTP: a Woo request taken through
// acknowledgement, clarification, a third-party view, the decision and an objection, with each
// letter's dates taken from the computed deadlines and checked in the PDF text (pdftotext). Also:
// the decision letter marked sent by the bekendmaking, and a 503 when Chromium is missing.
// Needs Debian's chromium and poppler-utils (pdftotext, pdftoppm), as .ci/run installs them.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LetterService } from '@wobdesk/correspondence';
import { longDate } from '@wobdesk/letters';
import { OutboxMessageEntity } from '@wobdesk/persistence';
import { DataSource } from 'typeorm';
import { letterPdfText, makeLetter } from '../support/letters-api.js';
import { sha256 } from '../support/pdf-files.js';
import {
  newRequestBody,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation, postStep } from '../support/seed-case-api.js';

const BASE_URL = 'https://woo.example.nl';

describe('Every letter kind from the register (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let id: string;
  let statusToken: string;
  let organisationId: string;
  const work = mkdtempSync(join(tmpdir(), 'wobdesk-letter-kinds-'));

  /** The letters attached to each e-mail notice queued for the requester of a request. */
  const noticeAttachments = async (requestId: string) =>
    (
      await api.app
        .get(DataSource)
        .getRepository(OutboxMessageEntity)
        .findBy({ requestId, kind: 'notice.state_changed' })
    ).map((m) => JSON.parse(m.attachLetterIds) as string[]);

  const step = (path: string, today: string, body: Record<string, unknown>) =>
    postStep(api, clerk, id, path, today, body);
  const generate = (kind: string, input: Record<string, unknown> = {}) =>
    makeLetter(api, clerk, id, kind, input);
  const pdfOf = (letterId: string, pngName?: string) =>
    letterPdfText(api, clerk, letterId, work, pngName);

  beforeAll(async () => {
    // A fixed secret: the same status tokens, so the same page layout, on every run.
    api = await startRegisterApi('2024-04-02', {
      PDF_PAGES: '1',
      PUBLIC_BASE_URL: BASE_URL,
      STATUS_TOKEN_SECRET: 'letters-e2e-status-token-secret-0123456789',
    });
    organisationId = await newSeedOrganisation(api);
    clerk = await api.newUser(organisationId, 'clerk');
    const created = await api
      .http()
      .post('/api/requests')
      .set('authorization', clerk.auth)
      .send(newRequestBody({ receivedOn: '2024-04-02', letterDate: '2024-04-01' }));
    expect(created.status).toBe(201);
    id = created.body.request.id;
    statusToken = created.body.statusToken;
  });

  afterAll(async () => {
    await api?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('should make the acknowledgement with the decision deadline in Dutch and the status link', async () => {
    const early = await generate('acknowledgement').expect(422);
    expect(early.body.code).toBe('LETTER.NOT_ACKNOWLEDGED');
    const view = await step('acknowledge', '2024-04-04', { occurredOn: '2024-04-04' });
    // Received Tuesday 2 April 2024 (Woo): four weeks from the next day end on Tuesday 30 April.
    expect(view.decisionDeadline).toBe('2024-04-30');
    const res = await generate('acknowledgement').expect(201);
    expect(res.body).toMatchObject({
      kind: 'acknowledgement',
      status: 'draft',
      letterDate: '2024-04-04',
      law: 'woo',
      subject: 'Ontvangstbevestiging van uw Woo-verzoek van 1 april 2024',
    });
    const statusUrl = `${BASE_URL}/status/${statusToken}`;
    const html = await api
      .http()
      .get(`/api/letters/${res.body.id}/html`)
      .set('authorization', clerk.auth)
      .expect(200);
    expect(html.text).toContain(`href="${statusUrl}"`);
    const text = await pdfOf(res.body.id, 'register-acknowledgement');
    expect(text).toContain('uiterlijk op dinsdag 30 april 2024 op uw verzoek beslis');
    expect(text).toContain(longDate(view.decisionDeadline));
    expect(text.replace(/ /g, '')).toContain(statusUrl);
    expect(text).toContain('4 april 2024');
  });

  it('should make the clarification request from the recorded term, with both deadlines', async () => {
    const view = await step('clarification-requests', '2024-04-05', {
      occurredOn: '2024-04-05',
      termEndsOn: '2024-04-19',
    });
    const missing = await api
      .http()
      .get(`/api/requests/${id}/letters/clarification_request/preview`)
      .set('authorization', clerk.auth)
      .expect(422);
    expect(missing.body).toMatchObject({
      code: 'LETTER.INPUT_REQUIRED',
      details: { field: 'explanation', rule: 'required' },
    });
    const wrongField = await generate('clarification_request', {
      explanation: 'Uw verzoek noemt geen periode.',
      thirdParties: 'twee bedrijven',
    }).expect(422);
    expect(wrongField.body).toMatchObject({
      code: 'LETTER.INVALID_INPUT',
      details: { field: 'thirdParties', rule: 'notForKind' },
    });
    const preview = await api
      .http()
      .post(`/api/requests/${id}/letters/clarification_request/preview`)
      .set('authorization', clerk.auth)
      .send({ explanation: 'Uw verzoek noemt geen periode.', questions: ['Over welke jaren?'] })
      .expect(200);
    expect(preview.text).toContain('Over welke jaren?');
    const res = await generate('clarification_request', {
      explanation: 'Uw verzoek noemt geen periode.',
      questions: ['Over welke jaren?'],
    }).expect(201);
    expect(res.body).toMatchObject({
      letterDate: '2024-04-05',
      input: { explanation: 'Uw verzoek noemt geen periode.', questions: ['Over welke jaren?'] },
    });
    const text = await pdfOf(res.body.id);
    // Before: 30 April. Unanswered, the suspension runs to the end of the term: 6–19 April
    // (14 days, LD-CLARIFICATION-UNANSWERED), so Tuesday 14 May.
    expect(text).toContain('Zonder opschorting zou ik uiterlijk op dinsdag 30 april 2024');
    expect(view.decisionDeadline).toBe('2024-05-14');
    expect(text).toContain(`beslis ik uiterlijk op dinsdag 14 mei 2024`);
    expect(text).toContain('uiterlijk op vrijdag 19 april 2024 aan mij sturen');
    expect(text).toContain('Uw verzoek noemt geen periode.');
  });

  it('should make the third-party-view notices, the end one naming the parties as the start one did', async () => {
    await step('clarification-answers', '2024-04-10', { occurredOn: '2024-04-10' });
    const before = await step('third-party-views', '2024-04-12', {
      occurredOn: '2024-04-12',
      termEndsOn: '2024-04-26',
    });
    const refused = await generate('third_party_view_start').expect(422);
    expect(refused.body.details).toMatchObject({ field: 'thirdParties', rule: 'required' });
    const open = await generate('third_party_view_end').expect(422);
    expect(open.body.code).toBe('LETTER.THIRD_PARTY_VIEW_OPEN');
    const start = await generate('third_party_view_start', {
      thirdParties: 'twee bedrijven',
    }).expect(201);
    const startText = await pdfOf(start.body.id);
    expect(startText).toContain('heeft ook betrekking op twee bedrijven');
    expect(startText).toContain('De termijn daarvoor eindigt op vrijdag 26 april 2024');
    // Clarification answered on 10 April: 6–9 April suspended, 30 April + 4 = 4 May (a
    // Saturday; 5 May is Liberation Day, a Sunday): Monday 6 May. With the view's term used in
    // full (13–26 April, 14 more days): 18 May, a Saturday; 19 and 20 May are Whitsun, so
    // Tuesday 21 May (Atw art. 1).
    expect(startText).toContain('Zonder opschorting zou ik uiterlijk op maandag 6 mei 2024');
    expect(before.decisionDeadline).toBe('2024-05-21');
    expect(startText).toContain('beslis ik uiterlijk op dinsdag 21 mei 2024');

    const after = await step('third-party-view-responses', '2024-04-22', {
      occurredOn: '2024-04-22',
    });
    const end = await generate('third_party_view_end').expect(201);
    expect(end.body).toMatchObject({
      letterDate: '2024-04-22',
      input: { thirdParties: 'twee bedrijven' },
    });
    const endText = await pdfOf(end.body.id);
    expect(endText).toContain('twee bedrijven in de gelegenheid heb gesteld');
    expect(endText).toContain('Op maandag 22 april 2024 is de zienswijze gegeven');
    expect(endText).toContain(`Ik beslis uiterlijk op ${weekdayNl(after.decisionDeadline)}`);
  });

  it('should record the bekendmaking when the decision letter is sent, and acknowledge the objection', async () => {
    await step('decision', '2024-05-13', {
      occurredOn: '2024-05-13',
      outcomes: [
        { number: 1, outcome: 'granted' },
        {
          number: 2,
          outcome: 'refused',
          grounds: ['5.1.2.e'],
          weighing:
            'Het belang van de privacy weegt hier zwaarder dan het belang van openbaarheid.',
        },
      ],
    });
    const decision = await generate('decision').expect(201);
    const sent = await api
      .http()
      .post(`/api/requests/${id}/letters/${decision.body.id}/send`)
      .set('authorization', clerk.auth)
      .send({ sentOn: '2024-05-13' })
      .expect(200);
    expect(sent.body).toMatchObject({ status: 'sent', sentOn: '2024-05-13' });
    // What a mailer attaches: the stored PDF by id, scoped to the organisation.
    const letters = api.app.get(LetterService);
    const stored = await letters.storedPdf(decision.body.id, organisationId);
    expect(stored).toMatchObject({ kind: 'decision', requestId: id, sentOn: '2024-05-13' });
    expect(sha256(stored!.body)).toBe(decision.body.pdfHash);
    expect(await letters.storedPdf(decision.body.id, randomUUID())).toBeUndefined();
    const events = (
      await api.http().get(`/api/requests/${id}/events`).set('authorization', clerk.auth)
    ).body as { type: string; occurredOn: string }[];
    expect(events.slice(-2).map((e) => [e.type, e.occurredOn])).toEqual([
      ['decision_sent', '2024-05-13'],
      ['letter_sent', '2024-05-13'],
    ]);
    const request = await api
      .http()
      .get(`/api/requests/${id}`)
      .set('authorization', clerk.auth)
      .expect(200);
    expect(request.body.phase).toBe('objection_window');
    expect(request.body.deadlines.objectionWindow.startsOn).toBe('2024-05-14');
    // The requester's e-mail notice of this change carries the sent letter.
    expect(await noticeAttachments(id)).toContainEqual([decision.body.id]);

    await step('objections', '2024-05-20', { occurredOn: '2024-05-20', byPost: false });
    api.clock.set('2024-05-21');
    const ack = await generate('objection_acknowledgement', {
      objectionLetterDate: '2024-05-19',
      hearingToFollow: true,
    }).expect(201);
    expect(ack.body).toMatchObject({ letterDate: '2024-05-21' });
    const objectionDue = (
      await api.http().get(`/api/requests/${id}`).set('authorization', clerk.auth)
    ).body.deadlines.objectionDecisionDeadline.date as string;
    const text = await pdfOf(ack.body.id, 'register-objection-acknowledgement');
    expect(text).toContain('Op 20 mei 2024 heb ik uw bezwaarschrift van 19 mei 2024 ontvangen');
    expect(text).toContain('besluit van 13 mei 2024');
    expect(text).toContain(`uiterlijk op ${weekdayNl(objectionDue)} op uw bezwaar beslis`);
    expect(text).not.toContain('Bezwaartermijn');
    expect(text).toContain('kunt u uw bezwaar mondeling toelichten');
  });

  it('should list exactly the letters sent to the requester in the status check', async () => {
    const status = await api.http().get(`/api/status/${statusToken}`).expect(200);
    expect(status.body.letters.map((l: { kind: string }) => l.kind)).toEqual(['decision']);
    const all = (
      await api.http().get(`/api/requests/${id}/letters`).set('authorization', clerk.auth)
    ).body as { kind: string; status: string }[];
    expect(all.map((l) => [l.kind, l.status])).toEqual([
      ['acknowledgement', 'draft'],
      ['clarification_request', 'draft'],
      ['third_party_view_start', 'draft'],
      ['third_party_view_end', 'draft'],
      ['decision', 'sent'],
      ['objection_acknowledgement', 'draft'],
    ]);
  });

  it('should mark the newest draft decision letter sent when the sending of the decision is recorded', async () => {
    api.clock.set('2024-06-03');
    const other = await api
      .http()
      .post('/api/requests')
      .set('authorization', clerk.auth)
      .send(newRequestBody({ receivedOn: '2024-06-03' }));
    id = other.body.request.id;
    await step('decision', '2024-06-10', {
      occurredOn: '2024-06-10',
      outcomes: [
        { number: 1, outcome: 'granted' },
        { number: 2, outcome: 'no_documents' },
      ],
    });
    const v1 = await generate('decision').expect(201);
    const v2 = await generate('decision').expect(201);
    await step('sending', '2024-06-11', { occurredOn: '2024-06-11' });
    const list = (
      await api.http().get(`/api/requests/${id}/letters`).set('authorization', clerk.auth)
    ).body as { id: string; status: string; sentOn?: string }[];
    expect(list.find((l) => l.id === v1.body.id)).toMatchObject({ status: 'draft' });
    expect(list.find((l) => l.id === v2.body.id)).toMatchObject({
      status: 'sent',
      sentOn: '2024-06-11',
    });
    const status = await api.http().get(`/api/status/${other.body.statusToken}`).expect(200);
    expect(status.body.letters.map((l: { id: string }) => l.id)).toEqual([v2.body.id]);
    expect(await noticeAttachments(id)).toContainEqual([v2.body.id]);
  });

  it('should refuse the acknowledgement while the status token is revoked, and print the reissued link', async () => {
    const coordinator = await api.newUser(organisationId, 'coordinator');
    api.clock.set('2024-07-01');
    const created = await api
      .http()
      .post('/api/requests')
      .set('authorization', clerk.auth)
      .send(newRequestBody({ receivedOn: '2024-07-01' }));
    id = created.body.request.id;
    await step('acknowledge', '2024-07-01', { occurredOn: '2024-07-01' });
    const preview = () =>
      api
        .http()
        .get(`/api/requests/${id}/letters/acknowledgement/preview`)
        .set('authorization', clerk.auth);
    expect((await preview().expect(200)).text).toContain(
      `${BASE_URL}/status/${created.body.statusToken}`,
    );
    await api
      .http()
      .delete(`/api/requests/${id}/status-token`)
      .set('authorization', coordinator.auth)
      .expect(204);
    const revoked = await preview().expect(422);
    expect(revoked.body.code).toBe('LETTER.NO_STATUS_LINK');
    const reissued = await api
      .http()
      .post(`/api/requests/${id}/status-token`)
      .set('authorization', clerk.auth)
      .expect(201);
    const html = (await preview().expect(200)).text;
    expect(html).toContain(`${BASE_URL}/status/${reissued.body.statusToken}`);
    expect(html).not.toContain(created.body.statusToken);
  });

  it('should tell the end of a third-party view whose term lapsed, dated the day it is made', async () => {
    await step('third-party-views', '2024-07-02', {
      occurredOn: '2024-07-02',
      termEndsOn: '2024-07-09',
    });
    api.clock.set('2024-07-09');
    expect((await generate('third_party_view_end', { thirdParties: 'een buurman' })).status).toBe(
      422,
    );
    api.clock.set('2024-07-10');
    const end = await generate('third_party_view_end', { thirdParties: 'een buurman' }).expect(201);
    expect(end.body).toMatchObject({ letterDate: '2024-07-10' });
    const deadline = (await api.http().get(`/api/requests/${id}`).set('authorization', clerk.auth))
      .body.decisionDeadline as string;
    const text = await pdfOf(end.body.id);
    expect(text).toContain('is op dinsdag 9 juli 2024 ongebruikt verstreken');
    expect(text).toContain(`Ik beslis uiterlijk op ${weekdayNl(deadline)}`);
    expect(text).toContain('10 juli 2024');
  });
});

describe('Letters without Chromium (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let id: string;

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-02', {
      CHROMIUM_PATH: join(tmpdir(), 'no-such-dir', 'chromium'),
      PUBLIC_BASE_URL: BASE_URL,
    });
    clerk = await api.newUser(await newSeedOrganisation(api), 'clerk');
    const created = await api
      .http()
      .post('/api/requests')
      .set('authorization', clerk.auth)
      .send(newRequestBody({ receivedOn: '2024-04-02' }));
    id = created.body.request.id;
    await api
      .http()
      .post(`/api/requests/${id}/acknowledge`)
      .set('authorization', clerk.auth)
      .send({ occurredOn: '2024-04-02' })
      .expect(200);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('should answer 503 LETTER.PDF_UNAVAILABLE, store nothing, and still preview HTML', async () => {
    const events = (
      await api.http().get(`/api/requests/${id}/events`).set('authorization', clerk.auth)
    ).body.length;
    const res = await api
      .http()
      .post(`/api/requests/${id}/letters`)
      .set('authorization', clerk.auth)
      .send({ kind: 'acknowledgement' })
      .expect(503);
    expect(res.body).toMatchObject({
      statusCode: 503,
      error: 'Service Unavailable',
      code: 'LETTER.PDF_UNAVAILABLE',
    });
    expect(res.body.messageNl).toContain('Chromium');
    expect(JSON.stringify(res.body)).not.toContain('no-such-dir');
    const list = await api
      .http()
      .get(`/api/requests/${id}/letters`)
      .set('authorization', clerk.auth)
      .expect(200);
    expect(list.body).toEqual([]);
    const after = await api
      .http()
      .get(`/api/requests/${id}/events`)
      .set('authorization', clerk.auth);
    expect(after.body).toHaveLength(events);
    // a second try fails the same way (the launch is retried, not cached as broken)
    await api
      .http()
      .post(`/api/requests/${id}/letters`)
      .set('authorization', clerk.auth)
      .send({ kind: 'acknowledgement' })
      .expect(503);
    const preview = await api
      .http()
      .get(`/api/requests/${id}/letters/acknowledgement/preview`)
      .set('authorization', clerk.auth)
      .expect(200);
    expect(preview.text).toContain('Ontvangstbevestiging');
  });
});

const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** "maandag 20 mei 2024" for a 'YYYY-MM-DD' (the weekday of a calendar date, no time zone). */
function weekdayNl(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${longDate(iso)}`;
}

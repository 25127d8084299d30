// The letters to a third party made from the register over HTTP: the request for their view
// (refused until the view is asked for, with the recorded term) and the notice of a decision to
// disclose (refused until such a decision is sent, with the computed disclosure date), addressed
// to the third party as the clerk gives it. Checked in the PDF text (pdftotext).
// Needs Debian's chromium and poppler-utils, as .ci/run installs them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { weekdayDate } from '@wobdesk/letters';
import { letterPdfText, makeLetter } from '../support/letters-api.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation, postStep } from '../support/seed-case-api.js';

describe('Letters to a third party (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let id: string;
  let statusToken: string;
  const work = mkdtempSync(join(tmpdir(), 'wobdesk-third-party-letters-'));
  const addressee = {
    recipientName: 'Bouwbedrijf De Vries B.V.',
    recipientAddress: ['Industrieweg 12', '1234 AB Voorbeeldstad'],
  };

  const step = (path: string, today: string, body: Record<string, unknown>) =>
    postStep(api, clerk, id, path, today, body);
  const generate = (kind: string, input: Record<string, unknown> = {}) =>
    makeLetter(api, clerk, id, kind, input);
  const pdfOf = (letterId: string, pngName?: string) =>
    letterPdfText(api, clerk, letterId, work, pngName);

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-02', { PDF_PAGES: '1' });
    clerk = await api.newUser(await newSeedOrganisation(api), 'clerk');
    ({ id, statusToken } = await createRequest(api, clerk, { receivedOn: '2024-04-02' }));
  });

  afterAll(async () => {
    await api?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('should ask the third party for their view, addressed to them, by the recorded term', async () => {
    const early = await generate('third_party_view_request', addressee).expect(422);
    expect(early.body.code).toBe('LETTER.NO_THIRD_PARTY_VIEW');
    await step('third-party-views', '2024-04-05', {
      occurredOn: '2024-04-05',
      termEndsOn: '2024-04-19',
    });
    const missing = await generate('third_party_view_request').expect(422);
    expect(missing.body).toMatchObject({
      code: 'LETTER.INPUT_REQUIRED',
      details: { field: 'recipientName', rule: 'required' },
    });
    const res = await generate('third_party_view_request', addressee).expect(201);
    expect(res.body).toMatchObject({ kind: 'third_party_view_request', letterDate: '2024-04-05' });
    const text = await pdfOf(res.body.id, 'register-third-party-view-request');
    expect(text).toContain('Bouwbedrijf De Vries B.V. Industrieweg 12 1234 AB Voorbeeldstad');
    expect(text).toContain('Stuur uw zienswijze uiterlijk op vrijdag 19 april 2024 aan mij');
    expect(text).not.toContain('J. Jansen');
    expect(text).toContain('Geachte heer, mevrouw,');
    // A company is greeted as a body when the clerk says so.
    const company = await generate('third_party_view_request', {
      ...addressee,
      recipientIsOrganisation: true,
    }).expect(201);
    expect(await pdfOf(company.body.id)).toContain('Geacht bestuur,');
  });

  it('should keep a letter to a third party from the requester, also once it is sent', async () => {
    const letter = await generate('third_party_view_request', addressee).expect(201);
    await api
      .http()
      .post(`/api/requests/${id}/letters/${letter.body.id}/send`)
      .set('authorization', clerk.auth)
      .send({ sentOn: '2024-04-05' })
      .expect(200);
    const events = await api
      .http()
      .get(`/api/requests/${id}/events`)
      .set('authorization', clerk.auth)
      .expect(200);
    expect(events.body.at(-1)).toMatchObject({
      type: 'letter_sent',
      payload: { letterId: letter.body.id, kind: 'third_party_view_request', toRequester: false },
    });
    // Not on the requester's status, not downloadable with their link.
    const status = await api.http().get(`/api/status/${statusToken}`).expect(200);
    expect(status.body.letters.map((l: { id: string }) => l.id)).not.toContain(letter.body.id);
    await api.http().get(`/api/status/${statusToken}/letters/${letter.body.id}/pdf`).expect(404);
    // The clerk still sees it as sent.
    const mine = await api
      .http()
      .get(`/api/requests/${id}/letters`)
      .set('authorization', clerk.auth)
      .expect(200);
    expect(mine.body.find((l: { id: string }) => l.id === letter.body.id)).toMatchObject({
      status: 'sent',
    });
  });

  it('should tell the third party of the decision to disclose, with the computed date', async () => {
    await step('third-party-view-responses', '2024-04-15', { occurredOn: '2024-04-15' });
    await step('decision', '2024-04-30', {
      occurredOn: '2024-04-30',
      objectionExpected: true,
      outcomes: [
        { number: 1, outcome: 'granted' },
        { number: 2, outcome: 'granted' },
      ],
    });
    const early = await generate('third_party_disclosure').expect(422);
    expect(early.body.code).toBe('LETTER.NO_DISCLOSURE_AGAINST_OBJECTION');
    await step('sending', '2024-05-01', { occurredOn: '2024-05-01' });
    const request = await api
      .http()
      .get(`/api/requests/${id}`)
      .set('authorization', clerk.auth)
      .expect(200);
    // Sent Wednesday 1 May 2024: not disclosed before Wednesday 15 May.
    expect(request.body.deadlines.disclosureDate.date).toBe('2024-05-15');
    // Name and address as given with the request for the view.
    const res = await generate('third_party_disclosure').expect(201);
    expect(res.body).toMatchObject({
      kind: 'third_party_disclosure',
      letterDate: '2024-05-01',
      input: addressee,
    });
    const text = await pdfOf(res.body.id, 'register-third-party-disclosure');
    expect(text).toContain('Bouwbedrijf De Vries B.V. Industrieweg 12 1234 AB Voorbeeldstad');
    expect(text).toContain('Op 30 april 2024 heb ik op dat verzoek beslist.');
    expect(text).toContain(
      `niet eerder openbaar dan op ${weekdayDate('2024-05-15')}: twee weken na de verzending`,
    );
    expect(text).toContain(
      `Die termijn eindigt op ${weekdayDate(request.body.deadlines.objectionWindow.endsOn.date)}.`,
    );
  });

  it('should not offer the notice for a decision no third party is expected to object to', async () => {
    api.clock.set('2024-05-06');
    ({ id } = await createRequest(api, clerk, { receivedOn: '2024-05-06' }));
    await step('decision', '2024-05-13', {
      occurredOn: '2024-05-13',
      outcomes: [
        { number: 1, outcome: 'granted' },
        { number: 2, outcome: 'granted' },
      ],
    });
    await step('sending', '2024-05-13', { occurredOn: '2024-05-13' });
    const res = await generate('third_party_disclosure', addressee).expect(422);
    expect(res.body.code).toBe('LETTER.NO_DISCLOSURE_AGAINST_OBJECTION');
  });
});

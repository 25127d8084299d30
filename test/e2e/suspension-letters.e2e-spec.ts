// The suspension letters to the requester made from the register over HTTP: refused until their
// step is recorded, then dated by it, with the decision deadlines the register computed before
// and after, checked in the PDF text (pdftotext).
// Needs Debian's chromium and poppler-utils, as .ci/run installs them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { weekdayDate } from '@wobdesk/letters';
import { letterPdfText } from '../support/letters-api.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation, postStep } from '../support/seed-case-api.js';

describe('Suspension letters (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let id: string;
  const work = mkdtempSync(join(tmpdir(), 'wobdesk-suspension-letters-'));

  const step = (path: string, today: string, body: Record<string, unknown>) =>
    postStep(api, clerk, id, path, today, body);
  const generate = (kind: string) =>
    api.http().post(`/api/requests/${id}/letters`).set('authorization', clerk.auth).send({ kind });
  const pdfOf = (letterId: string, pngName?: string) =>
    letterPdfText(api, clerk, letterId, work, pngName);

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-02', { PDF_PAGES: '1' });
    clerk = await api.newUser(await newSeedOrganisation(api), 'clerk');
    ({ id } = await createRequest(api, clerk, { receivedOn: '2024-04-02' }));
  });

  afterAll(async () => {
    await api?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('should confirm a postponement the requester agreed to, with the new date', async () => {
    const early = await generate('suspension_agreed').expect(422);
    expect(early.body.code).toBe('LETTER.NO_AGREED_SUSPENSION');
    const view = await step('suspensions', '2024-04-08', {
      occurredOn: '2024-04-08',
      kind: 'consent',
      days: 14,
    });
    // Received Tuesday 2 April 2024: due Tuesday 30 April; fourteen days more: 14 May.
    expect(view.decisionDeadline).toBe('2024-05-14');
    const res = await generate('suspension_agreed').expect(201);
    expect(res.body).toMatchObject({
      kind: 'suspension_agreed',
      letterDate: '2024-04-08',
      subject: 'Bevestiging van uitstel van de beslissing op uw Woo-verzoek van 2 april 2024',
    });
    const text = await pdfOf(res.body.id, 'register-suspension-agreed');
    expect(text).toContain('moest ik uiterlijk op dinsdag 30 april 2024 op uw verzoek beslissen');
    expect(text).toContain('Op 8 april 2024 heeft u mij schriftelijk laten weten');
    expect(text).toContain('staat 14 dagen stil');
    expect(text).toContain('uiterlijk op dinsdag 14 mei 2024 op uw verzoek beslis');
  });

  it("should tell the end of a suspension for the requester's delay, with the new date", async () => {
    await step('suspensions', '2024-04-15', { occurredOn: '2024-04-15', kind: 'requester_delay' });
    const open = await generate('suspension_end').expect(422);
    expect(open.body.code).toBe('LETTER.NO_SUSPENSION_END');
    const view = await step('suspension-ends', '2024-04-17', {
      occurredOn: '2024-04-17',
      kind: 'requester_delay',
    });
    const res = await generate('suspension_end').expect(201);
    expect(res.body).toMatchObject({ kind: 'suspension_end', letterDate: '2024-04-17' });
    const text = await pdfOf(res.body.id, 'register-suspension-end');
    expect(text).toContain(
      'Vanaf 15 april 2024 stond de termijn om op uw verzoek te beslissen stil.',
    );
    expect(text).toContain('De reden was dat de vertraging aan u lag');
    expect(text).toContain('Die opschorting is op woensdag 17 april 2024 geëindigd.');
    // 15–17 April, three days, after the fourteen agreed: Friday 17 May.
    expect(view.decisionDeadline).toBe('2024-05-17');
    expect(text).toContain(
      `uiterlijk op ${weekdayDate(view.decisionDeadline)} op uw verzoek beslis`,
    );
  });
});

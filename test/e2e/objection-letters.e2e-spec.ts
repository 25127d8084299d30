// The letters after an objection, made from the register over HTTP: the extension of the
// decision on the objection and the decision on it, each refused until its step is recorded,
// dated by its step, with the deadlines the register computed, checked in the PDF text.
// Needs Debian's chromium and poppler-utils (pdftotext, pdftoppm), as .ci/run installs them.
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

describe('Letters after an objection (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let id: string;
  const work = mkdtempSync(join(tmpdir(), 'wobdesk-objection-letters-'));

  const step = (path: string, today: string, body: Record<string, unknown>) =>
    postStep(api, clerk, id, path, today, body);
  const generate = (kind: string, input: Record<string, unknown> = {}) =>
    makeLetter(api, clerk, id, kind, input);
  const objectionDue = async () =>
    (await api.http().get(`/api/requests/${id}`).set('authorization', clerk.auth).expect(200)).body
      .deadlines.objectionDecisionDeadline.date as string;
  const pdfOf = (letterId: string, pngName?: string) =>
    letterPdfText(api, clerk, letterId, work, pngName);

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-02', { PDF_PAGES: '1' });
    clerk = await api.newUser(await newSeedOrganisation(api), 'clerk');
    ({ id } = await createRequest(api, clerk, {
      receivedOn: '2024-04-02',
      letterDate: '2024-04-01',
    }));
    await step('decision', '2024-04-25', {
      occurredOn: '2024-04-25',
      outcomes: [
        { number: 1, outcome: 'granted' },
        {
          number: 2,
          outcome: 'refused',
          grounds: ['5.1.2.e'],
          weighing:
            'De persoonlijke levenssfeer weegt hier zwaarder dan het belang van openbaarheid.',
        },
      ],
    });
    await step('sending', '2024-04-25', { occurredOn: '2024-04-25' });
    await step('objections', '2024-05-20', { occurredOn: '2024-05-20', byPost: false });
    api.clock.set('2024-05-21');
    await generate('objection_acknowledgement', { objectionLetterDate: '2024-05-19' }).expect(201);
  });

  afterAll(async () => {
    await api?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('should tell the extension of the decision on the objection, with both dates computed', async () => {
    const early = await generate('objection_extension').expect(422);
    expect(early.body.code).toBe('LETTER.NO_OBJECTION_EXTENSION');
    const before = await objectionDue();
    await step('objection-extensions', '2024-06-20', { occurredOn: '2024-06-20', days: 28 });
    const after = await objectionDue();
    expect(after > before).toBe(true);
    const res = await generate('objection_extension').expect(201);
    expect(res.body).toMatchObject({
      kind: 'objection_extension',
      letterDate: '2024-06-20',
      subject: 'Verdaging van de beslissing op uw bezwaarschrift van 19 mei 2024',
    });
    const text = await pdfOf(res.body.id, 'register-objection-extension');
    expect(text).toContain('Onderwerp Verdaging van de beslissing op uw bezwaarschrift');
    expect(text).toContain('Op 20 mei 2024 heb ik uw bezwaarschrift van 19 mei 2024 ontvangen');
    expect(text).toContain('besluit van 25 april 2024');
    expect(text).toContain(`moest ik uiterlijk op ${weekdayDate(before)} op uw bezwaar beslissen`);
    expect(text).toContain('Daarom verdaag ik de beslissing met 28 dagen.');
    expect(text).toContain('artikel 7:10, derde lid, van de Algemene wet bestuursrecht');
    expect(text).toContain(`uiterlijk op ${weekdayDate(after)} op uw bezwaar beslis`);
  });

  it('should make the decision on the objection from the outcome, reasoning and court given', async () => {
    const early = await generate('objection_decision', {
      objectionOutcome: 'ongegrond',
      objectionReasoning: 'Uw bezwaar geeft geen nieuwe feiten.',
      court: 'de rechtbank Den Haag',
    }).expect(422);
    expect(early.body.code).toBe('LETTER.NO_OBJECTION_DECISION');
    await step('hearing-waived', '2024-07-01', {
      occurredOn: '2024-07-01',
      ground: 'objector_waived',
    });
    await step('objection-decision', '2024-07-10', {
      occurredOn: '2024-07-10',
      outcome: 'unfounded',
    });
    const missing = await generate('objection_decision').expect(422);
    expect(missing.body).toMatchObject({
      code: 'LETTER.INPUT_REQUIRED',
      details: { field: 'objectionOutcome', rule: 'required' },
    });
    const unknown = await generate('objection_decision', {
      objectionOutcome: 'half gegrond',
      objectionReasoning: 'x',
      court: 'de rechtbank Den Haag',
    }).expect(422);
    expect(unknown.body).toMatchObject({
      code: 'LETTER.INVALID_INPUT',
      details: { field: 'objectionOutcome', rule: 'oneOf' },
    });
    const noCourt = await generate('objection_decision', {
      objectionOutcome: 'ongegrond',
      objectionReasoning: 'x',
    }).expect(422);
    expect(noCourt.body.details).toMatchObject({ field: 'court', rule: 'required' });
    const blank = await generate('objection_decision', { objectionOutcome: '  ' }).expect(400);
    expect(JSON.stringify(blank.body)).toContain('objectionOutcome');

    const res = await generate('objection_decision', {
      objectionOutcome: 'niet-ontvankelijk',
      objectionReasoning: 'U heeft uw handtekening niet binnen de hersteltermijn gestuurd.',
      court: 'de rechtbank Den Haag',
    }).expect(201);
    expect(res.body).toMatchObject({
      kind: 'objection_decision',
      letterDate: '2024-07-10',
      subject: 'Beslissing op uw bezwaarschrift van 19 mei 2024',
    });
    const text = await pdfOf(res.body.id, 'register-objection-decision');
    expect(text).toContain('Datum 10 juli 2024');
    expect(text).toContain('Ik verklaar uw bezwaar niet-ontvankelijk. Niet-ontvankelijk betekent');
    expect(text).toContain('U heeft uw handtekening niet binnen de hersteltermijn gestuurd.');
    expect(text).toContain('Dan kunt u beroep instellen bij de rechtbank Den Haag.');
    expect(text).toContain(
      'binnen zes weken na de dag waarop deze beslissing aan u is verzonden (artikel 6:7 en artikel 6:8 van de Algemene wet bestuursrecht',
    );
    expect(text).not.toContain('ongegrond');
  });
});

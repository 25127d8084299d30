// The forwarding letters made from the register over HTTP: refused until the forwarding is
// recorded, then dated by it and naming the body as recorded; the letter to the body takes its
// address as input and the reason given with the notice. Checked in the PDF text (pdftotext).
// Needs Debian's chromium and poppler-utils, as .ci/run installs them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { letterPdfText, makeLetter } from '../support/letters-api.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation, postStep } from '../support/seed-case-api.js';

describe('Forwarding letters (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let id: string;
  const work = mkdtempSync(join(tmpdir(), 'wobdesk-forwarding-letters-'));
  const reason = 'Het Stationsplein is van de provincie; de adviezen zijn daar.';

  const generate = (kind: string, input: Record<string, unknown> = {}) =>
    makeLetter(api, clerk, id, kind, input);
  // A line may break after the hyphen of a name ("Noord-|Holland"), which pdftotext gives as
  // "Noord- Holland": joined again, so the passages are checked whatever the line breaks.
  const pdfOf = async (letterId: string, pngName?: string) =>
    (await letterPdfText(api, clerk, letterId, work, pngName)).replace(
      /(\p{L})- (\p{Lu})/gu,
      '$1-$2',
    );

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-02', { PDF_PAGES: '1' });
    clerk = await api.newUser(await newSeedOrganisation(api), 'clerk');
    ({ id } = await createRequest(api, clerk, { receivedOn: '2024-04-02' }));
  });

  afterAll(async () => {
    await api?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('should refuse both letters until the forwarding is recorded', async () => {
    for (const kind of ['forwarding_notice', 'forwarding_letter']) {
      const res = await generate(kind, { forwardingReason: reason }).expect(422);
      expect(res.body.code).toBe('LETTER.NOT_FORWARDED');
    }
  });

  it('should tell the requester, dated by the forwarding, naming the body as recorded', async () => {
    await postStep(api, clerk, id, 'forward', '2024-04-05', {
      occurredOn: '2024-04-04',
      to: 'gedeputeerde staten van Noord-Holland',
    });
    const missing = await generate('forwarding_notice').expect(422);
    expect(missing.body).toMatchObject({
      code: 'LETTER.INPUT_REQUIRED',
      details: { field: 'forwardingReason', rule: 'required' },
    });
    const res = await generate('forwarding_notice', { forwardingReason: reason }).expect(201);
    expect(res.body).toMatchObject({
      kind: 'forwarding_notice',
      letterDate: '2024-04-04',
      subject: 'Doorzending van uw Woo-verzoek van 2 april 2024',
    });
    const text = await pdfOf(res.body.id, 'register-forwarding-notice');
    expect(text).toContain('niet bij mij maar bij gedeputeerde staten van Noord-Holland');
    expect(text).toContain(reason);
    expect(text).toContain(
      'Daarom heb ik uw verzoek op 4 april 2024 doorgestuurd naar gedeputeerde staten van Noord-Holland. Dat moet ik doen op grond van artikel 4.2, eerste lid, van de Woo.',
    );
  });

  it('should address the letter to the body, with the address given and the reason of the notice', async () => {
    const missing = await generate('forwarding_letter').expect(422);
    expect(missing.body.details).toMatchObject({ field: 'recipientAddress', rule: 'required' });
    const malformed = await generate('forwarding_letter', { recipientAddress: 'Postbus 3007' });
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toContain('recipientAddress');
    const res = await generate('forwarding_letter', {
      recipientAddress: ['Postbus 3007', '2001 DA Haarlem'],
    }).expect(201);
    expect(res.body).toMatchObject({
      letterDate: '2024-04-04',
      input: { forwardingReason: reason, recipientAddress: ['Postbus 3007', '2001 DA Haarlem'] },
    });
    const text = await pdfOf(res.body.id);
    expect(text).toContain('Gedeputeerde staten van Noord-Holland Postbus 3007 2001 DA Haarlem');
    expect(text).toContain('Geacht bestuur,');
    expect(text).toContain('Op 2 april 2024 heb ik een verzoek ontvangen van J. Jansen.');
    expect(text).toContain(reason);
    expect(text).not.toContain('j.jansen@example.nl');
  });
});

// The seed case's generated decision tells the procedure as it happened: each step from the
// register and the letters sent, with its own medium, and the lateness of the decision. Read
// from the real PDF (pdftotext), as the requester reads it.
// Needs Debian's chromium and poppler-utils (pdftotext), as .ci/run installs them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedCase } from '@wobdesk/letters';
import { binary, pdfText } from '../support/pdf-files.js';
import { type RegisterApi, startRegisterApi, type TestUser } from '../support/register-api.js';
import { newSeedOrganisation, replaySeedCase, SEED_OUTCOMES } from '../support/seed-case-api.js';

describe('The seed decision narrative (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let coordinator: TestUser;
  let text: string;
  let organisationId: string;
  let requestId: string;
  const work = mkdtempSync(join(tmpdir(), 'wobdesk-narrative-'));

  beforeAll(async () => {
    api = await startRegisterApi('2020-03-03', {
      PDF_PAGES: '1',
      // The seed case's acknowledgement carries the status link.
      PUBLIC_BASE_URL: 'https://wobdesk.example.nl',
    });
    organisationId = await newSeedOrganisation(api);
    clerk = await api.newUser(organisationId, 'clerk');
    coordinator = await api.newUser(organisationId, 'coordinator');
    ({ id: requestId } = await replaySeedCase(api, clerk));
    text = await decisionText('seed-decision-narrative');
  });

  /** The text of a newly generated decision letter's PDF, on one line (pages as PNG with `pngName`). */
  async function decisionText(pngName?: string): Promise<string> {
    const made = await api
      .http()
      .post(`/api/requests/${requestId}/letters`)
      .set('authorization', clerk.auth)
      .send({ kind: 'decision' });
    expect(made.status).toBe(201);
    const pdf = await api
      .http()
      .get(`/api/letters/${made.body.id}/pdf`)
      .set('authorization', clerk.auth)
      .buffer(true)
      .parse(binary as never);
    expect(pdf.status).toBe(200);
    // One line of prose per sentence: pdftotext breaks lines where the page does.
    return pdfText(pdf.body as Buffer, work, pngName).replace(/\s+/g, ' ');
  }

  async function settingsOf(user: TestUser): Promise<Record<string, unknown>> {
    const res = await api
      .http()
      .get('/api/organisation/letter-settings')
      .set('authorization', user.auth);
    expect(res.status).toBe(200);
    return res.body.settings as Record<string, unknown>;
  }

  async function putSettings(user: TestUser, settings: Record<string, unknown>): Promise<void> {
    const res = await api
      .http()
      .put('/api/organisation/letter-settings')
      .set('authorization', user.auth)
      .send(settings);
    expect(res.status).toBe(200);
  }

  afterAll(async () => {
    await api?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('should tell the receipt and its confirmation by e-mail with the invitation', () => {
    expect(text).toContain('Bij brief van 27 februari 2020, ontvangen op 3 maart 2020');
    expect(text).toContain(
      'Per e-mail van 11 maart 2020 is de ontvangst van uw verzoek bevestigd en bent u uitgenodigd voor een gesprek.',
    );
  });

  it('should tell both conversations, with the summary e-mailed and the requester as "u" only', () => {
    expect(text).toContain(
      'Op woensdag 18 maart 2020 heeft een telefonisch gesprek plaatsgevonden tussen u en een van mijn medewerkers.',
    );
    expect(text).toContain(
      'Per e-mail van 19 maart 2020 is een samenvatting van dit gesprek met u gedeeld. Daarin stond het volgende:',
    );
    expect(text).toContain(
      'Er is gesproken over CATCH, het gezichtsherkenningssysteem van de politie.',
    );
    expect(text).toContain(
      'Ten slotte heeft een van mijn medewerkers op 15 april 2020 telefonisch contact met u gehad. In dat gesprek is het volgende besproken:',
    );
    expect(text).toContain(
      'U heeft bevestigd dat u geen behoefte heeft aan nadere concrete documenten over de vragen 1 tot en met 3.',
    );
  });

  it('should say the decision came 56 days after the deadline of 31 March 2020, with an apology', () => {
    expect(text).toContain(
      'Ik heb later beslist dan de wet voorschrijft. De termijn eindigde op 31 maart 2020. Dit besluit komt 56 dagen later. Het spijt mij dat u langer op dit besluit heeft moeten wachten.',
    );
  });

  it('should print the apology a coordinator sets in the letter settings', async () => {
    const current = await settingsOf(coordinator);
    await putSettings(coordinator, {
      ...current,
      lateDecisionApology: 'Mijn excuses voor het late besluit.',
    });
    const own = await decisionText();
    expect(own).toContain('Dit besluit komt 56 dagen later. Mijn excuses voor het late besluit.');
    expect(own).not.toContain('Het spijt mij');
    await putSettings(coordinator, { ...current, lateDecisionApology: null });
  });

  it('should speak as "wij" throughout when the organisation writes as "wij"', async () => {
    const current = await settingsOf(coordinator);
    await putSettings(coordinator, { ...current, voice: 'wij' });
    const wij = await decisionText('seed-decision-wij');
    await putSettings(coordinator, current);
    expect(wij).toContain(
      'Wij hebben later beslist dan de wet voorschrijft. De termijn eindigde op 31 maart 2020. Dit besluit komt 56 dagen later. Het spijt ons dat u langer op dit besluit heeft moeten wachten.',
    );
    // What the clerk typed (answers, conversation summary) is the clerk's own wording.
    const typed = [
      ...SEED_OUTCOMES.flatMap((o) => ('remarks' in o ? [o.remarks] : [])),
      ...seedCase.SEED_SUMMARY_POINTS,
    ];
    const generated = typed.reduce((rest, t) => rest.split(t).join(' '), wij);
    expect(generated).not.toBe(wij);
    expect(generated.match(/\b(ik|mij|mijn)\b/gi)).toBeNull();
    // Back to "ik": the letter is the one the other tests read.
    expect(await decisionText()).toBe(text);
  });

  it('should name items 1 to 3 together once as left out after the call of 15 April', () => {
    expect(text).toContain('Reactie op vragen 1 tot en met 3');
    expect(text).toContain(
      'In het telefoongesprek van 15 april 2020 heeft u bevestigd dat u geen behoefte heeft aan nadere concrete documenten over deze vragen.',
    );
    expect(text).toContain(
      'Daarom blijven vragen 1 tot en met 3 in het vervolg van dit besluit buiten beschouwing.',
    );
    expect(text).not.toContain('Reactie op vraag 2');
  });

  it('should answer item 4 with information and items 5 and 6 together: refused, then answered as a service', () => {
    expect(text).toContain(
      'De politie gebruikt de software voor gezichtsherkenning van het bedrijf IDEMIA.',
    );
    expect(text).toContain(
      'Ik beantwoord vraag 4 buiten de Wob om, met informatie in plaats van documenten.',
    );
    expect(text).toContain('Reactie op vragen 5 en 6');
    const refusal = text.indexOf(
      'Omdat er geen documenten zijn aangetroffen, wijs ik uw verzoek over vragen 5 en 6 op grond van de Wob af.',
    );
    const service = text.indexOf('Evenwel beantwoord ik uw vragen hieronder zo goed mogelijk.');
    expect(refusal).toBeGreaterThan(-1);
    expect(service).toBeGreaterThan(refusal);
  });

  it('should state nothing that did not happen', () => {
    expect(text).not.toContain('verdaagd');
    expect(text).not.toContain('Bij brief van 11 maart');
    expect(text).not.toContain('tussen u en verzoeker');
    expect(text).not.toContain('openbaar te maken');
  });
});

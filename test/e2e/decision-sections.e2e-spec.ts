// The decision letter's sections of current practice over HTTP, as a clerk makes them: a Woo
// decision after a third party's view, disclosing against an expected objection with a relative
// ground, carries Zienswijzen, Wijze van openbaarmaking (two weeks after bekendmaking), Plaatsing
// op internet and the weighing under its ground; a Wob decision has no Plaatsing op internet. The
// clerk's introduction, extra section and closing show in the preview and the PDF; bad input is
// refused naming the field. Needs Debian's chromium and poppler-utils, as .ci/run installs them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { weekdayDate } from '@wobdesk/letters';
import { letterPdfText, makeLetter } from '../support/letters-api.js';
import { postPageForm } from '../support/page-forms.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation, postStep } from '../support/seed-case-api.js';

const WEIGHING = 'De privacy van de omwonenden weegt zwaarder dan het belang van openbaarheid.';
const VIEWS = 'Het bedrijf wil niet dat de namen van zijn medewerkers openbaar worden.';
const INPUT = {
  introduction: 'Ik heb uw verzoek met zorg bekeken.',
  viewsSummary: VIEWS,
  ageReasoning: 'De omwonenden wonen er nog steeds; hun privacy is niet minder geworden.',
  extraSections: [{ heading: 'Contact', text: 'Heeft u vragen? Bel mij gerust.' }],
  closing: 'Ik hoop u hiermee voldoende te hebben geïnformeerd.',
};

describe('the decision letter: sections of current practice and the clerk’s own text (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  const work = mkdtempSync(join(tmpdir(), 'wobdesk-decision-sections-'));

  const pdfOf = (letterId: string, pngName?: string) =>
    letterPdfText(api, clerk, letterId, work, pngName);
  const preview = (id: string, input: Record<string, unknown>) =>
    api
      .http()
      .post(`/api/requests/${id}/letters/decision/preview`)
      .set('authorization', clerk.auth)
      .send(input);

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-02', { PDF_PAGES: '1' });
    clerk = await api.newUser(await newSeedOrganisation(api), 'clerk');
  });

  afterAll(async () => {
    await api?.close();
    rmSync(work, { recursive: true, force: true });
  });

  describe('a Woo decision after a third party’s view, disclosing against an expected objection', () => {
    let id: string;

    beforeAll(async () => {
      api.clock.set('2024-04-02');
      ({ id } = await createRequest(api, clerk, { receivedOn: '2024-04-02' }));
      const step = (path: string, today: string, body: Record<string, unknown>) =>
        postStep(api, clerk, id, path, today, body);
      await step('third-party-views', '2024-04-05', {
        occurredOn: '2024-04-05',
        termEndsOn: '2024-04-19',
      });
      await makeLetter(api, clerk, id, 'third_party_view_start', {
        thirdParties: 'een bouwbedrijf',
      }).expect(201);
      await step('third-party-view-responses', '2024-04-15', { occurredOn: '2024-04-15' });
      await step('decision', '2024-04-30', {
        occurredOn: '2024-04-30',
        objectionExpected: true,
        outcomes: [
          { number: 1, outcome: 'granted' },
          { number: 2, outcome: 'partly_granted', grounds: ['5.1.2.e'], weighing: WEIGHING },
        ],
      });
    });

    it('should show the sections and the clerk’s text in the preview, storing nothing', async () => {
      const res = await preview(id, INPUT).expect(200);
      for (const text of [
        '<h2>Motivering per weigeringsgrond</h2>',
        '<h2>Zienswijzen</h2>',
        '<h2>Wijze van openbaarmaking</h2>',
        '<h2>Plaatsing op internet</h2>',
        '<h2>Contact</h2>',
        WEIGHING,
        VIEWS,
        INPUT.introduction,
        INPUT.closing,
      ]) {
        expect(res.text).toContain(text);
      }
      const letters = await api
        .http()
        .get(`/api/requests/${id}/letters`)
        .set('authorization', clerk.auth)
        .expect(200);
      expect(letters.body.filter((l: { kind: string }) => l.kind === 'decision')).toEqual([]);
    });

    it('should print them in the PDF, stating the two-weeks rule before the sending is known', async () => {
      const made = await makeLetter(api, clerk, id, 'decision', INPUT).expect(201);
      expect(made.body.input).toEqual(INPUT);
      const text = await pdfOf(made.body.id, 'register-decision-sections-woo');
      expect(text).toContain(
        'Persoonlijke levenssfeer (artikel 5.1, tweede lid, aanhef en onder e, van de Woo) Dit is een relatieve weigeringsgrond.',
      );
      expect(text).toContain(WEIGHING);
      expect(text).toContain(
        'Zienswijzen Op 5 april 2024 heb ik een bouwbedrijf gevraagd wat zij vinden van de openbaarmaking.',
      );
      expect(text).toContain(VIEWS);
      expect(text).toContain(
        'Een derde die het niet eens is met de openbaarmaking, kan tegen dit besluit bezwaar maken.',
      );
      expect(text).toContain(
        'Daarom krijgt u de documenten twee weken nadat dit besluit is bekendgemaakt (artikel 4.4, vijfde lid, van de Woo). Bekendmaken is het versturen van dit besluit; de twee weken beginnen op de dag na die verzending.',
      );
      expect(text).toContain(
        'Plaatsing op internet Ik plaats dit besluit en de documenten die ik openbaar maak op internet (artikel 3.3, tweede lid, onder i, van de Woo).',
      );
      expect(text).toContain(
        `Informatie ouder dan vijf jaar Een deel van de informatie die ik niet openbaar maak, is ouder dan vijf jaar.`,
      );
      expect(text).toContain(INPUT.ageReasoning);
      // The annex quotes the article the reasoning rests on.
      expect(text).toContain('Bij een verzoek om informatie die ouder is dan vijf jaar');
      expect(text).toContain(`Beoordeling van het verzoek ${INPUT.introduction}`);
      expect(text).toContain('Contact Heeft u vragen? Bel mij gerust.');
      expect(text).toContain(`${INPUT.closing} Hoogachtend,`);
    });

    it('should print the date of disclosure once the sending is recorded', async () => {
      await postStep(api, clerk, id, 'sending', '2024-05-01', { occurredOn: '2024-05-01' });
      const made = await makeLetter(api, clerk, id, 'decision').expect(201);
      const text = await pdfOf(made.body.id);
      // Sent Wednesday 1 May 2024: disclosed on Wednesday 15 May.
      expect(text).toContain(`Dat is op ${weekdayDate('2024-05-15').replace(/^\S+ /, '')}.`);
    });

    it.each([
      [
        'an empty heading',
        { extraSections: [INPUT.extraSections[0], { heading: ' ', text: 'x' }] },
        'extraSections[1].heading',
        422,
      ],
      [
        'a heading too long',
        { extraSections: [{ heading: 'x'.repeat(201), text: 'x' }] },
        'extraSections[0].heading',
        422,
      ],
      [
        'a section without text',
        { extraSections: [{ heading: 'Kop' }] },
        'extraSections[0].text',
        422,
      ],
      ['an introduction too long', { introduction: 'x'.repeat(8001) }, 'introduction', 400],
      ['a section that is no object', { extraSections: ['Kop'] }, 'extraSections', 400],
    ])('should refuse %s, naming the field', async (_, input, field, status) => {
      const res = await preview(id, input).expect(status);
      const named =
        status === 422
          ? [res.body.details.field]
          : res.body.errors.map((e: { field: string }) => e.field);
      expect(named).toContain(field);
      if (status === 422) expect(res.body.code).toBe('LETTER.INVALID_INPUT');
    });

    it('should take the same text from the request page’s letter form, sections by "## " lines', async () => {
      const cookie = `wobdesk_session=${clerk.token}`;
      const page = `/verzoeken/${id}`;
      const html = (await api.http().get(page).set('cookie', cookie).expect(200)).text;
      expect(html).toMatch(/<textarea[^>]*id="brief-decision-extraSections" name="extraSections"/);
      const post = (fields: Record<string, string>) =>
        postPageForm(api, cookie, page, `${page}/brieven/decision/voorbeeld`, {
          kind: 'decision',
          ...fields,
        });
      const res = await post({
        introduction: INPUT.introduction,
        extraSections: '## Contact\r\nHeeft u vragen? Bel mij gerust.\r\n## Tot slot\r\nDank u.',
        closing: INPUT.closing,
      });
      expect(res.status).toBe(200);
      expect(res.text).toContain('<h2>Contact</h2>');
      expect(res.text).toContain('<h2>Tot slot</h2>');
      expect(res.text).toContain(INPUT.closing);
      const headless = await post({ extraSections: 'Tekst zonder kopje' });
      expect(headless.status).toBe(422);
      expect(headless.text).toContain('id="brief-decision-extraSections-fout"');
    });
  });

  it('should give a Wob decision no section Plaatsing op internet', async () => {
    api.clock.set('2022-03-01');
    const { id } = await createRequest(api, clerk, { receivedOn: '2022-03-01' });
    await postStep(api, clerk, id, 'decision', '2022-03-20', {
      occurredOn: '2022-03-20',
      outcomes: [
        { number: 1, outcome: 'granted' },
        { number: 2, outcome: 'refused', grounds: ['10.2.e'], weighing: WEIGHING },
      ],
    });
    const made = await makeLetter(api, clerk, id, 'decision').expect(201);
    const text = await pdfOf(made.body.id, 'register-decision-sections-wob');
    expect(text).toContain(
      'Persoonlijke levenssfeer (artikel 10, tweede lid, aanhef en onder e, van de Wob)',
    );
    expect(text).toContain(
      'Wijze van openbaarmaking De documenten die ik openbaar maak, stuur ik met dit besluit mee.',
    );
    expect(text).not.toContain('Plaatsing op internet');
    expect(text).not.toContain('Zienswijzen');
    // Woo 5.3 has no counterpart in the Wob.
    const age = await makeLetter(api, clerk, id, 'decision', { ageReasoning: 'x' }).expect(422);
    expect(age.body).toMatchObject({
      code: 'LETTER.NOT_UNDER_WOB',
      details: { field: 'ageReasoning' },
    });
  });
});

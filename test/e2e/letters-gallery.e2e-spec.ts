// The letter gallery: every letter kind made over the clerks' API, for the seed case replayed as
// it happened and for the demo requests of seeds/demo/requests.json (driven further where a kind
// needs a later step), each PDF written with its page images to artifacts/letters/gallery/ for a
// look by eye, and its text (pdftotext) checked for what a reader would trip over: a placeholder
// or template slip, no reference or date, no salutation, no signatory under "namens deze".
// Needs Debian's chromium and poppler-utils (.ci/run installs both).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DemoSeeder } from '@wobdesk/demo';
import { LocalDate } from '@wobdesk/domain';
import { LETTER_DEFINITIONS, type LetterKind } from '@wobdesk/letters';
import { OrganisationRepository } from '@wobdesk/persistence';
import { makeLetter } from '../support/letters-api.js';
import { binary, LETTER_ARTIFACTS } from '../support/pdf-files.js';
import { type RegisterApi, startRegisterApi, type TestUser } from '../support/register-api.js';
import {
  newSeedOrganisation,
  postStep,
  replaySeedCase,
  TEST_SIGNATORY,
} from '../support/seed-case-api.js';

const GALLERY = join(LETTER_ARTIFACTS, 'gallery');
/** The demo's "today": its requests are dated relative to it. */
const TODAY = LocalDate.parse('2026-11-25');
const day = (offset: number) => TODAY.plusDays(offset).toString();

/** What a reader must never see in a letter: a slot the template did not fill, or a slip. */
const SLIPS: readonly [string, RegExp][] = [
  ['a bracket placeholder', /\[/],
  ['a missing passage', /nog niet opgenomen/i],
  ['undefined', /undefined/],
  ['NaN', /\bNaN\b/],
  ['null', /\bnull\b/],
  ['a Handlebars slip', /\{\{|\}\}/],
  ['Invalid (date)', /Invalid/],
  ['a space before punctuation', / [,.;:]/],
  ['doubled punctuation', /,,|\.\.(?!\.)|,\.|\.,|;;|::/],
];

const THIRD_PARTY = {
  recipientName: 'Bouwbedrijf De Vries B.V.',
  recipientAddress: ['Industrieweg 12', '1234 AB Voorbeeldstad'],
};

interface Made {
  readonly kind: LetterKind;
  readonly text: string;
  readonly pages: number;
}

describe('The letter gallery: every kind, for the seed case and the demo requests (e2e)', () => {
  let api: RegisterApi;
  const work = mkdtempSync(join(tmpdir(), 'wobdesk-gallery-'));
  const made: Record<'seed' | 'demo', Made[]> = { seed: [], demo: [] };

  /** Makes the letter, stores its PDF and page images under gallery/<case>/, reads its text. */
  async function make(
    gallery: 'seed' | 'demo',
    user: TestUser,
    id: string,
    kind: LetterKind,
    input: Record<string, unknown> = {},
  ): Promise<void> {
    const res = await makeLetter(api, user, id, kind, input);
    if (res.status !== 201) throw new Error(`${gallery} ${kind}: ${res.status} ${res.text}`);
    const pdf = await api
      .http()
      .get(`/api/letters/${res.body.id}/pdf`)
      .set('authorization', user.auth)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    const dir = join(GALLERY, gallery);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${kind}.pdf`);
    writeFileSync(file, pdf.body as Buffer);
    execFileSync('pdftoppm', ['-png', '-r', '60', file, join(dir, kind)]);
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    })
      .replace(/\s+/g, ' ')
      .trim();
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    made[gallery].push({ kind, text, pages: Number(/Pages:\s+(\d+)/.exec(info)![1]) });
  }

  beforeAll(async () => {
    api = await startRegisterApi(TODAY.toString(), {
      PDF_PAGES: '1',
      PUBLIC_BASE_URL: 'https://woo.example.nl',
      STATUS_TOKEN_SECRET: 'letters-gallery-status-token-secret-0123456789',
      DEMO_PASSWORD: 'demo gallery password',
    });
    rmSync(GALLERY, { recursive: true, force: true });
    await seedGallery();
    await demoGallery();
    // Every letter kind printed twice, one after the other: about 50 s on a busy 2-core machine
    // on either database, too close to the tier's minute.
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    rmSync(work, { recursive: true, force: true });
  });

  /**
   * The seed case as it happened (acknowledged with an invitation, two conversations, decided
   * late), then an objection to its decision, extended and decided: the letters of its story.
   */
  async function seedGallery() {
    const clerk = await api.newUser(await newSeedOrganisation(api), 'clerk');
    const { id } = await replaySeedCase(api, clerk);
    const step = (path: string, today: string, body: Record<string, unknown>) =>
      postStep(api, clerk, id, path, today, body);
    const letter = (kind: LetterKind, input: Record<string, unknown> = {}) =>
      make('seed', clerk, id, kind, input);
    await letter('acknowledgement', { conversationInvitation: true });
    await letter('conversation_summary');
    await letter('decision');
    await step('objections', '2020-06-30', { occurredOn: '2020-06-30', byPost: false });
    await letter('objection_acknowledgement', { objectionLetterDate: '2020-06-29' });
    await step('objection-extensions', '2020-08-06', { occurredOn: '2020-08-06', days: 42 });
    await letter('objection_extension');
    await step('hearing-waived', '2020-08-06', {
      occurredOn: '2020-08-06',
      ground: 'objector_waived',
    });
    await step('objection-decision', '2020-09-10', {
      occurredOn: '2020-09-10',
      outcome: 'unfounded',
    });
    await letter('objection_decision', {
      objectionOutcome: 'ongegrond',
      objectionReasoning:
        'Ik heb opnieuw gezocht en geen andere documenten gevonden dan die ik in het besluit noemde.',
      court: 'de rechtbank Den Haag',
    });
  }

  /**
   * The demo requests, each taken the next steps its state allows: the one not yet acknowledged
   * forwarded, an acknowledged one asked to clarify (left unanswered, so not handled), the
   * extended one postponed, the one with a third-party view through to its decision, the decided one through
   * an objection.
   */
  async function demoGallery() {
    // The seed replay left the clock in 2020; the demo's dates count back from its today.
    api.clock.set(TODAY.toString());
    const report = await api.app.get(DemoSeeder).run();
    const organisation = await api.app
      .get(OrganisationRepository)
      .findByName(report.organisation.name);
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: report.login.email, password: report.login.password })
      .expect(200);
    const auth = `Bearer ${login.body.token as string}`;
    const clerk = { auth } as TestUser;
    const list = await api
      .http()
      .get('/api/requests?pageSize=100')
      .set('authorization', auth)
      .expect(200);
    const idOf = (requester: string) => {
      const found = (
        list.body.items as { id: string; requesterName?: string; requester?: { name: string } }[]
      ).find((r) => (r.requesterName ?? r.requester?.name) === requester);
      if (!found)
        throw new Error(`no demo request of ${requester}: ${JSON.stringify(list.body.items[0])}`);
      return found.id;
    };
    expect(organisation?.signatoryName).toBeTruthy();
    const step = (id: string, path: string, offset: number, body: Record<string, unknown> = {}) =>
      postStep(api, clerk, id, path, day(offset), { occurredOn: day(offset), ...body });
    const letter = (id: string, kind: LetterKind, input: Record<string, unknown> = {}) =>
      make('demo', clerk, id, kind, input);

    // Registered three days ago, nothing done yet: it belongs with another body.
    const camera = idOf('Stichting Open Camera');
    await step(camera, 'forward', 0, { to: 'de burgemeester van Amsterdam' });
    const reason = 'Het cameratoezicht op straat is een taak van de burgemeester, niet van mij.';
    await letter(camera, 'forwarding_notice', { forwardingReason: reason });
    await letter(camera, 'forwarding_letter', {
      recipientAddress: ['Postbus 202', '1000 AE  Amsterdam'],
    });
    // Recorded as the running text names the body; the address block starts with a capital.
    expect(made.demo.at(-1)!.text).toContain('De burgemeester van Amsterdam Postbus 202');

    // Acknowledged: the acknowledgement, then a clarification that gets no answer.
    const bakker = idOf('M. Bakker');
    await letter(bakker, 'acknowledgement');
    await step(bakker, 'clarification-requests', 0, { termEndsOn: day(14) });
    await letter(bakker, 'clarification_request', {
      explanation: 'Uw verzoek noemt geen periode en geen gemeenten.',
      questions: ['Over welke jaren gaat uw verzoek?', 'Om welke gemeenten gaat het?'],
    });
    await step(bakker, 'not-handled', 15);
    await letter(bakker, 'not_handled_decision');

    // Extended six days ago, then postponed with consent and held up by the requester.
    const vries = idOf('J. de Vries');
    await letter(vries, 'extension');
    await step(vries, 'suspensions', 0, { kind: 'consent', days: 14 });
    await letter(vries, 'suspension_agreed');
    await step(vries, 'suspensions', 1, { kind: 'requester_delay' });
    await step(vries, 'suspension-ends', 3, { kind: 'requester_delay' });
    await letter(vries, 'suspension_end');

    // A third party asked for its view: the letters of the view, then the decision to disclose.
    const redactie = idOf('Redactie Digitaal Bestuur');
    await letter(redactie, 'conversation_summary');
    await letter(redactie, 'third_party_view_start', { thirdParties: 'twee gemeenten' });
    await letter(redactie, 'third_party_view_request', THIRD_PARTY);
    await step(redactie, 'third-party-view-responses', 2);
    await letter(redactie, 'third_party_view_end');
    await step(redactie, 'decision', 4, {
      objectionExpected: true,
      outcomes: [
        { number: 1, outcome: 'granted' },
        { number: 2, outcome: 'granted' },
      ],
    });
    await step(redactie, 'sending', 4);
    await letter(redactie, 'third_party_disclosure');

    // Decided and sent twenty days ago (the Woo decision with its annex), then objected to.
    const privacy = idOf('Vereniging Privacy Eerst');
    await letter(privacy, 'decision');
    await step(privacy, 'objections', -2, { byPost: false });
    await letter(privacy, 'objection_acknowledgement', { objectionLetterDate: day(-3) });
    await step(privacy, 'objection-extensions', 30, { days: 28 });
    await letter(privacy, 'objection_extension');
    await step(privacy, 'hearings', 35, { hearingOn: day(40), place: 'Stadhuis, zaal 3' });
    await step(privacy, 'hearing-held', 40, { report: 'De bezwaarmaker lichtte het bezwaar toe.' });
    await step(privacy, 'objection-decision', 50, { outcome: 'well_founded', newDecision: true });
    await letter(privacy, 'objection_decision', {
      objectionOutcome: 'gegrond',
      objectionReasoning:
        'De namen van de medewerkers staan al in openbare stukken. Ik maak ze daarom alsnog openbaar.',
      court: 'de rechtbank Den Haag',
    });
  }

  it('should have made every letter kind, for the seed case or for the demo', () => {
    const kinds = new Set([...made.seed, ...made.demo].map((m) => m.kind));
    expect([...kinds].sort()).toEqual(Object.keys(LETTER_DEFINITIONS).sort());
    // The seed case's own story: its acknowledgement, the summary, the decision, the objection.
    expect(made.seed.map((m) => m.kind)).toEqual([
      'acknowledgement',
      'conversation_summary',
      'decision',
      'objection_acknowledgement',
      'objection_extension',
      'objection_decision',
    ]);
  });

  describe.each(['seed', 'demo'] as const)('the %s letters', (gallery) => {
    const signatory = TEST_SIGNATORY.name;

    it('should print no placeholder or template slip anywhere', () => {
      for (const { kind, text } of made[gallery]) {
        for (const [slip, pattern] of SLIPS) {
          const at = pattern.exec(text);
          expect(
            at &&
              `${kind}: ${slip} in "…${text.slice(Math.max(0, at.index - 60), at.index + 40)}…"`,
          ).toBeNull();
        }
      }
    });

    it('should give each letter our reference, a date, a salutation and the signatory', () => {
      for (const { kind, text } of made[gallery]) {
        expect(`${kind}: ${/Ons kenmerk \d+/.test(text)}`).toBe(`${kind}: true`);
        expect(`${kind}: ${/Datum \d{1,2} [a-z]+ \d{4}/.test(text)}`).toBe(`${kind}: true`);
        expect(`${kind}: ${/(Geachte (heer|mevrouw)[^,]*|Geacht bestuur),/.test(text)}`).toBe(
          `${kind}: true`,
        );
        expect(`${kind}: ${/namens deze,? .*mr\. drs\. A\.B\. de Vries/.test(text)}`).toBe(
          `${kind}: true`,
        );
        expect(text).toContain(signatory);
      }
    });
  });
});

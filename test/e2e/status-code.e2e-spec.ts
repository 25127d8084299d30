// The way in from paper over HTTP: the kenmerk and the code printed in the acknowledgement (read
// from its PDF with pdftotext) open the request's status page through the /status form; a wrong
// pair gets one generic answer, whichever half is wrong; the form is rate-limited like the link.
// Needs Debian's chromium, fonts-open-sans and poppler-utils, as .ci/run installs them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { letterPdfText, makeLetter } from '../support/letters-api.js';
import {
  newRequestBody,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation, postStep } from '../support/seed-case-api.js';

const BASE_URL = 'https://woo.example.nl';
const NO_MATCH = 'Met dit kenmerk en deze code vinden wij geen verzoek.';
/** Posts of the status form (and status page loads) a client may make per minute here. */
const LIMIT = 8;

describe('the /status form with kenmerk and code (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let reference: string;
  let code: string;
  let statusToken: string;
  const work = mkdtempSync(join(tmpdir(), 'wobdesk-status-code-'));

  /** Posts the form as a browser does: its CSRF token from the form page first. */
  async function postForm(fields: Record<string, string>) {
    const form = await api.http().get('/status').expect(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!;
    const cookies = ([] as string[])
      .concat(form.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0]);
    return api
      .http()
      .post('/status')
      .set('cookie', cookies.join('; '))
      .type('form')
      .send(new URLSearchParams({ _csrf: csrf, ...fields }).toString());
  }

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-02', {
      PDF_PAGES: '1',
      PUBLIC_BASE_URL: BASE_URL,
      STATUS_RATE_LIMIT: String(LIMIT),
    });
    const organisationId = await newSeedOrganisation(api);
    clerk = await api.newUser(organisationId, 'clerk');
    const created = await api
      .http()
      .post('/api/requests')
      .set('authorization', clerk.auth)
      .send(newRequestBody({ receivedOn: '2024-04-02', letterDate: '2024-04-01' }))
      .expect(201);
    statusToken = created.body.statusToken;
    const id = created.body.request.id;
    await postStep(api, clerk, id, 'acknowledge', '2024-04-04', { occurredOn: '2024-04-04' });
    const letter = await makeLetter(api, clerk, id, 'acknowledgement').expect(201);
    const text = await letterPdfText(
      api,
      clerk,
      letter.body.id,
      work,
      'status-code-acknowledgement',
    );
    // What the requester reads on paper: where to go, the kenmerk and the code.
    const printed =
      /ga naar (\S+) en vul uw kenmerk (\S+) en deze code in: ([A-Z2-9]{4}-[A-Z2-9]{4})\./.exec(
        text,
      );
    expect(printed).not.toBeNull();
    expect(printed![1]).toBe(`${BASE_URL}/status`);
    expect(printed![2]).toBe(created.body.request.reference);
    [, , reference, code] = printed!;
  });

  afterAll(async () => {
    await api?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('should show a form with both fields', async () => {
    const page = await api.http().get('/status').expect(200);
    expect(page.text).toContain('<h1 class="utrecht-heading-1">Uw verzoek volgen</h1>');
    expect(page.text).toContain('name="kenmerk"');
    expect(page.text).toContain('name="code"');
  });

  it('should lead from the printed kenmerk and code to the status page, in any case, with or without the dash', async () => {
    const typed = await postForm({ kenmerk: reference, code: code.toLowerCase().replace('-', '') });
    expect(typed.status).toBe(303);
    expect(typed.headers.location).toBe(`/status/${statusToken}`);
    const page = await api.http().get(typed.headers.location!).expect(200);
    expect(page.text).toContain(`Uw verzoek met kenmerk ${reference}`);
  });

  it('should give the same generic answer for a wrong code, an unknown kenmerk and a malformed code', async () => {
    const wrongCode = code.startsWith('Z') ? `Y${code.slice(1)}` : `Z${code.slice(1)}`;
    const answers = await Promise.all([
      postForm({ kenmerk: reference, code: wrongCode }),
      postForm({ kenmerk: '999999', code }),
      postForm({ kenmerk: reference, code: 'O0O0' }),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.headers.location).toBeUndefined();
      expect(answer.text).toContain(NO_MATCH);
      expect(answer.text).not.toContain(statusToken);
    }
  });

  it('should name the empty field with a 400', async () => {
    const empty = await postForm({ kenmerk: reference, code: '' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Vul de code uit de brief in.');
    expect(empty.text).not.toContain('Vul het kenmerk uit de brief in.');
  });

  it('should refuse further tries with 429 once the limit is reached', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 1; i++) {
      statuses.push((await postForm({ kenmerk: reference, code: 'AAAA-AAAA' })).status);
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s !== 404 && s !== 429)).toEqual([]);
    // The right pair is refused too while the limit holds: guessing gains nothing.
    expect((await postForm({ kenmerk: reference, code })).status).toBe(429);
  });
});

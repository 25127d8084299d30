// Who made a request, over HTTP: a person (the default) or an organisation. Stored with the
// request and shown in its view; the letters greet an organisation "Geacht bestuur," unless the
// clerk gave a salutation. A kind the API does not know is a 400 naming `requester.kind`, with
// nothing stored. Read from the real PDF (pdftotext); needs chromium and poppler-utils.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { letterPdfText, makeLetter } from '../support/letters-api.js';
import { postPageForm } from '../support/page-forms.js';
import {
  createRequest,
  newRequestBody,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation, postStep } from '../support/seed-case-api.js';

describe('The requester kind (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  const work = mkdtempSync(join(tmpdir(), 'wobdesk-requester-kind-'));

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-02', {
      PDF_PAGES: '1',
      // The acknowledgement carries the status link.
      PUBLIC_BASE_URL: 'https://wobdesk.example.nl',
    });
    clerk = await api.newUser(await newSeedOrganisation(api), 'clerk');
  });

  afterAll(async () => {
    await api?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const requester = (extra: Record<string, unknown>) => ({
    requester: { name: 'Stichting Open Stad', email: 'info@openstad.example.nl', ...extra },
  });

  /** The acknowledgement's text from its salutation on, on one line. */
  async function acknowledgementFrom(id: string): Promise<string> {
    await postStep(api, clerk, id, 'acknowledge', '2024-04-02', { occurredOn: '2024-04-02' });
    const made = await makeLetter(api, clerk, id, 'acknowledgement').expect(201);
    const text = (await letterPdfText(api, clerk, made.body.id, work)).replace(/\s+/g, ' ');
    return text.slice(text.indexOf('Geacht'));
  }

  it('should greet an organisation "Geacht bestuur," and show its kind', async () => {
    const { id } = await createRequest(api, clerk, requester({ kind: 'organisation' }));
    const view = await api
      .http()
      .get(`/api/requests/${id}`)
      .set('authorization', clerk.auth)
      .expect(200);
    expect(view.body.requester).toMatchObject({
      name: 'Stichting Open Stad',
      kind: 'organisation',
    });
    expect(await acknowledgementFrom(id)).toMatch(/^Geacht bestuur, Bij e-mail/);
  });

  it('should greet a person as before when no kind is given, and keep a salutation given', async () => {
    const { id: person } = await createRequest(api, clerk);
    expect(await acknowledgementFrom(person)).toMatch(/^Geachte heer, mevrouw, Bij e-mail/);
    const { id: named } = await createRequest(
      api,
      clerk,
      requester({ kind: 'organisation', salutation: 'Geachte mevrouw Bakker' }),
    );
    expect(await acknowledgementFrom(named)).toMatch(/^Geachte mevrouw Bakker, Bij e-mail/);
  });

  it('should open a letter on a request from the web form with the day it came in, not a letter of theirs', async () => {
    const { id } = await createRequest(api, clerk, {
      channel: 'web_form',
      receivedOn: '2024-03-28',
    });
    expect(await acknowledgementFrom(id)).toMatch(
      /^Geachte heer, mevrouw, Op 28 maart 2024 heeft u via ons webformulier met een beroep op de /,
    );
  });

  it('should refuse a kind it does not know with a 400 naming requester.kind, storing nothing', async () => {
    const list = () => api.http().get('/api/requests').set('authorization', clerk.auth).expect(200);
    const before = (await list()).body.total;
    const res = await api
      .http()
      .post('/api/requests')
      .set('authorization', clerk.auth)
      .send(newRequestBody(requester({ kind: 'company' })))
      .expect(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'requester.kind', rule: 'isIn' }),
    ]);
    expect((await list()).body.total).toBe(before);
  });

  it("should take the kind on the clerk's form, and show a kind it does not know by its field", async () => {
    const cookie = `wobdesk_session=${clerk.token}`;
    const fields = {
      requesterName: 'Dagblad De Stad',
      requesterEmail: 'redactie@destad.example.nl',
      subject: 'Stukken over de nieuwe brug',
      item1: 'Alle adviezen',
      receivedOn: '2024-04-02',
      channel: 'email',
    };
    const page = await api.http().get('/verzoeken/nieuw').set('cookie', cookie).expect(200);
    expect(page.text).toContain('<option value="organisation">');
    const bad = await postPageForm(api, cookie, '/verzoeken/nieuw', '/verzoeken/nieuw', {
      ...fields,
      requesterKind: 'company',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toMatch(
      /id="nieuw-requesterKind-fout"[^>]*>[^<]*Kies een van de mogelijkheden/,
    );
    const good = await postPageForm(api, cookie, '/verzoeken/nieuw', '/verzoeken/nieuw', {
      ...fields,
      requesterKind: 'organisation',
    });
    expect(good.status).toBe(303);
    const list = await api
      .http()
      .get('/api/requests?text=brug')
      .set('authorization', clerk.auth)
      .expect(200);
    const view = await api
      .http()
      .get(`/api/requests/${list.body.items[0].id}`)
      .set('authorization', clerk.auth)
      .expect(200);
    expect(view.body.requester).toMatchObject({ name: 'Dagblad De Stad', kind: 'organisation' });
  });
});

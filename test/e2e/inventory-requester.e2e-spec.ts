// From the documents to the requester: the outcome proposed from the assessments decides the
// item, the decision letter carries the inventory list, and the status link shows how many
// documents were found and, once the decision is sent, the list — never a document's text nor
// the file name of one not disclosed, and nothing on another request's status link.
import { minimalPdf } from '../support/document-files.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation } from '../support/seed-case-api.js';

const SECRET_NAME = 'notulen-geheim-overleg-minister.pdf';
const SECRET_TEXT = 'Vertrouwelijke inhoud van het overleg';
const HEADER =
  'ID,Matter,Family,Email Thread ID,Document,File Type,Datum,Beoordeling,Opgeschort,' +
  'Beoordelingsgrond,Toelichting,Publieke Link,Gerelateerd ID,Zaaknummer';

describe('the inventory for the requester (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let id: string;
  let token: string;
  let otherToken: string;

  const http = () => api.http();
  const status = async (t = token) => (await http().get(`/api/status/${t}`).expect(200)).body;

  beforeAll(async () => {
    api = await startRegisterApi('2026-03-20');
    clerk = await api.newUser(await newSeedOrganisation(api));
    ({ id, statusToken: token } = await createRequest(api, clerk, {
      receivedOn: '2026-03-02',
      items: [{ text: 'Alle verslagen van overleg' }],
    }));
    ({ statusToken: otherToken } = await createRequest(api, clerk, { receivedOn: '2026-03-02' }));
  });

  afterAll(() => api?.close());

  it('shows no documents before any were added', async () => {
    expect((await status()).documents).toBeUndefined();
  });

  it('shows how many were found once added, and no list before the decision is sent', async () => {
    await http()
      .post(`/api/requests/${id}/documents`)
      .set('authorization', clerk.auth)
      .attach('files', minimalPdf(['Openbaar verslag']), 'verslag-openbaar.pdf')
      .attach('files', minimalPdf([SECRET_TEXT]), SECRET_NAME)
      .attach('files', minimalPdf(['Deels openbaar verslag']), 'verslag-deels.pdf')
      .expect(201);
    expect((await status()).documents).toEqual({ found: 3, copies: 0 });
    expect((await status(otherToken)).documents).toBeUndefined();
  });

  it('decides the item as its documents propose, and the letter lists them', async () => {
    const csv = [
      HEADER,
      '1,X-1,,,Verslag overleg 1,pdf,2026-01-05,Openbaar,,,,,,',
      '2,X-1,,,Verslag overleg 2,pdf,2026-01-12,Niet openbaar,,5.1.2e,,,,',
      '3,X-1,,,Verslag overleg 3,pdf,2026-01-19,Deels openbaar,,5.1.2e,,,,',
    ].join('\r\n');
    // The sheet's Document column is not imported: the register keeps its own descriptions.
    await http()
      .post(`/api/requests/${id}/inventory`)
      .set('authorization', clerk.auth)
      .attach('file', Buffer.from(csv), 'inventaris.csv')
      .expect(200);
    const proposed = await http()
      .get(`/api/requests/${id}/outcome-proposals`)
      .set('authorization', clerk.auth)
      .expect(200);
    const [item] = proposed.body.items;
    expect(item).toMatchObject({ number: 1, outcome: 'partly_granted', grounds: ['5.1.2.e'] });
    await http()
      .post(`/api/requests/${id}/decision`)
      .set('authorization', clerk.auth)
      .send({
        occurredOn: '2026-03-20',
        outcomes: [
          {
            number: 1,
            outcome: item.outcome,
            grounds: item.grounds,
            weighing: 'De privacy van de deelnemers weegt hier zwaarder dan openbaarheid.',
          },
        ],
      })
      .expect(200);
    const made = await http()
      .post(`/api/requests/${id}/letters`)
      .set('authorization', clerk.auth)
      .send({ kind: 'decision' })
      .expect(201);
    const html = (
      await http().get(`/api/letters/${made.body.id}/html`).set('authorization', clerk.auth)
    ).text;
    expect(html).toContain('BIJLAGE 2: Inventarislijst');
    expect(html).not.toContain(SECRET_TEXT);
    await http()
      .post(`/api/requests/${id}/letters/${made.body.id}/send`)
      .set('authorization', clerk.auth)
      .send({ sentOn: '2026-03-20' })
      .expect(200);
  });

  it('shows the inventory after the decision is sent, without text or undisclosed file names', async () => {
    const view = await status();
    expect(view.documents.found).toBe(3);
    expect(
      view.documents.inventory.map((r: { number: number; assessmentNl: string }) => [
        r.number,
        r.assessmentNl,
      ]),
    ).toEqual([
      [1, 'Openbaar'],
      [2, 'Niet openbaar'],
      [3, 'Deels openbaar'],
    ]);
    expect(view.documents.inventory[1]).toMatchObject({ grounds: ['5.1.2.e'] });
    const json = JSON.stringify(view);
    expect(json).not.toContain(SECRET_NAME);
    expect(json).not.toContain(SECRET_TEXT);
    expect(json).not.toContain('verslag-deels.pdf');

    const page = (await http().get(`/status/${token}`).expect(200)).text;
    expect(page).toContain('Wij hebben 3 documenten gevonden.');
    expect(page).toContain('Inventarislijst');
    expect(page).toContain('artikel 5.1, tweede lid, aanhef en onder e, van de Woo');
    expect(page).not.toContain(SECRET_NAME);
    expect(page).not.toContain(SECRET_TEXT);
  });

  it("never shows them on another request's status link", async () => {
    const other = await status(otherToken);
    expect(other.documents).toBeUndefined();
    const page = (await http().get(`/status/${otherToken}`).expect(200)).text;
    expect(page).not.toContain('Inventarislijst');
    expect(page).not.toContain('documenten gevonden');
  });
});

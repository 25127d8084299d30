// A duplicate is listed once wherever the inventory appears: the export (a copy is no row of its
// own; its twin's row names it under Gerelateerd ID), the import (a copy's row is refused; the
// twin's row assesses its copies), the outcome proposals, the clerk's inventory page, the
// decision's BIJLAGE 2 (HTML and PDF text) and the requester's status page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readInventoryXlsx } from '@wobdesk/inventory';
import { DataSource } from 'typeorm';
import { emailWith, minimalPdf } from '../support/document-files.js';
import { binary, pdfText } from '../support/pdf-files.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation } from '../support/seed-case-api.js';
import { rawQuery } from '../support/raw-sql.js';

const HEADER =
  'ID,Matter,Family,Email Thread ID,Document,File Type,Datum,Beoordeling,Opgeschort,' +
  'Beoordelingsgrond,Toelichting,Publieke Link,Gerelateerd ID,Zaaknummer';

describe('a duplicate listed once in the inventory (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let id: string;
  let token: string;
  let reference: string;

  const http = () => api.http();
  const assessments = async () =>
    (await rawQuery(
      api.app.get(DataSource),
      `SELECT "number", "assessment", "grounds" FROM "document" WHERE "request_id" = ? ORDER BY "number"`,
      [id],
    )) as { number: number; assessment: string | null; grounds: string | null }[];
  const importCsv = (...lines: string[]) =>
    http()
      .post(`/api/requests/${id}/inventory`)
      .set('authorization', clerk.auth)
      .attach('file', Buffer.from([HEADER, ...lines].join('\r\n')), 'inventaris.csv');
  const exportXlsx = async () => {
    const res = await http()
      .get(`/api/requests/${id}/inventory.xlsx`)
      .set('authorization', clerk.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    return res.body as Buffer;
  };

  beforeAll(async () => {
    api = await startRegisterApi('2026-03-20');
    clerk = await api.newUser(await newSeedOrganisation(api));
    ({ id, statusToken: token } = await createRequest(api, clerk, {
      receivedOn: '2026-03-02',
      items: [{ text: 'Alle verslagen en e-mails over het Stationsplein' }],
    }));
    const verslag = minimalPdf(['Verslag overleg Stationsplein']);
    // 1 and 3 are the same bytes: 3 is an exact duplicate, listed under 1. 4 and 5 are one thread.
    await http()
      .post(`/api/requests/${id}/documents`)
      .set('authorization', clerk.auth)
      .attach('files', verslag, 'verslag.pdf')
      .attach('files', minimalPdf(['Advies over de bomen']), 'advies.pdf')
      .attach('files', verslag, 'verslag-kopie.pdf')
      .attach(
        'files',
        emailWith('Stationsplein', 'Mon, 2 Mar 2026 10:00:00 +0100', 'Hoe staat het ervoor?', [], {
          messageId: '<begin@gemeente.example>',
        }),
        'vraag.eml',
      )
      .attach(
        'files',
        emailWith('Re: Stationsplein', 'Tue, 3 Mar 2026 10:00:00 +0100', 'Het loopt goed.', [], {
          messageId: '<antwoord@gemeente.example>',
          inReplyTo: '<begin@gemeente.example>',
          references: '<begin@gemeente.example>',
        }),
        'antwoord.eml',
      )
      .expect(201);
    reference = (await http().get(`/api/requests/${id}`).set('authorization', clerk.auth)).body
      .reference as string;
  });

  afterAll(() => api?.close());

  it('refuses the export while a listed document is unassessed, not counting the copy', async () => {
    const res = await http()
      .get(`/api/requests/${id}/inventory.csv`)
      .set('authorization', clerk.auth)
      .expect(409);
    expect(res.body.details).toEqual({ unassessed: 4, numbers: [1, 2, 4, 5] });
    expect(res.body.messageNl).toContain('4 van de 4 documenten');
  });

  it('refuses a row for a copy, naming its twin, and changes nothing', async () => {
    const before = await assessments();
    const res = await importCsv(
      '1,X-1,,,Verslag,pdf,2026-01-05,Openbaar,,,,,,',
      '3,X-1,,,Verslag kopie,pdf,2026-01-05,Niet openbaar,,5.1.2e,,,,',
    ).expect(422);
    expect(res.body.details.errors).toEqual([
      expect.objectContaining({ row: 3, column: 'ID', code: 'id_is_copy' }),
    ]);
    expect(res.body.details.errors[0].message).toContain('kopie van document 1');
    expect(await assessments()).toEqual(before);
  });

  it("assesses a copy with its twin's row on import", async () => {
    const res = await importCsv(
      '1,X-1,,,Verslag,pdf,2026-01-05,Deels openbaar,,5.1.2e,,,,',
      '2,X-1,,,Advies,pdf,2026-01-12,Openbaar,,,,,,',
      '4,X-1,,,Vraag,email,2026-03-02,Openbaar,,,,,,',
      '5,X-1,,,Antwoord,email,2026-03-03,Openbaar,,,,,,',
    ).expect(200);
    expect(res.body.numbers).toEqual([1, 3, 2, 4, 5]);
    const stored = await assessments();
    expect(stored.find((d) => d.number === 3)).toEqual({
      number: 3,
      assessment: 'partly_public',
      grounds: '["5.1.2.e"]',
    });
  });

  it('exports no row for the copy; its twin names it, and a thread is told by a number', async () => {
    const sheet = await readInventoryXlsx(Readable.from([await exportXlsx()]), { law: 'woo' });
    expect(sheet.issues).toEqual([]);
    const rows = sheet.rows.map((r) => r.row);
    expect(rows.map((r) => r.id)).toEqual(['1', '2', '4', '5']);
    expect(rows[0]!.relatedIds).toEqual([`${reference}-3`]);
    expect(rows[1]!.relatedIds).toEqual([]);
    // The thread's number is that of its first mail in the request: digits, as the platform asks.
    expect(rows.map((r) => r.emailThreadId)).toEqual([undefined, undefined, '4', '4']);
  });

  it('imports its own export back to the same assessments', async () => {
    const before = await assessments();
    await http()
      .post(`/api/requests/${id}/inventory`)
      .set('authorization', clerk.auth)
      .attach('file', await exportXlsx(), 'inventaris.xlsx')
      .expect(200);
    expect(await assessments()).toEqual(before);
  });

  it('assesses the copies with their twin on the API, and counts a document once in the proposals', async () => {
    await http()
      .patch(`/api/requests/${id}/documents/1`)
      .set('authorization', clerk.auth)
      .send({
        assessment: 'not_public',
        grounds: ['5.1.2.e'],
        reasoning: 'De namen van de deelnemers blijven geheim; hun privacy weegt zwaarder.',
      })
      .expect(200);
    expect((await assessments()).find((d) => d.number === 3)?.assessment).toBe('not_public');
    const listed = await http()
      .get(`/api/requests/${id}/inventory`)
      .set('authorization', clerk.auth)
      .expect(200);
    const byNumber = (n: number) =>
      (listed.body.documents as { number: number; copyNumbers: number[] }[]).find(
        (d) => d.number === n,
      );
    expect(byNumber(1)).toMatchObject({ copyNumbers: [3], duplicateOfNumber: null });
    expect(byNumber(3)).toMatchObject({ copyNumbers: [], duplicateOfNumber: 1 });
    // The copy itself cannot be assessed apart from its twin: nothing changes.
    const refused = await http()
      .patch(`/api/requests/${id}/documents/3`)
      .set('authorization', clerk.auth)
      .send({ assessment: 'public' })
      .expect(422);
    expect(refused.body.details).toMatchObject({ field: 'assessment', rule: 'copy_follows_twin' });
    expect((await assessments()).find((d) => d.number === 3)?.assessment).toBe('not_public');
    const proposed = await http()
      .get(`/api/requests/${id}/outcome-proposals`)
      .set('authorization', clerk.auth)
      .expect(200);
    expect(proposed.body.items[0]).toMatchObject({ counted: 4, outcome: 'partly_granted' });
  });

  it('gives a copy added later the assessment of its twin', async () => {
    await http()
      .post(`/api/requests/${id}/documents`)
      .set('authorization', clerk.auth)
      .attach('files', minimalPdf(['Verslag overleg Stationsplein']), 'verslag-nogmaals.pdf')
      .expect(201);
    expect((await assessments()).find((d) => d.number === 6)).toEqual({
      number: 6,
      assessment: 'not_public',
      grounds: '["5.1.2.e"]',
    });
  });

  it('shows the copy under its twin on the inventory page', async () => {
    const page = (
      await http()
        .get(`/verzoeken/${id}/inventaris`)
        .set('cookie', `wobdesk_session=${clerk.token}`)
        .expect(200)
    ).text;
    expect(page).toContain('(ook nrs. 3, 6)');
    expect(page).toContain('kopie van nr. 1');
    expect(page).toContain('als nr. 1');
  });

  it("lists each document once in the decision's BIJLAGE 2 and on the status page", async () => {
    await http()
      .post(`/api/requests/${id}/decision`)
      .set('authorization', clerk.auth)
      .send({
        occurredOn: '2026-03-20',
        outcomes: [
          {
            number: 1,
            outcome: 'partly_granted',
            grounds: ['5.1.2.e'],
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
    expect(html).toContain('Deze lijst noemt de 4 documenten');
    expect(html).toContain('(ook nrs. 3, 6)');
    const pdf = await http()
      .get(`/api/letters/${made.body.id}/pdf`)
      .set('authorization', clerk.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const dir = mkdtempSync(join(tmpdir(), 'wobdesk-listed-once-'));
    try {
      const text = pdfText(pdf.body as Buffer, dir, 'besluit-inventaris-kopie');
      expect(text).toContain('BIJLAGE 2: Inventarislijst');
      expect(text).toContain('(ook nrs. 3, 6)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await http()
      .post(`/api/requests/${id}/letters/${made.body.id}/send`)
      .set('authorization', clerk.auth)
      .send({ sentOn: '2026-03-20' })
      .expect(200);

    const view = (await http().get(`/api/status/${token}`).expect(200)).body;
    expect(view.documents.found).toBe(4);
    expect(view.documents.copies).toBe(2);
    expect(view.documents.inventory.map((r: { number: number }) => r.number)).toEqual([1, 2, 4, 5]);
    expect(view.documents.inventory[0].also).toBe('ook nrs. 3, 6');
    const page = (await http().get(`/status/${token}`).expect(200)).text;
    expect(page).toContain('Wij hebben 4 documenten gevonden, en daarnaast 2 kopieën');
    expect(page).toContain('(ook nrs. 3, 6)');
  });
});

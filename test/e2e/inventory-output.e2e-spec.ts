// The inventory as output over HTTP: the spreadsheet export (XLSX and CSV), its import back (all
// rows or none, one recorded event), the platform's own test inventory imported into a request
// with its numbers, and the outcome per item its documents propose.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { readInventoryXlsx } from '@wobdesk/inventory';
import { DataSource } from 'typeorm';
import { minimalPdf } from '../support/document-files.js';
import { binary } from '../support/pdf-files.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { rawQuery } from '../support/raw-sql.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/productierapport/', import.meta.url));
const HEADER =
  'ID,Matter,Family,Email Thread ID,Document,File Type,Datum,Beoordeling,Opgeschort,' +
  'Beoordelingsgrond,Toelichting,Publieke Link,Gerelateerd ID,Zaaknummer';

describe('The inventory as output (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let id: string;

  const db = () => api.app.get(DataSource);
  const assessments = async (requestId = id) =>
    (await rawQuery(
      db(),
      `SELECT "number", "assessment", "grounds", "assessment_reasoning" AS "reasoning", "public_link" AS "link"
         FROM "document" WHERE "request_id" = ? ORDER BY "number"`,
      [requestId],
    )) as { number: number; assessment: string | null; grounds: string | null }[];
  const importEvents = async (requestId = id) =>
    (await rawQuery(
      db(),
      `SELECT "payload" FROM "request_event" WHERE "request_id" = ? AND "type" = 'inventory_imported'`,
      [requestId],
    )) as { payload: string }[];
  const importFile = (data: Buffer, name: string, requestId = id) =>
    api
      .http()
      .post(`/api/requests/${requestId}/inventory`)
      .set('authorization', clerk.auth)
      .attach('file', data, name);
  const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\r\n'));

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-10');
    clerk = await api.newUser(await api.newOrganisation(), 'clerk');
    ({ id } = await createRequest(api, clerk, { items: [{ text: 'Alle adviezen' }] }));
    let upload = api.http().post(`/api/requests/${id}/documents`).set('authorization', clerk.auth);
    for (const n of [1, 2, 3, 4]) {
      upload = upload.attach('files', minimalPdf([`Advies ${n}`]), `advies-${n}.pdf`);
    }
    await upload.expect(201);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('refuses the export while documents are unassessed, naming how many (409)', async () => {
    const res = await api
      .http()
      .get(`/api/requests/${id}/inventory.csv`)
      .set('authorization', clerk.auth);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'INVENTORY.UNASSESSED',
      details: { unassessed: 4, numbers: [1, 2, 3, 4] },
    });
    expect(res.body.messageNl).toContain('4 van de 4 documenten');
  });

  it('refuses a sheet with any row error as a whole (422, row, column, code) and changes nothing', async () => {
    const before = await assessments();
    const res = await importFile(
      csv(
        '1,X-1,,,Advies 1,pdf,2024-03-01,Openbaar,,,,,,',
        '2,X-1,,,Advies 2,pdf,2024-03-01,Misschien,,,,,,',
        '3,X-1,,,Advies 3,pdf,2024-03-01,Niet openbaar,,10.2e,,,,',
        '9,X-1,,,Advies 9,pdf,2024-03-01,Openbaar,,,,,,',
      ),
      'inventaris.csv',
    );
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('INVENTORY.IMPORT_REFUSED');
    const errors = res.body.details.errors as { row: number; column: string; code: string }[];
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual(
      expect.arrayContaining([
        [3, 'Beoordeling', 'assessment_unknown'],
        // A Wob ground in a decision taken under the Woo.
        [4, 'Beoordelingsgrond', 'ground_unknown'],
        [5, 'ID', 'id_unknown'],
      ]),
    );
    expect(errors.every((e) => typeof (e as { message?: unknown }).message === 'string')).toBe(
      true,
    );
    expect(await assessments()).toEqual(before);
    expect(await importEvents()).toEqual([]);
  });

  it('imports a CSV, records one event, and round-trips through the XLSX export', async () => {
    await importFile(
      csv(
        '1,X-1,,,Advies 1,pdf,2024-03-01,Openbaar,,,,,,',
        '2,X-1,,,Advies 2,pdf,2024-03-01,Deels openbaar,,5.1.2e; 5.1.1e,Namen van ambtenaren,,,',
        '3,X-1,,,Advies 3,pdf,2024-03-01,Niet openbaar,,5.2.1,,,,',
        '4,X-1,,,Advies 4,pdf,2024-03-01,Reeds openbaar,,,,https://example.nl/advies-4,,',
      ),
      'inventaris.csv',
    ).expect(200, { numbers: [1, 2, 3, 4] });
    const imported = await assessments();
    expect(imported.map((d) => [d.number, d.assessment, d.grounds])).toEqual([
      [1, 'public', '[]'],
      [2, 'partly_public', '["5.1.2.e","5.1.1.e"]'],
      [3, 'not_public', '["5.2.1"]'],
      [4, 'already_public', '[]'],
    ]);
    const events = await importEvents();
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]!.payload)).toEqual({ numbers: [1, 2, 3, 4] });

    const xlsx = await api
      .http()
      .get(`/api/requests/${id}/inventory.xlsx`)
      .set('authorization', clerk.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const sheet = await readInventoryXlsx(Readable.from([xlsx.body as Buffer]), { law: 'woo' });
    expect(sheet.issues).toEqual([]);
    const reference = (
      await api.http().get(`/api/requests/${id}`).set('authorization', clerk.auth).expect(200)
    ).body.reference as string;
    expect(sheet.rows.map(({ row }) => [row.id, row.matter, row.assessment, row.fileType])).toEqual(
      [
        ['1', reference, 'Openbaar', 'pdf'],
        ['2', reference, 'Deels openbaar', 'pdf'],
        ['3', reference, 'Niet openbaar', 'pdf'],
        ['4', reference, 'Reeds openbaar', 'pdf'],
      ],
    );
    expect(sheet.rows[1]!.row.remark).toBe('Namen van ambtenaren');

    // Back in: the same assessments, a second event.
    await importFile(xlsx.body as Buffer, 'inventaris.xlsx').expect(200);
    expect((await assessments()).map((d) => [d.number, d.assessment, d.grounds])).toEqual(
      imported.map((d) => [d.number, d.assessment, d.grounds]),
    );
    expect(await importEvents()).toHaveLength(2);

    const text = await api
      .http()
      .get(`/api/requests/${id}/inventory.csv`)
      .set('authorization', clerk.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const lines = (text.body as Buffer)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines[2]).toMatch(
      new RegExp(`^2,${reference},.*,Deels openbaar,,5\\.1\\.2e; 5\\.1\\.1e,`),
    );
  });

  it('proposes the outcome per item from the assessments: a mix is partly granted', async () => {
    const res = await api
      .http()
      .get(`/api/requests/${id}/outcome-proposals`)
      .set('authorization', clerk.auth)
      .expect(200);
    expect(res.body.items).toEqual([
      {
        number: 1,
        outcome: 'partly_granted',
        grounds: ['5.1.1.e', '5.1.2.e', '5.2.1'],
        unassessed: 0,
        counted: 4,
      },
    ]);
  });

  it('leaves documents outside the request out of the export and out of the proposal', async () => {
    // Set as the clerk's assessment does; the sheet has no value for it.
    await rawQuery(
      db(),
      `UPDATE "document" SET "assessment" = 'out_of_scope', "grounds" = '[]' WHERE "request_id" = ? AND "number" = 4`,
      [id],
    );
    const text = await api
      .http()
      .get(`/api/requests/${id}/inventory.csv`)
      .set('authorization', clerk.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const ids = (text.body as Buffer)
      .toString('utf8')
      .split('\r\n')
      .slice(1)
      .filter((line) => line !== '')
      .map((line) => line.split(',')[0]);
    expect(ids).toEqual(['1', '2', '3']);
    const res = await api
      .http()
      .get(`/api/requests/${id}/outcome-proposals`)
      .set('authorization', clerk.auth)
      .expect(200);
    expect(res.body.items[0]).toMatchObject({ outcome: 'partly_granted', counted: 3 });
  });

  it("imports the platform's own inventory into a request with its numbers, as the sheet says", async () => {
    const { id: other } = await createRequest(api, clerk);
    const sheetFile = await readFile(`${FIXTURES}robot-inquiries-productierapport1.xlsx`);
    const expected = await readInventoryXlsx(Readable.from([sheetFile]), { law: 'woo' });
    expect(expected.issues).toEqual([]);
    for (const { row } of expected.rows) {
      await rawQuery(
        db(),
        `INSERT INTO "document" ("id", "request_id", "number", "sha256", "file_name", "media_type", "size_bytes", "created_at")
         VALUES (?, ?, ?, ?, ?, 'application/pdf', 1, ?)`,
        [
          randomUUID(),
          other,
          Number(row.id),
          'a'.repeat(64),
          `${row.id}.pdf`,
          new Date().toISOString(),
        ],
      );
    }
    await importFile(sheetFile, 'productierapport1.xlsx', other).expect(200);
    const stored = await assessments(other);
    const register = {
      Openbaar: 'public',
      'Deels openbaar': 'partly_public',
      'Niet openbaar': 'not_public',
      'Reeds openbaar': 'already_public',
    } as const;
    expect(stored.map((d) => [String(d.number), d.assessment, JSON.parse(d.grounds!)])).toEqual(
      expected.rows.map(({ row }) => [row.id, register[row.assessment], row.grounds]),
    );
  });

  it("refuses the platform's broken inventory with an error on its row", async () => {
    const { id: other } = await createRequest(api, clerk);
    const res = await importFile(
      await readFile(`${FIXTURES}inventory-invalid-document-id.xlsx`),
      'kapot.xlsx',
      other,
    ).expect(422);
    expect(res.body.details.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, column: 'ID', code: 'id_invalid' }),
      ]),
    );
  });
});

// The publication platform's own test inventories, read with the outcomes its tests expect
// (test/fixtures/productierapport/SOURCE.md), and the template's header order and lookup values.
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { LocalDate } from '@wobdesk/domain';
import {
  ASSESSMENTS,
  type InventoryRow,
  readInventoryFile,
  TEMPLATE_HEADER,
  writeInventoryXlsx,
} from '@wobdesk/inventory';

const DIR = fileURLToPath(new URL('../fixtures/productierapport/', import.meta.url));
const read = (name: string) => readInventoryFile(join(DIR, name), { law: 'woo' });
const codes = (r: Awaited<ReturnType<typeof read>>) => r.issues.map((i) => [i.line, i.code]);

describe('the platform fixtures', () => {
  it.each([
    'inventory-valid.xlsx',
    'inventory-subjects-1.xlsx',
    'inventory-1645.xlsx',
    'inventory-alternative-date-and-ground.xlsx',
  ])('%s: valid, every row read', async (name) => {
    const r = await read(name);
    expect(r.issues).toEqual([]);
    expect(r.rows.length).toBe(name.includes('alternative') ? 1 : 2);
    expect(r.rows[0].row.id).toBe('5033');
    expect(r.rows[0].row.grounds).toEqual(['5.1.2.e']);
    expect(r.rows[0].row.assessment).toBe('Deels openbaar');
  });

  it('old headers and date forms: "06 Datum", zaakNr, Omschrijving, Publicatielink, d/m/Y', async () => {
    const r = await read('inventory-1645.xlsx');
    const [a, b] = r.rows.map((x) => x.row);
    expect(a.document).toBe('456-verslag.docx.docx');
    expect(a.date).toEqual(LocalDate.parse('2023-11-04'));
    expect(b.date).toEqual(LocalDate.parse('2023-05-06'));
    expect(a.caseNumbers).toEqual(['11-111']);
    expect(a.publicLinks).toEqual(['http://foo.bar']);
    expect(b.publicLinks).toEqual(['http://foo.bar/baz']);
    expect(a.remark).toBe('test remark');
  });

  it('"10/9/2022 1:34 PM UTC" is 9 October 2022 and "Word Processing" is doc', async () => {
    const r = await read('inventory-alternative-date-and-ground.xlsx');
    expect(r.rows[0].row.date).toEqual(LocalDate.parse('2022-10-09'));
    expect(r.rows[0].row.fileType).toBe('doc');
  });

  it('missing ID and Document columns: the file is refused', async () => {
    const r = await read('inventory-missing-columns.xlsx');
    expect(r.rows).toEqual([]);
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: 'missing_columns',
        message: expect.stringMatching(/ID, Document/),
      }),
    ]);
  });

  it('an invalid ID: the first row read, the second refused', async () => {
    const r = await read('inventory-invalid-document-id.xlsx');
    expect(r.rows.map((x) => x.row.id)).toEqual(['5033.12']);
    expect(codes(r)).toEqual([[3, 'id_invalid']]);
    expect(r.issues[0].message).toContain('5034/789');
  });

  it('an empty ID: that row refused', async () => {
    const r = await read('inventory-missing-document-id.xlsx');
    expect(codes(r)).toEqual([[2, 'id_missing']]);
    expect(r.rows.map((x) => x.row.id)).toEqual(['5034']);
  });

  it('a remark over 1000 characters: that row refused', async () => {
    const r = await read('inventory-remark-too-long.xlsx');
    expect(codes(r)).toEqual([[3, 'remark_too_long']]);
    expect(r.issues[0].column).toBe('Toelichting');
  });

  it('CSV: an empty row is skipped', async () => {
    const r = await read('inventory-with-empty-row.csv');
    expect(r.issues).toEqual([]);
    expect(r.rows.map((x) => [x.line, x.row.id])).toEqual([
      [2, '5033'],
      [4, '5034'],
    ]);
  });

  it('CSV: publicatiecontext instead of Matter is valid; both is an error', async () => {
    const ok = await read('inventory-publicationcontext.csv');
    expect(ok.issues).toEqual([]);
    expect(ok.rows[0].row.publicationContext).toBe('PUBLICATIECONTEXT-1');
    const both = await read('inventory-publicationcontext-with-matter.csv');
    expect(codes(both)).toEqual([[2, 'matter_and_publication_context']]);
  });

  it('the robot inventories: 15 and 10 valid rows in the 14-column layout', async () => {
    const types = await read('robot-filetypes-productierapport.xlsx');
    expect(types.issues).toEqual([]);
    expect(types.rows).toHaveLength(15);
    const inquiries = await read('robot-inquiries-productierapport1.xlsx');
    expect(inquiries.issues).toEqual([]);
    expect(inquiries.rows).toHaveLength(10);
    const mail = inquiries.rows.find((x) => x.row.id === '3003')!.row;
    expect(mail.grounds).toEqual(['5.1.1.e', '5.1.2.e']);
    expect(mail.caseNumbers).toEqual(['2024-01', '2024-03']);
    expect(mail.emailThreadId).toBe('232005');
    expect(mail.fileType).toBe('email');
  });

  it('under the Wob the Woo grounds are unknown: a row error each', async () => {
    const r = await readInventoryFile(join(DIR, 'inventory-valid.xlsx'), { law: 'wob' });
    expect(codes(r)).toEqual([
      [2, 'ground_unknown'],
      [3, 'ground_unknown'],
    ]);
  });
});

describe('the official template', () => {
  const template = async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(DIR, 'productierapport_template.xlsx'));
    return wb;
  };

  it('its header is the export header, in order, and its example rows read', async () => {
    const wb = await template();
    const header = (wb.worksheets[0].getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...TEMPLATE_HEADER]);
    const r = await read('productierapport_template.xlsx');
    expect(r.issues).toEqual([]);
    expect(r.rows[0].row.grounds).toEqual(['5.1.1.c', '5.1.2.e']);
    expect(r.rows[0].row.date).toEqual(LocalDate.parse('2020-03-25'));
  });

  it('an export holds only Beoordeling values of its Lookup values sheet', async () => {
    const lookup = (await template()).getWorksheet('Lookup values')!;
    const allowed = new Set<string>();
    lookup.eachRow((row) =>
      (row.values as unknown[]).forEach((v) => typeof v === 'string' && allowed.add(v)),
    );
    for (const a of ASSESSMENTS) expect(allowed).toContain(a);

    const rows: InventoryRow[] = ASSESSMENTS.map((assessment, i) => ({
      id: `${i + 1}`,
      matter: '2025-01',
      document: `document ${i + 1}`,
      assessment,
      suspended: false,
      grounds: [],
      publicLinks: [],
      relatedIds: [],
      caseNumbers: [],
    }));
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeInventoryXlsx(rows, out);
    const wb = new ExcelJS.Workbook();
    const written = new PassThrough();
    written.end(Buffer.concat(chunks));
    await wb.xlsx.read(written);
    const sheet = wb.worksheets[0];
    const column = TEMPLATE_HEADER.indexOf('Beoordeling') + 1;
    for (let n = 2; n <= sheet.rowCount; n++) {
      expect(allowed).toContain(sheet.getRow(n).getCell(column).value);
    }
  });
});

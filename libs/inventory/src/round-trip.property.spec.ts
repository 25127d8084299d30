// Rows → XLSX → rows and rows → CSV → rows give the same rows, for any rows the rules allow:
// texts with quotes, separators, line breaks and accents included.
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { LocalDate, refusalGroundsOf } from '@wobdesk/domain';
import { readInventoryCsv, writeInventoryCsv } from './csv.js';
import { ASSESSMENTS, FILE_TYPES, type InventoryRow } from './inventory-row.js';
import { readInventoryXlsx, writeInventoryXlsx } from './xlsx.js';

const text = (max: number) =>
  fc
    .string({
      unit: fc.constantFrom('a', 'é', ' ', '"', ',', ';', '\n', 'Z', '1', '|'),
      maxLength: max,
    })
    .map((s) => s.trim());
const nonEmpty = (max: number) => text(max).filter((s) => s !== '');
const token = fc.stringMatching(/^[A-Za-z0-9-]{2,12}$/);

const rowArb = (id: number): fc.Arbitrary<InventoryRow> =>
  fc.record({
    id: fc.constant(`${id}`),
    matter: token,
    familyId: fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }),
    emailThreadId: fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }),
    document: nonEmpty(60),
    fileType: fc.option(fc.constantFrom(...FILE_TYPES), { nil: undefined }),
    date: fc.option(
      fc.integer({ min: 0, max: 20_000 }).map((d) => LocalDate.fromEpochDay(d)),
      { nil: undefined },
    ),
    assessment: fc.constantFrom(...ASSESSMENTS),
    suspended: fc.boolean(),
    grounds: fc.uniqueArray(fc.constantFrom(...refusalGroundsOf('woo').map((g) => g.code)), {
      maxLength: 3,
    }),
    remark: fc.option(nonEmpty(80), { nil: undefined }),
    publicLinks: fc.array(
      token.map((t) => `https://example.org/${t}`),
      { maxLength: 2 },
    ),
    relatedIds: fc.array(token, { maxLength: 2 }),
    caseNumbers: fc.array(token, { maxLength: 2 }),
  });

const rowsArb = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => rowArb(i + 1))));

async function bytes(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await write(out);
  return Buffer.concat(chunks);
}

const from = (b: Buffer) => {
  const s = new PassThrough();
  s.end(b);
  return s;
};

describe('inventory round trip', () => {
  it('rows → XLSX → rows', async () => {
    await fc.assert(
      fc.asyncProperty(rowsArb, async (rows) => {
        const file = await bytes((out) => writeInventoryXlsx(rows, out));
        const back = await readInventoryXlsx(from(file), { law: 'woo' });
        expect(back.issues).toEqual([]);
        expect(back.rows.map((r) => r.row)).toEqual(rows);
      }),
      { numRuns: 40 },
    );
  });

  it.each([',', ';'] as const)('rows → CSV (separator %s) → rows', async (separator) => {
    await fc.assert(
      fc.asyncProperty(rowsArb, async (rows) => {
        const file = await bytes((out) => writeInventoryCsv(rows, out, separator));
        expect(file.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
        const back = await readInventoryCsv(from(file), { law: 'woo' });
        expect(back.issues).toEqual([]);
        expect(back.rows.map((r) => r.row)).toEqual(rows);
      }),
      { numRuns: 100 },
    );
  });
});

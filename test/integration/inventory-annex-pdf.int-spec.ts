// The decision's inventory list (BIJLAGE 2) as printed: a dossier of 60 documents gives a table
// over several pages whose header row repeats on each, and every document number once. Read
// with pdftotext; the pages are also written as PNG to artifacts/letters/besluit-inventaris-*.png.
// Needs Debian's chromium and poppler-utils (.ci/run installs both).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type InventoryAnnexRow,
  LetterRenderer,
  lettersOptionsFromEnv,
  NOT_ASSESSED_NL,
  PdfRenderer,
  sampleWooDecisionContext,
} from '@wobdesk/letters';
import { pdfText, pdfWords } from '../support/pdf-files.js';
import { seedCalendar } from '../support/seed-calendar.js';

const options = lettersOptionsFromEnv(process.env, process.cwd());
const renderer = new LetterRenderer(options);

const ASSESSMENTS = ['Openbaar', 'Deels openbaar', 'Niet openbaar', 'Reeds openbaar'] as const;
const inventory: InventoryAnnexRow[] = Array.from({ length: 60 }, (_, i) => {
  const assessment = ASSESSMENTS[i % 4]!;
  const withholds = assessment === 'Deels openbaar' || assessment === 'Niet openbaar';
  return {
    number: i + 1,
    date: `2024-0${1 + (i % 9)}-1${i % 10}`,
    description: `Verslag overleg Stationsplein deel ${i + 1}`,
    assessment,
    grounds: withholds ? (i % 3 === 0 ? ['5.1.2.e', '5.2.1'] : ['5.1.2.e']) : [],
  };
});

describe('the inventory list of a decision with 60 documents', () => {
  let pdf: PdfRenderer;
  let dir: string;
  let file: Buffer;
  let pages: number;
  let annexStart: number;

  beforeAll(async () => {
    pdf = new PdfRenderer({ chromiumPath: options.chromiumPath, maxPages: 1 });
    dir = mkdtempSync(join(tmpdir(), 'wobdesk-inventory-annex-'));
    const letter = renderer.render('decision', {
      ...sampleWooDecisionContext(seedCalendar()),
      inventory,
    });
    expect(letter.warnings).toEqual([]);
    file = await pdf.render(letter.html);
    pdfText(file, dir, 'besluit-inventaris');
    const path = join(dir, 'besluit.pdf');
    writeFileSync(path, file);
    pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1],
    );
    annexStart = 1;
    while (!pageText(annexStart).includes('BIJLAGE 2: Inventarislijst')) annexStart++;
  }, 60_000);
  afterAll(async () => {
    await pdf.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const pageText = (page: number) =>
    pdfWords(file, dir, page)
      .map((w) => w.text)
      .join(' ');

  it('comes after the statute annex, and the colophon counts two annexes', () => {
    const text = pdfText(file, dir);
    expect(text.indexOf('BIJLAGE 1: Relevante artikelen')).toBeLessThan(
      text.indexOf('BIJLAGE 2: Inventarislijst'),
    );
    expect(text).toMatch(/Bijlage\(n\) 2/);
  });

  it('spans several pages, each with the header row', () => {
    expect(pages - annexStart + 1).toBeGreaterThanOrEqual(2);
    for (let page = annexStart; page <= pages; page++) {
      expect({ page, text: pageText(page) }).toEqual({
        page,
        text: expect.stringContaining('Nr. Datum Omschrijving Beoordeling Weigeringsgronden'),
      });
    }
  });

  it('lists every document number exactly once, in order', () => {
    const numbers: number[] = [];
    for (let page = annexStart; page <= pages; page++) {
      const words = pdfWords(file, dir, page);
      const header = words.find((w) => w.text === 'Nr.')!;
      // The number column: the words that start where the header's "Nr." starts.
      for (const w of words) {
        if (Math.abs(w.xMin - header.xMin) < 2 && /^\d+$/.test(w.text))
          numbers.push(Number(w.text));
      }
    }
    expect(numbers).toEqual(inventory.map((r) => r.number));
    const text = pdfText(file, dir);
    for (const row of inventory) {
      const times = text.split(`Stationsplein deel ${row.number} `).length - 1;
      expect({ number: row.number, times }).toEqual({ number: row.number, times: 1 });
    }
  });

  it('warns, blocking the sending, when the list holds a document not yet assessed', () => {
    const rows = inventory.map((r) =>
      r.number === 7 ? { ...r, assessment: NOT_ASSESSED_NL, grounds: [] } : r,
    );
    const letter = renderer.render('decision', {
      ...sampleWooDecisionContext(seedCalendar()),
      inventory: rows,
    });
    expect(letter.warnings).toEqual([
      expect.objectContaining({
        code: 'LETTER.DOCUMENTS_NOT_ASSESSED',
        blocking: true,
        nl: expect.stringContaining('nummer 7'),
      }),
    ]);
  });

  it('names the assessment in Dutch and the grounds as articles', () => {
    const text = pdfText(file, dir);
    expect(text).toContain('Deels openbaar');
    expect(text).toMatch(/artikel 5\.1, tweede lid, aanhef en onder e/);
  });
});

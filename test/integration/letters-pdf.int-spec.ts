// Letters as PDF through the system Chromium, checked the way a person would: the golden test
// renders the seed case's decision (dates computed from the seed facts), extracts the PDF's text
// with pdftotext and looks for the passages that make it the seed letter. Every letter's pages are
// also written as PNG to artifacts/letters/ (pdftoppm) for a look by eye.
// Needs Debian's chromium and poppler-utils (.ci/run installs both).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { computeRequestDeadlines } from '@wobdesk/domain';
import {
  LETTER_KINDS,
  LettersModule,
  LetterRenderer,
  lettersOptionsFromEnv,
  PdfRenderer,
  sampleLetterContexts,
  sampleWooDecisionContext,
  seedCase,
  seedCaseFacts,
  seedDecisionContext,
} from '@wobdesk/letters';
import { LETTER_ARTIFACTS } from '../support/pdf-files.js';
import { seedCalendar } from '../support/seed-calendar.js';

const options = lettersOptionsFromEnv(process.env, process.cwd());
const ARTIFACTS = LETTER_ARTIFACTS;
const calendar = seedCalendar();
const renderer = new LetterRenderer(options);

/** Where the text column ends and the right-hand column begins, in points (x = 150 mm). */
const COLUMN_X = 410;

/**
 * The PDF's text page by page, with runs of white space made single spaces: the text column
 * (left of the right-hand column) and the right-hand column with the page number, read
 * separately so that the two columns do not interleave.
 */
function pdfPages(file: string): { text: string; column: string }[] {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const read = (page: number, x: number, width: number) =>
    execFileSync(
      'pdftotext',
      [
        '-raw',
        '-enc',
        'UTF-8',
        '-f',
        `${page}`,
        '-l',
        `${page}`,
        '-x',
        `${x}`,
        '-y',
        '0',
        '-W',
        `${width}`,
        '-H',
        '842',
        file,
        '-',
      ],
      { encoding: 'utf8' },
    )
      .replace(/\s+/g, ' ')
      .trim();
  return Array.from({ length: pages }, (_, i) => ({
    text: read(i + 1, 0, COLUMN_X),
    column: read(i + 1, COLUMN_X, 595 - COLUMN_X),
  }));
}

function writeArtifacts(name: string, html: string, pdf: Buffer): string {
  const file = join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(join(ARTIFACTS, `${name}.html`), html);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '80', file, join(ARTIFACTS, name)]);
  return file;
}

describe('letters as PDF (Chromium + playwright-core)', () => {
  let pdf: PdfRenderer;

  beforeAll(() => {
    mkdirSync(ARTIFACTS, { recursive: true });
    pdf = new PdfRenderer({ chromiumPath: options.chromiumPath, maxPages: 2 });
  });
  afterAll(() => pdf.close());

  describe('golden: the seed decision of 26 May 2020', () => {
    let pages: { text: string; column: string }[];
    let text: string;

    beforeAll(async () => {
      const context = seedDecisionContext(calendar);
      const letter = renderer.render('decision', context);
      const file = writeArtifacts('besluit-seed', letter.html, await pdf.render(letter.html));
      pages = pdfPages(file);
      text = pages.map((p) => p.text).join(' ');
    }, 60_000);

    it('should take its dates from the facts, computed by computeRequestDeadlines', () => {
      const facts = seedCaseFacts();
      const deadlines = computeRequestDeadlines(facts, calendar);
      const context = seedDecisionContext(calendar);
      expect(context.date).toBe(facts.decidedOn!.toString());
      expect(context.request.receivedOn).toBe(facts.receivedOn.toString());
      expect(context.objectionWindowEndsOn).toBe(deadlines.objectionWindow!.endsOn.date.toString());
      expect(deadlines.substantiveLaw).toBe('wob');
    });

    it('should print the passages that make it the seed letter', () => {
      expect(text).toContain('Datum 26 mei 2020');
      expect(text).toContain('Onderwerp Besluit op Wob-verzoek van 27 februari 2020');
      expect(text).toContain('Bij brief van 27 februari 2020, ontvangen op 3 maart 2020, heeft u');
      expect(text).toContain('met een beroep op de Wet openbaarheid van bestuur (Wob)');
      expect(text).toContain('U verzoekt specifiek om de volgende documenten/informatie:');
      expect(text).toContain('Verloop van de behandeling van uw verzoek');
      expect(text).toContain('Wettelijk kader');
      expect(text).toContain('Beoordeling van het verzoek');
      expect(text).toContain('Reactie op vraag 4');
      expect(text).toContain('Reactie op vragen 5 en 6');
      expect(text).toContain('Hoogachtend,');
      expect(text).toContain('De minister van Justitie en Veiligheid, namens deze');
      expect(text).toContain(
        'Tegen dit besluit kunt u binnen zes weken na de dag waarop dit is bekendgemaakt een bezwaarschrift indienen.',
      );
      expect(text).toContain(
        'Het bezwaarschrift moet door u zijn ondertekend en bevat ten minste uw naam en adres, de datum,',
      );
      expect(text).toContain('t.a.v. de directie Wetgeving en Juridische Zaken');
      expect(text).toContain('De bezwaartermijn eindigt op dinsdag 7 juli 2020.');
      expect(text).toContain('BIJLAGE 1: Relevante artikelen uit de Wob');
    });

    it('should list the six items, numbered as the requester numbered them', () => {
      for (const item of seedCase.SEED_ITEMS) {
        expect(text).toContain(`${item.number}. ${item.text}`);
      }
    });

    it('should print the letterhead column, the return address and page numbers', () => {
      expect(pages[0].text).toContain('Retouradres Postbus 20301 2500 EH Den Haag');
      expect(pages[0].text).toContain(
        'De heer J. Jansen (naam fictief) Postbus 353 1000 AJ Amsterdam',
      );
      expect(pages[0].column).toContain(
        'Directoraat-Generaal Rechtspleging en Rechtshandhaving Directie Juridische en Operationele Aangelegenheden Turfmarkt 147 2511 DP Den Haag Postbus 20301 2500 EH Den Haag www.rijksoverheid.nl/jenv',
      );
      expect(pages[0].column).toContain('Ons kenmerk 2848691');
      expect(pages[0].column).toContain('Bij beantwoording de datum en ons kenmerk vermelden');
      expect(pages[0].column).not.toContain('Datum');
      pages.forEach((page, i) =>
        expect(page.column).toContain(`Pagina ${i + 1} van ${pages.length}`),
      );
      // later pages repeat date and reference at the top of the right-hand column
      for (const page of pages.slice(1)) {
        expect(page.column).toMatch(/^Datum 26 mei 2020 Ons kenmerk 2848691 /);
      }
    });

    it('should start the annex on a page of its own', () => {
      const annexPage = pages.findIndex((p) => p.text.includes('BIJLAGE 1'));
      expect(annexPage).toBeGreaterThan(0);
      expect(pages[annexPage].text).toMatch(
        /^BIJLAGE 1: Relevante artikelen uit de Wob Artikel 1 /,
      );
      expect(pages[annexPage - 1].text).toContain('binnen zes weken');
      expect(
        pages
          .slice(annexPage)
          .map((p) => p.text)
          .join(' '),
      ).toContain(
        '4. Indien een verzoek te algemeen geformuleerd is, verzoekt het bestuursorgaan de verzoeker zo spoedig mogelijk om zijn verzoek te preciseren en is het hem daarbij behulpzaam.',
      );
    });

    it('should be A4 with embedded fonts', () => {
      const file = join(ARTIFACTS, 'besluit-seed.pdf');
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(
        /Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/,
      );
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2);
      expect(fonts.filter((l) => l.trim() !== '').every((l) => / yes /.test(l))).toBe(true);
    });
  });

  it('should print every letter kind, with one browser and reused pages', async () => {
    const samples = sampleLetterContexts(calendar);
    const letters = [
      ...LETTER_KINDS.map((kind) => ({ name: kind, letter: renderer.render(kind, samples[kind]) })),
      {
        name: 'decision-woo',
        letter: renderer.render('decision', sampleWooDecisionContext(calendar)),
      },
    ];
    const pdfs = await Promise.all(letters.map(({ letter }) => pdf.render(letter.html)));
    letters.forEach(({ name, letter }, i) => {
      expect(pdfs[i].subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdfPages(writeArtifacts(name, letter.html, pdfs[i]))
        .map((p) => p.text)
        .join(' ');
      // a subject that wraps at a hyphen ("Woo-|verzoek") comes out with "- " in the text
      expect(text.replace(/- /g, '-')).toContain(`Onderwerp ${letter.subject}`);
      expect(text).toContain('Hoogachtend,');
    });
    expect(pdf.launches).toBe(1);
    expect(pdf.pagesCreated).toBeLessThanOrEqual(2);
  }, 120_000);

  it('should refuse to render after close, and fail clearly without a browser', async () => {
    const closed = new PdfRenderer({ chromiumPath: options.chromiumPath });
    await closed.close();
    await expect(closed.render('<p>x</p>')).rejects.toMatchObject({ code: 'PDF.CLOSED' });
    const missing = new PdfRenderer({ chromiumPath: '/nonexistent/chromium' });
    await expect(missing.render('<p>x</p>')).rejects.toMatchObject({
      code: 'PDF.BROWSER_UNAVAILABLE',
    });
    await missing.close();
  });
});

describe(LettersModule.name, () => {
  it('should provide both renderers and close the browser when the module is destroyed', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [LettersModule.forRoot({ ...options, pdfPages: 1 })],
    }).compile();
    const letters = moduleRef.get(LetterRenderer);
    const pdf = moduleRef.get(PdfRenderer);
    const letter = letters.render('extension', sampleLetterContexts(calendar).extension);
    const bytes = await pdf.render(letter.html);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await moduleRef.close();
    await expect(pdf.render(letter.html)).rejects.toMatchObject({ code: 'PDF.CLOSED' });
  }, 60_000);
});

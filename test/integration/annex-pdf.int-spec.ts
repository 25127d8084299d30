// The Woo decision's annex as printed: a decision dated the day before and the day on which
// Woo 2.1 and 5.2 lid 3 changed (12 February 2025) quotes each its own text. Read from the PDF
// with pdftotext; the pages are also written as PNG to artifacts/letters/ for a look by eye.
// Needs Debian's chromium and poppler-utils (.ci/run installs both).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  LetterRenderer,
  lettersOptionsFromEnv,
  PdfRenderer,
  sampleWooDecisionContext,
} from '@wobdesk/letters';
import { pdfText } from '../support/pdf-files.js';
import { seedCalendar } from '../support/seed-calendar.js';

const options = lettersOptionsFromEnv(process.env, process.cwd());
const renderer = new LetterRenderer(options);
const calendar = seedCalendar();

describe('the Woo annex before and after 12 February 2025', () => {
  let pdf: PdfRenderer;
  let dir: string;
  const annexOf: Record<string, string> = {};

  beforeAll(async () => {
    pdf = new PdfRenderer({ chromiumPath: options.chromiumPath, maxPages: 2 });
    dir = mkdtempSync(join(tmpdir(), 'wobdesk-annex-'));
    for (const date of ['2025-02-11', '2025-02-12']) {
      const letter = renderer.render('decision', { ...sampleWooDecisionContext(calendar), date });
      expect(letter.warnings).toEqual([]);
      const text = pdfText(await pdf.render(letter.html), dir, `besluit-woo-${date}`);
      annexOf[date] = text.slice(text.indexOf('BIJLAGE 1: Relevante artikelen uit de Woo'));
    }
  }, 60_000);
  afterAll(async () => {
    await pdf.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should quote 2.1 with the article 2.3 clause until 11 February 2025 only', () => {
    const clause =
      'publieke informatie: informatie neergelegd in documenten die berusten bij een orgaan, persoon of college als bedoeld in artikel 2.2, eerste lid, of informatie die krachtens artikel 2.3 door een bestuursorgaan kan worden gevorderd.';
    expect(annexOf['2025-02-11']).toContain(clause);
    expect(annexOf['2025-02-12']).not.toContain('krachtens artikel 2.3');
    expect(annexOf['2025-02-12']).toContain(
      'publieke informatie: informatie neergelegd in documenten die berusten bij een orgaan, persoon of college als bedoeld in artikel 2.2, eerste lid.',
    );
  });

  it('should quote 5.2 lid 3 with the water board from 12 February 2025', () => {
    expect(annexOf['2025-02-11']).toContain(
      'een burgemeester en een wethouder, informatie verstrekt',
    );
    expect(annexOf['2025-02-11']).not.toContain('waterschap');
    expect(annexOf['2025-02-12']).toContain(
      'een burgemeester, een wethouder, het dagelijks bestuur van een waterschap of een lid van dat bestuur, informatie verstrekt',
    );
  });

  it('should print the leden numbered as the seed decision does, with no placeholder', () => {
    for (const annex of Object.values(annexOf)) {
      expect(annex).toMatch(/Artikel 4\.4 1\. Het bestuursorgaan beslist/);
      expect(annex).not.toContain('[Tekst van artikel');
    }
  });
});

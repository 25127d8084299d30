// The print layout of the letters, checked on the PDF as a requester gets it: short letters fit on
// one page for the seed organisation and for the Woo demo organisation, the text is set in the
// letter font (embedded, not a fallback), and the status link prints whole on one line so that it
// can be typed over. Page images go to artifacts/letters/layout-*.png (50 dpi) for a look by eye.
// Needs Debian's chromium, poppler-utils and fonts-open-sans (.ci/run installs them).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type LetterKind,
  LetterRenderer,
  lettersOptionsFromEnv,
  PdfRenderer,
  sampleLetterContexts,
  wooBase,
} from '@wobdesk/letters';
import jsQRModule from 'jsqr';
import { LETTER_ARTIFACTS } from '../support/pdf-files.js';
import { seedCalendar } from '../support/seed-calendar.js';

const options = lettersOptionsFromEnv(process.env, process.cwd());
// jsqr is CommonJS: its module object is the decoder itself.
const jsQR = jsQRModule as unknown as typeof jsQRModule.default;
const LETTER_FONT = 'OpenSans';
const FONT_PACKAGE = 'fonts-open-sans';

/** The letters that may run over a page: the decisions carry their reasoning and an annex. */
const LONG_KINDS: readonly LetterKind[] = [
  'decision',
  'not_handled_decision',
  'objection_decision',
];

describe('the letter layout in print', () => {
  const renderer = new LetterRenderer(options);
  const samples = sampleLetterContexts(seedCalendar());
  const demo = wooBase('2024-01-09');
  const work = mkdtempSync(join(tmpdir(), 'wobdesk-layout-'));
  let pdf: PdfRenderer;

  beforeAll(() => {
    pdf = new PdfRenderer({ chromiumPath: options.chromiumPath, maxPages: 1 });
    mkdirSync(LETTER_ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await pdf.close();
    rmSync(work, { recursive: true, force: true });
  });

  async function print(kind: LetterKind, context: object, name: string): Promise<string> {
    const letter = renderer.render(kind, context as never);
    const file = join(work, `${name}.pdf`);
    writeFileSync(file, await pdf.render(letter.html));
    execFileSync('pdftoppm', ['-png', '-r', '50', file, join(LETTER_ARTIFACTS, `layout-${name}`)]);
    return file;
  }

  /** What the QR codes on page 1 say, read from a 150 dpi image as a phone camera would. */
  function qrCodesOn(file: string): string[] {
    const base = join(work, 'qr');
    execFileSync('pdftoppm', ['-r', '150', '-f', '1', '-l', '1', '-singlefile', file, base]);
    const ppm = readFileSync(`${base}.ppm`);
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 32).toString('latin1'))!;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const rgb = ppm.subarray(header[0].length);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      rgba.set([rgb[3 * i], rgb[3 * i + 1], rgb[3 * i + 2], 255], 4 * i);
    }
    const found = jsQR(rgba, width, height);
    return found ? [found.data] : [];
  }

  const pagesOf = (file: string) =>
    Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

  const shortKinds = Object.keys(samples).filter(
    (k) => !LONG_KINDS.includes(k as LetterKind),
  ) as LetterKind[];

  it.each(shortKinds)(
    'should print the %s on one page for both organisations',
    async (kind) => {
      const sample = samples[kind] as object;
      const seed = await print(kind, sample, `${kind}-seed`);
      // The same letter from the municipality of the Woo demo, to its requester.
      const municipal = await print(
        kind,
        { ...sample, organisation: demo.organisation, requester: demo.requester },
        `${kind}-demo`,
      );
      expect({ kind, seed: pagesOf(seed), demo: pagesOf(municipal) }).toEqual({
        kind,
        seed: 1,
        demo: 1,
      });
    },
    60_000,
  );

  it(`should embed the letter font (${FONT_PACKAGE}), not a fallback`, async () => {
    const file = await print('acknowledgement', samples.acknowledgement, 'font');
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
    const families = fonts.map((line) => line.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
    const other = families.filter((f) => !f.startsWith(LETTER_FONT));
    if (families.every((f) => !f.startsWith(LETTER_FONT))) {
      throw new Error(
        `The letter font ${LETTER_FONT} is not in the PDF (found: ${families.join(', ')}); install it with: apt-get install -y --no-install-recommends ${FONT_PACKAGE}`,
      );
    }
    expect(other).toEqual([]);
    expect(fonts.every((line) => / yes +yes /.test(line))).toBe(true);
  }, 60_000);

  it('should print the status link whole on one line, and its QR code, and the code', async () => {
    // A token of the real shape (43 base64url characters) under a long public address.
    const token = createHash('sha256').update('layout').digest('base64url');
    const url = `https://woo.gemeente-voorbeeldstad.example.nl/status/${token}`;
    const acknowledgement = { ...samples.acknowledgement, statusUrl: url };
    const file = await print('acknowledgement', acknowledgement, 'status-link');
    expect(pagesOf(file)).toBe(1);
    expect(qrCodesOn(file)).toEqual([url]);
    const lines = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    }).split('\n');
    expect(lines.filter((line) => line.includes(url))).toHaveLength(1);
    expect(lines.join(' ')).toContain(
      'https://woo.gemeente-voorbeeldstad.example.nl/status en vul uw kenmerk',
    );
    expect(lines.join(' ')).toContain(`code in: ${acknowledgement.statusCode}`);
  }, 60_000);
});

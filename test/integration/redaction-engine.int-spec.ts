// The redaction engine on one known document: the pixels under a box are burned black (also in
// an image that lay under it), the page image the clerk sees, the stamp, and release bundles.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontkit from '@cantoo/fontkit';
import { degrees, PDFDocument } from '@cantoo/pdf-lib';
import {
  assembleBundles,
  DEFAULT_FONT_PATH,
  redactPdf,
  renderPageImage,
  type RedactionBox,
} from '@wobdesk/redaction';
import { parsePpm } from '../../libs/redaction/src/raster.js';
import { artifactsDir } from '../support/pdf-files.js';
import { boxesFor, buildDocument } from '../support/redaction-documents.js';

/** Where a redacted page is written as PNG for a look by eye (git ignores it). */
const ARTIFACTS = artifactsDir('redaction');
const dir = mkdtempSync(join(tmpdir(), 'wobdesk-redaction-'));
const input = join(dir, 'in.pdf');
const output = join(dir, 'out.pdf');
let boxes: RedactionBox[];

beforeAll(async () => {
  const pages = [
    [
      ['zqgeheim', 'kxopenbaar', 'kxtekst'],
      ['kxregel', 'zqgeheim', 'kxslot'],
    ],
    [['kxtweede', 'kxpagina']],
    [['kxderde']],
  ];
  writeFileSync(
    input,
    await buildDocument({ pages, hidden: ['zqgeheim'], imageUnderFirstWord: true }),
  );
  boxes = await boxesFor(input, ['zqgeheim']);
  await redactPdf(input, output, { boxes, stamp: 'Document 7', dpi: 150 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The output page as RGB at 72 dpi, so a pixel is a point. */
function renderedAt72(path: string, page: number) {
  return parsePpm(
    execFileSync('pdftoppm', ['-r', '72', '-f', `${page}`, '-l', `${page}`, '-singlefile', path], {
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
}

describe('redactPdf on a page with an image under a box', () => {
  it('burns the page image black under every box, the red image included', () => {
    execFileSync('pdfimages', ['-f', '1', '-l', '1', output, join(dir, 'img')]);
    const [file] = readdirSync(dir).filter((name) => name.startsWith('img'));
    const image = parsePpm(readFileSync(join(dir, file)));
    const scale = image.width / 595;
    for (const box of boxes.filter((b) => b.page === 1)) {
      for (let y = Math.ceil(box.y * scale); y < Math.floor((box.y + box.height) * scale); y++) {
        for (let x = Math.ceil(box.x * scale); x < Math.floor((box.x + box.width) * scale); x++) {
          const at = (y * image.width + x) * 3;
          expect([...image.pixels.subarray(at, at + 3)]).toEqual([0, 0, 0]);
        }
      }
    }
  });

  it('shows no colour under a box when rendered: black with the white ground label', () => {
    const page = renderedAt72(output, 1);
    const first = boxes[0];
    let dark = 0;
    let light = 0;
    for (let y = Math.ceil(first.y) + 1; y < Math.floor(first.y + first.height) - 1; y++) {
      for (let x = Math.ceil(first.x) + 1; x < Math.floor(first.x + first.width) - 1; x++) {
        const [r, g, b] = page.pixels.subarray((y * page.width + x) * 3);
        expect(Math.max(Math.abs(r - g), Math.abs(g - b))).toBeLessThan(24);
        if (r < 40) dark += 1;
        if (r > 200) light += 1;
      }
    }
    expect(dark).toBeGreaterThan(light);
    // The white ground label is drawn on the box.
    expect(light).toBeGreaterThan(0);
  });

  it('keeps the page without boxes as it was drawn (text, no raster) and stamps every page', () => {
    const listed = execFileSync('pdfimages', ['-list', output], { encoding: 'utf8' });
    const pagesWithImages = listed
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => Number(line.trim().split(/\s+/)[0]));
    // The last page draws the generator's form with the secret: it has a box too.
    expect(pagesWithImages).toEqual([1, 3]);
    for (const page of [1, 2, 3]) {
      const text = execFileSync(
        'pdftotext',
        ['-f', `${page}`, '-l', `${page}`, '-enc', 'UTF-8', output, '-'],
        { encoding: 'utf8' },
      );
      expect(text).toContain('Document 7');
    }
  });

  it('writes the redacted page as an image for a look by eye', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const png = await renderPageImage(output, 1, { dpi: 100 });
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    writeFileSync(join(ARTIFACTS, 'redacted-page-1.png'), png);
    writeFileSync(
      join(ARTIFACTS, 'original-page-1.png'),
      await renderPageImage(input, 1, { dpi: 100 }),
    );
  });

  it('refuses a page that is not in the PDF and a box off the document', async () => {
    await expect(renderPageImage(output, 9, { dpi: 72 })).rejects.toThrow('page 9');
    await expect(
      redactPdf(input, join(dir, 'never.pdf'), {
        boxes: [{ page: 4, x: 1, y: 1, width: 5, height: 5, label: '5.1.2e' }],
      }),
    ).rejects.toThrow('box page 4');
  });
});

describe('redactPdf on other pages', () => {
  it('keeps names outside Windows-1252 searchable and burns a box on a turned page', async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const font = await doc.embedFont(readFileSync(DEFAULT_FONT_PATH), { subset: true });
    const upright = doc.addPage([595, 842]);
    upright.drawText('Łukasz Şahin Đorđević zqgeheim', { x: 72, y: 770, size: 12, font });
    const turned = doc.addPage([595, 842]);
    turned.drawText('kxdraai zqgeheim', { x: 72, y: 770, size: 12, font });
    turned.setRotation(degrees(90));
    const source = join(dir, 'names.pdf');
    const released = join(dir, 'names-out.pdf');
    writeFileSync(source, await doc.save());
    const marked = await boxesFor(source, ['zqgeheim']);
    expect(marked.map((b) => b.page)).toEqual([1, 2]);

    await redactPdf(source, released, { boxes: marked });

    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', released, '-'], { encoding: 'utf8' });
    for (const name of ['Łukasz', 'Şahin', 'Đorđević', 'kxdraai']) expect(text).toContain(name);
    expect(text).not.toContain('zqgeheim');
    // The turned page is rendered as shown, so the box (measured as shown) lies on the word.
    const page = renderedAt72(released, 2);
    const box = marked[1];
    // The top of the box, clear of the label at its middle, where the word began.
    for (let y = Math.ceil(box.y) + 1; y < box.y + 6; y++) {
      for (let x = Math.ceil(box.x) + 1; x < box.x + box.width - 1; x++) {
        const at = (y * page.width + x) * 3;
        expect([...page.pixels.subarray(at, at + 3)]).toEqual([0, 0, 0]);
      }
    }
    expect(page.width).toBeGreaterThan(page.height);
  });
});

describe('assembleBundles', () => {
  it('fills bundles up to the size, one per oversized part, with an outline of titles', async () => {
    const size = readFileSync(output).length;
    const parts = [1, 2, 3].map((n) => ({ path: output, title: `Document ${n} — verslag` }));
    const bundles = await assembleBundles(parts, join(dir, 'bundles'), size * 2 + 1);
    expect(bundles.map((b) => b.parts)).toEqual([
      ['Document 1 — verslag', 'Document 2 — verslag'],
      ['Document 3 — verslag'],
    ]);
    const info = execFileSync('pdfinfo', [bundles[0].path], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+6$/m);
    expect(readFileSync(bundles[0].path).length).toBe(bundles[0].bytes);
    const outline = execFileSync('qpdf', ['--json', '--json-key=outlines', bundles[0].path], {
      encoding: 'utf8',
    });
    expect(outline).toContain('Document 2 — verslag');

    const single = await assembleBundles(parts.slice(0, 2), join(dir, 'small'), 10);
    expect(single.map((b) => b.parts.length)).toEqual([1, 1]);
  });
});

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deflate as deflateCallback } from 'node:zlib';
import {
  PDFDocument,
  PDFName,
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
  type PDFFont,
  type PDFPage,
} from '@cantoo/pdf-lib';
import { cleanPageForCopy, pageContent } from './clean-page.js';
import { PageRenderings, type PageRendering } from './page-renderings.js';
import { drawLabel, drawStamp, keptWords, textLayer } from './page-text.js';
import { burnBoxes, greyPixels } from './raster.js';
import type { RedactionBox } from './redaction-box.js';
import { createReleasedDocument } from './released-document.js';
import { writeWhole } from './write-whole.js';

export interface RedactOptions {
  readonly boxes: readonly RedactionBox[];
  /** The inventory number printed on every page ("Document 12"). */
  readonly stamp?: string;
  /** Resolution of the rasterised pages; 150 dpi keeps print legible at a modest size. */
  readonly dpi?: number;
  readonly fontPath?: string;
}

export interface RedactResult {
  readonly pageCount: number;
  /** The pages that carried boxes and were rasterised (1-based, ascending). */
  readonly redactedPages: number[];
}

const DEFAULT_DPI = 150;
/** Off the main thread: compressing a page image is the largest part of a rasterised page. */
const deflate = promisify(deflateCallback);

/**
 * Writes a released copy of a PDF in which nothing under a box survives. The copy is a NEW
 * document: a page without boxes is copied with only what it shows (see cleanPageForCopy); a
 * page with boxes is rendered by poppler, the boxes burned black into the pixels, the ground
 * written in white on each box, and an invisible text layer of the words no box touches laid
 * over it so the page stays searchable and copyable. Nothing of the original's catalog or
 * Info is carried over.
 */
export async function redactPdf(
  inputPath: string,
  outputPath: string,
  options: RedactOptions,
): Promise<RedactResult> {
  const dpi = options.dpi ?? DEFAULT_DPI;
  const source = await PDFDocument.load(await readFile(inputPath), {
    updateMetadata: false,
    ignoreEncryption: false,
  });
  const pageCount = source.getPageCount();
  for (const box of options.boxes) validateBox(box, pageCount);
  const boxesByPage = groupByPage(options.boxes);
  const { doc, font } = await createReleasedDocument(options.fontPath);
  const sourcePages = source.getPages();
  // Decided before anything is changed: a page is copied when it has no boxes and poppler is
  // not needed to tell what it draws.
  const contents = sourcePages.map((page, index) =>
    boxesByPage.has(index + 1) ? undefined : pageContent(page.node),
  );
  const rasterised = contents.flatMap((content, index) =>
    content === undefined ? [index + 1] : [],
  );
  const work = await mkdtemp(join(tmpdir(), 'wobdesk-redact-'));
  try {
    const renderings =
      rasterised.length === 0
        ? undefined
        : new PageRenderings(await writeWithoutAnnotations(source, work), rasterised, dpi);
    const copyIndices = contents.flatMap((content, index) => {
      if (content === undefined) return [];
      cleanPageForCopy(sourcePages[index].node, content);
      return [index];
    });
    // One copy call for all of them: shared fonts and images are copied once, not per page.
    const copied = new Map<number, PDFPage>();
    const copies = await doc.copyPages(source, copyIndices);
    copyIndices.forEach((sourceIndex, i) => copied.set(sourceIndex, copies[i]));
    for (let index = 0; index < pageCount; index++) {
      const copy = copied.get(index);
      const page = copy
        ? doc.addPage(copy)
        : await rasterisedPage(
            doc,
            font,
            await (renderings as PageRenderings).get(index + 1),
            boxesByPage.get(index + 1) ?? [],
            dpi,
          );
      if (options.stamp) drawStamp(page, font, options.stamp);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  await writeWhole(outputPath, await doc.save({ useObjectStreams: true }));
  return { pageCount, redactedPages: [...boxesByPage.keys()].sort((a, b) => a - b) };
}

/**
 * The original without annotations and form fields, for poppler to render and read: pdftotext
 * reads the words of a field's appearance too, and a text layer must hold only what the page
 * image shows. Written before any page is cleaned for copying, so every page is whole.
 */
async function writeWithoutAnnotations(source: PDFDocument, dir: string): Promise<string> {
  const path = join(dir, 'shown.pdf');
  const copy = await PDFDocument.load(await source.save({ useObjectStreams: false }), {
    updateMetadata: false,
  });
  for (const page of copy.getPages()) page.node.delete(PDFName.Annots);
  copy.catalog.delete(PDFName.of('AcroForm'));
  await writeFile(path, await copy.save({ useObjectStreams: false }));
  return path;
}

function validateBox(box: RedactionBox, pageCount: number): void {
  if (!Number.isInteger(box.page) || box.page < 1 || box.page > pageCount) {
    throw new RangeError(`box page ${box.page} is not a page of this PDF (1 to ${pageCount})`);
  }
  if (
    ![box.x, box.y, box.width, box.height].every(Number.isFinite) ||
    box.width <= 0 ||
    box.height <= 0
  ) {
    throw new RangeError(
      `box on page ${box.page} needs finite x and y and a positive width and height`,
    );
  }
  if (box.label.trim() === '') throw new RangeError(`box on page ${box.page} has no ground label`);
}

function groupByPage(boxes: readonly RedactionBox[]): Map<number, RedactionBox[]> {
  const byPage = new Map<number, RedactionBox[]>();
  for (const box of boxes) byPage.set(box.page, [...(byPage.get(box.page) ?? []), box]);
  return byPage;
}

async function rasterisedPage(
  doc: PDFDocument,
  font: PDFFont,
  { raster, words }: PageRendering,
  boxes: readonly RedactionBox[],
  dpi: number,
): Promise<PDFPage> {
  burnBoxes(raster, boxes, dpi);
  // The page takes the size poppler rendered (its crop box, turned as displayed), the same
  // space pdftotext measured the words and the clerk the boxes in.
  const width = (raster.width * 72) / dpi;
  const height = (raster.height * 72) / dpi;
  const page = doc.addPage([width, height]);
  const grey = greyPixels(raster);
  const image = doc.context.register(
    doc.context.stream(await deflate(grey ?? raster.pixels), {
      Type: 'XObject',
      Subtype: 'Image',
      Width: raster.width,
      Height: raster.height,
      ColorSpace: grey ? 'DeviceGray' : 'DeviceRGB',
      BitsPerComponent: 8,
      Filter: 'FlateDecode',
    }),
  );
  const imageName = page.node.newXObject('Page', image);
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(width, 0, 0, height, 0, 0),
    drawObject(imageName),
    popGraphicsState(),
  );
  const fontName = page.node.newFontDictionary(font.name, font.ref);
  page.pushOperators(...textLayer(font, fontName, height, keptWords(words, boxes)));
  for (const box of boxes) drawLabel(page, font, height, box);
  return page;
}

import {
  PDFName,
  TextRenderingMode,
  beginText,
  endText,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setCharacterSqueeze,
  setFontAndSize,
  setTextMatrix,
  setTextRenderingMode,
  showText,
  type PDFFont,
  type PDFOperator,
  type PDFPage,
} from '@cantoo/pdf-lib';
import { overlaps } from './raster.js';
import type { PageWords, RedactionBox } from './redaction-box.js';

// The text Wobdesk writes on a released page: the invisible layer of kept words, the ground on
// each box and the inventory number.

/** pdftotext's word box runs from the font's ascent to its descent; the baseline sits here. */
const BASELINE_FROM_TOP = 0.78;
/** Open Sans's ascent plus descent is about 1.36 em: a word box this high means size 1. */
const BOX_HEIGHT_PER_POINT = 1.36;
const STAMP_SIZE = 9;
const STAMP_MARGIN = 14;

/** The words no box touches: a word half under a box is withheld whole. */
export function keptWords(
  words: PageWords | undefined,
  boxes: readonly RedactionBox[],
): PageWords['words'] {
  return (words?.words ?? []).filter((word) => !boxes.some((box) => overlaps(word, box)));
}

/** Invisible text (render mode 3) at each word's place and width, for search and copying. */
export function textLayer(
  font: PDFFont,
  fontName: PDFName,
  pageHeight: number,
  words: PageWords['words'],
): PDFOperator[] {
  if (words.length === 0) return [];
  // Tr is graphics state and outlives ET: without q/Q the labels and stamp drawn after would
  // be invisible too.
  const operators: PDFOperator[] = [
    pushGraphicsState(),
    beginText(),
    setTextRenderingMode(TextRenderingMode.Invisible),
  ];
  for (const word of words) {
    // On a turned page (or turned text) poppler's box stands upright: the word runs down it.
    const runsDown = word.text.length > 1 && word.height > word.width * 1.5;
    const across = runsDown ? word.width : word.height;
    const along = runsDown ? word.height : word.width;
    const size = Math.max(across / BOX_HEIGHT_PER_POINT, 1);
    const natural = font.widthOfTextAtSize(word.text, size);
    const matrix: Parameters<typeof setTextMatrix> = runsDown
      ? [0, -1, 1, 0, word.x + across * (1 - BASELINE_FROM_TOP), pageHeight - word.y]
      : [1, 0, 0, 1, word.x, pageHeight - word.y - across * BASELINE_FROM_TOP];
    operators.push(
      setFontAndSize(fontName, size),
      setCharacterSqueeze(natural > 0 ? (100 * along) / natural : 100),
      setTextMatrix(...matrix),
      showText(font.encodeText(word.text)),
    );
  }
  operators.push(endText(), popGraphicsState());
  return operators;
}

/** The ground, white on the black box, as real text so it can be read and searched. */
export function drawLabel(
  page: PDFPage,
  font: PDFFont,
  pageHeight: number,
  box: RedactionBox,
): void {
  const fit = box.width / Math.max(font.widthOfTextAtSize(box.label, 1), 0.01);
  const size = Math.max(Math.min(box.height * 0.75, 10, fit * 0.9), 2);
  const textHeight = font.heightAtSize(size, { descender: false });
  page.drawText(box.label, {
    x: box.x + Math.max((box.width - font.widthOfTextAtSize(box.label, size)) / 2, 0),
    y: pageHeight - box.y - box.height / 2 - textHeight / 2,
    size,
    font,
    color: rgb(1, 1, 1),
  });
}

/** The inventory number top right, on a white ground so it stays legible over content. */
export function drawStamp(page: PDFPage, font: PDFFont, stamp: string): void {
  const { x: left, y: bottom, width, height } = page.getCropBox();
  const textWidth = font.widthOfTextAtSize(stamp, STAMP_SIZE);
  const x = left + width - STAMP_MARGIN - textWidth;
  const y = bottom + height - STAMP_MARGIN - STAMP_SIZE;
  page.drawRectangle({
    x: x - 3,
    y: y - 3,
    width: textWidth + 6,
    height: STAMP_SIZE + 6,
    color: rgb(1, 1, 1),
  });
  page.drawText(stamp, { x, y, size: STAMP_SIZE, font, color: rgb(0, 0, 0) });
}

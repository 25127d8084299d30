import { readFile } from 'node:fs/promises';
import fontkit from '@cantoo/fontkit';
import { PDFDocument, type PDFFont } from '@cantoo/pdf-lib';

/**
 * Open Sans (Apache-2.0, Debian's fonts-open-sans) for every word Wobdesk writes into a
 * released page: the rebuilt text layer keeps names outside Windows-1252 (Łukasz, Şahin,
 * Đorđević) searchable, which the standard PDF fonts cannot.
 */
export const DEFAULT_FONT_PATH = '/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf';

let fontBytes: { path: string; bytes: Promise<Buffer> } | undefined;

/**
 * A new, empty PDF with a minimal document information dictionary of our own: nothing of the
 * original's catalog (forms, attachments, outlines, scripts, XMP) or Info can come along.
 */
export async function createReleasedDocument(
  fontPath = DEFAULT_FONT_PATH,
): Promise<{ doc: PDFDocument; font: PDFFont }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setProducer('Wobdesk');
  doc.setCreationDate(new Date());
  doc.registerFontkit(fontkit);
  if (fontBytes?.path !== fontPath) fontBytes = { path: fontPath, bytes: readFile(fontPath) };
  const font = await doc.embedFont(await fontBytes.bytes, { subset: true });
  return { doc, font };
}

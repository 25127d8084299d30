// Generated PDFs for the redaction tests and benchmark: words drawn as real text, and the same
// secret words hidden in every place a PDF can carry text besides its pages (Info, XMP, an
// annotation, a form field, a bookmark, an attachment, scripts), plus a form XObject that a
// page without boxes has in its resources but never draws.
import { deflateSync } from 'node:zlib';
import {
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  StandardFonts,
  type PDFPage,
} from '@cantoo/pdf-lib';
import type { RedactionBox } from '@wobdesk/redaction';
import { readPageWords } from '@wobdesk/redaction';

export const PAGE_SIZE = [595, 842] as const;
const LINE_HEIGHT = 18;
const FONT_SIZE = 12;

export interface GeneratedDocument {
  /** Per page, lines of words (each word drawn as text). */
  readonly pages: readonly (readonly (readonly string[])[])[];
  /** Words hidden in metadata, annotation, field, bookmark, attachment and scripts. */
  readonly hidden: readonly string[];
  /** A red image drawn under the first word of page 1, to see it burned. */
  readonly imageUnderFirstWord?: boolean;
  /**
   * A grey image whose pixel bytes spell this word, drawn under the first word of page 1: a
   * copied image would carry the word into the released file byte for byte.
   */
  readonly wordInImage?: string;
}

export async function buildDocument(spec: GeneratedDocument): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const hidden = spec.hidden.join(' ');
  const pages: PDFPage[] = [];
  for (const lines of spec.pages) {
    const page = doc.addPage([...PAGE_SIZE]);
    pages.push(page);
    lines.forEach((line, row) => {
      page.drawText(line.join(' '), {
        x: 72,
        y: PAGE_SIZE[1] - 72 - row * LINE_HEIGHT,
        size: FONT_SIZE,
        font,
      });
    });
  }
  if (spec.imageUnderFirstWord) drawRedImage(doc, pages[0]);
  if (spec.wordInImage) drawWordImage(doc, pages[0], spec.wordInImage);
  doc.setTitle(`Titel ${hidden}`);
  doc.setSubject(`Onderwerp ${hidden}`);
  doc.setKeywords(spec.hidden.slice());
  doc.setAuthor(hidden);
  const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>${hidden}</dc:description></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  const context = doc.context;
  doc.catalog.set(
    PDFName.of('Metadata'),
    context.register(context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' })),
  );
  const annotation = context.register(
    context.obj({
      Type: 'Annot',
      Subtype: 'Text',
      Rect: [300, 300, 320, 320],
      Contents: PDFHexString.fromText(`Opmerking ${hidden}`),
    }),
  );
  for (const page of pages) page.node.addAnnot(annotation);
  const field = doc.getForm().createTextField('naam');
  field.setText(hidden);
  field.addToPage(pages[0], { x: 72, y: 40, width: 300, height: 20 });
  const bookmark = context.nextRef();
  const outlines = context.register(
    context.obj({ Type: 'Outlines', First: bookmark, Last: bookmark, Count: 1 }),
  );
  context.assign(
    bookmark,
    context.obj({
      Title: PDFHexString.fromText(`Hoofdstuk ${hidden}`),
      Parent: outlines,
      Dest: [pages[0].ref, 'Fit'],
    }),
  );
  doc.catalog.set(PDFName.of('Outlines'), outlines);
  await doc.attach(Buffer.from(`Bijlage ${hidden}`), 'bijlage.txt', { mimeType: 'text/plain' });
  doc.addJavaScript('groet', `app.alert("${hidden}");`);
  const script = context.obj({ S: 'JavaScript', JS: PDFString.of(`app.alert("${hidden}")`) });
  doc.catalog.set(PDFName.of('OpenAction'), context.register(script));
  for (const page of pages)
    page.node.set(PDFName.of('AA'), context.obj({ O: context.register(script) }));
  addSharedForm(doc, pages, font.ref, spec.hidden[0] ?? 'leeg');
  return doc.save({ useObjectStreams: false });
}

/**
 * A form XObject printing `word`, drawn on the LAST page only but listed in every page's
 * resources, as producers that share one resource dictionary do.
 */
function addSharedForm(
  doc: PDFDocument,
  pages: readonly PDFPage[],
  fontRef: ReturnType<PDFDocument['context']['nextRef']>,
  word: string,
): void {
  const context = doc.context;
  const form = context.register(
    context.stream(`BT /Fh 12 Tf 72 60 Td (${word}) Tj ET`, {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, PAGE_SIZE[0], PAGE_SIZE[1]],
      Resources: { Font: { Fh: fontRef } },
    }),
  );
  for (const page of pages) page.node.newXObject('Shared', form);
  const last = pages[pages.length - 1];
  const name = last.node.newXObject('Drawn', form);
  last.node.addContentStream(context.register(context.stream(`q ${name.asString()} Do Q`)));
}

/** One row of grey pixels with the word's bytes as values, over the first word's place. */
function drawWordImage(doc: PDFDocument, page: PDFPage, word: string): void {
  const pixels = Buffer.from(word, 'latin1');
  const image = doc.context.register(
    doc.context.stream(deflateSync(pixels), {
      Type: 'XObject',
      Subtype: 'Image',
      Width: pixels.length,
      Height: 1,
      ColorSpace: 'DeviceGray',
      BitsPerComponent: 8,
      Filter: 'FlateDecode',
    }),
  );
  const name = page.node.newXObject('Word', image);
  page.node.addContentStream(
    doc.context.register(
      doc.context.stream(`q 30 0 0 8 74 ${PAGE_SIZE[1] - 72} cm ${name.asString()} Do Q`),
    ),
  );
}

/** A solid red image where the first line of page 1 starts. */
function drawRedImage(doc: PDFDocument, page: PDFPage): void {
  const width = 40;
  const height = 10;
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i += 3) pixels[i] = 255;
  const image = doc.context.register(
    doc.context.stream(deflateSync(pixels), {
      Type: 'XObject',
      Subtype: 'Image',
      Width: width,
      Height: height,
      ColorSpace: 'DeviceRGB',
      BitsPerComponent: 8,
      Filter: 'FlateDecode',
    }),
  );
  const name = page.node.newXObject('Red', image);
  page.node.addContentStream(
    doc.context.register(
      doc.context.stream(`q 40 0 0 12 72 ${PAGE_SIZE[1] - 74} cm ${name.asString()} Do Q`),
    ),
  );
}

/** A box over every occurrence of each term as pdftotext finds it, padded by a point. */
export async function boxesFor(
  pdfPath: string,
  terms: readonly string[],
  label = '5.1.2e',
): Promise<RedactionBox[]> {
  const wanted = new Set(terms);
  const boxes: RedactionBox[] = [];
  for (const page of await readPageWords(pdfPath)) {
    for (const word of page.words) {
      if (!wanted.has(word.text)) continue;
      boxes.push({
        page: page.page,
        x: word.x - 1,
        y: word.y - 1,
        width: word.width + 2,
        height: word.height + 2,
        label,
      });
    }
  }
  return boxes;
}

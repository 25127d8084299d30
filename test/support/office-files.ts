// Office documents and images for the intake tests, written by hand as the smallest files the
// formats allow (LibreOffice opens them as Word, Writer and Calc would): a .docx whose pages are
// split by page breaks, an .odt, an .xlsx with inline strings, a .pptx of slides, a
// password-protected OOXML file (the compound file Office writes for one), an Outlook item
// (.msg) with attachments, and image headers (PNG, JPEG, multi-page TIFF).
import { burn, type Entry } from '@kenjiuno/msgreader/lib/Burner.js';
import { zipOf } from './document-files.js';

const xml = (body: string) =>
  Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`, 'utf8');
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const PACKAGE_RELS = (target: string) =>
  xml(
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ' +
      `Target="${target}"/></Relationships>`,
  );

const contentTypes = (overrides: Record<string, string>) =>
  xml(
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      Object.entries(overrides)
        .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
        .join('') +
      '</Types>',
  );

/** A .docx with one page per entry, each page's paragraphs. */
export function minimalDocx(pages: readonly (readonly string[])[]): Buffer {
  const pageBreak = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  const body = pages
    .map((paragraphs) =>
      paragraphs.map((p) => `<w:p><w:r><w:t>${escape(p)}</w:t></w:r></w:p>`).join(''),
    )
    .join(pageBreak);
  return zipOf([
    {
      name: '[Content_Types].xml',
      data: contentTypes({
        '/word/document.xml':
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
      }),
    },
    { name: '_rels/.rels', data: PACKAGE_RELS('word/document.xml') },
    {
      name: 'word/document.xml',
      data: xml(
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
          `<w:body>${body}</w:body></w:document>`,
      ),
    },
  ]);
}

/** An .odt with these paragraphs. */
export function minimalOdt(paragraphs: readonly string[]): Buffer {
  return zipOf([
    {
      name: 'mimetype',
      data: Buffer.from('application/vnd.oasis.opendocument.text'),
      deflate: false,
    },
    {
      name: 'META-INF/manifest.xml',
      data: xml(
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">' +
          '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
          '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
          '</manifest:manifest>',
      ),
    },
    {
      name: 'content.xml',
      data: xml(
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">' +
          '<office:body><office:text>' +
          paragraphs.map((p) => `<text:p>${escape(p)}</text:p>`).join('') +
          '</office:text></office:body></office:document-content>',
      ),
    },
  ]);
}

/** An .xlsx with one sheet of these rows (text cells). */
export function minimalXlsx(rows: readonly (readonly string[])[]): Buffer {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const column = (i: number) => String.fromCharCode(65 + i);
  const sheet = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">` +
        cells
          .map(
            (text, c) =>
              `<c r="${column(c)}${r + 1}" t="inlineStr"><is><t>${escape(text)}</t></is></c>`,
          )
          .join('') +
        '</row>',
    )
    .join('');
  return zipOf([
    {
      name: '[Content_Types].xml',
      data: contentTypes({
        '/xl/workbook.xml':
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        '/xl/worksheets/sheet1.xml':
          'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
      }),
    },
    { name: '_rels/.rels', data: PACKAGE_RELS('xl/workbook.xml') },
    {
      name: 'xl/workbook.xml',
      data: xml(
        `<workbook xmlns="${main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
          '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" ' +
          'Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: xml(`<worksheet xmlns="${main}"><sheetData>${sheet}</sheetData></worksheet>`),
    },
  ]);
}

/** A .pptx with one slide per entry, each slide's paragraphs in one text box. */
export function minimalPptx(slides: readonly (readonly string[])[]): Buffer {
  const p = 'http://schemas.openxmlformats.org/presentationml/2006/main';
  const a = 'http://schemas.openxmlformats.org/drawingml/2006/main';
  return zipOf([
    {
      name: '[Content_Types].xml',
      data: contentTypes({
        '/ppt/presentation.xml':
          'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
        ...Object.fromEntries(
          slides.map((_, i) => [
            `/ppt/slides/slide${i + 1}.xml`,
            'application/vnd.openxmlformats-officedocument.presentationml.slide+xml',
          ]),
        ),
      }),
    },
    { name: '_rels/.rels', data: PACKAGE_RELS('ppt/presentation.xml') },
    { name: 'ppt/presentation.xml', data: xml(`<p:presentation xmlns:p="${p}"/>`) },
    ...slides.map((paragraphs, i) => ({
      name: `ppt/slides/slide${i + 1}.xml`,
      data: xml(
        `<p:sld xmlns:p="${p}" xmlns:a="${a}"><p:cSld><p:spTree><p:sp><p:txBody>` +
          paragraphs.map((t) => `<a:p><a:r><a:t>${escape(t)}</a:t></a:r></a:p>`).join('') +
          '</p:txBody></p:sp></p:spTree></p:cSld></p:sld>',
      ),
    })),
  ]);
}

/** A .docx whose document part is not XML: what a damaged download looks like to LibreOffice. */
export function damagedDocx(): Buffer {
  return zipOf([
    { name: '[Content_Types].xml', data: Buffer.from('<Types') },
    { name: 'word/document.xml', data: Buffer.from('geen xml \u0000\u0001') },
  ]);
}

/**
 * A compound file (the container of old Office files and Outlook's .msg) holding empty streams
 * of these names: one sector of allocation table, one of directory. Enough for a reader that
 * tells the kind of container by its directory, as the intake does.
 */
export function compoundFile(streamNames: readonly string[]): Buffer {
  if (streamNames.length > 3) throw new Error('one directory sector holds the root and 3 streams');
  const SECTOR = 512;
  const END = 0xfffffffe;
  const FREE = 0xffffffff;
  const header = Buffer.alloc(SECTOR);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // the directory starts at sector 1
  header.writeUInt32LE(0x1000, 56);
  header.writeUInt32LE(END, 60);
  header.writeUInt32LE(END, 68);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 76 + i * 4);
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0 is the FAT itself
  fat.writeUInt32LE(END, 4); // the directory is one sector long
  const directory = Buffer.alloc(SECTOR);
  const entry = (index: number, name: string, type: number, child: number, right: number) => {
    const at = index * 128;
    const encoded = Buffer.from(`${name}\0`, 'utf16le');
    encoded.copy(directory, at);
    directory.writeUInt16LE(encoded.length, at + 64);
    directory.writeUInt8(type, at + 66);
    directory.writeUInt8(1, at + 67);
    directory.writeUInt32LE(FREE, at + 68);
    directory.writeUInt32LE(right, at + 72);
    directory.writeUInt32LE(child, at + 76);
    directory.writeUInt32LE(END, at + 116);
  };
  entry(0, 'Root Entry', 5, streamNames.length > 0 ? 1 : FREE, FREE);
  streamNames.forEach((name, i) =>
    entry(i + 1, name, 2, FREE, i + 1 < streamNames.length ? i + 2 : FREE),
  );
  return Buffer.concat([header, fat, directory]);
}

/** A password-protected .docx: Office writes it as a compound file, not a ZIP. */
export function encryptedOoxml(): Buffer {
  return compoundFile(['EncryptionInfo', 'EncryptedPackage']);
}

/** A PNG signature and header of this size (no pixel data: the intake reads only the header). */
export function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.set([8, 6, 0, 0, 0], 16);
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), ihdr]);
}

/** A JPEG's start, with an APP0 segment before the frame header that holds the size. */
export function jpegHeader(width: number, height: number): Buffer {
  const app0 = Buffer.from('ffe000104a46494600010100000100010000', 'hex');
  const sof = Buffer.alloc(19);
  sof.set([0xff, 0xc0], 0);
  sof.writeUInt16BE(17, 2);
  sof.writeUInt8(8, 4);
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return Buffer.concat([Buffer.from('ffd8', 'hex'), app0, sof]);
}

/** A little-endian TIFF of these pages (sizes only): one image directory per page, chained. */
export function tiffPages(sizes: readonly { width: number; height: number }[]): Buffer {
  const ifdSize = 2 + 2 * 12 + 4;
  const file = Buffer.alloc(8 + sizes.length * ifdSize);
  file.write('II', 0, 'latin1');
  file.writeUInt16LE(42, 2);
  file.writeUInt32LE(8, 4);
  sizes.forEach(({ width, height }, i) => {
    const at = 8 + i * ifdSize;
    file.writeUInt16LE(2, at);
    const tag = (n: number, id: number, type: number, value: number) => {
      const o = at + 2 + n * 12;
      file.writeUInt16LE(id, o);
      file.writeUInt16LE(type, o + 2);
      file.writeUInt32LE(1, o + 4);
      if (type === 3) file.writeUInt16LE(value, o + 8);
      else file.writeUInt32LE(value, o + 8);
    };
    tag(0, 256, 4, width);
    tag(1, 257, 3, height);
    file.writeUInt32LE(i + 1 < sizes.length ? at + ifdSize : 0, at + 2 + 2 * 12);
  });
  return file;
}

/** One attachment of an Outlook item. */
export interface MsgAttachment {
  readonly name: string;
  readonly data: Buffer;
}

/**
 * An Outlook item (.msg) as Outlook lays one out (MS-OXMSG): the message's property streams
 * (subject, plain-text body, message class), its fixed-size properties (the time it was sent),
 * and one storage per attachment (file name, method, bytes), written into a compound file by
 * the compound-file writer that ships with @kenjiuno/msgreader.
 */
export function outlookMessage(message: {
  subject: string;
  sentAt: Date;
  body: string;
  attachments: readonly MsgAttachment[];
}): Buffer {
  const ROOT = 5;
  const DIRECTORY = 1;
  const DOCUMENT = 2;
  const entries: Entry[] = [{ name: 'Root Entry', type: ROOT, children: [], length: 0 }];
  const add = (parent: number, entry: Entry) => {
    entries.push(entry);
    entries[parent].children!.push(entries.length - 1);
    return entries.length - 1;
  };
  const stream = (parent: number, name: string, data: Buffer) =>
    add(parent, {
      name,
      type: DOCUMENT,
      length: data.length,
      // A copy of its own: the writer reads the provider's whole underlying buffer, and a
      // small Buffer shares Node's pool with others.
      binaryProvider: () => new Uint8Array(data),
    });
  const text = (value: string) => Buffer.from(value, 'utf16le');
  /** A property stream: its header, then 16 bytes per fixed-size property (tag, flags, value). */
  const properties = (header: Buffer, props: readonly [number, Buffer][]) =>
    Buffer.concat([
      header,
      ...props.map(([tag, value]) => {
        const entry = Buffer.alloc(16);
        entry.writeUInt32LE(tag, 0);
        entry.writeUInt32LE(6, 4); // readable, writable
        value.copy(entry, 8);
        return entry;
      }),
    ]);
  // FILETIME: 100-ns intervals since 1601-01-01 (UTC).
  const fileTime = Buffer.alloc(8);
  fileTime.writeBigUInt64LE((BigInt(message.sentAt.getTime()) + 11_644_473_600_000n) * 10_000n);
  const rootHeader = Buffer.alloc(32);
  rootHeader.writeUInt32LE(message.attachments.length, 12);
  rootHeader.writeUInt32LE(message.attachments.length, 20);
  stream(0, '__properties_version1.0', properties(rootHeader, [[0x00390040, fileTime]]));
  stream(0, '__substg1.0_001A001F', text('IPM.Note'));
  stream(0, '__substg1.0_0037001F', text(message.subject));
  stream(0, '__substg1.0_1000001F', text(message.body));
  message.attachments.forEach((attachment, i) => {
    const folder = add(0, {
      name: `__attach_version1.0_#${i.toString(16).toUpperCase().padStart(8, '0')}`,
      type: DIRECTORY,
      children: [],
      length: 0,
    });
    const byValue = Buffer.alloc(8);
    byValue.writeUInt32LE(1, 0);
    stream(folder, '__properties_version1.0', properties(Buffer.alloc(8), [[0x37050003, byValue]]));
    stream(folder, '__substg1.0_3001001F', text(attachment.name));
    stream(folder, '__substg1.0_3707001F', text(attachment.name));
    stream(folder, '__substg1.0_37010102', attachment.data);
  });
  return Buffer.from(burn(entries));
}

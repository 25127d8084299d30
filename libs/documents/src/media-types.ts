// What a file is, from its first bytes: the table of the types the intake takes. Pure, so the
// detection is unit-tested on bytes; the archive formats need a look inside (zip-reader.ts).

export const MEDIA = {
  pdf: 'application/pdf',
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
  zip: 'application/zip',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
} as const;

export type MediaType = (typeof MEDIA)[keyof typeof MEDIA];

/** How many leading bytes `sniff` needs. */
export const SNIFF_BYTES = 4096;

const startsWith = (head: Buffer, bytes: readonly number[]) =>
  head.length >= bytes.length && bytes.every((b, i) => head[i] === b);

/**
 * The type the leading bytes show, or undefined. A ZIP container says `application/zip` here;
 * `officeTypeOf` tells an OOXML or ODF document from a plain archive by its entries.
 */
export function sniff(head: Buffer): MediaType | undefined {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return MEDIA.pdf;
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return MEDIA.png;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return MEDIA.jpeg;
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) {
    return MEDIA.tiff;
  }
  // A local file header, or the end record of an empty archive.
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
    return MEDIA.zip;
  }
  if (looksLikeRfc822(head)) return MEDIA.eml;
  return undefined;
}

const HEADER_LINE = /^[!-9;-~]+:/;
const MAIL_HEADERS = new Set([
  'from',
  'to',
  'date',
  'subject',
  'message-id',
  'received',
  'mime-version',
  'return-path',
]);

/**
 * An RFC 5322 message starts with header fields (`Name: value`, continuation lines indented)
 * up to an empty line. At least two known mail headers among them, no NUL byte: plain text
 * that happens to start with `Note: …` is not taken for an e-mail.
 */
export function looksLikeRfc822(head: Buffer): boolean {
  if (head.includes(0)) return false;
  const lines = head.toString('latin1').split(/\r?\n/);
  let known = 0;
  for (const [index, line] of lines.entries()) {
    if (line === '') return known >= 2;
    if (/^[ \t]/.test(line)) {
      if (index === 0) return false;
      continue;
    }
    if (!HEADER_LINE.test(line)) return index === lines.length - 1 && known >= 2;
    if (MAIL_HEADERS.has(line.slice(0, line.indexOf(':')).toLowerCase())) known += 1;
  }
  return known >= 2;
}

/**
 * The office type of a ZIP container from its entry names and its `mimetype` entry (ODF
 * stores the type there), or `application/zip` for a plain archive.
 */
export function officeTypeOf(entryNames: readonly string[], odfMimetype?: string): MediaType {
  const odf = Object.values(MEDIA).find((type) => type === odfMimetype?.trim());
  if (odf !== undefined && odf.startsWith('application/vnd.oasis')) return odf;
  if (entryNames.includes('[Content_Types].xml')) {
    if (entryNames.some((n) => n.startsWith('word/'))) return MEDIA.docx;
    if (entryNames.some((n) => n.startsWith('xl/'))) return MEDIA.xlsx;
    if (entryNames.some((n) => n.startsWith('ppt/'))) return MEDIA.pptx;
  }
  return MEDIA.zip;
}

/** The types a file name's extension promises; extensions not listed promise nothing. */
const EXTENSIONS: Readonly<Record<string, readonly MediaType[] | 'unsupported'>> = {
  pdf: [MEDIA.pdf],
  eml: [MEDIA.eml],
  msg: [MEDIA.msg],
  zip: [MEDIA.zip],
  png: [MEDIA.png],
  jpg: [MEDIA.jpeg],
  jpeg: [MEDIA.jpeg],
  tif: [MEDIA.tiff],
  tiff: [MEDIA.tiff],
  docx: [MEDIA.docx],
  xlsx: [MEDIA.xlsx],
  pptx: [MEDIA.pptx],
  odt: [MEDIA.odt],
  ods: [MEDIA.ods],
  odp: [MEDIA.odp],
  // Types the intake does not take, so a file named so is not one of those it does.
  txt: 'unsupported',
  doc: 'unsupported',
  xls: 'unsupported',
  exe: 'unsupported',
  html: 'unsupported',
};

/**
 * Whether the file name's extension agrees with the detected type: false when the name
 * promises another type (`brief.pdf` that is a PNG, `notitie.txt` that is a PDF).
 */
export function extensionAgrees(fileName: string, type: MediaType | undefined): boolean {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0 || dot === fileName.length - 1) return true;
  const promised = EXTENSIONS[fileName.slice(dot + 1).toLowerCase()];
  if (promised === undefined) return true;
  return promised !== 'unsupported' && type !== undefined && promised.includes(type);
}

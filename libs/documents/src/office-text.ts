import type { Readable } from 'node:stream';
import { DocumentRefusal } from './document-refusal.js';
import { MEDIA, type MediaType } from './media-types.js';
import { readZip, type ZipLimits } from './zip-reader.js';

/**
 * How one format keeps its text: the parts to read (in the order the text follows), the part
 * that must be there and be XML, the elements whose character data is text (or everything
 * inside `body`), and what an element adds to the text where it starts (a tab, a line break)
 * or ends (a paragraph).
 */
interface TextFormat {
  readonly parts: (name: string) => boolean;
  readonly order: (a: string, b: string) => number;
  readonly main: string;
  readonly textIn: ReadonlySet<string> | { readonly body: string };
  readonly at: Readonly<Record<string, string>>;
  readonly after: ReadonlySet<string>;
}

const byPartNumber = (a: string, b: string) => partNumber(a) - partNumber(b) || (a < b ? -1 : 1);
const partNumber = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);

const ODF: TextFormat = {
  parts: (name) => name === 'content.xml',
  order: byPartNumber,
  main: 'content.xml',
  textIn: { body: 'office:body' },
  at: { 'text:tab': '\t', 'text:line-break': '\n', 'text:s': ' ' },
  after: new Set(['text:p', 'text:h', 'table:table-row']),
};

const FORMATS: ReadonlyMap<MediaType, TextFormat> = new Map<MediaType, TextFormat>([
  [
    MEDIA.docx,
    {
      parts: (name) => name === 'word/document.xml',
      order: byPartNumber,
      main: 'word/document.xml',
      textIn: new Set(['w:t']),
      at: { 'w:tab': '\t', 'w:br': '\n', 'w:cr': '\n' },
      after: new Set(['w:p']),
    },
  ],
  [
    MEDIA.xlsx,
    {
      // The cells' texts are kept once in the shared strings; a sheet holds only inline ones.
      parts: (name) =>
        name === 'xl/sharedStrings.xml' || /^xl\/worksheets\/sheet\d+\.xml$/.test(name),
      order: (a, b) =>
        a === 'xl/sharedStrings.xml' ? -1 : b === 'xl/sharedStrings.xml' ? 1 : byPartNumber(a, b),
      main: 'xl/workbook.xml',
      textIn: new Set(['t']),
      at: {},
      after: new Set(['si', 'is']),
    },
  ],
  [
    MEDIA.pptx,
    {
      parts: (name) => /^ppt\/slides\/slide\d+\.xml$/.test(name),
      order: byPartNumber,
      main: 'ppt/presentation.xml',
      textIn: new Set(['a:t']),
      at: { 'a:br': '\n' },
      after: new Set(['a:p']),
    },
  ],
  [MEDIA.odt, ODF],
  [MEDIA.ods, ODF],
  [MEDIA.odp, ODF],
]);

/** The manifest of an ODF package; it names the encryption of parts kept under a password. */
const ODF_MANIFEST = 'META-INF/manifest.xml';

/**
 * The text of an office document, read from its package's XML without LibreOffice (for search
 * and duplicate detection at intake; the PDF and its pages come later, from the conversion job).
 * The archive is walked with the intake's ZIP limits; only the text parts are kept. Paragraphs
 * end in a line break, cells and slides follow one another. A package without its main part,
 * or whose parts are not XML, is refused as unreadable; an ODF package under a password as
 * encrypted (OOXML under a password is not a ZIP at all: the intake refuses it before).
 */
export async function readOfficeText(
  path: string,
  mediaType: MediaType,
  fileName: string,
  limits: ZipLimits,
): Promise<string> {
  const format = FORMATS.get(mediaType);
  if (format === undefined) throw new Error(`Not an office type: ${mediaType}`);
  const parts = new Map<string, string>();
  let main: string | undefined;
  let encrypted = false;
  await readZip(path, fileName, limits, async (name, content) => {
    if (format.parts(name) || name === format.main) {
      const xml = await text(content);
      if (!looksLikeXml(xml)) throw new DocumentRefusal('DOCUMENT.OFFICE_UNREADABLE', fileName);
      if (name === format.main) main = xml;
      if (format.parts(name)) parts.set(name, xml);
    } else if (name === ODF_MANIFEST && format === ODF) {
      encrypted = (await text(content)).includes('encryption-data');
    } else {
      content.resume();
      await new Promise((resolve, reject) => content.on('end', resolve).on('error', reject));
    }
  });
  if (encrypted) throw new DocumentRefusal('DOCUMENT.ENCRYPTED', fileName);
  if (main === undefined) throw new DocumentRefusal('DOCUMENT.OFFICE_UNREADABLE', fileName);
  return [...parts.keys()]
    .sort(format.order)
    .map((name) => textOfXml(parts.get(name)!, format))
    .join('\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

async function text(content: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of content) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** XML starts with markup (after a byte-order mark) and holds no control characters. */
function looksLikeXml(xml: string): boolean {
  return /^\uFEFF?\s*</.test(xml) && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml);
}

const MARKUP = /<[^>]*>|[^<]+/g;
const TAG_NAME = /^<\/?([^\s/>]+)/;

/** The text of one XML part by its format's rules: tags stripped, paragraph breaks kept. */
export function textOfXml(
  xml: string,
  format: Pick<TextFormat, 'textIn' | 'at' | 'after'>,
): string {
  const out: string[] = [];
  let inside = 0;
  for (const [token] of xml.matchAll(MARKUP)) {
    if (!token.startsWith('<')) {
      if (inside > 0) out.push(decodeEntities(token));
      continue;
    }
    if (token.startsWith('<?') || token.startsWith('<!')) continue;
    const name = TAG_NAME.exec(token)?.[1];
    if (name === undefined) continue;
    const closing = token.startsWith('</');
    const empty = token.endsWith('/>');
    const holdsText =
      'body' in format.textIn ? name === format.textIn.body : format.textIn.has(name);
    if (closing) {
      if (holdsText) inside = Math.max(0, inside - 1);
      if (format.after.has(name)) out.push('\n');
      continue;
    }
    const added = format.at[name];
    // A Word tab stop defined in a paragraph's properties (w:pos) is no tab in the text.
    if (added !== undefined && !token.includes('w:pos=')) {
      out.push(name === 'text:s' ? spaces(token) : added);
    }
    if (empty) {
      if (format.after.has(name)) out.push('\n');
    } else if (holdsText) inside += 1;
  }
  return out.join('');
}

/** ODF writes a run of spaces as one element with a count. */
function spaces(token: string): string {
  const count = Number(/text:c="(\d+)"/.exec(token)?.[1] ?? 1);
  return ' '.repeat(Math.min(count, 1000));
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return codePoint(Number.parseInt(entity.slice(2), 16), whole);
    if (entity.startsWith('#')) return codePoint(Number.parseInt(entity.slice(1), 10), whole);
    return NAMED[entity] ?? whole;
  });
}

function codePoint(value: number, whole: string): string {
  return value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : whole;
}

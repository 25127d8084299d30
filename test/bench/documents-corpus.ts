// The documents benchmark's corpus, generated from a seed: e-mails (RFC 822, multipart when they
// carry attachments) with PDFs written byte by byte (one page of real text, so pdftotext finds
// something) and minimal OOXML documents (.docx, .xlsx), packed as a clerk uploads them: ZIPs of
// a few hundred mails. Written by hand rather than through Chromium or an office suite, so that
// tens of thousands of files cost seconds, and the same seed always gives the same bytes.
import { crc32 } from 'node:zlib';
import { Prng } from './prng.js';

/** The share of attachments per kind: two thirds PDF, the rest office documents. */
const ATTACHMENT_KINDS = ['pdf', 'pdf', 'pdf', 'pdf', 'docx', 'xlsx'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

const SUBJECTS = [
  'Overleg windpark Noordzijde',
  'Concept raadsvoorstel stikstof',
  'Vergunning evenement Koningsdag',
  'Reactie op zienswijze bestemmingsplan',
  'Verslag bestuurlijk overleg',
  'Planning aanbesteding groenonderhoud',
] as const;
const WORDS = [
  'gemeente',
  'overleg',
  'besluit',
  'planning',
  'provincie',
  'vergunning',
  'wethouder',
  'afspraak',
  'concept',
  'advies',
  'bewoners',
  'raad',
] as const;

function sentence(rng: Prng, words: number): string {
  const out: string[] = [];
  for (let k = 0; k < words; k++) out.push(WORDS[rng.int(0, WORDS.length - 1)]);
  return out.join(' ');
}

/** A valid one-page PDF 1.4 whose page shows `lines` in Helvetica; offsets computed exactly. */
export function makePdf(lines: readonly string[]): Buffer {
  // PDF string literals: backslash and parentheses escaped; the corpus text is plain ASCII.
  const escaped = lines.map((l) => l.replace(/[\\()]/g, (c) => `\\${c}`));
  const content = `BT /F1 11 Tf 72 760 Td 14 TL ${escaped.map((l) => `(${l}) '`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, k) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${k + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A ZIP archive of the entries, stored (not deflated): what the intake unpacks or sniffs. */
export function makeZip(entries: readonly { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00, so the bytes never depend on today
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt32LE(0x00210000, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const xml = (body: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
const PKG = 'http://schemas.openxmlformats.org/package/2006';
const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal Word document (one paragraph) as its OOXML parts. */
export function makeDocx(text: string): Buffer {
  return makeZip([
    {
      name: '[Content_Types].xml',
      data: xml(
        `<Types xmlns="${PKG}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        `<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
      ),
    },
    {
      name: 'word/document.xml',
      data: xml(
        `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
      ),
    },
  ]);
}

/** A minimal Excel workbook (one sheet, one text cell) as its OOXML parts. */
export function makeXlsx(text: string): Buffer {
  const sheetMl = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  return makeZip([
    {
      name: '[Content_Types].xml',
      data: xml(
        `<Types xmlns="${PKG}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        `<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(
        `<workbook xmlns="${sheetMl}" xmlns:r="${OFFICE_REL}"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        `<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${OFFICE_REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: xml(
        `<worksheet xmlns="${sheetMl}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData></worksheet>`,
      ),
    },
  ]);
}

export interface Attachment {
  readonly fileName: string;
  readonly kind: AttachmentKind;
  readonly data: Buffer;
}

/** An e-mail as the mail client saves it: plain text, or multipart/mixed with base64 parts. */
export function makeEmail(mail: {
  readonly number: number;
  readonly subject: string;
  readonly sentAt: Date;
  readonly body: string;
  readonly attachments: readonly Attachment[];
}): Buffer {
  const headers = [
    'From: Afdeling Ruimte <ruimte@benchmarkstad.example>',
    'To: Wethouder <wethouder@benchmarkstad.example>',
    `Subject: ${mail.subject}`,
    `Date: ${mail.sentAt.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <bench-${mail.number}@benchmarkstad.example>`,
    'MIME-Version: 1.0',
  ];
  if (mail.attachments.length === 0) {
    return Buffer.from(
      `${headers.join('\r\n')}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${mail.body}\r\n`,
    );
  }
  const boundary = `=_bench_${mail.number}`;
  const parts = [
    `Content-Type: text/plain; charset=utf-8\r\n\r\n${mail.body}\r\n`,
    ...mail.attachments.map(
      (a) =>
        `Content-Type: ${MIME[a.kind]}; name="${a.fileName}"\r\nContent-Disposition: attachment; filename="${a.fileName}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${(a.data.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n')}\r\n`,
    ),
  ];
  return Buffer.from(
    `${headers.join('\r\n')}\r\nContent-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n` +
      parts.map((p) => `--${boundary}\r\n${p}`).join('') +
      `--${boundary}--\r\n`,
  );
}

const MIME: Record<AttachmentKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** What a corpus holds, for the report. */
export interface CorpusCounts {
  readonly mails: number;
  readonly attachments: Readonly<Record<AttachmentKind, number>>;
  /** Documents the intake makes of it: every mail and every attachment. */
  readonly documents: number;
  readonly uploads: number;
  readonly bytes: number;
}

/** Attachments per mail in the issue's corpus: 3,000 per 10,000 mails. */
export const ATTACHMENTS_PER_MAIL = 0.3;
export const MAILS_PER_UPLOAD = 500;
export const CORPUS_SEED = 20_260_512;

/**
 * The corpus of `mails` e-mails and `round(mails × 0.3)` attachments, as uploads (ZIPs of
 * MAILS_PER_UPLOAD mails), one at a time so that only one upload is in memory. The
 * attachments go to mails picked by the seeded generator, so some mails carry two or more.
 */
export function* corpusUploads(
  mails: number,
  seed = CORPUS_SEED,
): Generator<{ fileName: string; data: Buffer }, CorpusCounts> {
  const rng = new Prng(seed);
  const attachmentCount = Math.round(mails * ATTACHMENTS_PER_MAIL);
  const perMail = new Uint16Array(mails);
  for (let k = 0; k < attachmentCount; k++) perMail[rng.int(0, mails - 1)] += 1;
  const counts: Record<AttachmentKind, number> = { pdf: 0, docx: 0, xlsx: 0 };
  let bytes = 0;
  let uploads = 0;
  const start = Date.UTC(2021, 0, 4, 8);
  for (let first = 0; first < mails; first += MAILS_PER_UPLOAD) {
    const entries: { name: string; data: Buffer }[] = [];
    for (let n = first; n < Math.min(mails, first + MAILS_PER_UPLOAD); n++) {
      const subject = `${SUBJECTS[rng.int(0, SUBJECTS.length - 1)]} (${n + 1})`;
      const attachments: Attachment[] = [];
      for (let k = 0; k < perMail[n]; k++) {
        const kind = ATTACHMENT_KINDS[rng.int(0, ATTACHMENT_KINDS.length - 1)];
        counts[kind] += 1;
        const text = `Bijlage ${k + 1} bij mail ${n + 1}: ${sentence(rng, 8)}`;
        const data =
          kind === 'pdf'
            ? makePdf([text, sentence(rng, 10), sentence(rng, 10)])
            : kind === 'docx'
              ? makeDocx(text)
              : makeXlsx(text);
        attachments.push({ fileName: `bijlage-${n + 1}-${k + 1}.${kind}`, kind, data });
      }
      const data = makeEmail({
        number: n + 1,
        subject,
        sentAt: new Date(start + n * 37 * 60_000),
        body: `Beste collega,\r\n\r\n${sentence(rng, 30)}.\r\n\r\nMet vriendelijke groet,\r\nAfdeling Ruimte`,
        attachments,
      });
      entries.push({ name: `mail-${String(n + 1).padStart(6, '0')}.eml`, data });
    }
    const zip = makeZip(entries);
    bytes += zip.length;
    uploads += 1;
    yield { fileName: `mails-${String(first + 1).padStart(6, '0')}.zip`, data: zip };
  }
  return {
    mails,
    attachments: counts,
    documents: mails + attachmentCount,
    uploads,
    bytes,
  };
}

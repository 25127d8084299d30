// Real files for the document intake tests, made in the test: PDFs written by hand as minimal
// valid PDF bytes (one Helvetica text line per page), an encrypted PDF (a standard security
// handler whose check value no password matches), e-mails as MIME text, and ZIP archives
// written with Node's zlib (deflate and CRC-32) by the small writer below.
import { crc32, deflateRawSync } from 'node:zlib';

/** A PDF with one page per text, each page showing its text (pdftotext reads it back). */
export function minimalPdf(pages: readonly string[], trailerExtra = ''): Buffer {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  pages.forEach((text, i) => {
    const stream = `BT /F1 18 Tf 72 720 Td (${text.replace(/[()\\]/g, '\\$&')}) Tj ET`;
    objects[pageIds[i]] =
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ' +
      `/Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i] + 1} 0 R >>`;
    objects[pageIds[i] + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  });
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(body, 'latin1');
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) {
    body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  }
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * A PDF with an /Encrypt dictionary (RC4, revision 2) whose user-password check value (/U)
 * matches no password, so it cannot be opened: what a password-protected PDF is to poppler.
 */
export function encryptedPdf(): Buffer {
  const hex = (byte: string) => byte.repeat(32);
  return minimalPdf(
    ['Geheim'],
    `/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${hex('ab')}> /U <${hex('cd')}> >> ` +
      `/ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>] `,
  );
}

/** One entry of `zipOf`: its name, its bytes, and whether to deflate them (default yes). */
export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
  readonly deflate?: boolean;
}

/** A ZIP archive of the entries (local headers, data, central directory, end record). */
export function zipOf(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const deflate = entry.deflate ?? true;
    const data = deflate ? deflateRawSync(entry.data) : entry.data;
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
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

/** An attachment of `emailWith`. */
export interface MailAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly data: Buffer;
}

/** An e-mail as MIME text (multipart/mixed, base64 attachments). */
export function emailWith(
  subject: string,
  date: string,
  body: string,
  attachments: readonly MailAttachment[],
  thread: { messageId?: string; inReplyTo?: string; references?: string } = {},
): Buffer {
  const boundary = '=_wobdesk_test_boundary';
  const parts = [
    `--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body}\r\n`,
    ...attachments.map(
      (a) =>
        `--${boundary}\r\nContent-Type: ${a.contentType}; name="${a.name}"\r\n` +
        `Content-Disposition: attachment; filename="${a.name}"\r\n` +
        `Content-Transfer-Encoding: base64\r\n\r\n${a.data.toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n`,
    ),
  ];
  return Buffer.from(
    'From: Ambtenaar <ambtenaar@gemeente.example>\r\n' +
      'To: Wethouder <wethouder@gemeente.example>\r\n' +
      `Subject: ${subject}\r\n` +
      `Date: ${date}\r\n` +
      `Message-ID: ${thread.messageId ?? '<test-1@gemeente.example>'}\r\n` +
      (thread.inReplyTo ? `In-Reply-To: ${thread.inReplyTo}\r\n` : '') +
      (thread.references ? `References: ${thread.references}\r\n` : '') +
      'MIME-Version: 1.0\r\n' +
      `Content-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n` +
      parts.join('') +
      `--${boundary}--\r\n`,
    'utf8',
  );
}

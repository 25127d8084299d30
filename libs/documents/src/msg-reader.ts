import { readFile, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import msgreader from '@kenjiuno/msgreader';
import { DocumentRefusal } from './document-refusal.js';
import type { EmailAttachment, EmailFacts } from './email-reader.js';

/**
 * An .msg is read whole: it is a compound file, a file system in a file, and the reader needs
 * random access to all of it. Outlook itself caps a message at tens of megabytes; a larger .msg
 * is refused rather than held in memory (the same bytes as .eml stream without this limit).
 */
export const MSG_MAX_BYTES = 64 * 1024 * 1024;

// The package is CommonJS with `exports.default`: imported from ESM, the class sits one level down.
const MsgReader = msgreader.default;
type MsgReaderClass = typeof MsgReader;

/**
 * Reads an Outlook .msg with @kenjiuno/msgreader: the subject, the sending time (submitted,
 * else delivered), the plain-text body, and each attachment handed to `onAttachment` in turn,
 * as .eml attachments are. An attached Outlook item comes as an .msg of its own.
 */
export async function readMsg(
  path: string,
  fileName: string,
  onAttachment: (attachment: EmailAttachment) => Promise<void>,
): Promise<EmailFacts> {
  if ((await stat(path)).size > MSG_MAX_BYTES) {
    throw new DocumentRefusal('DOCUMENT.TOO_LARGE', fileName, { maxBytes: MSG_MAX_BYTES });
  }
  const bytes = await readFile(path);
  let reader: InstanceType<MsgReaderClass>;
  let attachments: NonNullable<ReturnType<typeof reader.getFileData>['attachments']>;
  let facts: EmailFacts;
  try {
    reader = new MsgReader(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
    const data = reader.getFileData();
    if (data.error !== undefined || data.dataType !== 'msg') throw new Error(data.error);
    const sent = new Date(data.clientSubmitTime ?? data.messageDeliveryTime ?? Number.NaN);
    facts = {
      subject: data.subject?.trim() || null,
      sentAt: Number.isNaN(sent.getTime()) ? null : sent,
      text: (data.body ?? '').trim(),
      // Outlook keeps the Message-ID as a property; In-Reply-To and References live only in the
      // transport headers, which not every .msg carries, so a .msg starts its own thread.
      messageId: data.messageId?.trim() || null,
      inReplyTo: null,
      references: [],
    };
    attachments = data.attachments ?? [];
  } catch {
    throw new DocumentRefusal('DOCUMENT.CORRUPT', fileName);
  }
  // One attachment's bytes at a time, handed on before the next is read.
  for (const [index, attachment] of attachments.entries()) {
    let content: Uint8Array;
    let name: string | undefined;
    try {
      ({ fileName: name, content } = reader.getAttachment(attachment));
    } catch {
      throw new DocumentRefusal('DOCUMENT.CORRUPT', fileName);
    }
    await onAttachment({
      fileName: name?.trim() || `bijlage-${index + 1}`,
      content: Readable.from([Buffer.from(content)]),
    });
  }
  return facts;
}

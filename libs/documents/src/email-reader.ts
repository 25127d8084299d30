import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { MailParser, type AttachmentStream, type MessageText } from 'mailparser';
import { DocumentRefusal } from './document-refusal.js';

/** What an e-mail tells of itself. */
export interface EmailFacts {
  readonly subject: string | null;
  readonly sentAt: Date | null;
  readonly text: string;
  /** The Message-ID header, e.g. `<abc@example.nl>`. */
  readonly messageId: string | null;
  /** The message this one answers (In-Reply-To). */
  readonly inReplyTo: string | null;
  /** The conversation's earlier messages, root first (References). */
  readonly references: readonly string[];
}

/** The message ids in a header value (mailparser gives one string or a list). */
function messageIds(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => v.match(/<[^<>\s]+>/g) ?? [])
    .map((id) => id.slice(0, 998));
}

/** One attachment, handed over as a stream that must be read before the parser goes on. */
export interface EmailAttachment {
  readonly fileName: string;
  readonly content: Readable;
}

/**
 * Parses an .eml on disk with mailparser's streaming parser: each attachment is handed to
 * `onAttachment` as a stream (never a buffer of the whole file), one at a time.
 */
export async function readEmail(
  path: string,
  fileName: string,
  onAttachment: (attachment: EmailAttachment) => Promise<void>,
): Promise<EmailFacts> {
  const parser = new MailParser({ skipHtmlToText: false, skipTextToHtml: true });
  let subject: string | null = null;
  let sentAt: Date | null = null;
  let ids: Pick<EmailFacts, 'messageId' | 'inReplyTo' | 'references'> = {
    messageId: null,
    inReplyTo: null,
    references: [],
  };
  let text = '';
  let count = 0;
  let failure: unknown;
  const pending: Promise<void>[] = [];
  parser.on('headers', (headers) => {
    const s = headers.get('subject');
    subject = typeof s === 'string' && s.trim() !== '' ? s.trim() : null;
    const d = headers.get('date');
    sentAt = d instanceof Date && !Number.isNaN(d.getTime()) ? d : null;
    ids = {
      messageId: messageIds(headers.get('message-id'))[0] ?? null,
      inReplyTo: messageIds(headers.get('in-reply-to'))[0] ?? null,
      references: messageIds(headers.get('references')),
    };
  });
  parser.on('data', (data: AttachmentStream | MessageText) => {
    if (data.type === 'text') {
      text = data.text ?? '';
      return;
    }
    count += 1;
    const name = data.filename?.trim() || `bijlage-${count}`;
    const done = (
      failure === undefined
        ? onAttachment({ fileName: name, content: data.content })
        : Promise.reject(failure)
    )
      .catch((error: unknown) => {
        failure ??= error;
        data.content.resume();
      })
      .finally(() => data.release?.());
    pending.push(done);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      parser.on('end', resolve);
      parser.on('error', reject);
      const source = createReadStream(path);
      source.on('error', reject);
      source.pipe(parser);
    });
  } catch (error) {
    if (error instanceof DocumentRefusal) throw error;
    throw new DocumentRefusal('DOCUMENT.CORRUPT', fileName);
  }
  await Promise.all(pending);
  if (failure !== undefined) throw failure;
  return { subject, sentAt, text: text.trim(), ...ids };
}

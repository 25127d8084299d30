import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Readable } from 'node:stream';
import { amsterdamDateOf, threadIdOf } from '@wobdesk/domain';
import type { BlobStore, StagedBlob } from './blob-store.js';
import { compoundKindOf, isCompoundFile } from './compound-file.js';
import { DocumentRefusal } from './document-refusal.js';
import { type EmailAttachment, type EmailFacts, readEmail } from './email-reader.js';
import { readImage } from './image-reader.js';
import { readMsg } from './msg-reader.js';
import {
  extensionAgrees,
  MEDIA,
  type MediaType,
  officeTypeOf,
  sniff,
  SNIFF_BYTES,
} from './media-types.js';
import { isOffice } from './office-intake.js';
import { readOfficeText } from './office-text.js';
import { readPdf } from './pdf-reader.js';
import { TaskPool } from './task-pool.js';
import { readZip, zipContents, type ZipLimits } from './zip-reader.js';

/** The limits of one intake (from the configuration's documents block). */
export interface IntakeLimits extends ZipLimits {
  readonly maxFileBytes: number;
  readonly maxDepth: number;
}

/** A document read and received, waiting to be numbered and stored in one change. */
export interface StagedDocument {
  readonly blob: StagedBlob;
  readonly fileName: string;
  readonly mediaType: MediaType;
  readonly pageCount: number | null;
  readonly text: string | null;
  /** 'YYYY-MM-DD' in Europe/Amsterdam, e.g. an e-mail's sending day. */
  readonly documentDate: string | null;
  readonly description: string | null;
  /** An e-mail's Message-ID and conversation (see `threadIdOf`); null for other documents. */
  readonly messageId: string | null;
  readonly threadId: string | null;
  /** The staged e-mail this document came attached to (its family). */
  readonly family: StagedDocument | null;
  /**
   * For office documents: 'pending' when queued for the conversion job (which makes the PDF
   * and counts its pages after the upload); null when no LibreOffice is configured.
   */
  readonly conversion: 'pending' | null;
  readonly widthPx: number | null;
  readonly heightPx: number | null;
}

/**
 * Whether office documents are queued for conversion to PDF: only with a LibreOffice program;
 * without one they are left as taken in.
 */
export interface IntakeOptions {
  readonly sofficePath?: string;
}

/**
 * PDFs read at once: a poppler call is mostly waiting (a one-page PDF took 35–48 ms of wall time
 * for 8 ms of CPU), so a few in flight per core keep the cores busy without crowding them.
 */
const PDF_READS = Math.min(4, 2 * availableParallelism());

/** What a document has when nothing more than its type was learnt. */
const NOTHING_LEARNT = {
  pageCount: null,
  text: null,
  documentDate: null,
  description: null,
  conversion: null,
  widthPx: null,
  heightPx: null,
} as const;

/** A name as the clerk reads it: the path through the e-mails and archives that held it. */
const within = (outer: string, inner: string) => `${outer} › ${inner}`;
/** The name a document keeps: its own, without the e-mails and archives that held it. */
const ownName = (path: string) => path.split(' › ').at(-1) ?? path;

/**
 * Reads what comes in into staged documents: each file received into the store's temporary
 * area, its type detected from the content, PDFs counted and read, e-mails split into the mail
 * and its attachments (one family), archives unpacked entry by entry, all through the same
 * steps. The first refusal ends the intake and every file staged so far is dropped: a refused
 * upload leaves nothing behind.
 *
 * PDFs are read while the next files are received (a few processes in flight, see TaskPool);
 * a document's place in `documents` is fixed when it is taken in, so the numbering keeps the
 * order of the files. `documents` is complete only after `finish`. Office documents are not
 * converted here: their text is read from the package's XML and they are queued for the
 * conversion job (office-conversions.ts), as LibreOffice costs more CPU than the rest of an
 * upload together.
 */
export class DocumentIntake {
  private readonly staged: StagedBlob[] = [];
  private readonly pdfReads = new TaskPool(PDF_READS);
  readonly documents: StagedDocument[] = [];

  constructor(
    private readonly store: BlobStore,
    private readonly limits: IntakeLimits,
    private readonly options: IntakeOptions = {},
  ) {}

  /** Takes in one uploaded file. */
  async take(content: Readable, fileName: string): Promise<void> {
    try {
      await this.admit(content, fileName, { depth: 0, family: null });
    } catch (error) {
      // A PDF taken in earlier and still being read may fail too: its refusal comes first.
      await this.pdfReads.settle();
      throw error;
    }
  }

  /**
   * Waits for the PDFs still being read; call once, after the last `take`. A damaged PDF
   * refuses the intake here at the latest.
   */
  async finish(): Promise<void> {
    await this.pdfReads.settle();
  }

  /** Drops every staged file (after a refusal, or once placed ones were moved away). */
  async discardAll(): Promise<void> {
    // A read still running may yet fail: wait for it to end first.
    await this.pdfReads.idle();
    await Promise.all(this.staged.map((blob) => this.store.discard(blob)));
  }

  /** Puts what was learnt of a document in its place, which it took when it was taken in. */
  private replace(before: StagedDocument, after: StagedDocument): void {
    this.documents[this.documents.indexOf(before)] = after;
  }

  private async admit(
    content: Readable,
    fileName: string,
    at: { depth: number; family: StagedDocument | null },
  ): Promise<void> {
    const blob = await this.store.receive(content, this.limits.maxFileBytes, fileName);
    this.staged.push(blob);
    await this.read(blob, fileName, at);
  }

  /** Detects a received file's type and reads it as that type. */
  private async read(
    blob: StagedBlob,
    fileName: string,
    at: { depth: number; family: StagedDocument | null },
  ): Promise<void> {
    if (blob.size === 0) throw new DocumentRefusal('DOCUMENT.EMPTY', fileName);
    const mediaType = await this.typeOf(blob, fileName);
    const base = {
      blob,
      fileName: ownName(fileName),
      mediaType,
      family: at.family,
      messageId: null,
      threadId: null,
    };
    switch (mediaType) {
      case MEDIA.zip:
        return this.unpack(blob, fileName, at);
      case MEDIA.pdf: {
        const document: StagedDocument = { ...base, ...NOTHING_LEARNT };
        this.documents.push(document);
        await this.pdfReads.submit(async () => {
          const pdf = await readPdf(blob.tempPath, fileName);
          this.replace(document, { ...document, pageCount: pdf.pageCount, text: pdf.text });
        });
        return;
      }
      case MEDIA.eml:
        return this.split(blob, fileName, at, mediaType, readEmail);
      case MEDIA.msg:
        return this.split(blob, fileName, at, mediaType, readMsg);
      case MEDIA.png:
      case MEDIA.jpeg:
      case MEDIA.tiff: {
        // Pages and size from the headers; no text, as there is no OCR engine.
        const image = await readImage(blob.tempPath, mediaType, fileName);
        this.documents.push({ ...base, ...NOTHING_LEARNT, ...image });
        return;
      }
      default: {
        if (!isOffice(mediaType)) {
          this.documents.push({ ...base, ...NOTHING_LEARNT });
          return;
        }
        // Pages are known once the conversion job made the PDF; the text is there now.
        const text = await readOfficeText(blob.tempPath, mediaType, fileName, this.limits);
        this.documents.push({
          ...base,
          ...NOTHING_LEARNT,
          text,
          conversion: this.options.sofficePath === undefined ? null : 'pending',
        });
      }
    }
  }

  private async typeOf(blob: StagedBlob, fileName: string): Promise<MediaType> {
    const handle = await open(blob.tempPath, 'r');
    let head: Buffer;
    try {
      const buffer = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
    let type = sniff(head);
    if (type === MEDIA.zip) {
      const { names, mimetype } = await zipContents(
        blob.tempPath,
        fileName,
        this.limits.maxEntries,
      );
      type = officeTypeOf(names, mimetype);
    } else if (type === undefined && isCompoundFile(head)) {
      const kind = await compoundKindOf(blob.tempPath);
      // Office keeps a .docx/.xlsx/.pptx under a password in this container instead of a ZIP.
      if (kind === 'encrypted_office') throw new DocumentRefusal('DOCUMENT.ENCRYPTED', fileName);
      if (kind === 'outlook_message') type = MEDIA.msg;
    }
    if (!extensionAgrees(fileName, type)) {
      throw new DocumentRefusal('DOCUMENT.TYPE_MISMATCH', fileName, { detected: type ?? null });
    }
    if (type === undefined) throw new DocumentRefusal('DOCUMENT.UNSUPPORTED_TYPE', fileName);
    return type;
  }

  private async unpack(
    blob: StagedBlob,
    fileName: string,
    at: { depth: number; family: StagedDocument | null },
  ): Promise<void> {
    if (at.depth + 1 > this.limits.maxDepth) {
      throw new DocumentRefusal('DOCUMENT.ZIP_BOMB', fileName, { maxDepth: this.limits.maxDepth });
    }
    await readZip(blob.tempPath, fileName, this.limits, (name, entry) =>
      this.admit(entry, within(fileName, name), { depth: at.depth + 1, family: at.family }),
    );
  }

  /** Splits an e-mail (.eml or Outlook's .msg, each by its reader) into the mail and its attachments. */
  private async split(
    blob: StagedBlob,
    fileName: string,
    at: { depth: number; family: StagedDocument | null },
    mediaType: MediaType,
    readMail: (
      path: string,
      fileName: string,
      onAttachment: (attachment: EmailAttachment) => Promise<void>,
    ) => Promise<EmailFacts>,
  ): Promise<void> {
    const attachments: { name: string; blob: StagedBlob }[] = [];
    if (at.depth + 1 > this.limits.maxDepth) {
      throw new DocumentRefusal('DOCUMENT.ZIP_BOMB', fileName, { maxDepth: this.limits.maxDepth });
    }
    // The attachments are received while the mail is parsed and read after it, so the mail
    // comes before its attachments in the numbering.
    const mail = await readMail(blob.tempPath, fileName, async ({ fileName: name, content }) => {
      const received = await this.store.receive(content, this.limits.maxFileBytes, name);
      this.staged.push(received);
      attachments.push({ name, blob: received });
    });
    const email: StagedDocument = {
      blob,
      fileName: ownName(fileName),
      mediaType,
      ...NOTHING_LEARNT,
      text: mail.text,
      documentDate: mail.sentAt === null ? null : amsterdamDateOf(mail.sentAt).toString(),
      description: mail.subject,
      messageId: mail.messageId,
      threadId: threadIdOf(mail),
      family: at.family,
    };
    this.documents.push(email);
    // Families are flat: an attachment of an attached e-mail belongs to the outer e-mail's.
    const family = at.family ?? email;
    for (const attachment of attachments) {
      await this.read(attachment.blob, within(fileName, attachment.name), {
        depth: at.depth + 1,
        family,
      });
    }
  }
}

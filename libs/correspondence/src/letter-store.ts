// Reading stored letters: their metadata (without the HTML and PDF), per-kind version numbers,
// and a stored letter as a file.
import { isLetterToRequester, letterFileName, type LetterWarning } from '@wobdesk/letters';
import type { LetterRecord, LetterSummary, Repositories } from '@wobdesk/persistence';
import type { LetterInput } from './letter-context/index.js';

/** A stored letter without its content. */
export interface LetterMetadata {
  readonly id: string;
  readonly requestId: string;
  readonly kind: string;
  readonly subject: string;
  readonly eventSequence: number;
  readonly templateVersion: string;
  readonly templateSetHash: string;
  readonly contentHash: string;
  readonly pdfHash: string;
  readonly law: string;
  readonly warnings: readonly LetterWarning[];
  /** The date on the letter ('YYYY-MM-DD'); absent for letters stored before it was kept. */
  readonly letterDate?: string;
  /** The extra input the letter was made with. */
  readonly input: LetterInput;
  /** 'draft' until the letter is recorded as sent; a sent letter is never replaced. */
  readonly status: 'draft' | 'sent';
  /** The day it was sent to the requester ('YYYY-MM-DD'). */
  readonly sentOn?: string;
  /** ISO instant the sending was recorded. */
  readonly sentAt?: string;
  readonly sentBy?: string;
  /** ISO instant. */
  readonly createdAt: string;
  readonly createdBy: string | null;
  /** 1 for the first letter of this kind for the request, 2 for the next … */
  readonly version: number;
}

export type LetterFormat = 'html' | 'pdf';

export interface LetterDownload {
  /** The letter's request: the audit of reads files the download under it. */
  readonly requestId: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly body: Buffer | string;
}

/** The letters of a request, oldest first, with their per-kind version numbers (one query). */
export async function listLettersIn(
  tx: Pick<Repositories, 'letters'>,
  organisationId: string,
  requestId: string,
): Promise<LetterMetadata[]> {
  const rows = await tx.letters.summaries(organisationId, requestId);
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const version = (seen.get(row.kind) ?? 0) + 1;
    seen.set(row.kind, version);
    return toMetadata(row, version);
  });
}

export function toMetadata(row: LetterSummary, version: number): LetterMetadata {
  return {
    id: row.id,
    requestId: row.requestId,
    kind: row.kind,
    subject: row.subject,
    eventSequence: row.eventSequence,
    templateVersion: row.templateVersion,
    templateSetHash: row.templateSetHash,
    contentHash: row.contentHash,
    pdfHash: row.pdfHash,
    law: row.law,
    warnings: JSON.parse(row.warnings) as LetterWarning[],
    ...(row.letterDate !== null && { letterDate: row.letterDate }),
    input: row.input === null ? {} : (JSON.parse(row.input) as LetterInput),
    status: row.sentOn === null ? 'draft' : 'sent',
    ...(row.sentOn !== null && { sentOn: row.sentOn }),
    ...(row.sentAt !== null && { sentAt: row.sentAt.toISOString() }),
    ...(row.sentBy !== null && { sentBy: row.sentBy }),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    version,
  };
}

/**
 * Whether the requester may see a letter: sent, and addressed to them. A letter to a third party
 * or to another body stays with the clerks even when sent.
 */
export function isVisibleToRequester(letter: { readonly kind: string; readonly sent: boolean }) {
  return letter.sent && isLetterToRequester(letter.kind);
}

export function fileOf(row: LetterRecord, format: LetterFormat): LetterDownload {
  const { requestId } = row;
  const date = row.sentOn ?? row.letterDate;
  return format === 'pdf'
    ? {
        requestId,
        fileName: letterFileName(row.kind, date, 'pdf'),
        contentType: 'application/pdf',
        body: Buffer.from(row.pdfBase64, 'base64'),
      }
    : {
        requestId,
        fileName: letterFileName(row.kind, date, 'html'),
        contentType: 'text/html; charset=utf-8',
        body: row.html,
      };
}

import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { StagedBlob } from './blob-store.js';
import { DocumentRefusal } from './document-refusal.js';
import type { StagedDocument } from './intake.js';
import { MEDIA, type MediaType } from './media-types.js';
import {
  convertToPdf,
  OFFICE_BATCH_SIZE,
  OfficeUnavailable,
  type OfficeOutcome,
} from './office-converter.js';
import { readPdf } from './pdf-reader.js';

/** The extension LibreOffice reads each office type by. */
const OFFICE_EXTENSIONS: ReadonlyMap<MediaType, string> = new Map<MediaType, string>([
  [MEDIA.docx, 'docx'],
  [MEDIA.xlsx, 'xlsx'],
  [MEDIA.pptx, 'pptx'],
  [MEDIA.odt, 'odt'],
  [MEDIA.ods, 'ods'],
  [MEDIA.odp, 'odp'],
]);

export const isOffice = (type: MediaType): boolean => OFFICE_EXTENSIONS.has(type);

/** An office document taken in and waiting for its PDF; `path` names it as the clerk knows it. */
export interface PendingOffice {
  readonly document: StagedDocument;
  readonly path: string;
}

/** What the intake lends the conversion: staging a PDF, and putting the converted row in place. */
export interface OfficeIntakeHooks {
  stage(content: Readable, name: string): Promise<StagedBlob>;
  replace(before: StagedDocument, after: StagedDocument): void;
}

/** Why a document was kept without a PDF, as the clerk reads it. */
export const NOT_CONVERTED = {
  unavailable:
    'Niet omgezet naar PDF: LibreOffice is niet geïnstalleerd op de server. Het document is bewaard zoals het is aangeleverd.',
  timed_out:
    'Niet omgezet naar PDF: het omzetten duurde te lang. Het document is bewaard zoals het is aangeleverd.',
  failed:
    'Niet omgezet naar PDF: LibreOffice stopte met een fout. Het document is bewaard zoals het is aangeleverd.',
} as const;

/**
 * Converts the pending office documents to PDF, OFFICE_BATCH_SIZE to a LibreOffice call, and
 * reads each PDF as an uploaded PDF is read (pages, text). The PDF is staged to be stored
 * content-addressed beside its original. A file LibreOffice cannot load is refused
 * (OFFICE_UNREADABLE); when the fault is not the file's (LibreOffice missing, too slow, crashed)
 * the original is kept, marked not converted with the reason.
 */
export async function convertOffice(
  soffice: string,
  pending: readonly PendingOffice[],
  hooks: OfficeIntakeHooks,
): Promise<void> {
  for (let start = 0; start < pending.length; start += OFFICE_BATCH_SIZE) {
    const chunk = pending.slice(start, start + OFFICE_BATCH_SIZE);
    let batch;
    try {
      batch = await convertToPdf(
        soffice,
        chunk.map(({ document }) => ({
          path: document.blob.tempPath,
          extension: OFFICE_EXTENSIONS.get(document.mediaType)!,
        })),
      );
    } catch (error) {
      if (!(error instanceof OfficeUnavailable)) throw error;
      for (const { document } of pending.slice(start)) {
        hooks.replace(document, notConverted(document, NOT_CONVERTED.unavailable));
      }
      return;
    }
    try {
      for (const [index, item] of chunk.entries()) {
        await settle(item, batch.outcomes[index], hooks);
      }
    } finally {
      await batch.dispose();
    }
  }
}

async function settle(
  { document, path }: PendingOffice,
  outcome: OfficeOutcome,
  hooks: OfficeIntakeHooks,
): Promise<void> {
  switch (outcome.kind) {
    case 'converted': {
      const pdf = await readPdf(outcome.pdfPath, path);
      const blob = await hooks.stage(createReadStream(outcome.pdfPath), `${path}.pdf`);
      hooks.replace(document, {
        ...document,
        pdf: blob,
        pageCount: pdf.pageCount,
        text: pdf.text,
        conversion: 'converted',
        conversionNote: null,
      });
      return;
    }
    case 'unreadable':
      throw new DocumentRefusal('DOCUMENT.OFFICE_UNREADABLE', path);
    default:
      hooks.replace(document, notConverted(document, NOT_CONVERTED[outcome.kind]));
  }
}

const notConverted = (document: StagedDocument, note: string): StagedDocument => ({
  ...document,
  conversion: 'not_converted',
  conversionNote: note,
});

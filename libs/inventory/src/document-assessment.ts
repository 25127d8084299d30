// The register's words for a document and the sheet's: the assessment as the platform's
// importer knows it, and the file type it shows. A document outside the request has no
// Beoordeling in the sheet and is never written (the importer would read any other value as
// "Niet openbaar").
import type { DocumentAssessment } from '@wobdesk/domain';
import type { Assessment, FileType } from './inventory-row.js';

/** The assessments that go into a sheet: every one but `out_of_scope`. */
export type SheetDocumentAssessment = Exclude<DocumentAssessment, 'out_of_scope'>;

export const SHEET_ASSESSMENT: Readonly<Record<SheetDocumentAssessment, Assessment>> = {
  public: 'Openbaar',
  partly_public: 'Deels openbaar',
  not_public: 'Niet openbaar',
  already_public: 'Reeds openbaar',
};

const FROM_SHEET = new Map(
  Object.entries(SHEET_ASSESSMENT).map(([register, sheet]) => [
    sheet,
    register as SheetDocumentAssessment,
  ]),
);

/** The register's assessment for a sheet's Beoordeling (as the reader gives it). */
export function documentAssessmentOf(sheet: Assessment): SheetDocumentAssessment {
  return FROM_SHEET.get(sheet)!;
}

/** The file type the platform shows for a media type detected at intake; undefined: "Onbekend". */
export function fileTypeOf(mediaType: string): FileType | undefined {
  if (mediaType === 'application/pdf') return 'pdf';
  if (mediaType === 'message/rfc822' || mediaType === 'application/vnd.ms-outlook') return 'email';
  if (mediaType.startsWith('image/')) return 'image';
  if (/wordprocessing|opendocument\.text|msword/.test(mediaType)) return 'doc';
  if (/spreadsheet|ms-excel/.test(mediaType)) return 'spreadsheet';
  if (/presentation|ms-powerpoint/.test(mediaType)) return 'presentation';
  if (mediaType === 'text/html') return 'html';
  return undefined;
}

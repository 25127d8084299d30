// One row of the inventory spreadsheet (the "productierapport" the national Woo publication
// platform imports): one document, its assessment and where it belongs.
import type { LocalDate } from '@wobdesk/domain';

/** The assessments the platform's importer knows; any other value it silently reads as "Niet openbaar". */
export const ASSESSMENTS = [
  'Openbaar',
  'Deels openbaar',
  'Niet openbaar',
  'Reeds openbaar',
] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

/** The file types the platform shows; an empty or unknown value it shows as "Onbekend". */
export const FILE_TYPES = [
  'pdf',
  'doc',
  'image',
  'presentation',
  'spreadsheet',
  'email',
  'html',
  'note',
  'database',
  'xml',
  'video',
  'audio',
  'vcard',
  'chat',
] as const;
export type FileType = (typeof FILE_TYPES)[number];

export interface InventoryRow {
  /** Document number: [a-zA-Z0-9.-], 1–170 characters, unique within the matter. */
  readonly id: string;
  /** The request's reference (at least 2 characters); absent when `publicationContext` is given. */
  readonly matter?: string;
  /** The platform's alternative to `matter`; a row never has both. */
  readonly publicationContext?: string;
  /** Numeric: an e-mail and its attachments share it. */
  readonly familyId?: string;
  /** Numeric: the e-mails of one conversation share it. */
  readonly emailThreadId?: string;
  /** The name shown (for an e-mail its subject), at most 500 characters. */
  readonly document: string;
  readonly fileType?: FileType;
  /** The document's own date, a calendar date in Europe/Amsterdam. */
  readonly date?: LocalDate;
  readonly assessment: Assessment;
  /** True while a third party's objection to disclosure is pending. */
  readonly suspended: boolean;
  /** The project's ground codes ("5.1.2.e", "10.2.e"), in the order given. */
  readonly grounds: readonly string[];
  /** At most 1000 characters. */
  readonly remark?: string;
  /** For "Reeds openbaar": where it was published (http or https, at most 2048 characters each). */
  readonly publicLinks: readonly string[];
  /** IDs of related documents; `[matter]-[ID]` for one in another matter. */
  readonly relatedIds: readonly string[];
  readonly caseNumbers: readonly string[];
}

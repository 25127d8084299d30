export { BlobStore, type StagedBlob } from './blob-store.js';
export { type CompoundKind, compoundKindOf, isCompoundFile } from './compound-file.js';
export {
  DOCUMENT_REFUSAL_CODES,
  DocumentRefusal,
  type DocumentRefusalCode,
} from './document-refusal.js';
export {
  type AssessmentInput,
  type DocumentChangeInput,
  MAX_DESCRIPTION,
  parseAssessment,
  type ParsedAssessment,
} from './assessment-input.js';
export {
  type BulkSelection,
  DOCUMENT_EDITED_EVENT,
  DocumentAssessments,
  DOCUMENTS_ASSESSED_EVENT,
  type InventoryDocument,
  type InventoryView,
} from './document-assessments.js';
export {
  DOCUMENT_THIRD_PARTY_ADDED_EVENT,
  DOCUMENT_THIRD_PARTY_REMOVED_EVENT,
  DOCUMENT_THIRD_PARTY_VIEW_RECORDED_EVENT,
  type AskedThirdParty,
  DocumentThirdParties,
  type DocumentThirdPartyView,
  holdsDisclosure,
  type NewThirdPartyInput,
  type ThirdPartyViewInput,
} from './document-third-parties.js';
export {
  DocumentRedactions,
  REDACTIONS_MARKED_EVENT,
  REDACTIONS_REMOVED_EVENT,
  type RedactionMark,
  type RedactionSheet,
} from './document-redactions.js';
export {
  DEFAULT_BUNDLE_MEGABYTES,
  DocumentReleases,
  DOCUMENTS_RELEASED_EVENT,
  MAX_BUNDLE_MEGABYTES,
  type InventoryWriter,
  type ReleasedFile,
  releasedFileOf,
  type ReleaseInput,
} from './document-releases.js';
export type { AreaInput, PageSize, SuggestionsInput, TermInput } from './redaction-input.js';
export { DocumentsModule } from './documents.module.js';
export { readImage, type ImageFacts } from './image-reader.js';
export { type DuplicatesFound, findDuplicates } from './duplicate-finder.js';
export {
  DUPLICATE_CONFIRMED_EVENT,
  DUPLICATE_REJECTED_EVENT,
  type DuplicateDecision,
  DuplicateProposals,
  type DuplicateProposalView,
  type ProposalDocument,
} from './duplicate-proposals.js';
export {
  DocumentIntake,
  type IntakeLimits,
  type IntakeOptions,
  type StagedDocument,
} from './intake.js';
export {
  extensionAgrees,
  looksLikeRfc822,
  MEDIA,
  type MediaType,
  officeTypeOf,
  sniff,
} from './media-types.js';
export { MSG_MAX_BYTES, readMsg } from './msg-reader.js';
export {
  convertToPdf,
  OFFICE_BATCH_SIZE,
  type OfficeOutcome,
  type OfficeSource,
  type OfficeTimeouts,
  OfficeUnavailable,
} from './office-converter.js';
export { NOT_CONVERTED } from './office-intake.js';
export {
  CONVERSION_REQUEUED_EVENT,
  type ConversionRun,
  MAX_CONVERSION_ATTEMPTS,
  OfficeConversions,
} from './office-conversions.js';
export { OfficeConversionJob, OfficeConversionJobModule } from './office-conversion-job.js';
export { readOfficeText } from './office-text.js';
export { readPdf, type PdfFacts } from './pdf-reader.js';
export {
  DEFAULT_PAGE_SIZE,
  inventoryFilterOf,
  inventoryPageOf,
  type InventoryQuery,
  isFiltered,
  MAX_PAGE_SIZE,
  UNASSESSED,
} from './inventory-query.js';
export {
  type DocumentPage,
  DOCUMENTS_ADDED_EVENT,
  DUPLICATES_FOUND_EVENT,
  type IncomingFile,
  RequestDocuments,
} from './request-documents.js';
export { isUnsafeEntryName, readZip, type ZipLimits } from './zip-reader.js';
export {
  PROVISIONAL_MEASURE_ENDED_EVENT,
  PROVISIONAL_MEASURE_OUTCOMES,
  PROVISIONAL_MEASURE_REQUESTED_EVENT,
  type ProvisionalMeasureOutcome,
  ProvisionalMeasures,
} from './provisional-measures.js';

export { BlobStore, type StagedBlob } from './blob-store.js';
export {
  DOCUMENT_REFUSAL_CODES,
  DocumentRefusal,
  type DocumentRefusalCode,
} from './document-refusal.js';
export { DocumentsModule } from './documents.module.js';
export { type DuplicatesFound, findDuplicates } from './duplicate-finder.js';
export {
  DUPLICATE_CONFIRMED_EVENT,
  DUPLICATE_REJECTED_EVENT,
  type DuplicateDecision,
  DuplicateProposals,
  type DuplicateProposalView,
  type ProposalDocument,
} from './duplicate-proposals.js';
export { DocumentIntake, type IntakeLimits, type StagedDocument } from './intake.js';
export {
  extensionAgrees,
  looksLikeRfc822,
  MEDIA,
  type MediaType,
  officeTypeOf,
  sniff,
} from './media-types.js';
export { readPdf, type PdfFacts } from './pdf-reader.js';
export {
  DOCUMENTS_ADDED_EVENT,
  DUPLICATES_FOUND_EVENT,
  type IncomingFile,
  RequestDocuments,
} from './request-documents.js';
export { isUnsafeEntryName, readZip, type ZipLimits } from './zip-reader.js';

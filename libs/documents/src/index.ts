export { BlobStore, type StagedBlob } from './blob-store.js';
export {
  DOCUMENT_REFUSAL_CODES,
  DocumentRefusal,
  type DocumentRefusalCode,
} from './document-refusal.js';
export { DocumentsModule } from './documents.module.js';
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
export { DOCUMENTS_ADDED_EVENT, type IncomingFile, RequestDocuments } from './request-documents.js';
export { isUnsafeEntryName, readZip, type ZipLimits } from './zip-reader.js';

// The stored data as plain types: what the repositories take and give. They name the columns of
// the entity classes but carry none of their relations or decorators, so a use case (or an
// in-memory fake of a repository) never depends on the mapping.
import type { ConversationRecordEntity } from '../entities/conversation-record.entity.js';
import type { DocumentItemEntity } from '../entities/document-item.entity.js';
import type { DocumentEntity } from '../entities/document.entity.js';
import type { LetterEntity } from '../entities/letter.entity.js';
import type { OrganisationEntity } from '../entities/organisation.entity.js';
import type { OutboxMessageEntity } from '../entities/outbox-message.entity.js';
import type { RequestItemEntity } from '../entities/request-item.entity.js';
import type { RequestEntity } from '../entities/request.entity.js';
import type { SessionEntity } from '../entities/session.entity.js';
import type { UserEntity } from '../entities/user.entity.js';

type Plain<T, Relations extends keyof T = never> = {
  -readonly [K in Exclude<keyof T, Relations>]: T[K];
};

/** A Wob/Woo request with its stored (projected) deadline columns. */
export type RequestRecord = Plain<
  RequestEntity,
  'organisation' | 'assignee' | 'personalDataAnonymisedOn'
>;
/** One numbered requested item and, once decided, its outcome. */
export type RequestItemRecord = Plain<RequestItemEntity, 'request'>;
/** A conversation with the requester on scope and planning. */
export type ConversationRecord = Plain<ConversationRecordEntity, 'request'>;
/** A stored letter (HTML and PDF included). */
export type LetterRecord = Plain<LetterEntity, 'request' | 'organisation' | 'creator'>;
/** A stored letter without its HTML and PDF. */
export type LetterSummary = Omit<LetterRecord, 'html' | 'pdfBase64'>;
/**
 * An organisation (bestuursorgaan) and its letterhead; its branding columns are read and written
 * by OrganisationBrandingRepository only.
 */
export type OrganisationRecord = Omit<
  Plain<OrganisationEntity>,
  'brandColour' | 'privacyStatement' | 'secondFactorForClerks'
>;
/** A clerk or coordinator. */
export type UserRecord = Plain<UserEntity, 'organisation'>;
/** A clerk's login session. */
export type SessionRecord = Plain<SessionEntity, 'user'>;
/** One queued e-mail. */
export type OutboxMessage = Plain<OutboxMessageEntity>;
/** A document of a request, with the text extracted at intake. */
export type DocumentRecord = Plain<DocumentEntity, 'request' | 'creator'>;
/** A document without its extracted text: what lists show. */
export type DocumentSummary = Omit<DocumentRecord, 'extractedText'>;
/** A document as the inventory lists it: no text, with the numbers of the items it answers. */
export type DocumentInventoryRecord = DocumentSummary & { itemNumbers: number[] };
/** A document's assessment as an import sets it; `assessedAt`/`assessedBy` say when and who. */
export type DocumentAssessmentUpdate = Pick<
  DocumentRecord,
  | 'number'
  | 'assessment'
  | 'grounds'
  | 'assessmentReasoning'
  | 'publicLink'
  | 'assessedAt'
  | 'assessedBy'
>;
/** That a document answers a requested item (by the item's number). */
export type DocumentItemRecord = Plain<DocumentItemEntity, 'document'>;

import { CalendarFeedEntity } from './calendar-feed.entity.js';
import { ConversationRecordEntity } from './conversation-record.entity.js';
import { DocumentDuplicateProposalEntity } from './document-duplicate-proposal.entity.js';
import { DocumentThirdPartyEntity } from './document-third-party.entity.js';
import { DocumentRedactionEntity } from './document-redaction.entity.js';
import { DocumentReleaseEntity } from './document-release.entity.js';
import { DocumentItemEntity } from './document-item.entity.js';
import { DocumentBandEntity, DocumentSignatureEntity } from './document-signature.entity.js';
import { DocumentEntity } from './document.entity.js';
import { EquatedDayDecreeEntity } from './equated-day-decree.entity.js';
import { EquatedDayEntity } from './equated-day.entity.js';
import { LetterEntity } from './letter.entity.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import {
  OutboxResendEntity,
  OutboxSpentKeyEntity,
  SchedulerRunEntity,
} from './outbox-operations.entity.js';
import { OrganisationEntity } from './organisation.entity.js';
import { OrganisationLogoEntity } from './organisation-logo.entity.js';
import { OrganisationSettingsChangeEntity } from './organisation-settings-change.entity.js';
import { ReadAuditEntity } from './read-audit.entity.js';
import { PublicationEntity } from './publication.entity.js';
import { PublishedDocumentEntity } from './published-document.entity.js';
import { RequestEventEntity } from './request-event.entity.js';
import { RequestItemEntity } from './request-item.entity.js';
import { RequestEntity } from './request.entity.js';
import { RecoveryCodeEntity } from './recovery-code.entity.js';
import { SchedulerLeaseEntity } from './scheduler-lease.entity.js';
import { SecondFactorEntity } from './second-factor.entity.js';
import { SessionEntity } from './session.entity.js';
import { SweepWatermarkEntity } from './sweep-watermark.entity.js';
import { UserEntity } from './user.entity.js';
import { UserTokenEntity } from './user-token.entity.js';

export {
  CalendarFeedEntity,
  ConversationRecordEntity,
  DocumentBandEntity,
  DocumentDuplicateProposalEntity,
  DocumentEntity,
  DocumentItemEntity,
  DocumentSignatureEntity,
  DocumentThirdPartyEntity,
  DocumentRedactionEntity,
  DocumentReleaseEntity,
  EquatedDayDecreeEntity,
  EquatedDayEntity,
  LetterEntity,
  OrganisationEntity,
  OrganisationLogoEntity,
  OrganisationSettingsChangeEntity,
  OutboxMessageEntity,
  PublicationEntity,
  PublishedDocumentEntity,
  ReadAuditEntity,
  RequestEntity,
  RequestEventEntity,
  RequestItemEntity,
  RecoveryCodeEntity,
  SchedulerLeaseEntity,
  SecondFactorEntity,
  SessionEntity,
  SweepWatermarkEntity,
  UserEntity,
  UserTokenEntity,
};

/** Every entity, as classes (no globs: they break under ESM, Jest and bundlers). */
export const ENTITIES = [
  EquatedDayDecreeEntity,
  EquatedDayEntity,
  OrganisationEntity,
  OrganisationLogoEntity,
  OrganisationSettingsChangeEntity,
  UserEntity,
  UserTokenEntity,
  SessionEntity,
  SecondFactorEntity,
  RecoveryCodeEntity,
  RequestEntity,
  RequestItemEntity,
  RequestEventEntity,
  ConversationRecordEntity,
  LetterEntity,
  DocumentEntity,
  DocumentItemEntity,
  DocumentSignatureEntity,
  DocumentBandEntity,
  DocumentDuplicateProposalEntity,
  DocumentThirdPartyEntity,
  DocumentRedactionEntity,
  DocumentReleaseEntity,
  PublicationEntity,
  PublishedDocumentEntity,
  OutboxMessageEntity,
  OutboxSpentKeyEntity,
  OutboxResendEntity,
  SchedulerRunEntity,
  SchedulerLeaseEntity,
  SweepWatermarkEntity,
  CalendarFeedEntity,
  ReadAuditEntity,
];

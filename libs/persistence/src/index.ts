export { dataSourceOptions } from './data-source-options.js';
export { DatabaseMissingError, type DatabaseStatus, inspectDatabase } from './database-status.js';
export {
  ConversationRecordEntity,
  DocumentEntity,
  DocumentItemEntity,
  ENTITIES,
  EquatedDayDecreeEntity,
  EquatedDayEntity,
  LetterEntity,
  OrganisationEntity,
  OutboxMessageEntity,
  RecoveryCodeEntity,
  RequestEntity,
  RequestEventEntity,
  RequestItemEntity,
  SchedulerLeaseEntity,
  SecondFactorEntity,
  SessionEntity,
  SweepWatermarkEntity,
  UserEntity,
} from './entities/index.js';
export { OUTBOX_STATES, type OutboxState } from './entities/outbox-message.entity.js';
export { requestSearchText } from './entities/request.entity.js';
export { projectRequestState, type RequestProjection } from './mappers/request.mapper.js';
export { MIGRATIONS } from './migrations/index.js';
export { openDataSource, PendingMigrationsError } from './open-data-source.js';
export { PersistenceModule } from './persistence.module.js';
export { prepareDatabase, type PrepareDatabaseReport } from './prepare-database.js';
export {
  CALENDAR_FEED_MAX_REQUESTS,
  type CalendarFeedRecord,
  CalendarFeedRepository,
  type CalendarFeedRequestRow,
} from './repositories/calendar-feed.repository.js';
export {
  HolidayCalendarRepository,
  type HolidaySeedReport,
  type SyncCounts,
} from './repositories/holiday-calendar.repository.js';
export {
  type BrandingSettings,
  type LogoUpload,
  type OrganisationBranding,
  OrganisationBrandingRepository,
} from './repositories/organisation-branding.repository.js';
export {
  LETTER_SETTING_FIELDS,
  type LetterSettings,
  type LetterSettingsChange,
  type OrganisationDetails,
  OrganisationRepository,
} from './repositories/organisation.repository.js';
export {
  isOverdueRow,
  listRequests,
  REQUEST_SORT_COLUMNS,
  type RequestListFilter,
  type RequestListRow,
} from './repositories/request-list.query.js';
export {
  ManagementReportRepository,
  REPORT_PAGE_SIZE,
  type StoredReportRow,
} from './repositories/management-report.repository.js';
export { RequestRepository } from './repositories/request.repository.js';
export type {
  ClaimResult,
  DigestCandidate,
  DocumentRepositoryPort,
  InventoryFilter,
  InventoryPage,
  ItemOutcome,
  LeaseRepositoryPort,
  LetterRepositoryPort,
  LetterScope,
  LetterSendingState,
  NewOutboxMessage,
  NewRequestEvent,
  OrganisationRepositoryPort,
  OutboxOutcome,
  OutboxRepositoryPort,
  ReminderRepositoryPort,
  Repositories,
  RequestRepositoryPort,
  StoredAssessment,
  StoredRequestEvent,
  UnitOfWorkPort,
  UserRepositoryPort,
} from './storage/ports.js';
export type {
  ConversationRecord,
  DocumentItemRecord,
  DocumentAssessmentUpdate,
  DocumentInventoryRecord,
  DocumentRecord,
  DocumentSummary,
  LetterRecord,
  LetterSummary,
  OrganisationRecord,
  OutboxMessage,
  RequestItemRecord,
  RequestRecord,
  SessionRecord,
  UserRecord,
} from './storage/records.js';
export { type DigestSections, digestQueries } from './storage/digest-queries.js';
export { repositoriesOf, UnitOfWork } from './storage/unit-of-work.js';
export type {
  DocumentDuplicateRepositoryPort,
  DuplicateProposalRecord,
  StoredSignature,
  ThreadMail,
} from './storage/typeorm-document-duplicates.js';
export type {
  DocumentThirdPartyRecord,
  DocumentThirdPartyRepositoryPort,
  ThirdPartyViewUpdate,
} from './storage/typeorm-document-third-parties.js';
export type {
  ConversionClaim,
  ConversionSettlement,
  OfficeConversionRepositoryPort,
} from './storage/typeorm-office-conversions.js';
export type {
  HeldRequesterData,
  RequesterDataOfRequest,
  RequesterDataPort,
} from './storage/typeorm-requester-data.js';
export { THIRD_PARTY_VIEWS, type ThirdPartyView } from './entities/document-third-party.entity.js';
export type {
  DocumentRedactionRecord,
  DocumentRedactionRepositoryPort,
  StoredRedactionBox,
} from './storage/typeorm-document-redactions.js';
export { REDACTION_SOURCES, type RedactionSource } from './entities/document-redaction.entity.js';
export type {
  DocumentReleaseRepositoryPort,
  ReleasedFileRecord,
} from './storage/typeorm-document-releases.js';
export { RELEASED_FILE_KINDS, type ReleasedFileKind } from './entities/document-release.entity.js';
export {
  DUPLICATE_KINDS,
  DUPLICATE_PROPOSAL_STATUSES,
  type DuplicateKind,
  type DuplicateProposalStatus,
} from './entities/document-duplicate-proposal.entity.js';
export { type SessionWithUser, UserRepository } from './repositories/user.repository.js';
export {
  type AdministeredUser,
  type FoundUserToken,
  type UserAdministrationTx,
  UserAdministrationRepository,
  type UserChanges,
} from './repositories/user-administration.repository.js';
export { type UserTokenPurpose } from './entities/user-token.entity.js';
export {
  type SecondFactorChange,
  type SecondFactorOverviewRow,
  SecondFactorRepository,
  type StoredSecondFactor,
} from './repositories/second-factor.repository.js';
export {
  type GeneralSettings,
  OrganisationGeneralSettingsRepository,
} from './repositories/organisation-general-settings.repository.js';
export {
  HOLIDAY_SEED_FILE,
  parseHolidaySeed,
  readHolidaySeed,
  SeedFileError,
} from './seeds/holiday-seed.js';
export { serialRead, serialTransaction } from './serial-transaction.js';
export {
  findRecipients,
  findSweepRows,
  oldestDate,
  oldestDateQueries,
  type Recipient,
  REMINDER_DB_COLUMNS,
  sweepQueries,
  type SweepRow,
  type SweepSelection,
} from './repositories/reminder-sweep.query.js';
export {
  ftsMatchExpression,
  MAX_SEARCH_WORDS,
  searchWords,
  tsQueryExpression,
} from './storage/search-words.js';
export {
  PUBLISHED_DOCUMENT_KINDS,
  type PublishedDocumentKind,
} from './entities/published-document.entity.js';
export type {
  NewPublishedDocument,
  PublicationRecord,
  PublicationRepositoryPort,
  PublishedDocumentRecord,
} from './storage/typeorm-publications.js';
export {
  backupSqlite,
  createScratchPostgres,
  dropScratchPostgres,
  dumpPostgres,
  pgBinDir,
  postgresTableCount,
  readDatabaseFacts,
  restorePostgres,
} from './backup/database-backup.js';
export {
  type DatabaseFacts,
  referencedBlobs,
  type RegisterCounts,
} from './backup/database-facts.js';
export type {
  OutboxCounts,
  OutboxOperationsPort,
  OutboxQueueEntry,
  ResendOutcome,
  SchedulerRunRecord,
} from './storage/typeorm-outbox-operations.js';
export {
  READ_AUDIT_PAGE_SIZE,
  type ReadAuditEntry,
  type ReadAuditFilter,
  type ReadAuditPage,
  type ReadAuditRecord,
  ReadAuditRepository,
} from './repositories/read-audit.repository.js';

export * from './contract.js';
export { AuthService, MIN_PASSWORD_LENGTH, type NewUserInput } from './auth.service.js';
export { CalendarSource } from './calendar-source.js';
export { CLOCK, NOW, type Now, SystemClock, systemNow } from './clock.js';
export { DEMO_SEED_DIR, type DemoSeed, readDemoSeed, resolveDate } from './demo/demo-seed-file.js';
export { DemoSeeder, type DemoSeedReport } from './demo/demo-seeder.js';
export {
  type DemoLogin,
  demoLoginFile,
  readDemoLogin,
  recordDemoLogin,
} from './demo/demo-login.js';
export {
  type AvailableLetter,
  checkLetterInput,
  GENERATABLE_LETTER_KINDS,
  type GeneratableLetterKind,
  isGeneratableKind,
  LETTER_INPUT_FIELDS,
  LETTER_MAPPERS,
  letterContextOf,
  lettersAvailable,
  type LetterInput,
  type LetterInputField,
  type LetterSources,
} from './letter-context/index.js';
export {
  type LetterDownload,
  type LetterFormat,
  type LetterMetadata,
  type LetterPreview,
  LetterService,
  type StoredLetterPdf,
} from './letter.service.js';
export { LetterWorkflowModule } from './letter-workflow.module.js';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './list-query.js';
export { hashPassword, verifyPassword } from './password.js';
export {
  PublicStatusCache,
  type PublicStatusPage,
  STATUS_CACHE_TTL_MS,
} from './public-status-cache.js';
export { PublicStatusService, toPublicView } from './public-status.service.js';
export { PublicSubmissionService } from './public-submission.service.js';
export {
  type Change,
  type ChangeContext,
  domainStep,
  RequestChanges,
  Unchanged,
} from './request-change.js';
export { RequestWorkflowService } from './request-workflow.service.js';
export {
  NOTICE_KIND,
  NOTICE_TEMPLATE,
  RequesterNotices,
  STATUS_LINK_NOTICE_KIND,
  STATUS_LINK_NOTICE_TEMPLATE,
  type RequesterNoticeInput,
} from './requester-notices.js';
export { CONVERSATION_CHANNELS } from './stored-values.check.js';
export {
  domainEventsOf,
  isDomainEventType,
  WORKFLOW_EVENT_TYPES,
  type WorkflowEventType,
} from './workflow-events.js';
export { WORKFLOW_ERROR_CODES, workflowError, type WorkflowErrorCode } from './workflow-errors.js';
export {
  STATUS_API_PATH,
  STATUS_PAGE_PATH,
  StatusLinks,
  type StatusTokenSource,
} from './status-links.js';
export { WorkflowModule } from './workflow.module.js';

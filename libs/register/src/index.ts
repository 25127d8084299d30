export * from './contract.js';
export { type Actor, plannerActor, type Registrant, type SystemActor } from './actor.js';
export { CalendarSource } from './calendar-source.js';
export { optionalText, requireText } from './input-validation.js';
export {
  LETTER_CHANNELS,
  type LetterChannel,
  letterNotFound,
  markLetterSent,
} from './letter-sending.js';
export {
  blockingWarningsOf,
  isBlockingWarning,
  LETTER_BLOCKED,
  OVERRIDE_FORBIDDEN,
  SEND_OVERRIDDEN_EVENT,
  type SendOverride,
  type StoredLetterWarning,
} from './letter-sending-rules.js';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './list-query.js';
export { RegisterModule } from './register.module.js';
export {
  type Change,
  type ChangeContext,
  domainStep,
  RequestChanges,
  Unchanged,
} from './request-change.js';
export { RequestChangeEvents } from './request-change-events.js';
export { RequestReader } from './request-reader.js';
export { RequestRegistration } from './request-registration.js';
export { type RequestAggregate } from './request-view.js';
export { RequestWorkflowService } from './request-workflow.service.js';
export {
  NOTICE_KIND,
  NOTICE_TEMPLATE,
  RequesterNotices,
  STATUS_LINK_NOTICE_KIND,
  STATUS_LINK_NOTICE_TEMPLATE,
  type RequesterNoticeInput,
} from './requester-notices.js';
export {
  STATUS_API_PATH,
  STATUS_PAGE_PATH,
  StatusLinks,
  type StatusTokenSource,
} from './status-links.js';
export {
  normaliseStatusCode,
  STATUS_CODE_ALPHABET,
  STATUS_CODE_LENGTH,
  statusCodeFromDigest,
} from './status-code.js';
export { hashToken, isWellFormedToken, newToken } from './status-token.js';
export { WorkflowError } from './workflow-error.js';
export {
  invalidInput,
  WORKFLOW_ERROR_CODES,
  workflowError,
  type WorkflowErrorCode,
} from './workflow-errors.js';
export {
  domainEventsOf,
  isDomainEventType,
  WORKFLOW_EVENT_TYPES,
  type WorkflowEventType,
} from './workflow-events.js';
export {
  PERSONAL_DATA_ANONYMISED,
  PERSONAL_DATA_EXPORTED,
  type RequesterDataExport,
  RequesterPrivacy,
  type RetentionReport,
} from './requester-privacy.js';

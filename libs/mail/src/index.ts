export { type OutboxMessage, OUTBOX_STATES, type OutboxState } from '@wobdesk/persistence';
export { MAIL_TRANSPORT } from './mail.tokens.js';
export { isMailAddress, Outbox, type OutboxDraft, OutboxDraftError } from './outbox.js';
export {
  ALERT_KIND,
  type DeliveryReport,
  OutboxSender,
  SEND_RUN,
  type SenderRun,
} from './outbox-sender.js';
export {
  classifyFailure,
  DELIVERY_FAILURE_NL,
  DELIVERY_FAILURES,
  type DeliveryFailure,
  type DeliveryProblem,
  isDeliveryProblem,
} from './delivery-failure.js';
export {
  type DeliveryProblemView,
  type FailureView,
  OUTBOX_PAGE_LIMIT,
  OutboxDesk,
  type OutboxEntryView,
  type OutboxOverview,
} from './outbox-desk.js';
export { OutboxPurge, PURGE_BATCH } from './outbox-purge.js';
export {
  MAIL_TEMPLATE_PARTS,
  MailRenderError,
  MailTemplates,
  type RenderedMail,
} from './mail-templates.js';
export {
  CATCHER_TEMP_DIR,
  CatcherTransport,
  type MailTransport,
  type OutgoingMail,
  SmtpTransport,
} from './mail-transport.js';
export { MailModule, mailTransportOf, smtpTimeoutMs } from './mail.module.js';
export {
  defineMailKind,
  MAIL_KIND_DEFINITIONS,
  MAIL_KINDS,
  type MailKindDefinition,
  mailKindNl,
  type MailRecipient,
  REMINDER_KINDS,
  type ReminderKind,
} from './mail-kinds.js';
export {
  type AccountInvitationContext,
  type AccountPasswordResetContext,
  type AlertDeliveryFailedContext,
  type DigestCoordinatorContext,
  type DigestItem,
  type NoticeStateChangedContext,
  type NoticeStatusLinkContext,
  type ReminderDeadlineContext,
  type RequesterNoticeContext,
  SAMPLE_MAIL_CONTEXTS,
} from './sample-contexts.js';
export { letterTitlesNl, noticeTopicNl, type NoticeTopicInput } from './notice-topics.js';

export {
  AppConfig,
  LOG_LEVELS,
  type DatabaseConfig,
  type LettersConfig,
  type TrustProxy,
  type PagesConfig,
} from './app-config.js';
export { ConfigModule } from './config.module.js';
export { configWarnings } from './config-warnings.js';
export {
  DOCUMENTS_DEFAULTS,
  DOCUMENTS_ENV_KEYS,
  type DocumentsConfig,
  readDocumentsConfig,
} from './documents-config.js';
export { CONFIG_DEFAULTS, ConfigError, loadConfig } from './load-config.js';
export {
  defaultMailConfig,
  MAIL_DEFAULTS,
  MAIL_ENV_KEYS,
  type MailConfig,
  mailConfigOf,
  type MailEnv,
} from './mail-config.js';
export {
  defaultSchedulerConfig,
  readSchedulerConfig,
  SCHEDULER_DEFAULTS,
  SCHEDULER_ENV_KEYS,
  type SchedulerConfig,
  SchedulerEnvDto,
} from './scheduler-config.js';
export {
  defaultObservabilityConfig,
  OBSERVABILITY_ENV_KEYS,
  type ObservabilityConfig,
  readObservabilityConfig,
} from './observability-config.js';
export {
  defaultSingleSignOnConfig,
  type IdentityProviderConfig,
  readSingleSignOnConfig,
  SINGLE_SIGN_ON_ENV_KEYS,
  type SingleSignOnConfig,
} from './single-sign-on-config.js';
export { createLogger, currentRequestId, runWithRequestId } from './observability/logger.js';
export {
  METRICS,
  type Metrics,
  type OutboxBacklog,
  metricsText,
  METRICS_CONTENT_TYPE,
} from './observability/metrics.js';

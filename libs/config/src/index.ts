export {
  AppConfig,
  LOG_LEVELS,
  type DatabaseConfig,
  type LettersConfig,
  type TrustProxy,
  type PagesConfig,
} from './app-config.js';
export { ConfigModule } from './config.module.js';
export { CONFIG_DEFAULTS, ConfigError, loadConfig } from './load-config.js';

// The mail block of the configuration: the variables are validated by EnvDto (its mail
// block) and turned into a MailConfig here.
import { resolve } from 'node:path';

/** How e-mail leaves Wobdesk (libs/mail). */
export interface MailConfig {
  /** `smtp://user:pass@host:587` or `smtps://…:465` (`SMTP_URL`); undefined: the local catcher. */
  readonly smtpUrl?: string;
  /** The From header (`MAIL_FROM`), e.g. `Gemeente Voorbeeld <woo@voorbeeld.nl>`. */
  readonly from: string;
  /** Absolute directory where the catcher writes one `.eml` file per message (`MAIL_CATCHER_DIR`). */
  readonly catcherDir: string;
  /** Failed attempts after which a message is marked failed (`MAIL_MAX_ATTEMPTS`). */
  readonly maxAttempts: number;
  /** The first retry waits this long; every next one twice as long (`MAIL_RETRY_BASE_SECONDS`). */
  readonly retryBaseSeconds: number;
  /** How long a sender owns the messages it claimed (`MAIL_LEASE_SECONDS`). */
  readonly leaseSeconds: number;
}

export const MAIL_DEFAULTS = {
  MAIL_FROM: 'Wobdesk <wobdesk@localhost>',
  MAIL_CATCHER_DIR: 'data/mail',
  MAIL_MAX_ATTEMPTS: 8,
  MAIL_RETRY_BASE_SECONDS: 30,
  MAIL_LEASE_SECONDS: 120,
} as const;

export const MAIL_ENV_KEYS = [
  'SMTP_URL',
  'MAIL_FROM',
  'MAIL_CATCHER_DIR',
  'MAIL_MAX_ATTEMPTS',
  'MAIL_RETRY_BASE_SECONDS',
  'MAIL_LEASE_SECONDS',
] as const;

/** The mail variables as EnvDto validated them. */
export type MailEnv = Partial<Record<(typeof MAIL_ENV_KEYS)[number], string>>;

/**
 * The mail configuration from the validated variables; adds a line to `problems` for a number
 * outside its range (the format was checked by EnvDto).
 */
export function mailConfigOf(env: MailEnv, cwd: string, problems: string[]): MailConfig {
  const number = (key: keyof MailEnv, fallback: number, min: number, max: number) => {
    const value = env[key] === undefined ? fallback : Number(env[key]);
    if (Number.isInteger(value) && (value < min || value > max)) {
      problems.push(`${key} must be from ${min} to ${max} (got "${env[key]}")`);
    }
    return value;
  };
  return {
    ...(env.SMTP_URL !== undefined && { smtpUrl: env.SMTP_URL }),
    from: env.MAIL_FROM ?? MAIL_DEFAULTS.MAIL_FROM,
    catcherDir: resolve(cwd, env.MAIL_CATCHER_DIR ?? MAIL_DEFAULTS.MAIL_CATCHER_DIR),
    maxAttempts: number('MAIL_MAX_ATTEMPTS', MAIL_DEFAULTS.MAIL_MAX_ATTEMPTS, 1, 50),
    retryBaseSeconds: number(
      'MAIL_RETRY_BASE_SECONDS',
      MAIL_DEFAULTS.MAIL_RETRY_BASE_SECONDS,
      1,
      86_400,
    ),
    leaseSeconds: number('MAIL_LEASE_SECONDS', MAIL_DEFAULTS.MAIL_LEASE_SECONDS, 10, 3600),
  };
}

/** The mail configuration with every default (what `loadConfig({})` gives, relative to `cwd`). */
export function defaultMailConfig(cwd: string = process.cwd()): MailConfig {
  return mailConfigOf({}, cwd, []);
}

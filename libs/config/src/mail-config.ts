// The mail block of the configuration (issue 5): kept in a file of its own, validated by its own
// DTO, so that the general EnvDto stays about the register.
import { resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { IsOptional, Matches, MaxLength, validateSync } from 'class-validator';

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

/** The mail variables as strings, before conversion; all optional. */
export class MailEnvDto {
  /** SMTP server; unset: mail goes to the catcher directory. */
  @IsOptional()
  @MaxLength(2048)
  @Matches(/^smtps?:\/\/[^\s/?#]+\/?(\?\S*)?$/, {
    message: '$property must be an smtp:// or smtps:// URL (smtp://user:password@host:587)',
  })
  SMTP_URL?: string;

  /** Sender address, `Name <address>` or `address`; default `Wobdesk <wobdesk@localhost>`. */
  @IsOptional()
  @MaxLength(320)
  @Matches(/^([^<>\r\n]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/, {
    message: '$property must be an e-mail address, optionally as "Name <address>"',
  })
  MAIL_FROM?: string;

  /** Directory of the catcher's `.eml` files; default `data/mail`. */
  @IsOptional()
  @MaxLength(4096)
  @Matches(/^[^\0]+$/, { message: '$property must be a directory path' })
  MAIL_CATCHER_DIR?: string;

  /** Attempts before a message is marked failed (1-50); default 8. */
  @IsOptional()
  @Matches(/^([1-9]|[1-4]\d|50)$/, { message: '$property must be a whole number from 1 to 50' })
  MAIL_MAX_ATTEMPTS?: string;

  /** First retry delay in seconds (1-86400); default 30. */
  @IsOptional()
  @Matches(/^\d{1,5}$/, { message: '$property must be a whole number of seconds (1-86400)' })
  MAIL_RETRY_BASE_SECONDS?: string;

  /** Lease of a claimed message in seconds (10-3600); default 120. */
  @IsOptional()
  @Matches(/^\d{2,4}$/, { message: '$property must be a whole number of seconds (10-3600)' })
  MAIL_LEASE_SECONDS?: string;
}

/**
 * Reads the mail variables; adds a line per invalid variable to `problems` (the SMTP URL is
 * never echoed: it may hold a password).
 */
export function readMailConfig(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  problems: string[],
): MailConfig {
  const raw: Record<string, string> = {};
  for (const key of MAIL_ENV_KEYS) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') raw[key] = value.trim();
  }
  const dto = plainToInstance(MailEnvDto, raw);
  for (const error of validateSync(dto, { forbidUnknownValues: true })) {
    const shown = error.property === 'SMTP_URL' ? '<hidden>' : String(error.value);
    for (const message of Object.values(error.constraints ?? {})) {
      problems.push(`${message} (got "${shown}")`);
    }
  }
  const number = (
    key: (typeof MAIL_ENV_KEYS)[number],
    fallback: number,
    min: number,
    max: number,
  ) => {
    const value = raw[key] === undefined ? fallback : Number(raw[key]);
    if (Number.isInteger(value) && (value < min || value > max)) {
      problems.push(`${key} must be from ${min} to ${max} (got "${raw[key]}")`);
    }
    return value;
  };
  return {
    ...(dto.SMTP_URL !== undefined && { smtpUrl: dto.SMTP_URL }),
    from: dto.MAIL_FROM ?? MAIL_DEFAULTS.MAIL_FROM,
    catcherDir: resolve(cwd, dto.MAIL_CATCHER_DIR ?? MAIL_DEFAULTS.MAIL_CATCHER_DIR),
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
  return readMailConfig({}, cwd, []);
}

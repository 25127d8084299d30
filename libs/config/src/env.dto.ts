import { IsIn, IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { LOG_LEVELS } from './app-config.js';

/**
 * The environment variables Wobdesk reads, as strings, before conversion. Every field is
 * optional: `loadConfig()` fills in the defaults documented here.
 */
export class EnvDto {
  /** SQLite database file; default `data/wobdesk.sqlite`, relative to the working directory. */
  @IsOptional()
  @MaxLength(4096)
  @Matches(/^[^\0]+$/, { message: '$property must be a file path' })
  DATABASE_PATH?: string;

  /** `postgres://user:password@host:port/db`; when set, PostgreSQL is used instead of SQLite. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: '$property must be a postgres:// or postgresql:// URL',
  })
  DATABASE_URL?: string;

  /** Interface the HTTP server binds to; default 127.0.0.1 (loopback only). */
  @IsOptional()
  @Matches(/^[A-Za-z0-9.:-]{1,253}$/, { message: '$property must be a host name or IP address' })
  HOST?: string;

  /** TCP port of the HTTP server; default 3000 (0 = any free port). */
  @IsOptional()
  @Matches(/^\d{1,5}$/, { message: '$property must be a port number (0-65535)' })
  PORT?: string;

  /** Directory with the seed data; default `seeds` in the working directory. */
  @IsOptional()
  @MaxLength(4096)
  SEEDS_DIR?: string;

  /** One of fatal, error, warn, log, debug, verbose; default `log`. */
  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `$property must be one of: ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL?: string;

  /** Status checks (`GET /api/status/:token`) allowed per client IP per minute; default 60, 0 = no limit. */
  @IsOptional()
  @Matches(/^\d{1,9}$/, { message: '$property must be a whole number (0 = no limit)' })
  STATUS_RATE_LIMIT?: string;

  /** Login attempts allowed per client IP per minute; default 10, 0 = no limit. */
  @IsOptional()
  @Matches(/^\d{1,9}$/, { message: '$property must be a whole number (0 = no limit)' })
  LOGIN_RATE_LIMIT?: string;

  /** Public address of Wobdesk (`https://woo.example.nl`), used in status links; default: relative links. */
  @IsOptional()
  @MaxLength(2048)
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, {
    message: '$property must be an http:// or https:// URL without query or fragment',
  })
  PUBLIC_BASE_URL?: string;

  /** Lifetime of a clerk's login session in hours (1-720); default 8. */
  @IsOptional()
  @Matches(/^\d{1,3}$/, { message: '$property must be a whole number of hours (1-720)' })
  SESSION_TTL_HOURS?: string;

  /** Minutes without a request after which a clerk's session ends (5-1440); default 30. */
  @IsOptional()
  @Matches(/^\d{1,4}$/, { message: '$property must be a whole number of minutes (5-1440)' })
  SESSION_IDLE_MINUTES?: string;

  /** Password of the demo clerk created by `npm run db:seed`; default: a random one, printed. */
  @IsOptional()
  @MinLength(12, { message: '$property must be at least 12 characters long' })
  @MaxLength(128)
  DEMO_PASSWORD?: string;

  /** Directory containing letters/ (Wobdesk's templates/); default: found from the working directory. */
  @IsOptional()
  @MaxLength(4096)
  @Matches(/^[^\0]+$/, { message: '$property must be a directory path' })
  TEMPLATES_DIR?: string;

  /** Directory with one sub-directory per organisation (its id) overriding templates/letters files. */
  @IsOptional()
  @MaxLength(4096)
  @Matches(/^[^\0]+$/, { message: '$property must be a directory path' })
  ORGANISATION_TEMPLATES_DIR?: string;

  /** The Chromium executable for PDF letters; default /usr/bin/chromium (Debian package). */
  @IsOptional()
  @MaxLength(4096)
  @Matches(/^[^\0]+$/, { message: '$property must be a file path' })
  CHROMIUM_PATH?: string;

  /** PDF pages rendered at the same time (1-16); default 2. */
  @IsOptional()
  @Matches(/^([1-9]|1[0-6])$/, { message: '$property must be a whole number from 1 to 16' })
  PDF_PAGES?: string;

  /**
   * Secret (at least 32 characters) from which the requesters' status tokens are derived, so that
   * letters and e-mails can carry the link while only the token's hash is stored. Default with
   * SQLite: a random key kept in `<DATABASE_PATH>.status-key`; required with PostgreSQL.
   */
  @IsOptional()
  @MinLength(32, { message: '$property must be at least 32 characters long' })
  @MaxLength(512)
  STATUS_TOKEN_SECRET?: string;

  /**
   * Which proxies in front of Wobdesk are trusted to set X-Forwarded-For/-Proto: unset or `false`
   * none (the client address is the TCP peer); `true` any; a number of hops; or a comma-separated
   * list of addresses/CIDRs (e.g. `127.0.0.1,10.0.0.0/8`).
   */
  @IsOptional()
  @Matches(/^(true|false|\d{1,2}|[0-9A-Fa-f.:/]+(\s*,\s*[0-9A-Fa-f.:/]+)*)$/, {
    message: '$property must be true, false, a number of hops or a list of addresses/CIDRs',
  })
  TRUST_PROXY?: string;

  // --- Web pages ---

  /** `true`/`false`: session and CSRF cookies only over HTTPS; default true unless served on loopback over http. */
  @IsOptional()
  @IsIn(['true', 'false'], { message: '$property must be true or false' })
  COOKIE_SECURE?: string;

  /** Organisation (id) for which the public request form registers requests; default: the only one. */
  @IsOptional()
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
    message: '$property must be an organisation id (uuid)',
  })
  PUBLIC_ORGANISATION_ID?: string;

  /** Submissions of the public request form per client IP per minute; default 5, 0 = no limit. */
  @IsOptional()
  @Matches(/^\d{1,9}$/, { message: '$property must be a whole number (0 = no limit)' })
  REQUEST_FORM_RATE_LIMIT?: string;

  // ── Mail: SMTP or the local catcher, sender, retries, leases (mail-config.ts) ──

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

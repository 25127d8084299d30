import type { LogLevel } from '@nestjs/common';
import type { MailConfig } from './mail-config.js';
import { defaultSchedulerConfig, type SchedulerConfig } from './scheduler-config.js';
import { type DocumentsConfig, readDocumentsConfig } from './documents-config.js';
import { defaultObservabilityConfig, type ObservabilityConfig } from './observability-config.js';
import { defaultSingleSignOnConfig, type SingleSignOnConfig } from './single-sign-on-config.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;

/** Fastify's `trustProxy`: none, all, a number of hops, or addresses/CIDRs. */
export type TrustProxy = boolean | number | readonly string[];

/** Where the data lives: an embedded SQLite file, or a PostgreSQL server when DATABASE_URL is set. */
export type DatabaseConfig =
  | { readonly type: 'sqlite'; readonly path: string }
  | { readonly type: 'postgres'; readonly url: string };

/** Where the letter templates live and how PDFs are printed (see libs/letters LettersOptions). */
export interface LettersConfig {
  /** Absolute directory containing letters/ (`TEMPLATES_DIR`); undefined: found from the working directory. */
  readonly templatesDir?: string;
  /** Absolute directory with one override directory per organisation (`ORGANISATION_TEMPLATES_DIR`). */
  readonly organisationTemplatesDir?: string;
  /** The Chromium executable (`CHROMIUM_PATH`). */
  readonly chromiumPath: string;
  /** PDF pages rendered at the same time (`PDF_PAGES`). */
  readonly pdfPages: number;
}

/** The web pages for clerks and requesters. */
export interface PagesConfig {
  /** Session and CSRF cookies carry `Secure` (`COOKIE_SECURE`; default: see load-config). */
  readonly cookieSecure: boolean;
  /** The organisation the public request form registers for (`PUBLIC_ORGANISATION_ID`). */
  readonly publicOrganisationId?: string;
  /** Submissions of the public request form per client IP per minute (`REQUEST_FORM_RATE_LIMIT`); 0 = no limit. */
  readonly requestFormRateLimit: number;
}

/**
 * The validated, typed configuration of Wobdesk, read once at boot by `loadConfig()`.
 * Also the Nest injection token: `constructor(private readonly config: AppConfig)`.
 */
export class AppConfig {
  constructor(
    readonly database: DatabaseConfig,
    readonly host: string,
    readonly port: number,
    /** Absolute path of the directory with `holidays/equated-days.json`. */
    readonly seedsDir: string,
    /** The least severe level that is still logged. */
    readonly logLevel: LogLevel,
    /** Status checks per client IP per minute (`STATUS_RATE_LIMIT`); 0 = no limit. */
    readonly statusRateLimit: number = 60,
    /** Login attempts per client IP per minute (`LOGIN_RATE_LIMIT`); 0 = no limit. */
    readonly loginRateLimit: number = 10,
    /** Public base URL without a trailing slash (`PUBLIC_BASE_URL`); undefined: relative links. */
    readonly publicBaseUrl?: string,
    /** How long a clerk's login session lasts, in hours (`SESSION_TTL_HOURS`). */
    readonly sessionTtlHours: number = 8,
    /** Password of the demo clerk (`DEMO_PASSWORD`); undefined: the demo seed picks a random one. */
    readonly demoPassword?: string,
    /** Letter templates and the PDF renderer. */
    readonly letters: LettersConfig = { chromiumPath: '/usr/bin/chromium', pdfPages: 2 },
    /** Secret the status tokens are derived from (`STATUS_TOKEN_SECRET`); undefined: a key file. */
    readonly statusTokenSecret?: string,
    /** Proxies trusted for the client address and protocol (`TRUST_PROXY`). */
    readonly trustProxy: TrustProxy = false,
    /** Web pages: cookies, the public form's organisation and rate limit. */
    readonly pages: PagesConfig = { cookieSecure: true, requestFormRateLimit: 5 },
    /** E-mail: SMTP or the local catcher, sender, retries and leases (mail-config.ts). */
    readonly mail: MailConfig = {
      from: 'Wobdesk <wobdesk@localhost>',
      catcherDir: 'data/mail',
      maxAttempts: 8,
      retryBaseSeconds: 30,
      leaseSeconds: 120,
    },
    /** Reminders, digest and job intervals (scheduler-config.ts). */
    readonly scheduler: SchedulerConfig = defaultSchedulerConfig(),
    /** The document store and the intake's limits (documents-config.ts). */
    readonly documents: DocumentsConfig = readDocumentsConfig({}, process.cwd(), undefined, []),
    /** The log format and the metrics endpoint (observability-config.ts). */
    readonly observability: ObservabilityConfig = defaultObservabilityConfig(),
    /** Minutes without a request after which a clerk's session ends (`SESSION_IDLE_MINUTES`). */
    readonly sessionIdleMinutes: number = 30,
    /** Clerks' logins with their organisation's identity provider (single-sign-on-config.ts). */
    readonly singleSignOn: SingleSignOnConfig = defaultSingleSignOnConfig(),
  ) {}

  /** The levels Nest's logger should print for `logLevel` (it takes a list, not a threshold). */
  get logLevels(): LogLevel[] {
    return LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(this.logLevel) + 1);
  }
}

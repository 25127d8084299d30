import { resolve } from 'node:path';
import type { LogLevel } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import {
  AppConfig,
  type DatabaseConfig,
  type LettersConfig,
  type TrustProxy,
  type PagesConfig,
} from './app-config.js';
import { readDocumentsConfig } from './documents-config.js';
import { EnvDto } from './env.dto.js';
import { MAIL_ENV_KEYS, mailConfigOf } from './mail-config.js';
import { readObservabilityConfig } from './observability-config.js';
import { readSchedulerConfig } from './scheduler-config.js';
import { readSingleSignOnConfig } from './single-sign-on-config.js';

export const CONFIG_DEFAULTS = {
  DATABASE_PATH: 'data/wobdesk.sqlite',
  HOST: '127.0.0.1',
  PORT: 3000,
  SEEDS_DIR: 'seeds',
  LOG_LEVEL: 'log',
  STATUS_RATE_LIMIT: 60,
  LOGIN_RATE_LIMIT: 10,
  SESSION_TTL_HOURS: 8,
  SESSION_IDLE_MINUTES: 30,
  CHROMIUM_PATH: '/usr/bin/chromium',
  PDF_PAGES: 2,
  REQUEST_FORM_RATE_LIMIT: 5,
} as const;

/** The variables Wobdesk reads; everything else in the environment is ignored. */
const ENV_KEYS = [
  'DATABASE_PATH',
  'DATABASE_URL',
  'HOST',
  'PORT',
  'SEEDS_DIR',
  'LOG_LEVEL',
  'STATUS_RATE_LIMIT',
  'LOGIN_RATE_LIMIT',
  'PUBLIC_BASE_URL',
  'STATUS_TOKEN_SECRET',
  'TRUST_PROXY',
  'SESSION_TTL_HOURS',
  'SESSION_IDLE_MINUTES',
  'DEMO_PASSWORD',
  'TEMPLATES_DIR',
  'ORGANISATION_TEMPLATES_DIR',
  'CHROMIUM_PATH',
  'PDF_PAGES',
  'COOKIE_SECURE',
  'PUBLIC_ORGANISATION_ID',
  'REQUEST_FORM_RATE_LIMIT',
  // Mail
  ...MAIL_ENV_KEYS,
] as const satisfies readonly (keyof EnvDto)[];

/** Thrown by `loadConfig()`; the message names every offending variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the environment once, at boot, and fails fast with a message naming the
 * variable. The only place in Wobdesk that reads `process.env`, so every variable is
 * validated once, at one place.
 * Relative paths are resolved against the working directory, so `npm start` from the repository
 * root finds `data/` and `seeds/`.
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd: string = process.cwd(),
): AppConfig {
  const raw: Record<string, string> = {};
  for (const key of ENV_KEYS) {
    const value = env[key];
    // An empty variable (`PORT=`) means "not set", as in most deployment tools.
    if (value !== undefined && value.trim() !== '') raw[key] = value.trim();
  }
  const dto = plainToInstance(EnvDto, raw);
  const errors = validateSync(dto, { forbidUnknownValues: true });
  const problems = errors.flatMap(problemsOf);
  const port = dto.PORT === undefined ? CONFIG_DEFAULTS.PORT : Number(dto.PORT);
  if (port > 65535) {
    problems.push(`PORT must be a port number (0-65535) (got "${dto.PORT}")`);
  }
  const sessionTtlHours =
    dto.SESSION_TTL_HOURS === undefined
      ? CONFIG_DEFAULTS.SESSION_TTL_HOURS
      : Number(dto.SESSION_TTL_HOURS);
  if (sessionTtlHours < 1 || sessionTtlHours > 720) {
    problems.push(
      `SESSION_TTL_HOURS must be a whole number of hours (1-720) (got "${dto.SESSION_TTL_HOURS}")`,
    );
  }
  const sessionIdleMinutes =
    dto.SESSION_IDLE_MINUTES === undefined
      ? CONFIG_DEFAULTS.SESSION_IDLE_MINUTES
      : Number(dto.SESSION_IDLE_MINUTES);
  if (sessionIdleMinutes < 5 || sessionIdleMinutes > 1440) {
    problems.push(
      `SESSION_IDLE_MINUTES must be a whole number of minutes (5-1440) (got "${dto.SESSION_IDLE_MINUTES}")`,
    );
  }
  if (dto.DATABASE_URL !== undefined && dto.STATUS_TOKEN_SECRET === undefined) {
    // Every instance must derive the same status links, so a key file per machine will not do.
    problems.push('STATUS_TOKEN_SECRET must be set when DATABASE_URL is (at least 32 characters)');
  }
  // Mail: the MAIL_* block of EnvDto, see mail-config.ts.
  const mail = mailConfigOf(dto, cwd, problems);
  // Scheduler: its own block and DTO, see scheduler-config.ts.
  const scheduler = readSchedulerConfig(env, problems);
  // Logs and metrics: their own block, see observability-config.ts.
  const observability = readObservabilityConfig(env, problems);
  // Single sign-on: its own block, see single-sign-on-config.ts.
  const singleSignOn = readSingleSignOnConfig(env, problems);
  const database: DatabaseConfig = dto.DATABASE_URL
    ? { type: 'postgres', url: dto.DATABASE_URL }
    : { type: 'sqlite', path: sqlitePath(dto.DATABASE_PATH ?? CONFIG_DEFAULTS.DATABASE_PATH, cwd) };
  // Documents: their own block, see documents-config.ts.
  const documents = readDocumentsConfig(
    env,
    cwd,
    database.type === 'sqlite' ? database.path : undefined,
    problems,
  );
  if (problems.length > 0) throw new ConfigError(problems);

  const letters: LettersConfig = {
    ...(dto.TEMPLATES_DIR !== undefined && { templatesDir: resolve(cwd, dto.TEMPLATES_DIR) }),
    ...(dto.ORGANISATION_TEMPLATES_DIR !== undefined && {
      organisationTemplatesDir: resolve(cwd, dto.ORGANISATION_TEMPLATES_DIR),
    }),
    chromiumPath: dto.CHROMIUM_PATH ?? CONFIG_DEFAULTS.CHROMIUM_PATH,
    pdfPages: dto.PDF_PAGES === undefined ? CONFIG_DEFAULTS.PDF_PAGES : Number(dto.PDF_PAGES),
  };
  return new AppConfig(
    database,
    dto.HOST ?? CONFIG_DEFAULTS.HOST,
    port,
    resolve(cwd, dto.SEEDS_DIR ?? CONFIG_DEFAULTS.SEEDS_DIR),
    (dto.LOG_LEVEL ?? CONFIG_DEFAULTS.LOG_LEVEL) as LogLevel,
    dto.STATUS_RATE_LIMIT === undefined
      ? CONFIG_DEFAULTS.STATUS_RATE_LIMIT
      : Number(dto.STATUS_RATE_LIMIT),
    dto.LOGIN_RATE_LIMIT === undefined
      ? CONFIG_DEFAULTS.LOGIN_RATE_LIMIT
      : Number(dto.LOGIN_RATE_LIMIT),
    dto.PUBLIC_BASE_URL?.replace(/\/+$/, ''),
    sessionTtlHours,
    dto.DEMO_PASSWORD,
    letters,
    dto.STATUS_TOKEN_SECRET,
    trustProxyOf(dto.TRUST_PROXY),
    pagesConfig(dto, dto.HOST ?? CONFIG_DEFAULTS.HOST, dto.PUBLIC_BASE_URL),
    mail,
    scheduler,
    documents,
    observability,
    sessionIdleMinutes,
    singleSignOn,
  );
}

/** Fastify's `trustProxy` option from TRUST_PROXY (see EnvDto). */
function trustProxyOf(value: string | undefined): TrustProxy {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((part) => part.trim());
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[?::1\]?)$/i;

/**
 * Cookies are `Secure` unless configured otherwise or the site is plainly served on this machine
 * over http (PUBLIC_BASE_URL `http://localhost…`/`http://127.…`, or no PUBLIC_BASE_URL and a
 * loopback HOST): a browser would drop a Secure cookie there and nobody could log in to the demo.
 */
function pagesConfig(dto: EnvDto, host: string, publicBaseUrl: string | undefined): PagesConfig {
  let cookieSecure: boolean;
  if (dto.COOKIE_SECURE !== undefined) cookieSecure = dto.COOKIE_SECURE === 'true';
  else if (publicBaseUrl !== undefined) {
    const url = new URL(publicBaseUrl);
    cookieSecure = !(url.protocol === 'http:' && LOOPBACK.test(url.hostname));
  } else cookieSecure = !LOOPBACK.test(host);
  return {
    cookieSecure,
    ...(dto.PUBLIC_ORGANISATION_ID !== undefined && {
      publicOrganisationId: dto.PUBLIC_ORGANISATION_ID.toLowerCase(),
    }),
    requestFormRateLimit:
      dto.REQUEST_FORM_RATE_LIMIT === undefined
        ? CONFIG_DEFAULTS.REQUEST_FORM_RATE_LIMIT
        : Number(dto.REQUEST_FORM_RATE_LIMIT),
  };
}

function sqlitePath(path: string, cwd: string): string {
  return path === ':memory:' ? path : resolve(cwd, path);
}

function problemsOf(error: ValidationError): string[] {
  const secret = ['DATABASE_URL', 'DEMO_PASSWORD', 'STATUS_TOKEN_SECRET', 'SMTP_URL'].includes(
    error.property,
  );
  const shown = secret ? '<hidden>' : String(error.value);
  return Object.values(error.constraints ?? {}).map((message) => `${message} (got "${shown}")`);
}

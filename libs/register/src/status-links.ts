import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@wobdesk/config';
import { normaliseStatusCode, statusCodeFromDigest } from './status-code.js';

/** The requester's status page (HTML) and the JSON status check, under PUBLIC_BASE_URL. */
export const STATUS_PAGE_PATH = '/status';
export const STATUS_API_PATH = '/api/status';

/** What a status token is derived from: the request and how often its token was (re)issued. */
export interface StatusTokenSource {
  readonly id: string;
  /** 0: no derivable token (a request stored before tokens were derived); reissue increments it. */
  readonly statusTokenGeneration: number;
  readonly statusTokenRevokedAt: Date | null;
}

/**
 * The requester's status token is HMAC-SHA256(secret, `status:<id>:<generation>`), base64url (43
 * characters, the shape `isWellFormedToken` accepts). Only its SHA-256 is stored, as before, so a
 * copy of the database alone does not reveal any link; but with the secret the server can put the
 * link in a letter or an e-mail at any later time. Reissuing increments the generation, which
 * gives a new token and makes the hash of the old one unknown.
 */
@Injectable()
export class StatusLinks {
  private readonly secret: Buffer;

  constructor(private readonly config: AppConfig) {
    this.secret = statusTokenSecret(config);
  }

  tokenOf(requestId: string, generation: number): string {
    return createHmac('sha256', this.secret)
      .update(`status:${requestId}:${generation}`, 'utf8')
      .digest('base64url');
  }

  /** The current token, or undefined when it was revoked or cannot be derived. */
  tokenFor(row: StatusTokenSource): string | undefined {
    if (row.statusTokenRevokedAt !== null || row.statusTokenGeneration < 1) return undefined;
    return this.tokenOf(row.id, row.statusTokenGeneration);
  }

  /** The code to type from paper with the kenmerk, or undefined (as `tokenFor`). */
  codeFor(row: StatusTokenSource): string | undefined {
    if (row.statusTokenRevokedAt !== null || row.statusTokenGeneration < 1) return undefined;
    const digest = createHmac('sha256', this.secret)
      .update(`status-code:${row.id}:${row.statusTokenGeneration}`, 'utf8')
      .digest();
    return statusCodeFromDigest(digest);
  }

  /** Whether a typed code is the row's current code (any case, with or without the dash). */
  codeMatches(row: StatusTokenSource, typed: string): boolean {
    const expected = this.codeFor(row);
    const given = normaliseStatusCode(typed);
    if (expected === undefined || given === undefined) return false;
    return timingSafeEqual(Buffer.from(expected), Buffer.from(given));
  }

  /** The requester's status page for a row, or undefined (see `tokenFor`). */
  urlFor(row: StatusTokenSource): string | undefined {
    const token = this.tokenFor(row);
    return token === undefined ? undefined : this.pageUrlOf(token);
  }

  apiUrlFor(row: StatusTokenSource): string | undefined {
    const token = this.tokenFor(row);
    return token === undefined ? undefined : this.apiUrlOf(token);
  }

  pageUrlOf(token: string): string {
    return `${this.config.publicBaseUrl ?? ''}${STATUS_PAGE_PATH}/${encodeURIComponent(token)}`;
  }

  apiUrlOf(token: string): string {
    return `${this.config.publicBaseUrl ?? ''}${STATUS_API_PATH}/${encodeURIComponent(token)}`;
  }
}

/**
 * STATUS_TOKEN_SECRET when configured (required with PostgreSQL, see loadConfig). With SQLite a
 * random key is created once beside the database file, so links survive restarts without any
 * setting; an in-memory database gets a key for the life of the process.
 */
function statusTokenSecret(config: AppConfig): Buffer {
  if (config.statusTokenSecret !== undefined) return Buffer.from(config.statusTokenSecret, 'utf8');
  const { database } = config;
  if (database.type !== 'sqlite') {
    throw new Error('STATUS_TOKEN_SECRET must be set when DATABASE_URL is');
  }
  if (database.path === ':memory:') return randomBytes(32);
  const keyFile = `${database.path}.status-key`;
  try {
    writeFileSync(keyFile, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const key = readFileSync(keyFile, 'utf8').trim();
  if (key.length < 32) throw new Error(`${keyFile} does not hold a status-token key`);
  return Buffer.from(key, 'utf8');
}

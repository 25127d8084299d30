// Databases and servers for the HTTP benchmarks: a temporary SQLite file brought up to date by
// the migrations (prepareDatabase, as `npm run db:migrate`), an organisation with a coordinator
// who can log in, requests inserted in bulk (datasets.ts, in a child process), and the real API
// in a child process on that file.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashPassword, newRecoveryCodes, newTotpSecret } from '@wobdesk/accounts';
import { type AppConfig, loadConfig } from '@wobdesk/config';
import { amsterdamDateOf } from '@wobdesk/domain';
import {
  dataSourceOptions,
  OrganisationEntity,
  prepareDatabase,
  RecoveryCodeEntity,
  SecondFactorEntity,
  UserEntity,
} from '@wobdesk/persistence';
import { DataSource } from 'typeorm';
import { findEquatedDaysFile } from '../../apps/cli/src/seeds.js';
import { createPgDatabase, dropPgDatabase } from '../support/pg-cluster.js';
import { type ChildServer, startChildServer } from './child-server.js';
import {
  type DatasetTarget,
  organisation,
  runDatasetTask,
  type StatusDataset,
} from './datasets.js';
import { TimedClient } from './http-client.js';

export interface Credentials {
  readonly email: string;
  readonly password: string;
  /**
   * The coordinator must log in with a second factor: each login uses one of these recovery
   * codes (a TOTP code would be refused when two logins fall in one 30-second step).
   */
  readonly recoveryCodes: string[];
}

export interface BenchDatabase {
  readonly dir: string;
  /** The SQLite file, or the PostgreSQL database's URL. */
  readonly path: string;
  readonly config: AppConfig;
  /** The environment of an API child process on this file (status and login limits off). */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly organisationId: string;
  readonly referencePrefix: string;
  /** The coordinator who logs in. */
  readonly userId: string;
  readonly credentials: Credentials;
  /** The coordinator's stored hash, reusable for users nobody logs in as. */
  readonly passwordHash: string;
  remove(): Promise<void>;
}

/** The repository's seeds/ (found from the working directory or from this file, as the CLI does). */
export function benchSeedsDir(): string {
  const file = findEquatedDaysFile(
    undefined,
    process.cwd(),
    dirname(fileURLToPath(import.meta.url)),
  );
  return dirname(dirname(file));
}

/**
 * A temporary, migrated database with one organisation and its coordinator. `STATUS_RATE_LIMIT=0`
 * and `LOGIN_RATE_LIMIT=0` switch the per-IP limits off for the API child: every request of the
 * load generator comes from 127.0.0.1 and the default (60 per minute) would answer 429 at once.
 */
export async function createBenchDatabase(
  tag: string,
  options: { pgAdminUrl?: string } = {},
): Promise<BenchDatabase> {
  const dir = await mkdtemp(join(tmpdir(), `wobdesk-bench-${tag}-`));
  const pgName = options.pgAdminUrl ? `wobdesk_bench_${tag.replace(/\W/g, '_')}` : undefined;
  const path = pgName
    ? await createPgDatabase(options.pgAdminUrl!, pgName)
    : join(dir, 'wobdesk.sqlite');
  const database: Record<string, string> = pgName
    ? {
        DATABASE_URL: path,
        STATUS_TOKEN_SECRET: randomBytes(24).toString('hex'),
        DOCUMENTS_DIR: join(dir, 'documents'),
      }
    : { DATABASE_PATH: path };
  const childEnv: Record<string, string> = {
    ...database,
    SEEDS_DIR: benchSeedsDir(),
    LOG_LEVEL: 'warn',
    STATUS_RATE_LIMIT: '0',
    LOGIN_RATE_LIMIT: '0',
    // The API children serve HTTP only; the reminders section runs the sweep itself.
    SCHEDULER_EMBEDDED: 'false',
  };
  const config = loadConfig(childEnv);
  const remove = async () => {
    if (pgName) await dropPgDatabase(options.pgAdminUrl!, pgName);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await prepareDatabase(config);
    const password = randomBytes(18).toString('base64url');
    const passwordHash = await hashPassword(password);
    const organisationId = randomUUID();
    const userId = randomUUID();
    const email = `bench-coordinator-${tag}@example.org`;
    const now = new Date();
    const recovery = newRecoveryCodes();
    const ds = await new DataSource(dataSourceOptions(config.database)).initialize();
    try {
      await ds.transaction(async (em) => {
        await em.insert(
          OrganisationEntity,
          organisation(organisationId, 'Gemeente Benchmarkstad', 'BENCH-', now),
        );
        await em.insert(UserEntity, {
          id: userId,
          organisationId,
          email,
          name: 'Coördinator Benchmark',
          role: 'coordinator',
          passwordHash,
          createdAt: now,
        });
        await em.insert(SecondFactorEntity, {
          userId,
          secret: newTotpSecret(),
          confirmedAt: now,
          lastStep: null,
          createdAt: now,
        });
        for (const codeHash of recovery.hashes) {
          await em.insert(RecoveryCodeEntity, {
            id: randomUUID(),
            userId,
            codeHash,
            createdAt: now,
            usedAt: null,
          });
        }
      });
    } finally {
      await ds.destroy();
    }
    const env = { ...process.env, DATABASE_URL: undefined, DATABASE_PATH: undefined, ...childEnv };
    return {
      dir,
      path,
      config,
      env,
      organisationId,
      referencePrefix: 'BENCH-',
      userId,
      credentials: { email, password, recoveryCodes: recovery.codes },
      passwordHash,
      remove,
    };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** The plain data a dataset task needs (datasets.ts runs it in a child process). */
export function targetOf(db: BenchDatabase): DatasetTarget {
  return {
    env: db.env,
    organisationId: db.organisationId,
    referencePrefix: db.referencePrefix,
    userId: db.userId,
    passwordHash: db.passwordHash,
  };
}

/** Logs in over HTTP; returns the bearer token. */
export async function login(origin: string, credentials: Credentials): Promise<string> {
  const client = new TimedClient(origin);
  try {
    const { email, password, recoveryCodes } = credentials;
    const code = recoveryCodes.shift();
    if (code === undefined) throw new Error('the bench coordinator has no recovery codes left');
    const res = await client.json<{ token: string }>('POST', '/api/auth/login', {
      email,
      password,
      code,
    });
    return res.token;
  } finally {
    client.close();
  }
}

export interface StatusDatabase extends StatusDataset {
  readonly db: BenchDatabase;
}

export interface StatusServer extends StatusDatabase {
  readonly server: ChildServer;
  stop(): Promise<void>;
}

/**
 * A fresh database with `count` requests that each have a status token (datasets.ts
 * `fillStatusDatabase`, run in a child process).
 */
export async function createStatusDatabase(count: number): Promise<StatusDatabase> {
  const db = await createBenchDatabase('status');
  try {
    const today = amsterdamDateOf(new Date()).toString();
    const filled = await runDatasetTask({ kind: 'status', target: targetOf(db), count, today });
    return { db, ...filled };
  } catch (error) {
    await db.remove();
    throw error;
  }
}

/** The API in a child process on a fresh status database (`createStatusDatabase`). */
export async function startStatusServer(
  count: number,
  options: { cpuProfileDir?: string } = {},
): Promise<StatusServer> {
  const status = await createStatusDatabase(count);
  try {
    const server = await startChildServer('wobdesk', {
      env: status.db.env,
      cpuProfileDir: options.cpuProfileDir,
    });
    return {
      ...status,
      server,
      async stop() {
        await server.stop();
        await status.db.remove();
      },
    };
  } catch (error) {
    await status.db.remove();
    throw error;
  }
}

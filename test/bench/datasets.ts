// Filling benchmark databases in bulk: the 100,000 requests of the list benchmark and the
// requests with status tokens of the http benchmark. The work runs in a child process
// (dataset-child.ts, via `runDatasetTask`): generating and inserting hundreds of thousands of rows
// leaves the V8 heap and the native allocator of the process that did it hundreds of MB larger,
// which would then show in the memory figures of every later section of the bench process.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@wobdesk/config';
import { LocalDate, REQUEST_PHASES } from '@wobdesk/domain';
import {
  dataSourceOptions,
  OrganisationEntity,
  RequestEntity,
  RequestEventEntity,
  RequestItemEntity,
  UserEntity,
} from '@wobdesk/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { benchCalendar } from './deadlines.bench.js';
import { runChildTask } from './child-task.js';
import { grouped } from './harness.js';
import { type GeneratedRequest, generateRequest, type OrganisationPlan } from './list-data.js';
import { Prng } from './prng.js';

/** The database to fill: plain data, so that it can be sent to the child process. */
export interface DatasetTarget {
  /** The API child's environment (DATABASE_PATH and the rest; read with loadConfig). */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly organisationId: string;
  readonly referencePrefix: string;
  /** The coordinator who logs in; also an assignee of the main organisation. */
  readonly userId: string;
  readonly passwordHash: string;
}

/** Requests per insert transaction. */
export const BATCH = 2_500;
/** Share of the requests in the organisation whose clerk runs the list queries. */
export const MAIN_ORG_SHARE = 0.6;
export const CLERKS_PER_ORG = [8, 5] as const;
const LIST_SEED = 20_260_101;
const STATUS_SEED = 4711;
/** How many of the first status tokens are spread over the phases (the "hot" set). */
export const DIVERSE_TOKENS = 9;

/**
 * Rows per INSERT statement, per table. Small on purpose: TypeORM's InsertQueryBuilder merges
 * each row's parameters into one map (QueryBuilder.hasParameter/getParameters), which grows
 * quadratically with the rows of a statement (profiled: 400 requests per statement spent more
 * time there than SQLite spent inserting).
 */
const CHUNK = { request: 40, item: 150, event: 100 } as const;

export function organisation(
  id: string,
  name: string,
  referencePrefix: string,
  now: Date,
): OrganisationEntity {
  return Object.assign(new OrganisationEntity(), {
    id,
    name,
    unit: null,
    returnAddress: `Retouradres Postbus 1, 1000 AA ${name.split(' ').pop()}`,
    visitingAddress: null,
    postalAddress: 'Postbus 1\n1000 AA  Benchmarkstad',
    website: null,
    contactEmail: 'woo@example.org',
    contactPhone: null,
    signatoryName: 'J. de Vries',
    signatoryTitle: 'Het college van burgemeester en wethouders,',
    onBehalfLine: 'namens deze,',
    objectionAddress: 'Postbus 1\n1000 AA  Benchmarkstad',
    referencePrefix,
    nextReferenceNumber: 1,
    createdAt: now,
  });
}

/** Inserts generated requests with their items and events, in chunked multi-row INSERTs. */
export async function insertRequests(
  em: EntityManager,
  batch: readonly GeneratedRequest[],
): Promise<void> {
  const chunked = async <T>(target: new () => unknown, rows: readonly T[], size: number) => {
    for (let k = 0; k < rows.length; k += size) {
      await em
        .createQueryBuilder()
        .insert()
        .into(target)
        .values(rows.slice(k, k + size) as never)
        .updateEntity(false)
        .execute();
    }
  };
  await chunked(
    RequestEntity,
    batch.map((g) => g.row),
    CHUNK.request,
  );
  await chunked(
    RequestItemEntity,
    batch.flatMap((g) => g.items),
    CHUNK.item,
  );
  await chunked(
    RequestEventEntity,
    batch.flatMap((g) => g.events.map((e) => ({ ...e, organisationId: g.row.organisationId }))),
    CHUNK.event,
  );
}

/** What the API stores for a status token (libs/register status-token.ts: hex SHA-256). */
export function statusTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const isSqlite = (ds: DataSource) => ds.options.type === 'better-sqlite3';

/**
 * A connection for bulk loading: on SQLite a larger page cache, no fsync (a throwaway file). On
 * PostgreSQL the bench's own cluster already runs without fsync; the multi-row INSERTs go over
 * the pool in transactions of BATCH requests as they do on SQLite.
 */
async function openForLoading(target: DatasetTarget): Promise<DataSource> {
  const ds = await new DataSource(dataSourceOptions(loadConfig(target.env).database)).initialize();
  if (!isSqlite(ds)) return ds;
  // This connection only: a page cache for the random-key indexes (uuid primary keys,
  // (request_id, sequence)) while bulk loading. The API keeps its own settings.
  await ds.query('PRAGMA cache_size = -65536');
  await ds.query('PRAGMA synchronous = OFF');
  return ds;
}

export interface ListDataset {
  /** The clerks of the main organisation (the coordinator first). */
  readonly clerkIds: readonly string[];
  readonly mainCount: number;
  readonly phaseCounts: Readonly<Record<string, number>>;
  readonly events: number;
  readonly seconds: number;
}

/**
 * Adds a second organisation and the clerks, then `rows` requests (with items and events), in
 * transactions of BATCH requests; MAIN_ORG_SHARE of them in the target's organisation.
 */
export async function fillListDatabase(
  target: DatasetTarget,
  rows: number,
  todayIso: string,
  progress: (text: string) => void,
): Promise<ListDataset> {
  const started = performance.now();
  const today = LocalDate.parse(todayIso);
  const ds = await openForLoading(target);
  try {
    const now = new Date();
    const secondId = randomUUID();
    const clerk = (organisationId: string, n: number, tag: string) => ({
      id: randomUUID(),
      organisationId,
      email: `bench-${tag}-${n}@example.org`,
      name: `Behandelaar ${tag.toUpperCase()}${n}`,
      role: 'clerk' as const,
      // Nobody logs in as these: any stored hash will do.
      passwordHash: target.passwordHash,
      createdAt: now,
    });
    const mainClerks = Array.from({ length: CLERKS_PER_ORG[0] - 1 }, (_, n) =>
      clerk(target.organisationId, n + 1, 'a'),
    );
    const otherClerks = Array.from({ length: CLERKS_PER_ORG[1] }, (_, n) =>
      clerk(secondId, n + 1, 'b'),
    );
    await ds.transaction(async (em) => {
      await em.insert(
        OrganisationEntity,
        organisation(secondId, 'Provincie Benchmarkland', 'PB-', now),
      );
      await em.insert(UserEntity, [...mainClerks, ...otherClerks]);
    });
    const orgs: OrganisationPlan[] = [
      {
        id: target.organisationId,
        referencePrefix: target.referencePrefix,
        clerkIds: [target.userId, ...mainClerks.map((c) => c.id)],
      },
      { id: secondId, referencePrefix: 'PB-', clerkIds: otherClerks.map((c) => c.id) },
    ];
    const calendar = benchCalendar();
    const rng = new Prng(LIST_SEED);
    const numbers = [0, 0];
    const phaseCounts: Record<string, number> = Object.fromEntries(
      REQUEST_PHASES.map((p) => [p, 0]),
    );
    let mainCount = 0;
    let events = 0;
    for (let done = 0; done < rows; done += BATCH) {
      const batch: GeneratedRequest[] = [];
      for (let k = 0; k < Math.min(BATCH, rows - done); k++) {
        const o = rng.chance(MAIN_ORG_SHARE) ? 0 : 1;
        const g = generateRequest(rng, calendar, today, orgs[o], ++numbers[o]);
        if (o === 0) {
          mainCount++;
          phaseCounts[g.row.phase]++;
        }
        batch.push(g);
      }
      events += batch.reduce((n, g) => n + g.events.length, 0);
      await ds.transaction((em) => insertRequests(em, batch));
      const n = Math.min(done + BATCH, rows);
      if (n % 25_000 === 0 || n === rows) {
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        progress(`   … ${grouped(n)} requests, ${grouped(events)} events (${seconds} s)\n`);
      }
    }
    for (const [k, org] of orgs.entries()) {
      await ds
        .createQueryBuilder()
        .update(OrganisationEntity)
        .set({ nextReferenceNumber: numbers[k] + 1 })
        .where('id = :id', { id: org.id })
        .execute();
    }
    // Leave the file as a running system has it: everything in the main database file.
    if (isSqlite(ds)) await ds.query('PRAGMA wal_checkpoint(TRUNCATE)');
    return {
      clerkIds: [...orgs[0].clerkIds],
      mainCount,
      phaseCounts,
      events,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await ds.destroy();
  }
}

export interface StatusDataset {
  readonly tokens: readonly string[];
  /** "N requests with M events; the first 9 in phases …" for the report. */
  readonly describe: string;
}

/**
 * `count` requests that each have a status token, generated like the list benchmark's data (full
 * event histories). The first DIVERSE_TOKENS come from different phases, so that a small set of
 * tokens still reads varied timelines; the rest follow the generated mix.
 */
export async function fillStatusDatabase(
  target: DatasetTarget,
  count: number,
  todayIso: string,
): Promise<StatusDataset> {
  const rng = new Prng(STATUS_SEED);
  const calendar = benchCalendar();
  const today = LocalDate.parse(todayIso);
  const plan = {
    id: target.organisationId,
    referencePrefix: target.referencePrefix,
    clerkIds: [target.userId],
  };
  const pool = Array.from({ length: count + 2_000 }, (_, n) =>
    generateRequest(rng, calendar, today, plan, n + 1),
  );
  const byPhase = new Map<string, GeneratedRequest[]>(REQUEST_PHASES.map((p) => [p, []]));
  for (const g of pool) byPhase.get(g.row.phase)!.push(g);
  const diverse = Math.min(count, DIVERSE_TOKENS);
  const chosen = new Set<GeneratedRequest>();
  for (let round = 0; chosen.size < diverse && round < pool.length; round++) {
    for (const list of byPhase.values()) {
      if (chosen.size < diverse && list[round]) chosen.add(list[round]);
    }
  }
  for (const g of pool) if (chosen.size < count) chosen.add(g);
  const tokens = [...chosen].map(() => randomBytes(32).toString('base64url'));
  const rows = [...chosen].map((g, k) => ({
    ...g,
    row: {
      ...g.row,
      reference: `${target.referencePrefix}${String(k + 1).padStart(6, '0')}`,
      statusTokenHash: statusTokenHash(tokens[k]),
    },
  }));
  const ds = await openForLoading(target);
  try {
    for (let k = 0; k < rows.length; k += BATCH) {
      await ds.transaction((em) => insertRequests(em, rows.slice(k, k + BATCH)));
    }
    await ds.query('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    await ds.destroy();
  }
  const phases = [...new Set(rows.slice(0, diverse).map((g) => g.row.phase))];
  const events = rows.reduce((n, g) => n + g.events.length, 0);
  return {
    tokens,
    describe: `${grouped(rows.length)} requests with ${grouped(events)} events; the first ${diverse} in phases ${phases.join(', ')}`,
  };
}

export type DatasetTask =
  | {
      readonly kind: 'list';
      readonly target: DatasetTarget;
      readonly rows: number;
      readonly today: string;
    }
  | {
      readonly kind: 'status';
      readonly target: DatasetTarget;
      readonly count: number;
      readonly today: string;
    };

type DatasetResult<T extends DatasetTask> = T extends { kind: 'list' }
  ? ListDataset
  : StatusDataset;

/** The compiled entry next to this file (dist/apps/api/test/bench/dataset-child.js). */
const DATASET_ENTRY = fileURLToPath(new URL('./dataset-child.js', import.meta.url));

/** Runs a fill task in a child process; its progress lines go to `progress`. */
export function runDatasetTask<T extends DatasetTask>(
  task: T,
  progress: (text: string) => void = () => undefined,
): Promise<DatasetResult<T>> {
  return runChildTask(DATASET_ENTRY, task, `dataset task ${task.kind}`, progress);
}

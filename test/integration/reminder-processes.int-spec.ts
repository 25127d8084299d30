// The reminder sweep in real worker processes (`nest build worker`) on one SQLite file:
// SIGKILL in the middle of a sweep, then a restart; and two schedulers running at once.
//
// The guarantee under test: every reminder due is queued in the outbox exactly once. A message
// is inserted under a unique key (request, kind, due day, step, recipient) in a committed
// transaction; a sweep that dies loses only its uncommitted batch and leaves the watermark
// behind, so the next sweep covers the same days again and inserts exactly what is missing.
// The scheduler lease keeps a second process from sweeping at the same time; were it to expire
// mid-sweep, the keys alone would still prevent doubles.
import { randomUUID } from 'node:crypto';
import {
  amsterdamDateOf,
  DEFAULT_REMINDER_SETTINGS,
  dueReminders,
  LocalDate,
  reminderKey,
} from '@wobdesk/domain';
import { OutboxMessageEntity } from '@wobdesk/persistence';
import {
  dataSourceOptions,
  OrganisationRepository,
  prepareDatabase,
  UserEntity,
} from '@wobdesk/persistence';
import { DataSource } from 'typeorm';
import { leaseEvents, ownerPid, recordLeaseEvents, sweptAfter } from '../support/lease-log.js';
import {
  insertRequestRows,
  type RequestRowInput,
  type SqliteHandle,
  sqliteHandle,
} from '../support/reminder-rows.js';
import { seedCalendar } from '../support/seed-calendar.js';
import { createTempDatabase, type TempDatabase } from '../support/temp-database.js';
import { insertTestOrganisation } from '../support/test-organisation.js';
import { waitFor } from '../support/wait-for.js';
import {
  blockFor,
  ensureWorkerBuilt,
  freeze,
  startWorker,
  type WorkerRun,
} from '../support/worker-process.js';

const REQUESTS = 3_000;
const LEASE_SECONDS = 5;
const CLERK_EMAIL = 'behandelaar@example.nl';

interface Fixture {
  readonly db: TempDatabase;
  readonly ds: DataSource;
  readonly env: Record<string, string>;
  /** The outbox keys the rows must produce, computed by the domain's rules. */
  readonly expected: ReadonlySet<string>;
}

/**
 * A migrated file with one organisation, a clerk and a coordinator, and REQUESTS undecided
 * requests each with exactly one reminder due today (the real today: the worker runs on the
 * system clock): decision deadlines today ("due") or 1 + 7k days ago (weekly overdue). The
 * expected keys come from the domain's rules over the same columns.
 */
async function fixture(): Promise<Fixture> {
  const db = await createTempDatabase({
    env: { SCHEDULER_LEASE_SECONDS: String(LEASE_SECONDS), LOG_LEVEL: 'warn' },
  });
  await prepareDatabase(db.config);
  const ds = await new DataSource(dataSourceOptions(db.config.database)).initialize();
  const org = await insertTestOrganisation(new OrganisationRepository(ds));
  const clerkId = randomUUID();
  const users = ds.getRepository(UserEntity);
  const user = (id: string, email: string, role: 'clerk' | 'coordinator') =>
    users.insert({
      id,
      organisationId: org,
      email,
      name: email.split('@')[0],
      role,
      passwordHash: 'not-used',
      createdAt: new Date(),
    });
  await user(clerkId, CLERK_EMAIL, 'clerk');
  await user(randomUUID(), 'coordinator@example.nl', 'coordinator');
  const today = amsterdamDateOf(new Date());
  const rows: RequestRowInput[] = Array.from({ length: REQUESTS }, (_, i) => {
    const deadline = i % 10 === 0 ? today : today.minusDays(1 + 7 * (i % 40));
    return {
      organisationId: org,
      reference: `WOO-${String(i).padStart(6, '0')}`,
      phase: 'acknowledged',
      receivedOn: deadline.minusDays(28).toString(),
      assigneeId: clerkId,
      // The first term ended two weeks before: no extension reminder, one reminder per request.
      dates: {
        decision_deadline: deadline.toString(),
        first_term_end: deadline.minusDays(14).toString(),
      },
    };
  });
  const ids = insertRequestRows(ds, rows);
  const window = { after: today.minusDays(1), through: today };
  const calendar = seedCalendar();
  const expected = new Set<string>();
  rows.forEach((r, i) => {
    const row = {
      phase: r.phase,
      decisionDeadline: LocalDate.parse(r.dates.decision_deadline),
      firstTermEnd: LocalDate.parse(r.dates.first_term_end),
    };
    for (const due of dueReminders(row, window, DEFAULT_REMINDER_SETTINGS, calendar)) {
      expected.add(reminderKey(ids[i], due, CLERK_EMAIL));
    }
  });
  const env = {
    DATABASE_PATH: db.config.database.type === 'sqlite' ? db.config.database.path : '',
    SEEDS_DIR: db.config.seedsDir,
    MAIL_CATCHER_DIR: `${db.dir}/mail`,
    SCHEDULER_LEASE_SECONDS: String(LEASE_SECONDS),
    LOG_LEVEL: 'warn',
  };
  return { db, ds, env, expected };
}

async function outboxKeys(ds: DataSource): Promise<string[]> {
  const rows = await ds.getRepository(OutboxMessageEntity).find({ select: { dedupeKey: true } });
  return rows.map((r) => r.dedupeKey);
}

/** The reminders in the outbox, read synchronously on the test's own connection. */
function queuedReminders(sql: SqliteHandle): number {
  const row = sql
    .prepare(`SELECT COUNT(*) AS n FROM "outbox_message" WHERE "dedupe_key" LIKE 'reminder:%'`)
    .get() as { n: number };
  return row.n;
}

/**
 * Lets `run` work in slices of a few milliseconds, frozen (SIGSTOP) in between, and SIGKILLs it
 * in the first pause in which it has queued `target` reminders. While frozen it can neither
 * commit another batch nor finish, so the count read is exactly what the killed worker leaves
 * behind, and a test process slowed down by a busy machine cannot miss the moment. A worker that
 * exits on its own before the target fails the test.
 */
async function killWhenQueued(run: WorkerRun, sql: SqliteHandle, target: number): Promise<number> {
  let exit: string | undefined;
  void run.exited.then((e) => (exit = `code ${e.code}, signal ${e.signal}:\n${e.stdout}`));
  try {
    return await waitFor(
      `the worker to queue ${target} reminders`,
      () => {
        if (exit) throw new Error(`The worker exited before queuing ${target} reminders: ${exit}`);
        run.child.kill('SIGCONT');
        blockFor(5);
        freeze(run.child);
        const queued = queuedReminders(sql);
        if (queued < target) return undefined;
        run.child.kill('SIGKILL');
        return queued;
      },
      { timeoutMs: 60_000, intervalMs: 1 },
    );
  } catch (error) {
    run.child.kill('SIGKILL');
    throw error;
  }
}

async function reminderCount(ds: DataSource): Promise<number> {
  const [{ n }] = await ds.query(
    `SELECT COUNT(*) AS n FROM "outbox_message" WHERE "dedupe_key" LIKE 'reminder:%'`,
  );
  return Number(n);
}

describe('reminder sweep in worker processes', () => {
  let f: Fixture;

  beforeAll(() => ensureWorkerBuilt(), 180_000);

  beforeEach(async () => {
    f = await fixture();
  }, 60_000);

  afterEach(async () => {
    await f.ds.destroy();
    await f.db.remove();
  });

  it('loses and doubles nothing when the sweeper is SIGKILLed mid-sweep and restarted', async () => {
    expect(f.expected.size).toBe(REQUESTS);
    const sql = sqliteHandle(f.ds);
    const killedAt: number[] = [];
    // Kill the first two runs once the outbox has grown by a quarter of the work since the run
    // started (so inside a sweep, between committed batches or in one), then let a third finish.
    for (const fraction of [0.25, 0.5]) {
      const before = queuedReminders(sql);
      const run = startWorker(['--once'], f.env);
      const queued = await killWhenQueued(run, sql, before + REQUESTS * fraction);
      expect(queued).toBeLessThan(REQUESTS);
      const end = await run.exited;
      expect(end.signal).toBe('SIGKILL');
      killedAt.push(await reminderCount(f.ds));
      expect(killedAt.at(-1)).toBe(queued);
    }
    expect(killedAt[0]).toBeGreaterThan(0);
    expect(killedAt[1]).toBeLessThan(REQUESTS);
    const last = await startWorker(['--once'], f.env).exited;
    expect(last.code).toBe(0);
    const report = JSON.parse(last.stdout.trim().split('\n').pop()!) as Record<string, number>;
    expect(report.queued).toBe(REQUESTS - killedAt[1]);
    expect(report.alreadyQueued).toBe(killedAt[1]);
    const keys = await outboxKeys(f.ds);
    const reminders = keys.filter((k) => k.startsWith('reminder:'));
    expect(reminders).toHaveLength(REQUESTS);
    expect(new Set(reminders)).toEqual(f.expected);
    expect(keys.filter((k) => k.startsWith('digest:'))).toHaveLength(1);
  }, 120_000);

  it('queues each reminder once when two schedulers run at once', async () => {
    const sql = sqliteHandle(f.ds);
    recordLeaseEvents(sql);
    const env = { ...f.env, REMINDER_SWEEP_SECONDS: '1', MAIL_SEND_SECONDS: '3600' };
    const a = startWorker([], env);
    const b = startWorker([], env);
    // The one-off runs wait up to 90 s for the lease (not the default lease + 2 s): the two
    // long-running schedulers take it again on every tick, and on a loaded machine the gaps
    // between their sweeps are short.
    const once = [0, 1].map(() => startWorker(['--once', '--wait', '90'], f.env));
    const ends = await Promise.all(once.map((r) => r.exited));
    // On failure the diff shows what the run printed (its stderr is in `stdout` too).
    expect(ends.map((e) => (e.code === 0 ? 0 : `exit ${e.code}: ${e.stdout}`))).toEqual([0, 0]);
    // The long-running schedulers sweep the same day again, now that every key is taken. A lease
    // promises one holder at a time, not turns: both tick every second, and whichever tick comes
    // first after a release wins, so one scheduler can win every tick for minutes. So: wait for a
    // sweep by either after the one-off runs, stop that one, and wait for the other to sweep too.
    const mark = leaseEvents(sql).at(-1)?.id ?? 0;
    const first = await waitFor(
      'a sweep by a long-running scheduler after the one-off runs',
      () => [a, b].find((w) => sweptAfter(leaseEvents(sql), mark, w.child.pid!)),
      { timeoutMs: 60_000, intervalMs: 50 },
    ).catch((error: Error) => {
      throw new Error(`${error.message}\ntheir output:\n${a.output()}\n${b.output()}`);
    });
    const second = first === a ? b : a;
    first.child.kill('SIGTERM');
    await first.exited;
    const handover = leaseEvents(sql).at(-1)?.id ?? 0;
    await waitFor(
      'a sweep by the other long-running scheduler once the first had stopped',
      () => sweptAfter(leaseEvents(sql), handover, second.child.pid!) || undefined,
      { timeoutMs: 60_000, intervalMs: 50 },
    ).catch((error: Error) => {
      throw new Error(`${error.message}\nits output:\n${second.output()}`);
    });
    second.child.kill('SIGTERM');
    await second.exited;
    const keys = await outboxKeys(f.ds);
    const reminders = keys.filter((k) => k.startsWith('reminder:'));
    expect(reminders).toHaveLength(REQUESTS);
    expect(new Set(reminders)).toEqual(f.expected);
    expect(keys.filter((k) => k.startsWith('digest:'))).toHaveLength(1);
    const reports = ends.map((e) => JSON.parse(e.stdout.trim().split('\n').pop()!));
    // Whoever swept first queued everything; every later sweep found the keys taken.
    expect(reports.map((r) => r.queued + r.alreadyQueued)).toEqual([REQUESTS, REQUESTS]);
    // Never two holders at once: every process that took the lease found it free, its own, or
    // expired (the owner's last renewal more than SCHEDULER_LEASE_SECONDS before).
    const takes = leaseEvents(sql).filter((e) => e.event === 'acquire');
    const pids = new Set([a, b, ...once].map((w) => w.child.pid));
    expect(new Set(takes.map((e) => ownerPid(e.owner)))).toEqual(pids);
    for (const take of takes) {
      const takenAt = Date.parse(take.leaseUntil) - LEASE_SECONDS * 1000;
      const overlapping =
        take.previousOwner !== null &&
        take.previousOwner !== take.owner &&
        Date.parse(take.previousUntil) >= takenAt;
      expect({ take, overlapping }).toEqual({ take, overlapping: false });
    }
  }, 300_000);
});

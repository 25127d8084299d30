// Wobdesk as several processes on one PostgreSQL database, over real HTTP: two built API processes
// (SCHEDULER_EMBEDDED=false) and two built workers, one shared storage directory, one shared
// STATUS_TOKEN_SECRET, and a real SMTP server on 127.0.0.1. What one instance makes, the other
// serves: sessions, letters (PDF), documents and the requester's status link. Of the workers only
// one sweeps at a time (the scheduler lease, recorded by a trigger in the database itself), and
// every message in the outbox reaches the SMTP server exactly once.
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { amsterdamDateOf } from '@wobdesk/domain';
import { DataSource } from 'typeorm';
import { type ApiRun, ensureApiBuilt, startApi } from '../support/api-process.js';
import { minimalPdf } from '../support/document-files.js';
import { createPgDatabase, type PgCluster, startPgCluster } from '../support/pg-cluster.js';
import { type SmtpTestServer, startSmtpTestServer } from '../support/smtp-test-server.js';
import { waitFor } from '../support/wait-for.js';
import { ensureWorkerBuilt, startWorker, type WorkerRun } from '../support/worker-process.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOADER = join(ROOT, 'test/support/ts-loader.mjs');
const PASSWORD = 'multi-instance-demo';
const CLERK = 'demo@wobdesk.local';
const LEASE_SECONDS = 5;

interface LeaseEvent {
  readonly event: 'acquire' | 'release';
  readonly owner: string;
  readonly previousOwner: string | null;
  /** Whether the lease the acquirer took over had expired (or was free). */
  readonly takenFree: boolean;
}

/**
 * Records every take-over and release of the scheduler lease in a table of the test's database,
 * written by the statement that moves the lease: who swept is read, never sampled.
 */
async function recordLeaseEvents(db: DataSource): Promise<void> {
  await db.query(`
    CREATE TABLE test_lease_event (
      id serial PRIMARY KEY,
      event text NOT NULL,
      owner text NOT NULL,
      previous_owner text,
      taken_free boolean NOT NULL
    );
    CREATE FUNCTION test_lease_log() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.owner IS NOT NULL AND NEW.owner IS DISTINCT FROM OLD.owner THEN
        INSERT INTO test_lease_event (event, owner, previous_owner, taken_free)
        VALUES ('acquire', NEW.owner, OLD.owner,
                OLD.owner IS NULL OR OLD.lease_until < to_char(clock_timestamp() AT TIME ZONE 'UTC',
                  'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
      ELSIF NEW.owner IS NULL AND OLD.owner IS NOT NULL THEN
        INSERT INTO test_lease_event (event, owner, previous_owner, taken_free)
        VALUES ('release', OLD.owner, OLD.owner, true);
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER test_lease_moved AFTER UPDATE ON scheduler_lease
      FOR EACH ROW EXECUTE FUNCTION test_lease_log();
  `);
}

async function leaseEvents(db: DataSource): Promise<LeaseEvent[]> {
  return db.query<LeaseEvent[]>(
    `SELECT event, owner, previous_owner AS "previousOwner", taken_free AS "takenFree"
     FROM test_lease_event ORDER BY id`,
  );
}

/** The process id in a lease owner (`host:pid:random`). */
const ownerPid = (owner: string) => Number(owner.split(':').at(-2));

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('several instances on one PostgreSQL database', () => {
  let cluster: PgCluster;
  let db: DataSource;
  let smtp: SmtpTestServer;
  let storage: string;
  let env: Record<string, string>;
  let a: ApiRun;
  let b: ApiRun;
  const workers: WorkerRun[] = [];
  let clerkId: string;

  const runCli = async (script: string) =>
    promisify(execFile)(
      process.execPath,
      [
        '--disable-warning=ExperimentalWarning',
        '--import',
        LOADER,
        join(ROOT, 'apps/cli/src', script),
      ],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env } },
    );

  // Building the two apps takes minutes on a busy machine, but only after a source changed.
  beforeAll(() => {
    ensureApiBuilt();
    ensureWorkerBuilt();
  }, 600_000);

  beforeAll(async () => {
    cluster = await startPgCluster();
    const url = await createPgDatabase(cluster.url('postgres'), 'wobdesk_multi');
    smtp = await startSmtpTestServer();
    storage = await mkdtemp(join(tmpdir(), 'wobdesk-shared-'));
    // What every instance must share: the database, the storage directory and the secrets.
    env = {
      DATABASE_URL: url,
      DOCUMENTS_DIR: join(storage, 'documents'),
      STATUS_TOKEN_SECRET: 'one-secret-for-every-instance-of-this-test',
      SMTP_URL: smtp.url,
      PUBLIC_BASE_URL: 'http://127.0.0.1:3000',
      DEMO_PASSWORD: PASSWORD,
      SEEDS_DIR: join(ROOT, 'seeds'),
      SCHEDULER_EMBEDDED: 'false',
      REMINDER_SWEEP_SECONDS: '1',
      MAIL_SEND_SECONDS: '1',
      SCHEDULER_LEASE_SECONDS: String(LEASE_SECONDS),
      REMINDER_OVERDUE_REPEAT_DAYS: '1',
      LOGIN_RATE_LIMIT: '0',
      STATUS_RATE_LIMIT: '0',
      PORT: '0',
      LOG_LEVEL: 'warn',
    };
    await runCli('migrate.ts');
    await runCli('seed.ts');
    db = await new DataSource({ type: 'postgres', url }).initialize();
    await recordLeaseEvents(db);
    const [clerk] = await db.query<{ id: string }[]>(
      `SELECT id FROM user_account WHERE email = $1`,
      [CLERK],
    );
    clerkId = clerk.id;
    [a, b] = await Promise.all([startApi(env), startApi(env)]);
  }, 300_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    for (const w of workers) {
      if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM');
      await w.exited;
    }
    await db?.destroy();
    await smtp?.close();
    await cluster?.stop();
    if (storage) await rm(storage, { recursive: true, force: true });
  }, 60_000);

  const login = async (api: ApiRun): Promise<string> => {
    const res = await fetch(`${api.origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: CLERK, password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { token: string }).token;
  };

  const call = (api: ApiRun, token: string, path: string, init: RequestInit = {}) =>
    fetch(`${api.origin}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
    });

  const postJson = (api: ApiRun, token: string, path: string, body: unknown) =>
    call(api, token, path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  /** Registers a request on `api` with a requester's e-mail address; its id and status token. */
  const register = async (api: ApiRun, token: string, daysAgo = 0) => {
    const res = await postJson(api, token, '/api/requests', {
      requester: { name: 'Anna de Vries', email: 'anna@example.nl' },
      receivedOn: amsterdamDateOf(new Date()).minusDays(daysAgo).toString(),
      channel: 'email',
      subject: 'Stukken over de herinrichting van het Stationsplein',
      items: [{ text: 'Alle verslagen van het projectoverleg in 2025' }],
      assigneeId: clerkId,
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { request: { id: string }; statusToken: string };
    return { id: body.request.id, statusToken: body.statusToken };
  };

  // The budgets are generous: two APIs, two workers, PostgreSQL and Chromium share two busy cores.
  it('should honour on one instance a session made on the other, and end it on both', async () => {
    const token = await login(a);
    const me = await call(b, token, '/api/auth/me');
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ name: 'Demo Behandelaar', role: 'clerk' });

    expect((await call(b, token, '/api/auth/logout', { method: 'POST' })).status).toBe(204);
    expect((await call(a, token, '/api/auth/me')).status).toBe(401);
    expect((await call(b, token, '/api/auth/me')).status).toBe(401);
  }, 60_000);

  it('should accept on one instance the login form of the other, and its session cookie', async () => {
    // The CSRF secret travels in its own cookie, so a form served by A may be posted to B.
    const form = await fetch(`${a.origin}/inloggen`);
    expect(form.status).toBe(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1];
    const csrfCookie = form.headers.getSetCookie().map((c) => c.split(';')[0]);
    const posted = await fetch(`${b.origin}/inloggen`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: csrfCookie.join('; '),
      },
      body: new URLSearchParams({ _csrf: csrf, email: CLERK, password: PASSWORD }).toString(),
    });
    expect(posted.status).toBe(303);
    const session = posted.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .find((c) => c.startsWith('wobdesk_session='));
    expect(session).toBeDefined();
    const dashboard = await fetch(`${a.origin}/dashboard`, {
      redirect: 'manual',
      headers: { cookie: session! },
    });
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toContain('Demo Behandelaar');
  }, 60_000);

  it('should serve from one instance the letters, documents and status link made on the other', async () => {
    const token = await login(a);
    const { id, statusToken } = await register(a, token);

    // The requester's link given out by A works on both.
    for (const api of [a, b]) {
      const status = await fetch(`${api.origin}/api/status/${statusToken}`);
      expect(status.status).toBe(200);
      const page = await fetch(`${api.origin}/status/${statusToken}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Stationsplein');
    }

    // A letter rendered on A downloads from B byte for byte.
    const today = amsterdamDateOf(new Date()).toString();
    expect(
      (await postJson(a, token, `/api/requests/${id}/acknowledge`, { occurredOn: today })).status,
    ).toBe(200);
    const made = await postJson(a, token, `/api/requests/${id}/letters`, {
      kind: 'acknowledgement',
    });
    expect(made.status).toBe(201);
    const letter = (await made.json()) as { id: string; pdfUrl: string };
    // B derives the same link as A did (the shared STATUS_TOKEN_SECRET): its preview of the letter
    // prints the token A handed out, and so do A's stored letter and B's copy of it.
    const preview = await call(b, token, `/api/requests/${id}/letters/acknowledgement/preview`);
    expect(preview.status).toBe(200);
    expect(await preview.text()).toContain(`/status/${statusToken}`);
    const stored = await call(b, token, `/api/letters/${letter.id}/html`);
    expect(await stored.text()).toContain(`/status/${statusToken}`);
    const fromA = new Uint8Array(
      await (await call(a, token, `/api/letters/${letter.id}/pdf`)).arrayBuffer(),
    );
    const fromB = await call(b, token, `/api/letters/${letter.id}/pdf`);
    expect(fromB.status).toBe(200);
    expect(fromB.headers.get('content-type')).toContain('application/pdf');
    const bytes = new Uint8Array(await fromB.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(sha256(bytes)).toBe(sha256(fromA));

    // A document uploaded on A downloads from B: the blob lies in the shared DOCUMENTS_DIR.
    const file = minimalPdf([`Verslag projectoverleg ${randomUUID()}`]);
    const form = new FormData();
    form.append(
      'files',
      new Blob([new Uint8Array(file)], { type: 'application/pdf' }),
      'verslag.pdf',
    );
    const upload = await call(a, token, `/api/requests/${id}/documents`, {
      method: 'POST',
      body: form,
    });
    expect(upload.status).toBe(201);
    const [document] = ((await upload.json()) as { documents: { number: number }[] }).documents;
    const content = await call(
      b,
      token,
      `/api/requests/${id}/documents/${document.number}/content`,
    );
    expect(content.status).toBe(200);
    expect(sha256(new Uint8Array(await content.arrayBuffer()))).toBe(sha256(file));
  }, 180_000);

  it('should let one worker at a time sweep and send every message exactly once', async () => {
    const token = await login(b);
    // Undecided for weeks past the deadline: with REMINDER_OVERDUE_REPEAT_DAYS=1 each is due a
    // reminder today, whatever the weekday.
    for (let i = 0; i < 3; i++) await register(i % 2 === 0 ? a : b, token, 70 + i);
    workers.push(startWorker([], env), startWorker([], env));
    const workerPids = new Set(workers.map((w) => w.child.pid));
    const apiPids = new Set([a.child.pid, b.child.pid]);

    // Both workers compete for the lease several times over (a sweep each second).
    const events = await waitFor(
      'both workers to take the scheduler lease',
      async () => {
        const all = await leaseEvents(db);
        const owners = new Set(
          all.filter((e) => e.event === 'acquire').map((e) => ownerPid(e.owner)),
        );
        return owners.size >= 2 && all.length >= 6 ? all : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 200 },
    );
    for (const e of events) {
      expect(workerPids.has(ownerPid(e.owner))).toBe(true);
      expect(apiPids.has(ownerPid(e.owner))).toBe(false);
    }
    // Never a take-over of a lease another process still held: one sweeper at a time.
    expect(events.filter((e) => e.event === 'acquire' && !e.takenFree)).toEqual([]);
    // Between two acquisitions there is a release: no two sweeps overlap.
    const moves = events.map((e) => e.event);
    for (let i = 1; i < moves.length; i++) expect(moves[i]).not.toBe(moves[i - 1]);

    const keys = await db.query<{ key: string; n: string }[]>(
      `SELECT dedupe_key AS key, COUNT(*) AS n FROM outbox_message GROUP BY dedupe_key`,
    );
    expect(keys.filter((k) => Number(k.n) !== 1)).toEqual([]);
    // The sweep queued its own mail besides the register's: a reminder of each overdue request.
    expect(keys.filter((k) => k.key.startsWith('reminder:')).length).toBeGreaterThanOrEqual(3);

    // Every message leaves the outbox, and the SMTP server gets each exactly once.
    const sent = await waitFor(
      'the outbox to be sent',
      async () => {
        const rows = await db.query<{ id: string; state: string }[]>(
          `SELECT id, state FROM outbox_message`,
        );
        return rows.every((r) => r.state === 'sent') ? rows : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 200 },
    );
    await smtp.waitFor(sent.length, 60_000);
    const perMessage = new Map<string, number>();
    for (const mail of smtp.received) {
      const outboxId = /^<([^@]+)@/.exec(mail.messageId ?? '')?.[1] ?? '';
      perMessage.set(outboxId, (perMessage.get(outboxId) ?? 0) + 1);
    }
    expect([...perMessage.keys()].sort()).toEqual(sent.map((r) => r.id).sort());
    expect([...perMessage.values()].every((n) => n === 1)).toBe(true);
  }, 360_000);
});

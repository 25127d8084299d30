// The built API as a child process: its JSON log lines (with request ids and without the
// requester's personal data), its metrics, its health endpoints and its graceful shutdown.
import { request as httpRequest } from 'node:http';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@wobdesk/persistence';
import { type ApiRun, ensureApiBuilt, startApi } from '../support/api-process.js';
import { PASSWORD, type RegisterApi, startRegisterApi } from '../support/register-api.js';
import { startSmtpTestServer, type SmtpTestServer } from '../support/smtp-test-server.js';
import { waitFor } from '../support/wait-for.js';
import { ensureWorkerBuilt, startWorker } from '../support/worker-process.js';
import { createServer } from 'node:net';

const TOKEN = 'metrics-token-for-the-test-0123456789abcdef';
// Recognisable, so that any trace of them in a log line is found.
const REQUESTER = {
  name: 'Philomena Quackenbosch',
  email: 'philomena.quackenbosch@voorbeeld.nl',
  postalAddress: 'Zonnebloemstraat 17, 9999 ZZ Snikzwaag',
};

interface LogLine {
  readonly time: string;
  readonly level: string;
  readonly message: unknown;
  readonly context?: string;
  readonly requestId?: string;
}

function logLines(run: ApiRun): LogLine[] {
  return `${run.stdout()}${run.stderr()}`
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LogLine);
}

/** An HTTP call on its own connection, with the body written by the caller when it wants. */
function openRequest(
  origin: string,
  method: string,
  path: string,
  headers: Record<string, string>,
) {
  const url = new URL(path, origin);
  const req = httpRequest({
    host: url.hostname,
    port: url.port,
    method,
    path,
    headers,
    agent: false,
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
  return { req, response };
}

describe('The API process: logs, metrics, health, shutdown (integration)', () => {
  let setup: RegisterApi;
  let smtp: SmtpTestServer;
  let run: ApiRun;
  let clerkEmail: string;

  beforeAll(async () => {
    ensureApiBuilt();
    ensureWorkerBuilt();
    smtp = await startSmtpTestServer();
    smtp.behaviour = { mode: 'reject-recipient' };
    // Organisation and clerk through the real services, then the database is the child's.
    setup = await startRegisterApi('2026-03-02');
    const organisationId = await setup.newOrganisation();
    clerkEmail = (await setup.newUser(organisationId)).email;
    await setup.app.close();
    run = await startApi({
      ...setup.db.env,
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'debug',
      METRICS_TOKEN: TOKEN,
      SHUTDOWN_GRACE_SECONDS: '3',
      LOGIN_RATE_LIMIT: '0',
      PUBLIC_BASE_URL: 'https://woo.example.nl',
      SMTP_URL: smtp.url,
      MAIL_SEND_SECONDS: '1',
      MAIL_RETRY_BASE_SECONDS: '1',
      REMINDER_SWEEP_SECONDS: '1',
      MAIL_CATCHER_DIR: `${setup.db.dir}/mail`,
    });
  }, 240_000);

  afterAll(async () => {
    if (run && run.child.exitCode === null && run.child.signalCode === null) {
      run.child.kill('SIGKILL');
      await run.exited;
    }
    await smtp?.close();
    await setup?.db.remove();
  });

  let auth: string;

  it('answers liveness and readiness while it runs, and keeps /api/health as it was', async () => {
    expect(await (await fetch(`${run.origin}/api/health/live`)).json()).toEqual({ status: 'live' });
    const ready = await fetch(`${run.origin}/api/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    expect(await (await fetch(`${run.origin}/api/health`)).json()).toEqual({
      status: 'ok',
      database: 'up',
    });
  });

  it('takes a sane X-Request-Id over, replaces anything else, and echoes it', async () => {
    const login = await fetch(`${run.origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'proxy-7f3a.42' },
      body: JSON.stringify({ email: clerkEmail, password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    expect(login.headers.get('x-request-id')).toBe('proxy-7f3a.42');
    auth = `Bearer ${((await login.json()) as { token: string }).token}`;

    const generated = await fetch(`${run.origin}/api/health/live`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const insane = await fetch(`${run.origin}/api/health/live`, {
      headers: { 'x-request-id': `${'x'.repeat(129)}` },
    });
    expect(insane.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes one JSON object per line, with the request id on the lines of a request and no personal data', async () => {
    const created = await fetch(`${run.origin}/api/requests`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: auth,
        'x-request-id': 'register-1',
      },
      body: JSON.stringify({
        requester: REQUESTER,
        receivedOn: '2026-03-02',
        channel: 'email',
        subject: 'Stukken over de herinrichting van het Stationsplein',
        items: [{ text: 'Alle adviezen' }],
      }),
    });
    expect(created.status).toBe(201);
    // The acknowledgement mail to the requester is refused by the server, which quotes the address.
    await waitFor(
      'a refused delivery in the log',
      () => logLines(run).find((l) => String(l.message).includes('attempt 1 failed')),
      { timeoutMs: 30_000, intervalMs: 50 },
    );

    const lines = logLines(run);
    for (const line of lines) {
      expect(Number.isNaN(Date.parse(line.time))).toBe(false);
      expect(['fatal', 'error', 'warn', 'log', 'debug', 'verbose']).toContain(line.level);
      expect(line.message).toBeDefined();
    }
    expect(lines).toContainEqual(
      expect.objectContaining({
        context: 'HTTP',
        requestId: 'register-1',
        message: expect.stringMatching(/^POST \/api\/requests 201 \d+ ms$/),
      }),
    );
    const refused = lines.find((l) => String(l.message).includes('attempt 1 failed'));
    expect(refused).toMatchObject({ level: 'warn', context: 'OutboxSender' });
    expect(String(refused!.message)).toContain('<address>');

    const everything = `${run.stdout()}${run.stderr()}`.toLowerCase();
    for (const personal of [
      REQUESTER.name,
      'quackenbosch',
      REQUESTER.email,
      'zonnebloemstraat',
      'snikzwaag',
      clerkEmail,
    ]) {
      expect(everything).not.toContain(personal.toLowerCase());
    }
  });

  it('serves the metrics only with the token: requests by route template, the outbox backlog', async () => {
    expect((await fetch(`${run.origin}/metrics`)).status).toBe(401);
    expect(
      (await fetch(`${run.origin}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status,
    ).toBe(401);
    const res = await fetch(`${run.origin}/metrics`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain(
      'wobdesk_http_requests_total{method="POST",route="/api/requests",status="201"} 1',
    );
    expect(text).toMatch(
      /wobdesk_http_request_duration_seconds_count\{method="POST",route="\/api\/auth\/login",status="200"\} 1/,
    );
    // The refused acknowledgement waits for its next attempt.
    expect(text).toMatch(/^wobdesk_outbox_waiting_messages [1-9]\d*$/m);
    expect(text).toMatch(/^wobdesk_outbox_oldest_due_seconds \d+(\.\d+)?(e[-+]\d+)?$/m);
    expect(text).toMatch(/^wobdesk_reminder_sweep_duration_seconds_count [1-9]\d*$/m);
    // Declared though no letter was printed yet: a dashboard finds the series from the start.
    expect(text).toContain('# TYPE wobdesk_letter_pdf_render_duration_seconds histogram');
  });

  it('on SIGTERM: readiness 503, a slow request in flight completes, the lease is free, exit 0', async () => {
    // A login whose body is still arriving when the signal comes.
    const body = JSON.stringify({ email: clerkEmail, password: PASSWORD });
    const slow = openRequest(run.origin, 'POST', '/api/auth/login', {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
    });
    slow.req.write(body.slice(0, 10));
    await waitFor('the slow request to be connected', () => (slow.req.socket ? true : undefined));

    run.child.kill('SIGTERM');
    await waitFor(
      'readiness to answer 503',
      async () =>
        (await fetch(`${run.origin}/api/health/ready`)).status === 503 ? true : undefined,
      { timeoutMs: 10_000, intervalMs: 50 },
    );
    await waitFor(
      'the listener to close',
      () => logLines(run).find((l) => String(l.message).startsWith('listener closed')),
      { timeoutMs: 10_000, intervalMs: 20 },
    );
    await expect(fetch(`${run.origin}/api/health/live`)).rejects.toThrow();

    slow.req.end(body.slice(10));
    const answer = await slow.response;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toHaveProperty('token');

    expect(await run.exited).toEqual({ code: 0, signal: null });
    const dataSource = await new DataSource({
      ...dataSourceOptions(setup.db.config.database),
    }).initialize();
    try {
      const leases = (await dataSource.query('SELECT owner FROM scheduler_lease')) as {
        owner: string | null;
      }[];
      expect(leases.length).toBeGreaterThan(0);
      expect(leases.every((l) => l.owner === null)).toBe(true);
    } finally {
      await dataSource.destroy();
    }
  });
});

/** A port free on 127.0.0.1 just now (the worker binds it a moment later). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('The worker process: metrics on its own port, shutdown (integration)', () => {
  let setup: RegisterApi;

  beforeAll(async () => {
    ensureWorkerBuilt();
    setup = await startRegisterApi('2026-03-02');
    await setup.newOrganisation();
    await setup.app.close();
  }, 240_000);

  afterAll(() => setup?.db.remove());

  it('serves its metrics on 127.0.0.1 with the token, logs JSON, and frees the lease on SIGTERM', async () => {
    const port = await freePort();
    const worker = startWorker([], {
      ...setup.db.env,
      LOG_FORMAT: 'json',
      METRICS_TOKEN: TOKEN,
      METRICS_PORT: String(port),
      REMINDER_SWEEP_SECONDS: '1',
      PUBLIC_BASE_URL: 'https://woo.example.nl',
      MAIL_CATCHER_DIR: `${setup.db.dir}/mail`,
    });
    let output = '';
    worker.child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    try {
      const url = `http://127.0.0.1:${port}/metrics`;
      await waitFor(
        'the worker metrics',
        () => (output.includes('metrics on') ? true : undefined),
        {
          timeoutMs: 60_000,
          intervalMs: 50,
        },
      );
      expect((await fetch(url)).status).toBe(401);
      const text = await waitFor(
        'a sweep in the metrics',
        async () => {
          const res = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
          const body = await res.text();
          return /^wobdesk_reminder_sweep_duration_seconds_count [1-9]/m.test(body)
            ? body
            : undefined;
        },
        { timeoutMs: 30_000, intervalMs: 100 },
      );
      expect(text).toMatch(/^wobdesk_outbox_waiting_messages 0$/m);
      expect(text).not.toContain('wobdesk_http_requests_total{');
    } finally {
      worker.child.kill('SIGTERM');
    }
    const exit = await worker.exited;
    // Nest re-raises the signal once its shutdown has run.
    expect(exit.signal ?? exit.code).toBe('SIGTERM');
    for (const line of exit.stdout.split('\n').filter((l) => l.trim() !== '')) {
      expect(JSON.parse(line)).toEqual(expect.objectContaining({ level: expect.any(String) }));
    }
    const dataSource = await new DataSource({
      ...dataSourceOptions(setup.db.config.database),
    }).initialize();
    try {
      const leases = (await dataSource.query('SELECT owner FROM scheduler_lease')) as {
        owner: string | null;
      }[];
      expect(leases.every((l) => l.owner === null)).toBe(true);
    } finally {
      await dataSource.destroy();
    }
  });
});

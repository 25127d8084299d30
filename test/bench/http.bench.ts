// Benchmark section "http": requests per second of the requester's status check
// (`GET /api/status/:token`, the real API on a temporary SQLite file) against a bare NestJS +
// Fastify endpoint, measured by autocannon in the same run.
//
// Process layout (honest on 2 cores): each server runs in its own child process (http-server.ts)
// and autocannon runs in this process, so server and load generator each get one core, as in the
// stack probe (stack.md §10, ~51 000 req/s for NestJS + Fastify hello world). Running both in one
// process would make them share one JavaScript thread and halve both figures.
// The targets are measured alternately (bare, status, health, bare, status, …) so that a noisy
// neighbour on the shared machine hits all of them rather than one. Besides req/s the section
// reports the server's CPU time per request (process.cpuUsage of the child), which depends less
// on what else the machine is doing.
import { type ChildServer, cpuShare, startChildServer } from './child-server.js';
import { grouped, textTable } from './harness.js';
import { fire, type LoadSummary, summarise } from './load.js';
import { intOption, positiveOption } from './options.js';
import type { AsyncBenchmark, AsyncRunContext, AsyncSectionResult } from './registry.js';
import { startStatusServer } from './wobdesk-fixture.js';

/** The target: status checks per second ≥ 0.6 × the bare endpoint's. */
export const STATUS_TARGET_RATIO = 0.6;
export const HTTP_DEFAULTS = {
  connections: 50,
  seconds: 5,
  warmupSeconds: 1,
  rounds: 2,
  tokens: 9,
  coldTokens: 20_000,
} as const;

export type HttpTarget = 'bare' | 'status' | 'status-cold' | 'health';

export const HTTP_CASES = [
  {
    name: 'http/bare',
    description:
      'bare NestJS 12 + FastifyAdapter app, GET /hello → {"status":"ok","service":"bare"}',
  },
  {
    name: 'http/status',
    description:
      'Wobdesk GET /api/status/:token (real API, SQLite file, cycling over valid tokens)',
  },
  {
    name: 'http/status-cold',
    description:
      'Wobdesk GET /api/status/:token over 20 000 tokens, each asked again only after all others (no target)',
  },
  {
    name: 'http/health',
    description:
      'reference: Wobdesk GET /api/health (same app and process, one `SELECT 1`; no target)',
  },
] as const;

export interface HttpRun {
  readonly target: HttpTarget;
  readonly round: number;
  readonly summary: LoadSummary;
  /** Server process CPU time during the measured seconds, in cores (1 = one core busy). */
  readonly serverCpu: number;
  /** Server process CPU time (user + system) per completed request, microseconds. */
  readonly serverMicrosPerRequest: number;
  /** SQL statements the server ran per completed request (0 when answered from a cache). */
  readonly sqlPerRequest: number;
}

function meanOf(runs: readonly HttpRun[], target: HttpTarget, f: (r: HttpRun) => number) {
  const xs = runs.filter((r) => r.target === target).map(f);
  return xs.length === 0 ? undefined : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Status/bare ratio of the mean requests per second; undefined without both. */
export function statusRatio(runs: readonly HttpRun[], target: HttpTarget = 'status') {
  const bare = meanOf(runs, 'bare', (r) => r.summary.requestsPerSec);
  const other = meanOf(runs, target, (r) => r.summary.requestsPerSec);
  return bare && other !== undefined ? other / bare : undefined;
}

/** Bare/status ratio of the server CPU per request: the req/s ratio if the server were the only limit. */
export function cpuRatio(runs: readonly HttpRun[], target: HttpTarget = 'status') {
  const bare = meanOf(runs, 'bare', (r) => r.serverMicrosPerRequest);
  const other = meanOf(runs, target, (r) => r.serverMicrosPerRequest);
  return bare !== undefined && other ? bare / other : undefined;
}

function ms(n: number): string {
  return Number.isInteger(n) ? `${n}` : n.toFixed(2);
}

export function httpTable(runs: readonly HttpRun[]): string {
  const rows = runs.map((r) => {
    const s = r.summary;
    return [
      `http/${r.target}`,
      `${r.round}`,
      grouped(s.requestsPerSec),
      `${grouped(s.requestsPerSecMin)}–${grouped(s.requestsPerSecMax)}`,
      ms(s.latencyP50),
      ms(s.latencyP99),
      ms(s.latencyMax),
      `${s.errors + s.timeouts}`,
      `${s.non2xx}`,
      `${Math.round(s.bytesPerResponse)}`,
      `${Math.round(r.serverCpu * 100)} %`,
      r.serverMicrosPerRequest.toFixed(0),
      r.target === 'bare' ? '—' : r.sqlPerRequest.toFixed(2),
    ];
  });
  return textTable(
    [
      'case',
      'round',
      'req/s',
      'min–max per second',
      'p50 ms',
      'p99 ms',
      'max ms',
      'errors',
      'non-2xx',
      'bytes/resp',
      'server CPU',
      'server µs/req',
      'SQL/req',
    ],
    rows,
    new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
  );
}

interface Settings {
  readonly connections: number;
  readonly seconds: number;
  readonly warmupSeconds: number;
}

interface Target {
  readonly target: HttpTarget;
  readonly server: ChildServer;
  readonly paths: readonly string[];
  readonly rotation: 'per-connection' | 'shared';
}

async function measureTarget(
  ctx: AsyncRunContext,
  { server, paths, rotation }: Target,
  settings: Settings,
): Promise<Omit<HttpRun, 'target' | 'round'>> {
  const load = { origin: server.origin, paths, rotation, connections: settings.connections };
  await fire({ ...load, seconds: settings.warmupSeconds });
  const before = await server.usage();
  const t0 = performance.now();
  const result = await fire({ ...load, seconds: settings.seconds });
  const elapsed = (performance.now() - t0) / 1000;
  const after = await server.usage();
  const summary = summarise(result);
  if (summary.non2xx > 0 || summary.errors > 0) {
    ctx.out(
      `   ! ${server.mode}: status codes ${JSON.stringify(summary.statusCodes)}, ${summary.errors} errors\n`,
    );
  }
  const cpuMicros = after.user - before.user + after.system - before.system;
  return {
    summary,
    serverCpu: cpuShare(before, after, elapsed),
    serverMicrosPerRequest: summary.total > 0 ? cpuMicros / summary.total : Number.NaN,
    sqlPerRequest: summary.total > 0 ? (after.queries - before.queries) / summary.total : 0,
  };
}

/** One GET, to fail early with a clear message when the endpoint does not answer 200 + JSON. */
async function probe(url: string): Promise<unknown> {
  const res = await fetch(url);
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${url} → ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as unknown;
}

export const httpBenchmark: AsyncBenchmark = {
  kind: 'async',
  name: 'http',
  title: 'Status check vs bare NestJS + Fastify (autocannon 9.0.0 on 127.0.0.1)',
  notes: [
    'Each server runs in its own child process (one core); autocannon runs in the bench process (the other core).',
    'bare: a NestJS 12 + FastifyAdapter app with one GET endpoint returning a small JSON object.',
    'status: the real Wobdesk API (createApiApp, as main.ts) on a temporary migrated SQLite file holding requests',
    `with full event histories; status: the connections cycle over ${HTTP_DEFAULTS.tokens} tokens from different phases (--tokens);`,
    `status-cold: ${HTTP_DEFAULTS.coldTokens.toLocaleString('en-US')} tokens (--cold-tokens), one shared counter, so a token comes back only after all others`,
    '(what many requesters checking now and then look like). STATUS_RATE_LIMIT=0 (the per-IP limit off: all load',
    'comes from 127.0.0.1). health: /api/health of the same API process, for reference (framework + `SELECT 1`).',
    `Per target and round: ${HTTP_DEFAULTS.warmupSeconds} s warm-up (discarded), then ${HTTP_DEFAULTS.seconds} s measured, ${HTTP_DEFAULTS.connections} connections, no pipelining;`,
    'targets alternate within each round. req/s = mean of the per-second samples. server µs/req = CPU time',
    '(user + system) of the server process per completed request; SQL/req = statements the server ran per request.',
    `Target: status ≥ ${STATUS_TARGET_RATIO}× bare (ratio of the mean req/s over the rounds).`,
  ],
  cases: HTTP_CASES,
  flags: {
    connections: `autocannon connections (default ${HTTP_DEFAULTS.connections})`,
    'http-seconds': `seconds measured per target and round (default ${HTTP_DEFAULTS.seconds})`,
    'http-warmup': `seconds of warm-up before each measurement (default ${HTTP_DEFAULTS.warmupSeconds})`,
    rounds: `rounds over the http targets (default ${HTTP_DEFAULTS.rounds})`,
    tokens: `status tokens the status case cycles over (default ${HTTP_DEFAULTS.tokens})`,
    'cold-tokens': `requests with status tokens for the status-cold case (default ${HTTP_DEFAULTS.coldTokens})`,
    'cpu-prof': 'directory: write a V8 CPU profile of each server process there',
  },
  async run(ctx): Promise<AsyncSectionResult> {
    const settings: Settings = {
      connections: intOption(ctx.options, 'connections', HTTP_DEFAULTS.connections),
      seconds: positiveOption(ctx.options, 'http-seconds', HTTP_DEFAULTS.seconds),
      warmupSeconds: positiveOption(ctx.options, 'http-warmup', HTTP_DEFAULTS.warmupSeconds),
    };
    const rounds = intOption(ctx.options, 'rounds', HTTP_DEFAULTS.rounds);
    const tokenCount = intOption(ctx.options, 'tokens', HTTP_DEFAULTS.tokens);
    const coldCount = intOption(ctx.options, 'cold-tokens', HTTP_DEFAULTS.coldTokens);
    const cpuProfileDir = ctx.options['cpu-prof'];
    const wanted = (target: HttpTarget) => ctx.selected.includes(`http/${target}`);

    const cleanups: (() => Promise<void>)[] = [];
    const runs: HttpRun[] = [];
    try {
      const targets: Target[] = [];
      if (wanted('bare')) {
        const server = await startChildServer('bare', { cpuProfileDir });
        cleanups.push(() => server.stop());
        await probe(`${server.origin}/hello`);
        targets.push({ target: 'bare', server, paths: ['/hello'], rotation: 'per-connection' });
        ctx.out(`   bare server: pid ${server.pid}, ${server.origin}/hello\n`);
      }
      if (wanted('status') || wanted('status-cold') || wanted('health')) {
        const count = Math.max(
          wanted('status') ? tokenCount : 1,
          wanted('status-cold') ? coldCount : 1,
        );
        const status = await startStatusServer(count, { cpuProfileDir });
        cleanups.push(() => status.stop());
        const server = status.server;
        const paths = status.tokens.map((t) => `/api/status/${encodeURIComponent(t)}`);
        const sample = (await probe(`${server.origin}${paths[0]}`)) as { phase?: string };
        if (typeof sample.phase !== 'string') {
          throw new Error(`the status check answered without a phase: ${JSON.stringify(sample)}`);
        }
        await probe(`${server.origin}/api/health`);
        if (wanted('status')) {
          const hot = paths.slice(0, tokenCount);
          targets.push({ target: 'status', server, paths: hot, rotation: 'per-connection' });
        }
        if (wanted('status-cold')) {
          const cold = paths.slice(0, coldCount);
          targets.push({ target: 'status-cold', server, paths: cold, rotation: 'shared' });
        }
        if (wanted('health')) {
          targets.push({
            target: 'health',
            server,
            paths: ['/api/health'],
            rotation: 'per-connection',
          });
        }
        ctx.out(`   Wobdesk API: pid ${server.pid}, ${server.origin}; ${status.describe}\n`);
      }
      for (let round = 1; round <= rounds; round++) {
        for (const t of targets) {
          const run = {
            target: t.target,
            round,
            ...(await measureTarget(ctx, t, settings)),
          };
          runs.push(run);
          const s = run.summary;
          ctx.out(
            `   round ${round} ${t.target.padEnd(11)} ${grouped(s.requestsPerSec).padStart(7)} req/s, ` +
              `p50 ${ms(s.latencyP50)} ms, p99 ${ms(s.latencyP99)} ms, ` +
              `${s.errors + s.timeouts} errors, ${s.non2xx} non-2xx, ` +
              `server CPU ${Math.round(run.serverCpu * 100)} % = ${run.serverMicrosPerRequest.toFixed(0)} µs/request` +
              (t.target === 'bare' ? '\n' : `, ${run.sqlPerRequest.toFixed(2)} SQL/request\n`),
          );
        }
      }
    } finally {
      for (const cleanup of cleanups.reverse()) await cleanup();
    }

    const ratio = statusRatio(runs);
    const perRound = Array.from({ length: rounds }, (_, k) =>
      statusRatio(runs.filter((r) => r.round === k + 1)),
    ).filter((x): x is number => x !== undefined);
    const statusCpu = cpuRatio(runs);
    const clean = runs.every((r) => r.summary.non2xx === 0 && r.summary.errors === 0);
    const lines: string[] = [];
    const sqlPerRequest = (target: HttpTarget) =>
      meanOf(runs, target, (r) => r.sqlPerRequest)?.toFixed(2);
    for (const target of ['status-cold', 'health'] as const) {
      const r = statusRatio(runs, target);
      if (r === undefined) continue;
      lines.push(
        `${target}/bare = ${r.toFixed(2)}× by req/s, ${cpuRatio(runs, target)?.toFixed(2)}× by server CPU per request (no target; ${sqlPerRequest(target)} SQL/request)`,
      );
    }
    const checks =
      ratio === undefined
        ? []
        : [
            {
              name: 'http/status',
              summary:
                `status/bare = ${ratio.toFixed(2)}× by req/s (target ≥ ${STATUS_TARGET_RATIO.toFixed(2)}×; per round ${perRound.map((x) => x.toFixed(2)).join(', ')}); ` +
                `${statusCpu?.toFixed(2)}× by server CPU per request; ${sqlPerRequest('status')} SQL/request` +
                (clean ? '' : '; some responses were errors or non-2xx'),
              met: ratio >= STATUS_TARGET_RATIO && clean,
            },
          ];
    lines.push(...checks.map((c) => c.summary));
    return {
      table: httpTable(runs) + lines.map((l) => `${l}\n`).join(''),
      checks,
      data: { settings, rounds, tokenCount, coldCount, runs, ratio, cpuRatio: statusCpu },
    };
  },
};

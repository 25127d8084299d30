// Benchmark section "list": latency of the clerks' list/search (`GET /api/requests`) with
// 100,000 stored requests, over HTTP with a logged-in clerk, and the query plans behind it.
//
// The data: two organisations (60 % / 40 %), requests received over the last seven years, each a
// sequence of domain events folded by the domain and projected by persistence (list-data.ts),
// inserted in bulk through TypeORM's query builder in transactions of BATCH requests, in a child
// process (datasets.ts) — not through the HTTP API, which would take hours. The API then runs in
// a child process on that file (as in the http section) and this process sends one request at a
// time, so each figure is the latency of one list call on an otherwise idle server.
import { performance } from 'node:perf_hooks';
import { amsterdamDateOf, type LocalDate } from '@wobdesk/domain';
import { dataSourceOptions } from '@wobdesk/persistence';
import { DataSource } from 'typeorm';
import { type ChildServer, startChildServer } from './child-server.js';
import { BATCH, MAIN_ORG_SHARE, runDatasetTask } from './datasets.js';
import { grouped, quantile, textTable } from './harness.js';
import { TimedClient } from './http-client.js';
import type { CapturedQuery } from './http-server.js';
import { intOption, UsageError } from './options.js';
import { startPgCluster } from '../support/pg-cluster.js';
import {
  formatPlan,
  type PgPlanNode,
  pgPlanRows,
  planFindings,
  type PlanRow,
} from './query-plan.js';
import type {
  AsyncBenchmark,
  AsyncRunContext,
  AsyncSectionResult,
  TargetCheck,
} from './registry.js';
import { type BenchDatabase, createBenchDatabase, login, targetOf } from './wobdesk-fixture.js';

/** The issue's target: p95 latency of each list/search query below this many milliseconds. */
export const LIST_P95_TARGET_MS = 50;
export const LIST_DEFAULTS = { rows: 100_000, iterations: 60, warmup: 5 } as const;

/** What a query kind's variants can depend on. */
export interface QueryContext {
  readonly today: LocalDate;
  /** The clerks of the organisation the queries run in. */
  readonly clerkIds: readonly string[];
}

export interface QueryKind {
  readonly name: string;
  readonly description: string;
  /** Query strings (without `?`); the iterations cycle through them. */
  variants(ctx: QueryContext): string[];
}

const byDeadline = 'sort=decisionDeadline&order=asc';

export const LIST_QUERY_KINDS: readonly QueryKind[] = [
  {
    name: 'list/default',
    description: 'all requests, sorted by decision deadline, page 1 of 25',
    variants: () => [byDeadline],
  },
  {
    name: 'list/phase',
    description: 'one or more phases (open, acknowledged, objection window, closed)',
    variants: () => [
      `phase=received,acknowledged,conversation_held&${byDeadline}`,
      `phase=acknowledged&${byDeadline}`,
      `phase=objection_window&${byDeadline}`,
      `phase=closed&${byDeadline}`,
    ],
  },
  {
    name: 'list/overdue',
    description: 'overdue=true (undecided, past the stored deadline)',
    variants: () => [`overdue=true&${byDeadline}`],
  },
  {
    name: 'list/due-7',
    description: 'dueWithinDays=7',
    variants: () => [`dueWithinDays=7&${byDeadline}`],
  },
  {
    name: 'list/assignee',
    description: "one clerk's requests (cycling over the clerks)",
    variants: (ctx) => ctx.clerkIds.map((id) => `assigneeId=${id}&${byDeadline}`),
  },
  {
    name: 'list/regime',
    description: 'regime=wob / regime=woo',
    variants: () => [`regime=wob&${byDeadline}`, `regime=woo&${byDeadline}`],
  },
  {
    name: 'list/received',
    description: 'received in one quarter (receivedFrom/receivedTo), sorted by receipt date',
    variants: (ctx) =>
      [1, 2, 3, 4].map((back) => {
        const year = ctx.today.year - back;
        const q = (back % 4) * 3 + 1;
        const from = `${year}-${String(q).padStart(2, '0')}-01`;
        const to = `${year}-${String(q + 2).padStart(2, '0')}-${q + 2 === 6 || q + 2 === 9 ? 30 : 31}`;
        return `receivedFrom=${from}&receivedTo=${to}&sort=receivedOn&order=desc`;
      }),
  },
  {
    name: 'list/text',
    description: 'text in subject or requester name (windpark, jansen, stikstof, open state)',
    variants: () => ['windpark', 'jansen', 'stikstof', 'open%20state'].map((t) => `text=${t}`),
  },
  {
    name: 'list/page-100',
    description: 'page 100 of 25, sorted by decision deadline',
    variants: () => [`page=100&pageSize=25&${byDeadline}`],
  },
  {
    name: 'list/combined',
    description: 'open phases + assignee + dueWithinDays=14',
    variants: (ctx) =>
      ctx.clerkIds
        .slice(0, 4)
        .map(
          (id) =>
            `phase=received,acknowledged,conversation_held&assigneeId=${id}&dueWithinDays=14&${byDeadline}`,
        ),
  },
];

export interface VariantResult {
  /** The query string. */
  readonly query: string;
  /** `total` of the page: how many requests the filter matches. */
  readonly total: number;
  readonly samples: number;
  readonly p50: number;
  readonly p95: number;
  /** The SQL of one call (authentication excluded), with plan and direct timing. */
  readonly statements: readonly StatementReport[];
}

export interface KindResult {
  readonly name: string;
  readonly description: string;
  /** Over all calls of all variants. */
  readonly samples: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly mean: number;
  readonly variants: readonly VariantResult[];
}

export interface StatementReport {
  readonly sql: string;
  readonly parameters: readonly unknown[];
  readonly plan: readonly PlanRow[];
  /** Median ms of running the statement directly (better-sqlite3 via TypeORM, this process). */
  readonly directMs: number;
}

interface Timing {
  readonly kind: QueryKind;
  readonly variants: string[];
  /** Per variant: milliseconds of each measured call. */
  readonly ms: number[][];
  readonly totals: number[];
}

/** Statements of the clerk's authentication (session and user lookups), reported once. */
function isAuthStatement(sql: string): boolean {
  return /FROM "(session|user_account)"/.test(sql) && !/FROM "request"/.test(sql);
}

async function timeQueries(
  client: TimedClient,
  kinds: readonly QueryKind[],
  qctx: QueryContext,
  iterations: number,
  warmup: number,
): Promise<Timing[]> {
  const timings: Timing[] = kinds.map((kind) => {
    const variants = kind.variants(qctx);
    return { kind, variants, ms: variants.map(() => []), totals: variants.map(() => 0) };
  });
  // Warm-up (also checks that every variant answers 200, and records its total).
  for (const t of timings) {
    for (const [v, query] of t.variants.entries()) {
      for (let k = 0; k < Math.max(1, Math.ceil(warmup / t.variants.length)); k++) {
        const page = await client.json<{ total: number }>('GET', `/api/requests?${query}`);
        t.totals[v] = page.total;
      }
    }
  }
  // Measured: round robin over the kinds, so that noise spreads over all of them.
  for (let i = 0; i < iterations; i++) {
    for (const t of timings) {
      const v = i % t.variants.length;
      const res = await client.send('GET', `/api/requests?${t.variants[v]}`);
      if (res.status !== 200) {
        throw new Error(
          `GET /api/requests?${t.variants[v]} → ${res.status}: ${res.body.slice(0, 300)}`,
        );
      }
      t.ms[v].push(res.ms);
    }
  }
  return timings;
}

/**
 * Runs each variant once more with the server recording its SQL, then EXPLAINs and times every
 * statement directly on a separate connection of this process.
 */
async function explainVariants(
  db: BenchDatabase,
  server: ChildServer,
  client: TimedClient,
  timings: readonly Timing[],
): Promise<{ byVariant: Map<string, StatementReport[]>; auth: StatementReport[] }> {
  const captured = new Map<string, CapturedQuery[]>();
  for (const t of timings) {
    for (const query of t.variants) {
      await server.startCapture();
      await client.json('GET', `/api/requests?${query}`);
      captured.set(query, await server.stopCapture());
    }
  }
  const ds = await new DataSource(dataSourceOptions(db.config.database)).initialize();
  try {
    const report = async (q: CapturedQuery): Promise<StatementReport> => {
      const plan = await explain(ds, q);
      const runs: number[] = [];
      for (let k = 0; k < 7; k++) {
        const t0 = performance.now();
        await ds.query(q.sql, [...q.parameters]);
        runs.push(performance.now() - t0);
      }
      runs.sort((a, b) => a - b);
      return { sql: q.sql, parameters: q.parameters, plan, directMs: quantile(runs, 0.5) };
    };
    const byVariant = new Map<string, StatementReport[]>();
    const auth: StatementReport[] = [];
    for (const [query, statements] of captured) {
      const selects = statements.filter((q) => /^\s*SELECT/i.test(q.sql));
      if (auth.length === 0) {
        for (const q of selects.filter((q) => isAuthStatement(q.sql))) auth.push(await report(q));
      }
      const list: StatementReport[] = [];
      for (const q of selects.filter((q) => !isAuthStatement(q.sql))) list.push(await report(q));
      byVariant.set(query, list);
    }
    return { byVariant, auth };
  } finally {
    await ds.destroy();
  }
}

/** The plan as rows: SQLite's EXPLAIN QUERY PLAN, or PostgreSQL's JSON plan as the same rows. */
async function explain(ds: DataSource, q: CapturedQuery): Promise<PlanRow[]> {
  if (ds.options.type !== 'postgres') {
    return (await ds.query(`EXPLAIN QUERY PLAN ${q.sql}`, [...q.parameters])) as PlanRow[];
  }
  const rows = (await ds.query(`EXPLAIN (FORMAT JSON) ${q.sql}`, [...q.parameters])) as {
    'QUERY PLAN': { Plan: PgPlanNode }[];
  }[];
  return pgPlanRows(rows[0]['QUERY PLAN'][0].Plan);
}

function fmt(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}

function sqlMs(v: VariantResult): number {
  return v.statements.reduce((s, x) => s + x.directMs, 0);
}

/** "no full scan, 1 temp b-tree" for the statements of every variant of a kind. */
function planSummary(r: KindResult): string {
  const seen = new Set<string>();
  const findings = r.variants
    .flatMap((v) => v.statements)
    .filter((s) => !seen.has(s.sql) && seen.add(s.sql))
    .flatMap((s) => planFindings(s.plan));
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  return [
    count('full-scan') ? `${count('full-scan')} FULL SCAN` : 'no full scan',
    ...(count('index-scan') ? [`${count('index-scan')} whole-index`] : []),
    ...(count('sort') ? [`${count('sort')} sort`] : []),
  ].join(', ');
}

export function listTable(results: readonly KindResult[]): string {
  return textTable(
    ['case', 'matches', 'p50 ms', 'p95 ms', 'max ms', 'slowest SQL ms', 'target', 'plan'],
    results.map((r) => [
      r.name,
      r.variants.map((v) => grouped(v.total)).join('/'),
      fmt(r.p50),
      fmt(r.p95),
      fmt(r.max),
      fmt(Math.max(...r.variants.map(sqlMs))),
      r.p95 < LIST_P95_TARGET_MS ? `ok < ${LIST_P95_TARGET_MS}` : `ABOVE ${LIST_P95_TARGET_MS}`,
      planSummary(r),
    ]),
    new Set([2, 3, 4, 5]),
  );
}

/** `SELECT "r"."id" AS "r_id", … FROM` → `SELECT <11 columns of r> FROM`: the rest is the point. */
export function abbreviated(sql: string): string {
  return sql.replace(/^SELECT (.+?) FROM "(\w+)" "(\w+)"/, (whole, list: string, table, alias) => {
    const columns = list.split(/,\s*(?=")/).length;
    return columns > 4
      ? `SELECT <${columns} columns of ${alias}> FROM "${table}" "${alias}"`
      : whole;
  });
}

function formatParameters(parameters: readonly unknown[]): string {
  return parameters.map((p) => (typeof p === 'string' ? `'${p}'` : String(p))).join(', ');
}

function kindResult(t: Timing, byVariant: ReadonlyMap<string, StatementReport[]>): KindResult {
  const all = t.ms.flat().sort((a, b) => a - b);
  return {
    name: t.kind.name,
    description: t.kind.description,
    samples: all.length,
    p50: quantile(all, 0.5),
    p95: quantile(all, 0.95),
    max: all[all.length - 1],
    mean: all.reduce((a, b) => a + b, 0) / all.length,
    variants: t.variants.map((query, v) => {
      const ms = [...t.ms[v]].sort((a, b) => a - b);
      return {
        query,
        total: t.totals[v],
        samples: ms.length,
        p50: quantile(ms, 0.5),
        p95: quantile(ms, 0.95),
        statements: byVariant.get(query) ?? [],
      };
    }),
  };
}

/** The plans, each distinct statement once per kind, with the variants that ran it. */
function reportPlans(
  results: readonly KindResult[],
  auth: readonly StatementReport[],
  explainName: string,
): string {
  const lines: string[] = [
    '',
    `   Query plans: ${explainName} of the SQL the API ran for each variant (each distinct statement once;`,
    '   [direct ms] = the statement run alone on a second connection, median of 7):',
  ];
  if (auth.length > 0) {
    lines.push('   every authenticated call first runs (session and user lookup):');
    for (const s of auth) lines.push(`    ${abbreviated(s.sql)}`, formatPlan(s.plan, s.sql));
  }
  for (const r of results) {
    lines.push('', `   ${r.name}`);
    const printed = new Set<string>();
    for (const v of r.variants) {
      for (const s of v.statements) {
        const key = `${s.sql}\n${s.plan.map((row) => row.detail).join('\n')}`;
        if (printed.has(key)) continue;
        printed.add(key);
        lines.push(
          `    [${fmt(s.directMs)} ms direct] ${abbreviated(s.sql)}`,
          `      -- parameters (?${v.query}): ${formatParameters(s.parameters)}`,
          formatPlan(s.plan, s.sql),
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

export const listBenchmark: AsyncBenchmark = {
  kind: 'async',
  name: 'list',
  title: `List/search latency over stored requests (default ${grouped(LIST_DEFAULTS.rows)}; GET /api/requests, logged-in clerk)`,
  notes: [
    `Data: ${grouped(LIST_DEFAULTS.rows)} requests (--rows) over 2 organisations (${MAIN_ORG_SHARE * 100} % / ${100 - MAIN_ORG_SHARE * 100} %), received over the last 7 years,`,
    'each a sequence of domain events (acknowledged, conversation, clarification, extension, decision, sending,',
    'objection, closing, withdrawal, forwarding; events after today dropped) folded by foldEvents and projected',
    `by projectRequestState; 1–3 items each. Inserted with the query builder in transactions of ${grouped(BATCH)} requests.`,
    'The API runs in a child process on that file; the clerk of the larger organisation sends one request at a',
    `time (keep-alive). Per kind: ${LIST_DEFAULTS.warmup} warm-up calls, then ${LIST_DEFAULTS.iterations} calls (--list-iterations), kinds interleaved,`,
    'variants cycled. Latency = request sent → whole body read. SQL ms = the statements of one call run directly.',
    `Target: p95 < ${LIST_P95_TARGET_MS} ms for every kind; plans must not scan the request table in full.`,
    'The same data and calls again on PostgreSQL (a throwaway cluster of the installed server, fsync off, the same',
    'migrations), side by side with SQLite; its plans by EXPLAIN (FORMAT JSON): no Seq Scan on request, request_item',
    'or request_event.',
  ],
  cases: LIST_QUERY_KINDS.map((k) => ({ name: k.name, description: k.description })),
  flags: {
    rows: `requests in the list benchmark's database (default ${grouped(LIST_DEFAULTS.rows)})`,
    'list-iterations': `measured calls per list query kind (default ${LIST_DEFAULTS.iterations})`,
    'keep-db': 'yes: keep the list benchmark SQLite database and print its path',
    databases:
      'sqlite, postgres or sqlite,postgres (default): where to measure; PostgreSQL on a throwaway cluster the section starts',
    analyze:
      'yes: run ANALYZE on the list database before measuring (the app runs a full ANALYZE after migrations and when it opens the database)',
  },
  async run(ctx): Promise<AsyncSectionResult> {
    const rows = intOption(ctx.options, 'rows', LIST_DEFAULTS.rows, 100);
    const iterations = intOption(ctx.options, 'list-iterations', LIST_DEFAULTS.iterations);
    const settings: RunSettings = {
      rows,
      iterations,
      keep: ctx.options['keep-db'] === 'yes',
      analyze: ctx.options.analyze === 'yes',
      kinds: LIST_QUERY_KINDS.filter((k) => ctx.selected.includes(k.name)),
      today: amsterdamDateOf(new Date()),
    };
    const databases = databasesOption(ctx.options.databases);
    const measured: DatabaseRun[] = [];
    if (databases.includes('sqlite')) {
      ctx.out('   SQLite:\n');
      measured.push(await measureOn('SQLite', ctx, settings, await createBenchDatabase('list')));
    }
    if (databases.includes('postgres')) {
      ctx.out('   PostgreSQL (a throwaway cluster of its own, fsync off):\n');
      const cluster = await startPgCluster();
      try {
        const db = await createBenchDatabase('list', { pgAdminUrl: cluster.url('postgres') });
        measured.push(await measureOn('PostgreSQL', ctx, settings, db));
      } finally {
        await cluster.stop();
      }
    }
    const checks: TargetCheck[] = settings.kinds.map((kind) => {
      const per = measured.map((m) => ({ m, r: m.results.find((r) => r.name === kind.name)! }));
      const scans = per.flatMap(({ m, r }) =>
        [
          ...new Set(
            r.variants
              .flatMap((v) => v.statements)
              .flatMap((s) => planFindings(s.plan, s.sql))
              .filter((f) => f.severity === 'full-scan')
              .map((f) => f.detail),
          ),
        ].map((d) => `${m.label}: ${d}`),
      );
      const figures = per.map(({ m, r }) => `${m.label} p95 ${fmt(r.p95)} ms`).join(', ');
      return {
        name: kind.name,
        summary: `${kind.name}: ${figures} (target < ${LIST_P95_TARGET_MS} ms)${scans.length ? `; FULL SCAN: ${scans.join('; ')}` : ''}`,
        met: per.every(({ r }) => r.p95 < LIST_P95_TARGET_MS) && scans.length === 0,
      };
    });
    return {
      table: [
        ...(measured.length === 2
          ? [`Side by side:\n${sideBySideTable(measured[0], measured[1])}`]
          : []),
        ...measured.map((m) => `${m.label}: ${m.heading}\n${listTable(m.results)}`),
      ].join('\n'),
      checks,
      data: Object.fromEntries(measured.map((m) => [m.label, m.data])),
    };
  },
};

interface RunSettings {
  readonly rows: number;
  readonly iterations: number;
  readonly keep: boolean;
  readonly analyze: boolean;
  readonly kinds: readonly QueryKind[];
  readonly today: LocalDate;
}

interface DatabaseRun {
  readonly label: 'SQLite' | 'PostgreSQL';
  readonly results: readonly KindResult[];
  /** The data and build time, above the database's table. */
  readonly heading: string;
  readonly data: unknown;
}

const DATABASES = ['sqlite', 'postgres'] as const;

/** `--databases sqlite,postgres` (the default): which databases the section measures. */
function databasesOption(raw: string | undefined): readonly string[] {
  if (raw === undefined) return DATABASES;
  const names = raw.split(',').map((n) => n.trim());
  if (names.length === 0 || names.some((n) => !(DATABASES as readonly string[]).includes(n))) {
    throw new UsageError(`--databases ${raw}: give sqlite, postgres or sqlite,postgres`);
  }
  return names;
}

/** p95 per kind on both databases and PostgreSQL's time as a multiple of SQLite's. */
export function sideBySideTable(sqlite: DatabaseRun, postgres: DatabaseRun): string {
  return textTable(
    ['case', 'SQLite p95 ms', 'PostgreSQL p95 ms', 'PG / SQLite', 'target', 'PostgreSQL plan'],
    sqlite.results.map((a) => {
      const b = postgres.results.find((r) => r.name === a.name)!;
      const met = a.p95 < LIST_P95_TARGET_MS && b.p95 < LIST_P95_TARGET_MS;
      return [
        a.name,
        fmt(a.p95),
        fmt(b.p95),
        `${(b.p95 / a.p95).toFixed(2)}×`,
        met ? `ok < ${LIST_P95_TARGET_MS}` : `ABOVE ${LIST_P95_TARGET_MS}`,
        planSummary(b),
      ];
    }),
    new Set([1, 2, 3]),
  );
}

/** One database's measurement: load the data, time the kinds over HTTP, explain the SQL. */
async function measureOn(
  label: DatabaseRun['label'],
  ctx: AsyncRunContext,
  settings: RunSettings,
  db: BenchDatabase,
): Promise<DatabaseRun> {
  const { rows, iterations, keep, analyze, kinds, today } = settings;
  let server: ChildServer | undefined;
  let client: TimedClient | undefined;
  try {
    ctx.out(`   database ${db.path}; today ${today.toString()}\n`);
    const built = await runDatasetTask(
      { kind: 'list', target: targetOf(db), rows, today: today.toString() },
      ctx.out,
    );
    ctx.out(
      `   built in ${built.seconds.toFixed(1)} s; the clerk's organisation holds ${grouped(built.mainCount)} requests: ` +
        Object.entries(built.phaseCounts)
          .map(([p, n]) => `${p} ${grouped(n)}`)
          .join(', ') +
        '\n',
    );
    if (db.config.database.type === 'postgres') {
      // A bulk load leaves PostgreSQL's visibility map unset until autovacuum comes by, so an
      // index-only count would visit every row: measure the steady state a running server is in.
      const ds = await new DataSource(dataSourceOptions(db.config.database)).initialize();
      const t0 = performance.now();
      await ds.query('VACUUM ANALYZE');
      await ds.destroy();
      ctx.out(`   VACUUM ANALYZE after the load: ${(performance.now() - t0).toFixed(0)} ms\n`);
    }
    if (analyze) {
      // What-if: statistics for the query planner (sqlite_stat1), as `PRAGMA optimize` or a
      // scheduled ANALYZE would keep them. The API runs ANALYZE when it opens the database.
      const ds = await new DataSource(dataSourceOptions(db.config.database)).initialize();
      const t0 = performance.now();
      await ds.query('ANALYZE');
      await ds.destroy();
      ctx.out(`   ANALYZE (--analyze yes): ${(performance.now() - t0).toFixed(0)} ms\n`);
    }
    server = await startChildServer('wobdesk', { env: db.env });
    const token = await login(server.origin, db.credentials);
    client = new TimedClient(server.origin, { authorization: `Bearer ${token}` });
    const qctx: QueryContext = { today, clerkIds: built.clerkIds };
    const all = await client.json<{ total: number }>('GET', '/api/requests');
    if (all.total !== built.mainCount) {
      throw new Error(`the API lists ${all.total} requests, the data has ${built.mainCount}`);
    }
    const timings = await timeQueries(client, kinds, qctx, iterations, LIST_DEFAULTS.warmup);
    const { byVariant, auth } = await explainVariants(db, server, client, timings);
    const results = timings.map((t) => kindResult(t, byVariant));
    for (const r of results) {
      ctx.out(
        `   ${r.name.padEnd(14)} p50 ${fmt(r.p50).padStart(6)} ms, p95 ${fmt(r.p95).padStart(6)} ms, max ${fmt(r.max).padStart(6)} ms (${r.samples} calls) — ${r.description}\n`,
      );
      if (r.variants.length > 1) {
        for (const v of r.variants) {
          ctx.out(
            `      ?${v.query}: ${grouped(v.total)} matches, p50 ${fmt(v.p50)} ms, p95 ${fmt(v.p95)} ms, SQL ${fmt(sqlMs(v))} ms\n`,
          );
        }
      }
    }
    ctx.out(
      reportPlans(
        results,
        auth,
        label === 'PostgreSQL' ? 'EXPLAIN (FORMAT JSON)' : 'EXPLAIN QUERY PLAN',
      ),
    );
    return {
      label,
      results,
      heading: `${grouped(rows)} requests; clerk's organisation ${grouped(built.mainCount)}; ${iterations} calls per kind; build ${built.seconds.toFixed(1)} s${analyze ? '; ANALYZE run first (what-if)' : ''}`,
      data: {
        rows,
        mainCount: built.mainCount,
        phaseCounts: built.phaseCounts,
        buildSeconds: built.seconds,
        analyze,
        iterations,
        results,
      },
    };
  } finally {
    client?.close();
    await server?.stop();
    // A PostgreSQL database goes with its cluster, which the section stops.
    if (keep && label === 'SQLite') ctx.out(`   kept the database: ${db.path}\n`);
    else await db.remove();
  }
}

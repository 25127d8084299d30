// Keeps the async benchmark sections (http, list) wired without running them: no server, no
// autocannon, no 100,000 rows — only the registry, the pure helpers and a small sample of data.
import { foldEvents, LocalDate, REQUEST_PHASES } from '@wobdesk/domain';
import { projectRequestState } from '@wobdesk/persistence';
import { domainEventsOf } from '@wobdesk/register';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ListRequestsQueryDto } from '../../apps/api/src/requests/requests.dto.js';
import { benchCalendar } from './deadlines.bench.js';
import { quantile, textTable } from './harness.js';
import { cpuRatio, HTTP_CASES, httpTable, statusRatio, type HttpRun } from './http.bench.js';
import { generateRequest } from './list-data.js';
import { abbreviated, LIST_QUERY_KINDS, listBenchmark } from './list.bench.js';
import { summarise } from './load.js';
import { intOption, UsageError } from './options.js';
import { Prng } from './prng.js';
import { formatPlan, planFindings, tableAliases } from './query-plan.js';
import { BENCHMARKS, isAsync, SECTIONS } from './registry.js';
import { statusTokenHash } from './datasets.js';

describe('benchmark registry', () => {
  it('has the deadline, http and list sections, with unique case names', () => {
    expect(SECTIONS.map((s) => s.name)).toEqual(
      expect.arrayContaining(['deadlines', 'http', 'list']),
    );
    const names = SECTIONS.flatMap((s) => s.cases.map((c) => c.name));
    expect(new Set(names).size).toBe(names.length);
    for (const s of SECTIONS)
      for (const c of s.cases) expect(c.name.startsWith(`${s.name}/`)).toBe(true);
    expect(SECTIONS.filter(isAsync).map((s) => s.name)).toEqual(
      expect.arrayContaining(['http', 'list']),
    );
    expect(BENCHMARKS.map((b) => b.name)).toContain('deadlines');
    expect(BENCHMARKS.every((b) => !isAsync(b))).toBe(true);
  });

  it('names the http and list cases that --only selects', () => {
    expect(HTTP_CASES.map((c) => c.name)).toEqual([
      'http/bare',
      'http/status',
      'http/status-cold',
      'http/health',
    ]);
    expect(listBenchmark.cases.map((c) => c.name)).toEqual([
      'list/default',
      'list/phase',
      'list/overdue',
      'list/due-7',
      'list/assignee',
      'list/regime',
      'list/received',
      'list/text',
      'list/page-100',
      'list/combined',
    ]);
  });

  it('async sections declare distinct flags that do not clash with run.ts', () => {
    const flags = SECTIONS.filter(isAsync).flatMap((s) => Object.keys(s.flags));
    expect(new Set(flags).size).toBe(flags.length);
    for (const f of ['only', 'time', 'warmup', 'json']) expect(flags).not.toContain(f);
  });
});

describe('list query kinds', () => {
  const ctx = {
    today: LocalDate.parse('2026-11-25'),
    clerkIds: ['3f2c1e9a-8b7d-4c6e-9f1a-2b3c4d5e6f70', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'],
  };

  it.each(LIST_QUERY_KINDS.map((k) => [k.name, k] as const))(
    '%s: every variant is a valid GET /api/requests query',
    async (_name, kind) => {
      const variants = kind.variants(ctx);
      expect(variants.length).toBeGreaterThan(0);
      for (const v of variants) {
        const params = Object.fromEntries(new URLSearchParams(v));
        const dto = plainToInstance(ListRequestsQueryDto, params);
        const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
        expect({ v, errors: errors.map((e) => e.constraints) }).toEqual({ v, errors: [] });
      }
    },
  );
});

describe('list benchmark data', () => {
  const calendar = benchCalendar();
  const today = LocalDate.parse('2026-11-25');
  const org = { id: 'org-1', referencePrefix: 'B-', clerkIds: ['u1', 'u2'] };
  const rng = new Prng(99);
  const sample = Array.from({ length: 400 }, (_, k) =>
    generateRequest(rng, calendar, today, org, k + 1),
  );

  it('covers the phases, with nothing after today', () => {
    const phases = new Set(sample.map((g) => g.row.phase));
    expect(phases.has('closed')).toBe(true);
    expect(phases.has('acknowledged')).toBe(true);
    expect([...phases].every((p) => REQUEST_PHASES.includes(p))).toBe(true);
    for (const g of sample) {
      expect(g.row.receivedOn <= today.toString()).toBe(true);
      for (const e of g.events) expect(e.occurredOn <= today.toString()).toBe(true);
      expect(g.events.map((e) => e.sequence)).toEqual(g.events.map((_, k) => k + 1));
      expect(g.row.version).toBe(g.events.length);
    }
  });

  it('stores what re-folding the stored events gives (as the workflow reads them back)', () => {
    for (const g of sample) {
      const stored = g.events.map((e) => ({
        sequence: e.sequence,
        type: e.type,
        occurredOn: e.occurredOn,
        recordedAt: e.recordedAt,
        actorId: null,
        actorName: null,
        payload: JSON.parse(e.payload) as Record<string, unknown>,
      }));
      const state = foldEvents(domainEventsOf(stored), calendar)!;
      expect(projectRequestState(state)).toEqual(
        expect.objectContaining({
          phase: g.row.phase,
          decisionDeadline: g.row.decisionDeadline,
          objectionWindowEndsOn: g.row.objectionWindowEndsOn,
          decidedLate: g.row.decidedLate,
        }),
      );
    }
  });

  it('hashes status tokens as the API stores them (hex SHA-256)', () => {
    expect(statusTokenHash('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('http benchmark helpers', () => {
  const fakeResult = {
    url: 'http://127.0.0.1:1',
    connections: 50,
    pipelining: 1,
    duration: 5.01,
    samples: 5,
    start: new Date(0),
    finish: new Date(5000),
    errors: 0,
    timeouts: 0,
    mismatches: 0,
    non2xx: 2,
    resets: 0,
    '1xx': 0,
    '2xx': 998,
    '3xx': 0,
    '4xx': 2,
    '5xx': 0,
    statusCodeStats: { '200': { count: 998 }, '429': { count: 2 } },
    latency: {
      average: 1,
      mean: 1,
      stddev: 0,
      min: 0,
      max: 9,
      p50: 1,
      p90: 2,
      p97_5: 3,
      p99: 4,
      totalCount: 1000,
    },
    requests: {
      average: 200,
      mean: 200,
      stddev: 1,
      min: 190,
      max: 210,
      total: 1000,
      sent: 1050,
      p50: 200,
      p90: 209,
      p97_5: 210,
      p99: 210,
    },
    throughput: {
      average: 1,
      mean: 1,
      stddev: 0,
      min: 0,
      max: 0,
      total: 200_000,
      p50: 0,
      p90: 0,
      p97_5: 0,
      p99: 0,
    },
  };

  it('summarises an autocannon result', () => {
    const s = summarise(fakeResult);
    expect(s).toMatchObject({
      requestsPerSec: 200,
      total: 1000,
      latencyP50: 1,
      latencyP99: 4,
      non2xx: 2,
      statusCodes: { '200': 998, '429': 2 },
      bytesPerResponse: 200,
    });
  });

  it('computes the status/bare ratio from the means over the rounds', () => {
    const s = summarise(fakeResult);
    const run = (target: 'bare' | 'status', round: number, rps: number): HttpRun => ({
      target,
      round,
      summary: { ...s, requestsPerSec: rps },
      serverCpu: 0.99,
      serverMicrosPerRequest: 1e6 / rps,
      sqlPerRequest: target === 'bare' ? 0 : 2,
    });
    const runs = [
      run('bare', 1, 40_000),
      run('status', 1, 20_000),
      run('bare', 2, 60_000),
      run('status', 2, 40_000),
    ];
    expect(statusRatio(runs)).toBeCloseTo(30_000 / 50_000);
    // Mean of 1/40 000 and 1/60 000 s against the mean of 1/20 000 and 1/40 000 s.
    expect(cpuRatio(runs)).toBeCloseTo((1 / 40_000 + 1 / 60_000) / (1 / 20_000 + 1 / 40_000));
    expect(statusRatio(runs.filter((r) => r.target === 'bare'))).toBeUndefined();
    expect(httpTable(runs).split('\n')[2]).toMatch(/^http\/bare +1 +40 000 /);
  });
});

describe('query plans', () => {
  const plan = [
    {
      id: 2,
      parent: 0,
      detail: 'SEARCH r USING INDEX IDX_request_org_deadline (organisation_id=?)',
    },
    { id: 9, parent: 0, detail: 'USE TEMP B-TREE FOR RIGHT PART OF ORDER BY' },
    { id: 11, parent: 0, detail: 'SCAN request' },
    { id: 12, parent: 0, detail: 'SCAN r USING INDEX IDX_request_org_updated' },
    { id: 13, parent: 0, detail: 'SCAN CONSTANT ROW' },
  ];

  it('flags full scans, whole-index scans and temp b-trees', () => {
    expect(planFindings(plan)).toEqual([
      { severity: 'sort', detail: plan[1].detail },
      { severity: 'full-scan', detail: 'SCAN request' },
      { severity: 'index-scan', detail: plan[3].detail },
    ]);
  });

  it('indents the plan tree and marks full scans', () => {
    const text = formatPlan(
      [
        { id: 3, parent: 0, detail: 'CO-ROUTINE x' },
        { id: 5, parent: 3, detail: 'SCAN request' },
      ],
      undefined,
      '',
    );
    expect(text).toBe('CO-ROUTINE x\n  SCAN request  ⚠ FULL SCAN');
  });

  it("resolves TypeORM's table aliases", () => {
    const sql = 'SELECT COUNT(1) AS "cnt" FROM "request" "r" WHERE "r"."regime" = ?';
    expect(tableAliases(sql)).toEqual(new Map([['r', 'request']]));
    expect(planFindings([{ id: 2, parent: 0, detail: 'SCAN r' }], sql)).toEqual([
      { severity: 'full-scan', detail: 'SCAN r (request)' },
    ]);
    expect(
      planFindings([{ id: 2, parent: 0, detail: 'SCAN r USING COVERING INDEX IDX_x' }], sql),
    ).toEqual([{ severity: 'index-scan', detail: 'SCAN r (request) USING COVERING INDEX IDX_x' }]);
    expect(
      formatPlan([{ id: 2, parent: 0, detail: 'SEARCH r USING INDEX IDX_y (a=?)' }], sql, ''),
    ).toBe('SEARCH r (request) USING INDEX IDX_y (a=?)');
  });
});

describe('small helpers', () => {
  it('abbreviates long select lists only', () => {
    const cols = ['id', 'a', 'b', 'c', 'd'].map((c) => `"r"."${c}" AS "r_${c}"`).join(', ');
    expect(abbreviated(`SELECT ${cols} FROM "request" "r" WHERE "r"."x" = ?`)).toBe(
      'SELECT <5 columns of r> FROM "request" "r" WHERE "r"."x" = ?',
    );
    const short = 'SELECT COUNT(1) AS "cnt" FROM "request" "r" WHERE "r"."x" = ?';
    expect(abbreviated(short)).toBe(short);
  });

  it('quantile is nearest-rank', () => {
    const xs = Array.from({ length: 40 }, (_, k) => k + 1);
    expect(quantile(xs, 0.95)).toBe(38);
    expect(quantile(xs, 0.5)).toBe(20);
    expect(quantile([7], 0.95)).toBe(7);
  });

  it('textTable aligns numeric columns right', () => {
    expect(
      textTable(
        ['a', 'n'],
        [
          ['x', '1'],
          ['yy', '100'],
        ],
        new Set([1]),
      ),
    ).toBe('a     n\n--  ---\nx     1\nyy  100\n');
  });

  it('intOption refuses what is not a whole number', () => {
    expect(intOption({ rows: '500' }, 'rows', 1)).toBe(500);
    expect(intOption({}, 'rows', 7)).toBe(7);
    expect(() => intOption({ rows: '1.5' }, 'rows', 1)).toThrow(UsageError);
  });
});

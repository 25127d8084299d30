// The management report's SQL against SQLite's query planner: every statement the report runs
// (stream pages, step counts, outcomes and grounds) is captured as it runs and explained, and
// each must stay inside its index. A whole-organisation report over 100,000 requests is only
// under a second when no statement reads a table row by row.
import { jest } from '@jest/globals';
import { LocalDate, type ReportPeriod } from '@wobdesk/domain';
import { ManagementReportRepository, UnitOfWork } from '@wobdesk/persistence';
import { CalendarSource } from '@wobdesk/register';
import { ManagementReports } from '../../apps/api/src/reports/management-reports.service.js';
import { insertRequests } from '../bench/datasets.js';
import { Prng } from '../bench/prng.js';
import { type PlanRow, planFindings } from '../bench/query-plan.js';
import { reportRequest } from '../support/report-data.js';
import { createWorkflowContext, type WorkflowContext } from '../support/workflow-context.js';

const TODAY = '2026-11-25';
const ALL_YEARS: ReportPeriod = { from: LocalDate.parse('2019-11-26'), to: LocalDate.parse(TODAY) };

describe('the management report query plans', () => {
  let ctx: WorkflowContext;
  let reports: ManagementReports;
  let org: string;

  beforeAll(async () => {
    ctx = await createWorkflowContext(TODAY);
    org = await ctx.newOrganisation('Gemeente Planstad', 'PLN-');
    const other = await ctx.newOrganisation('Gemeente Elders', 'ELD-');
    const calendar = await ctx.module.get(CalendarSource).get();
    const rng = new Prng(20261203);
    const today = LocalDate.parse(TODAY);
    const of = (id: string, prefix: string, count: number) =>
      Array.from({ length: count }, (_, n) =>
        reportRequest(rng, calendar, today, { id, referencePrefix: prefix, clerkIds: [] }, n + 1),
      );
    const generated = [...of(org, 'PLN-', 300), ...of(other, 'ELD-', 300)];
    await ctx.dataSource.transaction((em) => insertRequests(em, generated));
    // The planner's statistics, as the migrate step leaves them on a real database.
    await ctx.dataSource.query('ANALYZE');
    reports = new ManagementReports(
      new ManagementReportRepository(ctx.dataSource),
      ctx.module.get(UnitOfWork),
      ctx.module.get(CalendarSource),
    );
  });

  afterAll(() => ctx.close());

  /** Every SELECT the report ran, with the plan SQLite chose for it. */
  async function reportPlans(): Promise<{ sql: string; plan: string; rows: PlanRow[] }[]> {
    const spy = jest.spyOn(ctx.dataSource.logger, 'logQuery');
    let calls: [string, unknown[] | undefined][];
    try {
      await reports.build(org, ALL_YEARS);
    } finally {
      // Restoring forgets the calls: keep them first.
      calls = spy.mock.calls.map(([sql, params]) => [sql, Array.isArray(params) ? params : []]);
      spy.mockRestore();
    }
    const statements = calls
      .map(([sql, params]) => ({ sql, params: params ?? [] }))
      .filter(({ sql }) => /^\s*SELECT/i.test(sql));
    const plans = [];
    for (const { sql, params } of statements) {
      const rows: PlanRow[] = await ctx.dataSource.query(`EXPLAIN QUERY PLAN ${sql}`, params);
      plans.push({ sql, rows, plan: rows.map((r) => r.detail).join('; ') });
    }
    return plans;
  }

  it('reads no table row by row', async () => {
    const plans = await reportPlans();
    expect(plans.length).toBeGreaterThanOrEqual(4);
    for (const { sql, rows, plan } of plans) {
      expect({
        sql,
        plan,
        fullScans: planFindings(rows, sql).filter((f) => f.severity !== 'sort'),
      }).toEqual({
        sql,
        plan,
        fullScans: [],
      });
    }
  });

  it('streams the requests from the received-on index alone', async () => {
    const stream = (await reportPlans()).filter(({ sql }) => /"ended"/.test(sql));
    expect(stream.length).toBeGreaterThan(0);
    for (const { plan } of stream) {
      expect(plan).toMatch(
        /^SEARCH request USING COVERING INDEX IDX_request_org_received \(organisation_id=\? AND received_on<\?\)$/,
      );
    }
  });

  it('counts the steps by one seek into the organisation’s events', async () => {
    const [steps] = (await reportPlans()).filter(({ sql }) => /FROM "request_event"/.test(sql));
    expect(steps?.plan).toMatch(
      /SEARCH e USING INDEX IDX_request_event_org_type_date \(organisation_id=\? AND type=\? AND occurred_on>\? AND occurred_on<\?\)/,
    );
    expect(steps?.plan).not.toMatch(/request\b(?!_event)/);
  });

  it('finds the decided requests’ items and documents from the decided-on index alone', async () => {
    const joins = (await reportPlans()).filter(({ sql }) => /"decided_on" BETWEEN/.test(sql));
    expect(joins).toHaveLength(2);
    for (const { plan } of joins) {
      expect(plan).toMatch(
        /SEARCH r USING COVERING INDEX IDX_request_org_decided \(organisation_id=\? AND decided_on>\? AND decided_on<\?\)/,
      );
    }
  });

  it('gives every stored event its request’s organisation', async () => {
    const [{ n }] = await ctx.dataSource.query(
      `SELECT COUNT(*) AS n FROM "request_event" "e" JOIN "request" "r" ON "r"."id" = "e"."request_id"
       WHERE "e"."organisation_id" IS NULL OR "e"."organisation_id" <> "r"."organisation_id"`,
    );
    expect(Number(n)).toBe(0);
  });
});

// The statements of the request list, the management report and the reminder sweep, each asked
// of the database's own planner (SQLite or PostgreSQL, test/support/table-scans.ts): none may
// read the requests or their events row by row. They are captured as the services run them, so a
// changed query is checked as it is, not as this file remembers it.
import { jest } from '@jest/globals';
import { LocalDate, type ReportPeriod } from '@wobdesk/domain';
import { ManagementReportRepository, UnitOfWork } from '@wobdesk/persistence';
import { CalendarSource } from '@wobdesk/register';
import type { Actor } from '@wobdesk/register';
import type { DataSource } from 'typeorm';
import { ManagementReports } from '../../apps/api/src/reports/management-reports.service.js';
import { insertRequests } from '../bench/datasets.js';
import { Prng } from '../bench/prng.js';
import { createReminderContext, type ReminderContext } from '../support/reminder-context.js';
import { reportRequest } from '../support/report-data.js';
import { pgPlanNodes, tableScans } from '../support/table-scans.js';

const TODAY = '2026-11-25';
const ALL_YEARS: ReportPeriod = { from: LocalDate.parse('2019-11-26'), to: LocalDate.parse(TODAY) };
/** The tables that grow with the register; the rest (organisations, users) stay small. */
const LARGE_TABLES = ['request', 'request_event'];

/** Every SELECT that `work` ran, with its parameters. */
async function selectsOf(
  dataSource: DataSource,
  work: () => Promise<unknown>,
): Promise<{ sql: string; parameters: unknown[] }[]> {
  const spy = jest.spyOn(dataSource.logger, 'logQuery');
  let calls: [string, unknown][];
  try {
    await work();
  } finally {
    // Restoring forgets the calls: keep them first.
    calls = spy.mock.calls.map(([sql, parameters]) => [sql, parameters]);
    spy.mockRestore();
  }
  return calls
    .filter(([sql]) => /^\s*SELECT/i.test(sql) && /"?request(_event)?"?/.test(sql))
    .map(([sql, parameters]) => ({ sql, parameters: Array.isArray(parameters) ? parameters : [] }));
}

/** The statements among `statements` that read a large table row by row, with the tables. */
async function rowByRow(
  dataSource: DataSource,
  statements: { sql: string; parameters: unknown[] }[],
) {
  const found = [];
  for (const { sql, parameters } of statements) {
    const scans = (await tableScans(dataSource, sql, parameters)).filter((t) =>
      LARGE_TABLES.includes(t),
    );
    if (scans.length > 0) found.push({ sql, scans });
  }
  return found;
}

describe('query plans of the list, the report and the sweep', () => {
  let ctx: ReminderContext;
  let org: string;
  let coordinator: Actor;

  beforeAll(async () => {
    ctx = await createReminderContext(TODAY);
    org = await ctx.newOrganisation('Gemeente Planstad', 'PLN-');
    const other = await ctx.newOrganisation('Gemeente Elders', 'ELD-');
    coordinator = await ctx.newUser(org, 'coordinator');
    const calendar = await ctx.module.get(CalendarSource).get();
    const rng = new Prng(20261203);
    const today = LocalDate.parse(TODAY);
    const of = (id: string, prefix: string, count: number) =>
      Array.from({ length: count }, (_, n) =>
        reportRequest(rng, calendar, today, { id, referencePrefix: prefix, clerkIds: [] }, n + 1),
      );
    await ctx.dataSource.transaction((em) =>
      insertRequests(em, [...of(org, 'PLN-', 300), ...of(other, 'ELD-', 300)]),
    );
    // The planner's statistics, as the migrate step leaves them on a real database.
    await ctx.dataSource.query('ANALYZE');
  });

  afterAll(() => ctx.close());

  it('sees a statement that no index serves as read row by row (the check can fail)', async () => {
    const unindexed = [{ sql: `SELECT "id" FROM "request" WHERE "subject" = 'x'`, parameters: [] }];
    expect(await rowByRow(ctx.dataSource, unindexed)).toEqual([
      { sql: unindexed[0].sql, scans: ['request'] },
    ]);
  });

  it('lists and filters the register through the indexes', async () => {
    const statements = await selectsOf(ctx.dataSource, async () => {
      await ctx.workflow.list(coordinator, {});
      await ctx.workflow.list(coordinator, { phase: ['received'], sort: 'receivedOn' });
      await ctx.workflow.list(coordinator, { assigneeId: coordinator.userId });
      await ctx.workflow.list(coordinator, { dueWithinDays: 14 });
    });
    expect(statements.length).toBeGreaterThanOrEqual(4);
    expect(await rowByRow(ctx.dataSource, statements)).toEqual([]);
  });

  it('pages the undecided requests in deadline order from the pending index', async () => {
    const statements = await selectsOf(ctx.dataSource, async () => {
      await ctx.workflow.list(coordinator, { overdue: true, sort: 'decisionDeadline' });
      await ctx.workflow.list(coordinator, { dueWithinDays: 14, sort: 'decisionDeadline' });
      await ctx.workflow.list(coordinator, {
        phase: ['received', 'acknowledged', 'conversation_held'],
        sort: 'decisionDeadline',
      });
    });
    expect(await rowByRow(ctx.dataSource, statements)).toEqual([]);
    if (ctx.dataSource.options.type !== 'postgres') return;
    // PostgreSQL alone has the partial index (PendingDeadlineIndex1803600000000). That it reads
    // it proves the planner matched the bound `phase IN (…)` to the index's condition; whether it
    // then walks it in order or sorts the matches is a matter of size (here a few dozen rows are
    // sorted; at 100,000 requests the list benchmark shows the ordered walk).
    const pages = statements.filter((s) => /\bLIMIT\b/i.test(s.sql));
    expect(pages).toHaveLength(3);
    for (const { sql, parameters } of pages) {
      const nodes = await pgPlanNodes(ctx.dataSource, sql, parameters);
      const viaPending = nodes.filter((n) => n.endsWith(' using IDX_request_org_pending_deadline'));
      expect({ sql, nodes, viaPending: viaPending.length }).toEqual({
        sql,
        nodes,
        viaPending: 1,
      });
    }
  });

  it('builds the whole-organisation report through the indexes', async () => {
    const reports = new ManagementReports(
      new ManagementReportRepository(ctx.dataSource),
      ctx.module.get(UnitOfWork),
      ctx.module.get(CalendarSource),
    );
    const statements = await selectsOf(ctx.dataSource, () => reports.build(org, ALL_YEARS));
    expect(statements.length).toBeGreaterThanOrEqual(3);
    expect(await rowByRow(ctx.dataSource, statements)).toEqual([]);
  });

  it('sweeps the reminders through the indexes', async () => {
    const statements = await selectsOf(ctx.dataSource, () => ctx.sweepOn(TODAY));
    expect(statements.length).toBeGreaterThanOrEqual(2);
    expect(await rowByRow(ctx.dataSource, statements)).toEqual([]);
  });
});

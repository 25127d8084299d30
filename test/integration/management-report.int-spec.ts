// The management report against the raw event log: a few hundred generated requests stored in
// a migrated SQLite file, the report built as the API builds it, and every figure recomputed here
// by a plain fold over the stored events (the deadline engine only for the suspended days and the
// decision deadline, the notions the request page shows).
import {
  foldEvents,
  LocalDate,
  type ManagementReport,
  OBJECTION_OUTCOMES,
  type ReportPeriod,
  SUSPENSION_KINDS,
} from '@wobdesk/domain';
import { ManagementReportRepository, UnitOfWork } from '@wobdesk/persistence';
import { CalendarSource, domainEventsOf } from '@wobdesk/register';
import { ManagementReports } from '../../apps/api/src/reports/management-reports.service.js';
import { insertRequests } from '../bench/datasets.js';
import { Prng } from '../bench/prng.js';
import { reportRequest } from '../support/report-data.js';
import { createWorkflowContext, type WorkflowContext } from '../support/workflow-context.js';
import { rawQuery } from '../support/raw-sql.js';

const TODAY = '2026-11-25';
const COUNT = 600;

interface RawEvent {
  request_id: string;
  type: string;
  occurred_on: string;
  payload: string;
}

describe('the management report', () => {
  let ctx: WorkflowContext;
  let reports: ManagementReports;
  let org: string;
  let other: string;

  beforeAll(async () => {
    ctx = await createWorkflowContext(TODAY);
    org = await ctx.newOrganisation('Gemeente Rapportstad', 'RAP-');
    other = await ctx.newOrganisation('Gemeente Elders', 'ELD-');
    const clerks = [(await ctx.newUser(org)).userId, (await ctx.newUser(org)).userId];
    const calendar = await ctx.module.get(CalendarSource).get();
    const rng = new Prng(20261125);
    const today = LocalDate.parse(TODAY);
    const generated = [
      ...Array.from({ length: COUNT }, (_, n) =>
        reportRequest(
          rng,
          calendar,
          today,
          { id: org, referencePrefix: 'RAP-', clerkIds: clerks },
          n + 1,
        ),
      ),
      // Another organisation's requests must never count.
      ...Array.from({ length: 50 }, (_, n) =>
        reportRequest(
          rng,
          calendar,
          today,
          { id: other, referencePrefix: 'ELD-', clerkIds: [] },
          n + 1,
        ),
      ),
    ];
    await ctx.dataSource.transaction((em) => insertRequests(em, generated));
    // Requests stored before suspended days were projected: the report folds their events.
    await rawQuery(
      ctx.dataSource,
      `UPDATE "request" SET "suspended_days" = NULL WHERE "organisation_id" = ? AND "id" IN (SELECT "request_id" FROM "request_event" WHERE "type" = 'suspension_agreed') AND "id" < '8'`,
      [org],
    );
    reports = new ManagementReports(
      new ManagementReportRepository(ctx.dataSource),
      ctx.module.get(UnitOfWork),
      ctx.module.get(CalendarSource),
    );
  });

  afterAll(() => ctx.close());

  const periods: [string, ReportPeriod][] = [
    ['one year', { from: LocalDate.parse('2025-01-01'), to: LocalDate.parse('2025-12-31') }],
    ['a quarter', { from: LocalDate.parse('2024-04-01'), to: LocalDate.parse('2024-06-30') }],
    ['seven years', { from: LocalDate.parse('2019-11-26'), to: LocalDate.parse(TODAY) }],
  ];

  it.each(periods)('agrees with a fold of the raw events over %s', async (_, period) => {
    const report = await reports.build(org, period);
    expect(report).toEqual(await recompute(ctx, org, period));
    expect(report.requests.total.decided).toBeGreaterThan(0);
  });

  it('uses every kind of recorded suspension and objection outcome, and leaves some rows to fold', async () => {
    const [year] = periods[2]!.slice(1) as [ReportPeriod];
    const report = await reports.build(org, year);
    for (const kind of SUSPENSION_KINDS.filter((k) => k !== 'foreign_authority')) {
      expect(report.steps.suspensionsByKind[kind]).toBeGreaterThan(0);
    }
    const [{ n }] = await rawQuery(
      ctx.dataSource,
      `SELECT COUNT(*) AS n FROM "request" WHERE "suspended_days" IS NULL`,
    );
    expect(Number(n)).toBeGreaterThan(0);
    for (const outcome of OBJECTION_OUTCOMES) {
      expect(report.steps.objectionOutcomes[outcome]).toBeGreaterThan(0);
    }
    expect(report.requests.total.netDays.mean!).toBeLessThan(report.requests.total.grossDays.mean!);
  });
});

/** The report computed the simple way: every event of the organisation read and folded here. */
async function recompute(
  ctx: WorkflowContext,
  org: string,
  period: ReportPeriod,
): Promise<ManagementReport> {
  const calendar = await ctx.module.get(CalendarSource).get();
  const events: RawEvent[] = await rawQuery(
    ctx.dataSource,
    `SELECT e."request_id", e."type", e."occurred_on", e."payload" FROM "request_event" e
     JOIN "request" r ON r."id" = e."request_id" WHERE r."organisation_id" = ? ORDER BY e."request_id", e."sequence"`,
    [org],
  );
  const assignees = new Map<string, string | null>(
    (
      await rawQuery(
        ctx.dataSource,
        `SELECT "id", "assignee_id" FROM "request" WHERE "organisation_id" = ?`,
        [org],
      )
    ).map((r: { id: string; assignee_id: string | null }) => [r.id, r.assignee_id]),
  );
  const inPeriod = (d: string | undefined) =>
    d !== undefined && d >= period.from.toString() && d <= period.to.toString();
  const byRequest = new Map<string, RawEvent[]>();
  for (const e of events) byRequest.set(e.request_id, [...(byRequest.get(e.request_id) ?? []), e]);

  type Group = {
    received: number;
    pending: number;
    onTime: number;
    gross: number[];
    net: number[];
  };
  const group = (): Group => ({ received: 0, pending: 0, onTime: 0, gross: [], net: [] });
  const total = group();
  const handlers = new Map<string, Group>();
  const months = new Map<string, Group>();
  for (let d = period.from; !d.isAfter(period.to); d = d.plusDays(1)) {
    if (!months.has(d.toString().slice(0, 7))) months.set(d.toString().slice(0, 7), group());
  }
  const steps = { extensions: 0, noticesOfDefault: 0, objectionsLodged: 0, objectionsDecided: 0 };
  const suspensionsByKind = Object.fromEntries(SUSPENSION_KINDS.map((k) => [k, 0])) as Record<
    string,
    number
  >;
  const objectionOutcomes = Object.fromEntries(OBJECTION_OUTCOMES.map((o) => [o, 0])) as Record<
    string,
    number
  >;
  const decidedInPeriod = new Set<string>();

  for (const [id, list] of byRequest) {
    let received = '';
    let decided: string | undefined;
    let ended = false;
    for (const e of list) {
      const payload = JSON.parse(e.payload) as Record<string, unknown>;
      if (e.type === 'request_received') received = e.occurred_on;
      if (['decision_taken', 'decision_corrected', 'request_not_handled'].includes(e.type))
        decided = e.occurred_on;
      if (e.type === 'withdrawn' || e.type === 'forwarded') ended = true;
      if (!inPeriod(e.occurred_on)) continue;
      if (e.type === 'extension_notified') steps.extensions++;
      if (e.type === 'notice_of_default_received') steps.noticesOfDefault++;
      if (e.type === 'objection_lodged') steps.objectionsLodged++;
      if (e.type === 'objection_decided') steps.objectionsDecided++;
      if (e.type === 'objection_decided') objectionOutcomes[payload.outcome as string]!++;
      if (e.type === 'clarification_requested' && payload.termEndsOn)
        suspensionsByKind.clarification!++;
      if (e.type === 'third_party_view_requested') suspensionsByKind.third_party_view!++;
      if (e.type === 'suspension_agreed') suspensionsByKind.consent!++;
      if (e.type === 'suspension_started') suspensionsByKind[payload.kind as string]!++;
    }
    const state = foldEvents(
      domainEventsOf(
        list.map((e, k) => ({
          sequence: k + 1,
          type: e.type,
          occurredOn: e.occurred_on,
          payload: JSON.parse(e.payload),
        })) as never,
      ),
      calendar,
    )!;
    const handler = assignees.get(id) ?? '';
    if (!handlers.has(handler)) handlers.set(handler, group());
    const groups = [total, handlers.get(handler)!];
    if (inPeriod(received))
      for (const g of [...groups, months.get(received.slice(0, 7))!]) g.received++;
    const to = period.to.toString();
    if (!ended && received <= to && (decided === undefined || decided > to))
      for (const g of groups) g.pending++;
    if (decided !== undefined && inPeriod(decided)) {
      decidedInPeriod.add(id);
      const gross = LocalDate.parse(received).daysUntil(LocalDate.parse(decided));
      const net = Math.max(0, gross - state.deadlines.suspendedDays);
      const onTime = decided <= state.deadlines.decisionDeadline.date.toString();
      for (const g of [...groups, months.get(decided.slice(0, 7))!]) {
        g.gross.push(gross);
        g.net.push(net);
        if (onTime) g.onTime++;
      }
    }
  }

  const stats = (xs: number[]) => {
    if (xs.length === 0) return {};
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length / 2;
    return {
      mean: Math.round((10 * s.reduce((a, b) => a + b, 0)) / s.length) / 10,
      median: s.length % 2 ? s[Math.floor(m)] : (s[m - 1]! + s[m]!) / 2,
    };
  };
  const figures = (g: Group) => ({
    received: g.received,
    decided: g.gross.length,
    decidedOnTime: g.onTime,
    ...(g.gross.length
      ? { onTimePercent: Math.round((1000 * g.onTime) / g.gross.length) / 10 }
      : {}),
    grossDays: stats(g.gross),
    netDays: stats(g.net),
  });

  const items: { request_id: string; outcome: string | null; grounds: string | null }[] =
    await rawQuery(
      ctx.dataSource,
      `SELECT i."request_id", i."outcome", i."grounds" FROM "request_item" i JOIN "request" r ON r."id" = i."request_id" WHERE r."organisation_id" = ?`,
      [org],
    );
  const itemOutcomes: Record<string, number> = {
    granted: 0,
    partly_granted: 0,
    refused: 0,
    no_documents: 0,
    already_public: 0,
    dropped: 0,
    answered_outside: 0,
  };
  const groundUse = new Map<string, number>();
  for (const item of items.filter((i) => decidedInPeriod.has(i.request_id))) {
    if (item.outcome) itemOutcomes[item.outcome]!++;
    for (const g of JSON.parse(item.grounds ?? '[]') as string[])
      groundUse.set(g, (groundUse.get(g) ?? 0) + 1);
  }

  return {
    period,
    requests: {
      total: { ...figures(total), pending: total.pending },
      perHandler: Object.fromEntries(
        [...handlers]
          .filter(([, g]) => g.received + g.pending + g.gross.length > 0)
          .map(([id, g]) => [id, { ...figures(g), pending: g.pending }]),
      ),
      perMonth: Object.fromEntries([...months].map(([m, g]) => [m, figures(g)])),
    },
    steps: { ...steps, suspensionsByKind, objectionOutcomes } as ManagementReport['steps'],
    itemOutcomes: itemOutcomes as ManagementReport['itemOutcomes'],
    documentAssessments: {
      public: 0,
      partly_public: 0,
      not_public: 0,
      already_public: 0,
      out_of_scope: 0,
    },
    grounds: [...groundUse]
      .map(([ground, n]) => ({ ground, items: n, documents: 0 }))
      .sort((a, b) => b.items - a.items || a.ground.localeCompare(b.ground)),
  };
}

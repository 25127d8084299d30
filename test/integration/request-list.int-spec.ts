import { LocalDate, PENDING_PHASES } from '@wobdesk/domain';
import type { Actor, RequestListItem, RequestListQuery, RequestView } from '@wobdesk/register';
import { createWorkflowContext, type WorkflowContext } from '../support/workflow-context.js';
import { placeholders } from '../support/raw-sql.js';
import { tableScans } from '../support/table-scans.js';

const TODAY = '2026-11-25';
const SUBJECTS = [
  'Windmolens op de Noordzee',
  'Subsidie sportvereniging',
  'Kap van bomen in het Wilhelminapark',
  'Parkeervergunningen binnenstad',
  'Korting 100% op leges',
  'Contract a_b met leverancier',
];
const NAMES = ['Jan de Vries', 'P. JANSEN', 'Stichting Open State', 'M. Bakker', 'Redactie NRC'];

/** A small deterministic generator, so a failing case can be replayed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('RequestWorkflowService.list', () => {
  let ctx: WorkflowContext;
  let clerk: Actor;
  let colleague: Actor;
  let all: RequestView[];

  beforeAll(async () => {
    ctx = await createWorkflowContext(TODAY);
    const org = await ctx.newOrganisation();
    clerk = await ctx.newUser(org, 'coordinator');
    colleague = await ctx.newUser(org, 'clerk');
    const outsider = await ctx.newUser(await ctx.newOrganisation());
    await ctx.workflow.create(outsider, {
      requester: { name: 'Jan de Vries' },
      receivedOn: '2026-11-01',
      channel: 'post',
      subject: SUBJECTS[0],
      items: [{ text: 'x' }],
    });
    const random = prng(20261125);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const first = LocalDate.parse('2021-06-01').epochDay;
    const span = LocalDate.parse(TODAY).epochDay - first;
    all = [];
    for (let i = 0; i < 300; i++) {
      // The last 30 arrived in the past month, so that some are due soon.
      const receivedOn =
        i < 270
          ? LocalDate.fromEpochDay(first + Math.floor(random() * span))
          : LocalDate.parse(TODAY).minusDays(i - 270);
      const assignee = pick([undefined, clerk.userId, colleague.userId]);
      let { request: view } = await ctx.workflow.create(clerk, {
        requester: { name: pick(NAMES) },
        receivedOn: receivedOn.toString(),
        channel: 'email',
        subject: `${pick(SUBJECTS)} (${i})`,
        items: [{ text: 'documenten' }],
        ...(assignee && { assigneeId: assignee }),
      });
      const then = receivedOn.plusDays(Math.floor(random() * 60));
      const on = LocalDate.min(then, LocalDate.parse(TODAY));
      const step = Math.floor(random() * 4);
      if (step === 1) {
        view = await ctx.workflow.execute(clerk, view.id, view.version, {
          type: 'acknowledgeReceipt',
          occurredOn: on,
        });
      } else if (step === 2) {
        view = await ctx.workflow.recordDecision(clerk, view.id, view.version, {
          occurredOn: on.toString(),
          outcomes: [{ number: 1, outcome: 'granted' }],
        });
      } else if (step === 3) {
        view = await ctx.workflow.execute(clerk, view.id, view.version, {
          type: 'withdraw',
          occurredOn: on,
        });
      }
      all.push(view);
    }
  });

  afterAll(async () => {
    await ctx.close();
  });

  const overdue = (v: RequestView) =>
    PENDING_PHASES.includes(v.phase) && v.decisionDeadline < TODAY;

  /** What the list must return, computed from the views in memory. */
  function expected(q: RequestListQuery, where: (v: RequestView) => boolean): string[] {
    const field = q.sort ?? 'decisionDeadline';
    const sign = q.order === 'desc' ? -1 : 1;
    const key = (v: RequestView) => (field === 'updatedAt' ? v.updatedAt : v[field]);
    return all
      .filter(where)
      .sort((a, b) => sign * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : 1))
      .map((v) => v.id);
  }

  /** Every page of a query, concatenated. */
  async function everything(q: RequestListQuery): Promise<{ ids: string[]; totals: number[] }> {
    const ids: string[] = [];
    const totals: number[] = [];
    for (let page = 1; ; page++) {
      const result = await ctx.workflow.list(clerk, { ...q, page, pageSize: 40 });
      totals.push(result.total);
      ids.push(...result.items.map((i) => i.id));
      if (result.items.length < 40) return { ids, totals };
    }
  }

  const lower = (s: string) => s.toLowerCase();
  // Queries are functions: the users exist only once beforeAll has run.
  const cases: [string, () => RequestListQuery, (v: RequestView) => boolean][] = [
    ['everything', () => ({}), () => true],
    [
      'phase',
      () => ({ phase: ['received', 'acknowledged'] }),
      (v) => ['received', 'acknowledged'].includes(v.phase),
    ],
    [
      'assignee',
      () => ({ assigneeId: colleague.userId }),
      (v) => v.assignee?.id === colleague.userId,
    ],
    [
      'regime wob',
      () => ({ regime: 'wob', sort: 'receivedOn', order: 'desc' }),
      (v) => v.regime === 'wob',
    ],
    ['overdue', () => ({ overdue: true }), overdue],
    ['not overdue', () => ({ overdue: false, sort: 'reference' }), (v) => !overdue(v)],
    [
      'due within 14 days',
      () => ({ dueWithinDays: 14 }),
      (v) =>
        PENDING_PHASES.includes(v.phase) &&
        v.decisionDeadline >= TODAY &&
        v.decisionDeadline <= '2026-12-09',
    ],
    [
      'received between',
      () => ({ receivedFrom: '2023-01-01', receivedTo: '2023-12-31', sort: 'receivedOn' }),
      (v) => v.receivedOn >= '2023-01-01' && v.receivedOn <= '2023-12-31',
    ],
    [
      'text in the requester, any case',
      () => ({ text: 'VRIES', order: 'desc' }),
      (v) => lower(v.requester.name).includes('vries') || lower(v.subject).includes('vries'),
    ],
    [
      'text in the subject',
      () => ({ text: 'wilhelminapark' }),
      (v) => lower(v.subject).includes('wilhelminapark'),
    ],
    ['a literal %', () => ({ text: '100%' }), (v) => v.subject.includes('100%')],
    ['a literal _', () => ({ text: 'a_b' }), (v) => v.subject.includes('a_b')],
    ['no literal _ match', () => ({ text: 'o_r' }), () => false],
    [
      'combined',
      () => ({ phase: ['received'], regime: 'woo', text: 'sub', sort: 'updatedAt', order: 'desc' }),
      (v) => v.phase === 'received' && v.regime === 'woo' && lower(v.subject).includes('sub'),
    ],
  ];

  it.each(cases)('should filter by %s, sorted and paginated', async (name, makeQuery, where) => {
    const query = makeQuery();
    const want = expected(query, where);
    if (name !== 'no literal _ match') expect(want.length).toBeGreaterThan(0);
    const got = await everything(query);
    expect(got.ids).toEqual(want);
    expect(new Set(got.totals)).toEqual(new Set([want.length]));
  });

  it('should mark overdue items and carry the listed fields', async () => {
    const page = await ctx.workflow.list(clerk, { overdue: true, pageSize: 5 });
    expect(page).toMatchObject({ page: 1, pageSize: 5 });
    expect(page.items.length).toBeGreaterThan(0);
    const item: RequestListItem = page.items[0];
    const view = all.find((v) => v.id === item.id)!;
    expect(item).toEqual({
      id: view.id,
      reference: view.reference,
      subject: view.subject,
      requesterName: view.requester.name,
      phase: view.phase,
      regime: view.regime,
      receivedOn: view.receivedOn,
      decisionDeadline: view.decisionDeadline,
      overdue: true,
      ...(view.assignee && { assigneeId: view.assignee.id }),
      version: view.version,
    });
  });

  it('should default to 25 per page and allow at most 100', async () => {
    const page = await ctx.workflow.list(clerk, {});
    expect(page.items).toHaveLength(25);
    expect(page.total).toBe(300);
    expect((await ctx.workflow.list(clerk, { pageSize: 100, page: 3 })).items).toHaveLength(100);
    expect((await ctx.workflow.list(clerk, { pageSize: 100, page: 4 })).items).toHaveLength(0);
  });

  it.each([
    [{ pageSize: 101 }, 'pageSize'],
    [{ pageSize: 0 }, 'pageSize'],
    [{ page: 0 }, 'page'],
    [{ page: 1.5 }, 'page'],
    [{ sort: 'subject' as never }, 'sort'],
    [{ order: 'up' as never }, 'order'],
    [{ phase: ['open' as never] }, 'phase'],
    [{ regime: 'foia' as never }, 'regime'],
    [{ receivedFrom: '2026-13-01' }, 'receivedFrom'],
    [{ dueWithinDays: -1 }, 'dueWithinDays'],
  ])('should refuse %p naming %s', async (query, field) => {
    await expect(ctx.workflow.list(clerk, query)).rejects.toMatchObject({
      kind: 'invalid',
      code: 'LIST.INVALID_QUERY',
      details: { field },
    });
  });

  it('should use the indexes for the filters of the list (no full scan)', async () => {
    const plans = [
      'SELECT id FROM request WHERE organisation_id = ? AND phase IN (?, ?) ORDER BY decision_deadline LIMIT 25',
      'SELECT id FROM request WHERE organisation_id = ? ORDER BY decision_deadline LIMIT 25',
      'SELECT id FROM request WHERE organisation_id = ? ORDER BY received_on DESC LIMIT 25',
      'SELECT id FROM request WHERE organisation_id = ? AND assignee_id = ? ORDER BY decision_deadline LIMIT 25',
      'SELECT id FROM request WHERE organisation_id = ? AND objection_window_ends_on <= ?',
      'SELECT id FROM request WHERE status_token_hash = ?',
      // The dashboard's receipts not yet acknowledged (and past the week), decisions not sent.
      'SELECT id FROM request WHERE organisation_id = ? AND phase IN (?) ORDER BY received_on LIMIT 10',
      'SELECT id FROM request WHERE organisation_id = ? AND phase IN (?) AND received_on <= ? ORDER BY received_on LIMIT 10',
    ];
    for (const sql of plans) {
      const parameters = ['x', 'y', 'z'].slice(0, (sql.match(/\?/g) ?? []).length);
      if (ctx.dataSource.options.type === 'postgres') {
        // No Seq Scan even with the planner free to choose one (test/support/table-scans.ts).
        const scans = await tableScans(
          ctx.dataSource,
          placeholders(ctx.dataSource, sql),
          parameters,
        );
        expect({ sql, scans }).toEqual({ sql, scans: [] });
        continue;
      }
      const plan: { detail: string }[] = await ctx.dataSource.query(
        `EXPLAIN QUERY PLAN ${sql}`,
        parameters,
      );
      const text = plan.map((p) => p.detail).join('; ');
      expect(text).toMatch(/USING (COVERING )?INDEX/);
      expect(text).not.toMatch(/^SCAN request$|SCAN request(?! USING)/);
    }
  });
});

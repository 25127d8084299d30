// The migration that widens the item outcomes rebuilds request_item on SQLite (a CHECK cannot be
// altered there): decisions stored before it must come through unchanged, in both directions,
// and the new CHECK must accept the new outcomes and still refuse anything else.
import { MIGRATIONS } from '@wobdesk/persistence';
import type { Actor } from '@wobdesk/register';
import { createWorkflowContext, type WorkflowContext } from '../support/workflow-context.js';
import { rawQuery } from '../support/raw-sql.js';

describe('the migration of the decision outcomes', () => {
  let ctx: WorkflowContext;
  let clerk: Actor;

  beforeAll(async () => {
    ctx = await createWorkflowContext();
    clerk = await ctx.newUser(await ctx.newOrganisation());
  });

  afterAll(() => ctx.close());

  const items = (id: string) =>
    rawQuery(
      ctx.dataSource,
      `SELECT "number", "outcome", "grounds", "remarks" FROM "request_item" WHERE "request_id" = ? ORDER BY "number"`,
      [id],
    );

  it('should keep the decided items through down and up, then accept the new outcomes only', async () => {
    // The migrations after it are undone first, then it (later ones do not touch request_item).
    const index = MIGRATIONS.findIndex((m) => m.name === 'DecisionOutcomes1800100000000');
    expect(index).toBeGreaterThan(-1);
    const { request } = await ctx.workflow.create(clerk, {
      requester: { name: 'J. de Vries', email: 'j.devries@example.nl' },
      receivedOn: '2026-11-02',
      channel: 'email',
      subject: 'Documenten over het Stationsplein',
      items: [{ text: 'Verkeersbesluiten' }, { text: 'Adviezen' }],
    });
    await ctx.workflow.recordDecision(clerk, request.id, 1, {
      occurredOn: '2026-11-20',
      outcomes: [
        { number: 1, outcome: 'granted', remarks: 'Bijgevoegd.' },
        { number: 2, outcome: 'refused', grounds: ['5.2.1'] },
      ],
    });
    const before = await items(request.id);
    expect(before).toHaveLength(2);

    for (let i = MIGRATIONS.length - 1; i >= index; i--) await ctx.dataSource.undoLastMigration();
    expect(await items(request.id)).toEqual(before);
    await expect(
      rawQuery(ctx.dataSource, `UPDATE "request_item" SET "outcome" = 'dropped'`),
    ).rejects.toThrow(/check constraint/i);

    await ctx.dataSource.runMigrations();
    expect(await items(request.id)).toEqual(before);
    await rawQuery(
      ctx.dataSource,
      `UPDATE "request_item" SET "outcome" = 'dropped', "answered_with" = 1, "where_available" = NULL WHERE "number" = 2`,
    );
    await expect(
      rawQuery(ctx.dataSource, `UPDATE "request_item" SET "outcome" = 'maybe'`),
    ).rejects.toThrow(/check constraint/i);
    const view = await ctx.workflow.get(clerk, request.id);
    expect(view.items[1]).toMatchObject({ outcome: 'dropped', answeredWith: 1 });
  });
});

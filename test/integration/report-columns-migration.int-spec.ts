// The migration that projects suspended days for the management report: an existing request
// without a suspending step gets 0, one with such a step keeps NULL (the report folds its events),
// and down and up again leave the requests in place.
import { MIGRATIONS } from '@wobdesk/persistence';
import { createWorkflowContext, type WorkflowContext } from '../support/workflow-context.js';
import { existingIndexes } from '../support/index-introspection.js';
import { rawQuery } from '../support/raw-sql.js';

describe('the migration of the report columns', () => {
  let ctx: WorkflowContext;

  beforeAll(async () => {
    ctx = await createWorkflowContext();
  });

  afterAll(() => ctx.close());

  it('sets 0 where no step suspended the term, leaves NULL where one may have, and undoes cleanly', async () => {
    const clerk = await ctx.newUser(await ctx.newOrganisation(), 'clerk');
    const create = async (subject: string) =>
      (
        await ctx.workflow.create(clerk, {
          requester: { name: 'J. de Vries' },
          receivedOn: '2026-11-02',
          channel: 'email',
          subject,
          items: [{ text: 'Adviezen' }],
        })
      ).request.id;
    const plain = await create('Stukken over het Stationsplein');
    const suspended = await create('Stukken over de Markt');
    // A suspending step as an older version stored it: only its type matters to the migration.
    await rawQuery(
      ctx.dataSource,
      `INSERT INTO "request_event" ("request_id", "sequence", "type", "occurred_on", "recorded_at", "payload")
       VALUES (?, 99, 'suspension_agreed', '2026-11-05', '2026-11-05 10:00:00', '{"days":14}')`,
      [suspended],
    );
    const days = async (id: string) =>
      (
        (await rawQuery(ctx.dataSource, `SELECT "suspended_days" FROM "request" WHERE "id" = ?`, [
          id,
        ])) as { suspended_days: number | null }[]
      )[0]!.suspended_days;
    // A request registered now has the column projected at once.
    expect(await days(plain)).toBe(0);

    const index = MIGRATIONS.findIndex((m) => m.name === 'ReportColumns1802000000000');
    expect(index).toBeGreaterThan(0);
    for (let i = MIGRATIONS.length - 1; i >= index; i--) await ctx.dataSource.undoLastMigration();
    await expect(
      rawQuery(ctx.dataSource, `SELECT "suspended_days" FROM "request"`),
    ).rejects.toThrow(/suspended_days/);
    await ctx.dataSource.runMigrations();
    expect(await days(plain)).toBe(0);
    expect(await days(suspended)).toBeNull();
    // A later migration replaced the (type, date) event index by (organisation, type, date).
    const indexes = await existingIndexes(ctx.dataSource, [
      'IDX_request_org_decided',
      'IDX_request_event_org_type_date',
    ]);
    expect(indexes).toHaveLength(2);
  });
});

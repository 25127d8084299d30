// The migration that records who made a request: existing requests stay a person's, the CHECK
// refuses any other kind, and down and up again leave the request in place.
import { MIGRATIONS } from '@wobdesk/persistence';
import { createWorkflowContext, type WorkflowContext } from '../support/workflow-context.js';
import { rawQuery } from '../support/raw-sql.js';

describe('the migration of the requester kind', () => {
  let ctx: WorkflowContext;

  beforeAll(async () => {
    ctx = await createWorkflowContext();
  });

  afterAll(() => ctx.close());

  it('should default to "person", accept "organisation", refuse anything else and undo cleanly', async () => {
    const clerk = await ctx.newUser(await ctx.newOrganisation(), 'clerk');
    const { request } = await ctx.workflow.create(clerk, {
      requester: { name: 'J. de Vries' },
      receivedOn: '2026-11-02',
      channel: 'email',
      subject: 'Stukken over het Stationsplein',
      items: [{ text: 'Adviezen' }],
    });
    const kindOf = async () =>
      (
        (await rawQuery(ctx.dataSource, `SELECT "requester_kind" FROM "request" WHERE "id" = ?`, [
          request.id,
        ])) as { requester_kind: string }[]
      )[0].requester_kind;
    expect(await kindOf()).toBe('person');
    const set = (kind: string) =>
      rawQuery(ctx.dataSource, `UPDATE "request" SET "requester_kind" = ? WHERE "id" = ?`, [
        kind,
        request.id,
      ]);
    await set('organisation');
    expect(await kindOf()).toBe('organisation');
    await expect(set('company')).rejects.toThrow(/check constraint/i);

    const index = MIGRATIONS.findIndex((m) => m.name === 'RequesterKind1800800000000');
    expect(index).toBeGreaterThan(0);
    for (let i = MIGRATIONS.length - 1; i >= index; i--) await ctx.dataSource.undoLastMigration();
    await expect(
      rawQuery(ctx.dataSource, `SELECT "requester_kind" FROM "request"`),
    ).rejects.toThrow(/requester_kind/);
    await ctx.dataSource.runMigrations();
    // Re-added with its default: the request is there, a person's again.
    expect(await kindOf()).toBe('person');
  });
});

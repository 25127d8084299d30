// The migration that gives an organisation its voice: existing organisations keep writing "ik",
// the CHECK refuses any other person, and down and up again keep the organisation's letterhead.
import { MIGRATIONS } from '@wobdesk/persistence';
import { createWorkflowContext, type WorkflowContext } from '../support/workflow-context.js';
import { rawQuery } from '../support/raw-sql.js';

describe('the migration of the organisation letter settings', () => {
  let ctx: WorkflowContext;

  beforeAll(async () => {
    ctx = await createWorkflowContext();
  });

  afterAll(() => ctx.close());

  it('should default the voice to "ik", accept "wij", refuse anything else and undo cleanly', async () => {
    expect(MIGRATIONS.map((m) => m.name)).toContain('OrganisationLetterSettings1800300000000');
    const orgId = await ctx.newOrganisation();
    const voiceOf = async () =>
      (
        (await rawQuery(ctx.dataSource, `SELECT "voice" FROM "organisation" WHERE "id" = ?`, [
          orgId,
        ])) as {
          voice: string;
        }[]
      )[0].voice;
    expect(await voiceOf()).toBe('ik');
    await rawQuery(ctx.dataSource, `UPDATE "organisation" SET "voice" = 'wij' WHERE "id" = ?`, [
      orgId,
    ]);
    expect(await voiceOf()).toBe('wij');
    await expect(
      rawQuery(ctx.dataSource, `UPDATE "organisation" SET "voice" = 'u' WHERE "id" = ?`, [orgId]),
    ).rejects.toThrow(/check constraint/i);
    await expect(
      rawQuery(
        ctx.dataSource,
        `INSERT INTO "organisation_settings_changed" ("id", "organisation_id", "changed_by", "changed_at", "changes") VALUES ('x', ?, 'nobody', '2026-11-25', '{}')`,
        [orgId],
      ),
    ).rejects.toThrow(/foreign key/i);

    const index = MIGRATIONS.findIndex((m) => m.name === 'OrganisationLetterSettings1800300000000');
    for (let i = MIGRATIONS.length - 1; i >= index; i--) await ctx.dataSource.undoLastMigration();
    await expect(rawQuery(ctx.dataSource, `SELECT "voice" FROM "organisation"`)).rejects.toThrow(
      /voice/,
    );
    await ctx.dataSource.runMigrations();
    expect(await voiceOf()).toBe('ik');
  });
});

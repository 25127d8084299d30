// The migration of the redaction settings: an existing organisation lists no names and bundles at
// 25 MB, the CHECK refuses a bundle size outside 1–500, a request has a column for a pending
// provisional measure, and down and up again keep the rows.
import { MIGRATIONS } from '@wobdesk/persistence';
import { createWorkflowContext, type WorkflowContext } from '../support/workflow-context.js';
import { rawQuery } from '../support/raw-sql.js';

describe('the migration of the redaction settings', () => {
  let ctx: WorkflowContext;

  beforeAll(async () => {
    ctx = await createWorkflowContext();
  });

  afterAll(() => ctx.close());

  it('should default to no names and 25 MB, refuse a size outside 1–500 and undo cleanly', async () => {
    const orgId = await ctx.newOrganisation();
    const settingsOf = async () =>
      (
        (await rawQuery(
          ctx.dataSource,
          `SELECT "listed_names", "bundle_megabytes" FROM "organisation" WHERE "id" = ?`,
          [orgId],
        )) as { listed_names: string; bundle_megabytes: number }[]
      )[0];
    expect(await settingsOf()).toEqual({ listed_names: '', bundle_megabytes: 25 });
    for (const size of [0, 501]) {
      await expect(
        rawQuery(
          ctx.dataSource,
          `UPDATE "organisation" SET "bundle_megabytes" = ? WHERE "id" = ?`,
          [size, orgId],
        ),
      ).rejects.toThrow(/check constraint/i);
    }
    await rawQuery(
      ctx.dataSource,
      `UPDATE "organisation" SET "bundle_megabytes" = 500, "listed_names" = 'Anna Smit' WHERE "id" = ?`,
      [orgId],
    );
    expect(await settingsOf()).toEqual({ listed_names: 'Anna Smit', bundle_megabytes: 500 });

    // Undo it and any later one (migrations run in timestamp order).
    const stamp = (name: string) => Number(/\d{13}$/.exec(name)![0]);
    const later = MIGRATIONS.filter((m) => stamp(m.name!) >= 1802400000000).length;
    expect(MIGRATIONS.map((m) => m.name)).toContain('RedactionSettings1802400000000');
    for (let i = 0; i < later; i++) await ctx.dataSource.undoLastMigration();
    await expect(
      rawQuery(ctx.dataSource, `SELECT "listed_names" FROM "organisation"`),
    ).rejects.toThrow(/listed_names/);
    await expect(
      rawQuery(ctx.dataSource, `SELECT "provisional_measure_since" FROM "request"`),
    ).rejects.toThrow(/provisional_measure_since/);
    await ctx.dataSource.runMigrations();
    expect(
      await rawQuery(
        ctx.dataSource,
        `SELECT "provisional_measure_since" AS "since" FROM "request"`,
      ),
    ).toEqual([]);
    expect(await settingsOf()).toEqual({ listed_names: '', bundle_megabytes: 25 });
  });
});

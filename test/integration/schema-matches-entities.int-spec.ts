// The schema comes from the migrations only (never synchronize), and the code reads it through
// the entities: the two must describe the same tables, or a column exists in one and not the
// other until a query fails in production. TypeORM's schema builder, asked what synchronize
// would change after every migration has run, must find nothing to do.
import { createWorkflowContext, type WorkflowContext } from '../support/workflow-context.js';

describe('the migrated schema and the entities', () => {
  let ctx: WorkflowContext;

  beforeAll(async () => {
    ctx = await createWorkflowContext();
  });

  afterAll(() => ctx.close());

  it('should need no change to match the entities after all migrations', async () => {
    const pending = await ctx.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});

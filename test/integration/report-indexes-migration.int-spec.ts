// The migration that lets the management report read each table through one index: events
// stored before it get their request's organisation, the request indexes carry the columns the
// report reads, and down and up again leave everything in place.
import { MIGRATIONS } from '@wobdesk/persistence';
import { createWorkflowContext, type WorkflowContext } from '../support/workflow-context.js';
import { indexColumns } from '../support/index-introspection.js';
import { rawQuery } from '../support/raw-sql.js';

describe('the migration of the report indexes', () => {
  let ctx: WorkflowContext;

  beforeAll(async () => {
    ctx = await createWorkflowContext();
  });

  afterAll(() => ctx.close());

  const columnsOf = (index: string) => indexColumns(ctx.dataSource, index);

  it('gives the stored events their organisation, widens the request indexes, and undoes cleanly', async () => {
    const org = await ctx.newOrganisation();
    const clerk = await ctx.newUser(org, 'clerk');
    const { request } = await ctx.workflow.create(clerk, {
      requester: { name: 'J. de Vries' },
      receivedOn: '2026-11-02',
      channel: 'email',
      subject: 'Stukken over het Stationsplein',
      items: [{ text: 'Adviezen' }],
    });
    // An event appended now carries the organisation at once.
    const organisations = async () =>
      (
        (await rawQuery(
          ctx.dataSource,
          `SELECT DISTINCT "organisation_id" FROM "request_event" WHERE "request_id" = ?`,
          [request.id],
        )) as { organisation_id: string | null }[]
      ).map((r) => r.organisation_id);
    expect(await organisations()).toEqual([org]);

    const index = MIGRATIONS.findIndex((m) => m.name === 'ReportIndexes1802600000000');
    expect(index).toBeGreaterThan(0);
    // Back to before it: the later migrations first.
    for (let i = MIGRATIONS.length - 1; i >= index; i--) await ctx.dataSource.undoLastMigration();
    expect(await columnsOf('IDX_request_org_decided')).toEqual(['organisation_id', 'decided_on']);
    await expect(
      rawQuery(ctx.dataSource, `SELECT "organisation_id" FROM "request_event"`),
    ).rejects.toThrow(/organisation_id/);
    // A step as an older version stored it, without the organisation.
    await rawQuery(
      ctx.dataSource,
      `INSERT INTO "request_event" ("request_id", "sequence", "type", "occurred_on", "recorded_at", "payload")
       VALUES (?, 99, 'extension_notified', '2026-11-05', '2026-11-05 10:00:00', '{}')`,
      [request.id],
    );

    await ctx.dataSource.runMigrations();
    expect(await organisations()).toEqual([org]);
    expect(await columnsOf('IDX_request_event_org_type_date')).toEqual([
      'organisation_id',
      'type',
      'occurred_on',
    ]);
    expect(await columnsOf('IDX_request_org_decided')).toEqual([
      'organisation_id',
      'decided_on',
      'id',
    ]);
    expect(await columnsOf('IDX_request_org_received')).toEqual([
      'organisation_id',
      'received_on',
      'id',
      'decided_on',
      'decision_deadline',
      'suspended_days',
      'phase',
      'assignee_id',
    ]);
    expect(await columnsOf('IDX_request_event_type_date')).toEqual([]);
  });
});

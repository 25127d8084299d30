import { DemoSeeder } from '@wobdesk/demo';
import { OrganisationEntity, RequestEntity, UserEntity } from '@wobdesk/persistence';
import { createWorkflowContext, type WorkflowContext } from '../support/workflow-context.js';

describe(DemoSeeder.name, () => {
  let ctx: WorkflowContext;

  afterEach(async () => {
    await ctx.close();
  });

  const counts = async () => ({
    organisations: await ctx.dataSource.getRepository(OrganisationEntity).count(),
    users: await ctx.dataSource.getRepository(UserEntity).count(),
    requests: await ctx.dataSource.getRepository(RequestEntity).count(),
    events: Number((await ctx.dataSource.query('SELECT count(*) AS n FROM request_event'))[0].n),
  });

  it('should load the organisation, the clerk and every request, once', async () => {
    ctx = await createWorkflowContext('2026-11-25');
    const seeder = ctx.module.get(DemoSeeder);
    const first = await seeder.run();
    expect(first.organisation).toMatchObject({
      name: 'Ministerie van Justitie en Veiligheid',
      created: true,
    });
    expect(first.usersCreated).toBe(2); // the demo clerk and a coordinator
    expect(first.requestsCreated[0]).toBe('2848691');
    expect(first.requestsCreated).toHaveLength(8);
    expect(first.login.email).toBe('demo@wobdesk.local');
    const after = await counts();

    const second = await seeder.run();
    expect(second).toMatchObject({ usersCreated: 0, requestsCreated: [], requestsSkipped: 8 });
    expect(await counts()).toEqual(after);
    // Without DEMO_PASSWORD every run prints a new password, and that one works.
    expect(second.login.password).not.toBe(first.login.password);
    await expect(ctx.auth.login(second.login.email, first.login.password)).rejects.toMatchObject({
      kind: 'unauthenticated',
    });
    const { actor } = await ctx.auth.login(second.login.email, second.login.password);

    const page = await ctx.workflow.list(actor, { sort: 'reference', pageSize: 100 });
    const byReference = new Map(page.items.map((i) => [i.reference, i]));
    expect(page.total).toBe(8);
    const seedCase = await ctx.workflow.get(actor, byReference.get('2848691')!.id);
    expect(seedCase).toMatchObject({
      regime: 'wob',
      // Followed to its end: closed as final after the objection window and its postal week.
      phase: 'closed',
      letterDate: '2020-02-27',
      receivedOn: '2020-03-03',
      decisionDeadline: '2020-03-31',
      decidedLate: true,
      assignee: { id: actor.userId },
    });
    expect(seedCase.deadlines.objectionWindow?.endsOn.date.toString()).toBe('2020-07-07');
    expect(seedCase.items.map((i) => i.outcome)).toEqual([
      'granted',
      'granted',
      'granted',
      'granted',
      'no_documents',
      'no_documents',
    ]);
    expect(seedCase.conversations.map((c) => c.occurredOn)).toEqual(['2020-03-18', '2020-04-15']);
    const phases = page.items.map((i) => i.phase).sort();
    expect(phases).toEqual([
      'acknowledged',
      'acknowledged',
      'acknowledged',
      'closed',
      'conversation_held',
      'objection_window',
      'received',
      'withdrawn',
    ]);
    expect(page.items.filter((i) => i.overdue)).toHaveLength(1);
  });

  it('should use DEMO_PASSWORD when it is set', async () => {
    ctx = await createWorkflowContext('2026-11-25', { DEMO_PASSWORD: 'demo-wachtwoord' });
    const report = await ctx.module.get(DemoSeeder).run();
    expect(report.login).toEqual({ email: 'demo@wobdesk.local', password: 'demo-wachtwoord' });
    await expect(ctx.auth.login('demo@wobdesk.local', 'demo-wachtwoord')).resolves.toBeDefined();
    const again = await ctx.module.get(DemoSeeder).run();
    expect(again.login.password).toBe('demo-wachtwoord');
  });
});

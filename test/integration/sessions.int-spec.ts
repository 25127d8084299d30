// Sessions with a controlled clock: the idle timeout (SESSION_IDLE_MINUTES, default 30) next to
// the absolute end (SESSION_TTL_HOURS), the last use noted at most once a minute, a clerk's own
// list and ending one or all others; and the per-account login backoff in the service itself.
import { AuthService, LoginBackoffError } from '@wobdesk/accounts';
import { SessionEntity } from '@wobdesk/persistence';
import { createWorkflowContext, type WorkflowContext } from '../support/workflow-context.js';

const PASSWORD = 'drie groene fietsen';

describe(`${AuthService.name} sessions`, () => {
  let ctx: WorkflowContext;
  let organisationId: string;
  let emailCount = 0;

  async function newClerk(): Promise<{ email: string; userId: string }> {
    const email = `sessie${++emailCount}@example.nl`;
    const userId = await ctx.auth.createUser({
      organisationId,
      email,
      name: `Sessie ${emailCount}`,
      role: 'clerk',
      password: PASSWORD,
    });
    return { email, userId };
  }

  beforeAll(async () => {
    ctx = await createWorkflowContext('2026-12-03');
    organisationId = await ctx.newOrganisation();
  });

  afterAll(async () => {
    await ctx.close();
  });

  beforeEach(() => {
    ctx.now = new Date('2026-12-03T08:00:00Z');
  });

  it('should end a session after 30 idle minutes, and keep one in use until its absolute end of 8 hours', async () => {
    const { email, userId } = await newClerk();
    const idle = await ctx.auth.login(email, PASSWORD, { client: { ip: '10.0.0.1' } });
    const busy = await ctx.auth.login(email, PASSWORD, { client: { ip: '10.0.0.2' } });
    ctx.now = new Date('2026-12-03T08:29:59Z');
    await expect(ctx.auth.authenticate(busy.token)).resolves.toMatchObject({ userId });
    ctx.now = new Date('2026-12-03T08:30:00Z');
    await expect(ctx.auth.authenticate(idle.token)).resolves.toBeUndefined();
    // The idle session is gone from the database, not only refused.
    const rows = await ctx.dataSource.getRepository(SessionEntity).findBy({ userId });
    expect(rows).toHaveLength(1);
    // Used every 20 minutes, the other one lives until 8 hours after login, not a minute longer.
    for (let minutes = 50; minutes < 480; minutes += 20) {
      ctx.now = new Date(Date.parse('2026-12-03T08:00:00Z') + minutes * 60_000);
      await expect(ctx.auth.authenticate(busy.token)).resolves.toMatchObject({ userId });
    }
    ctx.now = new Date('2026-12-03T15:59:59Z');
    await expect(ctx.auth.authenticate(busy.token)).resolves.toMatchObject({ userId });
    ctx.now = new Date('2026-12-03T16:00:00Z');
    await expect(ctx.auth.authenticate(busy.token)).resolves.toBeUndefined();
  });

  it('should note the last use at most once a minute', async () => {
    const { email, userId } = await newClerk();
    const { token } = await ctx.auth.login(email, PASSWORD, { client: { ip: '10.0.0.1' } });
    const lastSeen = async () =>
      (await ctx.dataSource.getRepository(SessionEntity).findOneByOrFail({ userId })).lastSeenAt;
    ctx.now = new Date('2026-12-03T08:00:59Z');
    await ctx.auth.authenticate(token);
    expect(await lastSeen()).toEqual(new Date('2026-12-03T08:00:00Z'));
    ctx.now = new Date('2026-12-03T08:01:00Z');
    await ctx.auth.authenticate(token);
    expect(await lastSeen()).toEqual(new Date('2026-12-03T08:01:00Z'));
  });

  it("should list a clerk's own sessions with address and browser, and end one or all others", async () => {
    const { email, userId } = await newClerk();
    const other = await newClerk();
    const otherSession = await ctx.auth.login(other.email, PASSWORD, {
      client: { ip: '10.0.0.9' },
    });
    const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
    const first = await ctx.auth.login(email, PASSWORD, {
      client: { ip: '10.0.0.1', userAgent: firefox },
    });
    ctx.now = new Date('2026-12-03T08:05:00Z');
    const second = await ctx.auth.login(email, PASSWORD, { client: { ip: '10.0.0.2' } });
    ctx.now = new Date('2026-12-03T08:06:00Z');
    const third = await ctx.auth.login(email, PASSWORD, { client: { ip: '10.0.0.3' } });
    const actor = (await ctx.auth.authenticate(first.token))!;

    const listed = await ctx.auth.sessionsOf(actor, first.token);
    expect(listed.map((s) => [s.ip, s.current])).toEqual([
      ['10.0.0.3', false],
      ['10.0.0.2', false],
      ['10.0.0.1', true],
    ]);
    expect(listed[2]).toMatchObject({
      userAgent: firefox,
      startedAt: '2026-12-03T08:00:00.000Z',
      expiresAt: '2026-12-03T16:00:00.000Z',
    });
    expect(JSON.stringify(listed)).not.toContain(first.token);

    // Another user's session cannot be ended through this account, and looks unknown.
    const foreign = await ctx.auth.sessionsOf(
      (await ctx.auth.authenticate(otherSession.token))!,
      otherSession.token,
    );
    await expect(ctx.auth.endOwnSession(actor, foreign[0].id)).resolves.toBe(false);
    await expect(ctx.auth.authenticate(otherSession.token)).resolves.toBeDefined();

    await expect(ctx.auth.endOwnSession(actor, listed[1].id)).resolves.toBe(true);
    await expect(ctx.auth.authenticate(second.token)).resolves.toBeUndefined();
    await expect(ctx.auth.endOtherSessions(actor, first.token)).resolves.toBe(1);
    await expect(ctx.auth.authenticate(third.token)).resolves.toBeUndefined();
    await expect(ctx.auth.authenticate(first.token)).resolves.toMatchObject({ userId });
  });

  it('should refuse a login before checking the password once an address and IP failed five times', async () => {
    const { email } = await newClerk();
    for (let i = 0; i < 5; i++) {
      await expect(
        ctx.auth.login(email, 'fout wachtwoord 1', { client: { ip: '10.1.1.1' } }),
      ).rejects.toMatchObject({ code: 'AUTH.INVALID_CREDENTIALS' });
    }
    // Even the right password waits: a guesser must not learn that it was right.
    const refused = await ctx.auth
      .login(email, PASSWORD, { client: { ip: '10.1.1.1' } })
      .catch((e) => e);
    expect(refused).toBeInstanceOf(LoginBackoffError);
    expect(refused).toMatchObject({ retryAfterSeconds: 1 });
    // The real user elsewhere is not slowed; after the wait the address may try again.
    await expect(
      ctx.auth.login(email, PASSWORD, { client: { ip: '10.2.2.2' } }),
    ).resolves.toHaveProperty('token');
    ctx.now = new Date('2026-12-03T08:00:01Z');
    await expect(
      ctx.auth.login(email, PASSWORD, { client: { ip: '10.1.1.1' } }),
    ).resolves.toHaveProperty('token');
  });
});

import { createHash } from 'node:crypto';
import { LocalDate } from '@wobdesk/domain';
import { RequestEntity } from '@wobdesk/persistence';
import { PublicStatusService, STATUS_CACHE_TTL_MS } from '@wobdesk/public-status';
import { type Actor } from '@wobdesk/register';
import { createWorkflowContext, type WorkflowContext } from '../support/workflow-context.js';
import { rawQuery } from '../support/raw-sql.js';

const d = (iso: string) => LocalDate.parse(iso);

describe(PublicStatusService.name, () => {
  let ctx: WorkflowContext;
  let clerk: Actor;
  /** Revoking a status link is a coordinator's (the register's rule). */
  let coordinator: Actor;
  let outsider: Actor;

  beforeAll(async () => {
    ctx = await createWorkflowContext('2026-11-25');
    clerk = await ctx.newUser(await ctx.newOrganisation());
    coordinator = await ctx.newUser(clerk.organisationId, 'coordinator');
    outsider = await ctx.newUser(await ctx.newOrganisation());
  });

  afterAll(async () => {
    await ctx.close();
  });

  const create = () =>
    ctx.workflow.create(clerk, {
      requester: { name: 'A. Jansen', email: 'a.jansen@example.nl', phone: '06 12345678' },
      receivedOn: '2026-11-02',
      channel: 'web_form',
      subject: 'Subsidies aan sportverenigingen 2025',
      items: [{ text: 'Besluiten' }],
    });

  describe('lookup', () => {
    it('should store only the SHA-256 of the token', async () => {
      const { request, statusToken } = await create();
      const row = await ctx.dataSource
        .getRepository(RequestEntity)
        .findOneByOrFail({ id: request.id });
      expect(row.statusTokenHash).toBe(createHash('sha256').update(statusToken).digest('hex'));
      const dump = JSON.stringify(await rawQuery(ctx.dataSource, 'SELECT * FROM request'));
      expect(dump).not.toContain(statusToken);
    });

    it('should show the state in plain Dutch, the key dates and the public timeline', async () => {
      const { request, statusToken } = await create();
      await ctx.workflow.execute(clerk, request.id, 1, {
        type: 'acknowledgeReceipt',
        occurredOn: d('2026-11-03'),
      });
      await ctx.workflow.assign(clerk, request.id, 2, clerk.userId);
      await ctx.workflow.execute(clerk, request.id, 3, {
        type: 'requestThirdPartyView',
        occurredOn: d('2026-11-10'),
        termEndsOn: d('2026-11-27'),
      });
      await ctx.workflow.execute(clerk, request.id, 4, {
        type: 'notifyExtension',
        occurredOn: d('2026-11-20'),
        days: 14,
        reason: 'size_or_complexity',
        motivation: 'Interne notitie: veel documenten van Sportclub X',
      });
      const status = await ctx.status.lookup(statusToken);
      expect(status).toEqual({
        reference: request.reference,
        subject: 'Subsidies aan sportverenigingen 2025',
        phase: 'acknowledged',
        stateNl: 'Wij hebben u laten weten dat uw verzoek is ontvangen. Wij werken eraan.',
        keyDates: {
          receivedOn: '2026-11-02',
          decisionDue: '2026-12-31',
          extendedTo: '2026-12-31',
          suspendedUntil: '2026-11-27',
        },
        timeline: [
          { on: '2026-11-02', textNl: 'Wij hebben uw verzoek ontvangen.' },
          { on: '2026-11-03', textNl: expect.stringContaining('bevestigd') },
          { on: '2026-11-10', textNl: expect.stringContaining('mening') },
          { on: '2026-11-20', textNl: expect.stringContaining('14 dagen meer tijd') },
        ],
      });
      const text = JSON.stringify(status);
      for (const secret of [
        clerk.name,
        clerk.userId,
        'Sportclub',
        'a.jansen',
        '06 1234',
        'A. Jansen',
      ]) {
        expect(text).not.toContain(secret);
      }
    });

    it.each(['', 'x', 'a'.repeat(43), 'a'.repeat(44), '../../etc/passwd', `${'A'.repeat(42)}=`])(
      'should answer undefined for the unknown or malformed token %p',
      async (token) => {
        await expect(ctx.status.lookup(token)).resolves.toBeUndefined();
      },
    );
  });

  describe('cache', () => {
    it('should show a change made through the register at once', async () => {
      const { request, statusToken } = await create();
      expect((await ctx.status.lookup(statusToken))?.phase).toBe('received');
      await ctx.workflow.execute(clerk, request.id, 1, {
        type: 'acknowledgeReceipt',
        occurredOn: d('2026-11-03'),
      });
      expect((await ctx.status.lookup(statusToken))?.phase).toBe('acknowledged');
    });

    it("should show another process's change within STATUS_CACHE_TTL_MS", async () => {
      const { request, statusToken } = await create();
      await ctx.status.lookup(statusToken);
      await rawQuery(ctx.dataSource, 'UPDATE request SET subject = ? WHERE id = ?', [
        'Gewijzigd door de worker',
        request.id,
      ]);
      const start = ctx.now;
      try {
        expect((await ctx.status.lookup(statusToken))?.subject).not.toBe(
          'Gewijzigd door de worker',
        );
        ctx.now = new Date(start.getTime() + STATUS_CACHE_TTL_MS);
        expect((await ctx.status.lookup(statusToken))?.subject).toBe('Gewijzigd door de worker');
      } finally {
        ctx.now = start;
      }
    });
  });

  describe('revoke and reissue', () => {
    it('should make a revoked token look exactly like an unknown one', async () => {
      const { request, statusToken } = await create();
      await ctx.workflow.revokeStatusToken(coordinator, request.id);
      await expect(ctx.status.lookup(statusToken)).resolves.toBeUndefined();
      const events = await ctx.workflow.events(clerk, request.id);
      expect(events.map((e) => e.type)).toEqual(['request_received', 'status_token_revoked']);
      await ctx.workflow.revokeStatusToken(coordinator, request.id);
      expect(await ctx.workflow.events(clerk, request.id)).toHaveLength(2);
    });

    it('should issue a new token that works while the old one stops working', async () => {
      const { request, statusToken } = await create();
      const fresh = await ctx.workflow.reissueStatusToken(clerk, request.id);
      expect(fresh).not.toBe(statusToken);
      await expect(ctx.status.lookup(statusToken)).resolves.toBeUndefined();
      await expect(ctx.status.lookup(fresh)).resolves.toMatchObject({
        reference: request.reference,
      });
      await ctx.workflow.revokeStatusToken(coordinator, request.id);
      await expect(ctx.status.lookup(fresh)).resolves.toBeUndefined();
      const again = await ctx.workflow.reissueStatusToken(clerk, request.id);
      await expect(ctx.status.lookup(again)).resolves.toMatchObject({
        reference: request.reference,
      });
    });

    it("should not let another organisation revoke or reissue a request's token", async () => {
      const { request, statusToken } = await create();
      await expect(ctx.workflow.revokeStatusToken(outsider, request.id)).rejects.toMatchObject({
        kind: 'not_found',
      });
      await expect(ctx.workflow.reissueStatusToken(outsider, request.id)).rejects.toMatchObject({
        kind: 'not_found',
      });
      await expect(ctx.status.lookup(statusToken)).resolves.toBeDefined();
    });

    it('should show each token only its own request', async () => {
      const one = await create();
      const two = await create();
      const a = await ctx.status.lookup(one.statusToken);
      const b = await ctx.status.lookup(two.statusToken);
      expect(a?.reference).toBe(one.request.reference);
      expect(b?.reference).toBe(two.request.reference);
    });
  });
});

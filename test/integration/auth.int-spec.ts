import { createHash } from 'node:crypto';
import { AuthService, hashPassword, verifyPassword } from '@wobdesk/accounts';
import { SessionEntity, UserEntity } from '@wobdesk/persistence';
import { WorkflowError } from '@wobdesk/register';
import { createWorkflowContext, type WorkflowContext } from '../support/workflow-context.js';

describe(AuthService.name, () => {
  let ctx: WorkflowContext;
  let organisationId: string;
  let userId: string;

  beforeAll(async () => {
    // A long idle timeout, so these tests see the absolute end alone (sessions.int-spec.ts: idle).
    ctx = await createWorkflowContext('2026-11-25', {
      SESSION_TTL_HOURS: '2',
      SESSION_IDLE_MINUTES: '1440',
    });
    organisationId = await ctx.newOrganisation();
    userId = await ctx.auth.createUser({
      organisationId,
      email: ' Els.Bakker@Example.NL ',
      name: 'Els Bakker',
      // A clerk: sessions are the subject here; a coordinator's login needs a second factor
      // (second-factor.e2e-spec.ts).
      role: 'clerk',
      password: 'geheim wachtwoord',
    });
  });

  afterAll(async () => {
    await ctx.close();
  });

  beforeEach(() => {
    ctx.now = new Date('2026-11-25T10:00:00Z');
  });

  describe('password hashes', () => {
    it('should store scrypt$N$r$p$salt$hash with N = 2^15, r = 8, p = 1 and a 16-byte salt', async () => {
      const user = await ctx.dataSource.getRepository(UserEntity).findOneByOrFail({ id: userId });
      const [scheme, N, r, p, salt, hash] = user.passwordHash.split('$');
      expect([scheme, N, r, p]).toEqual(['scrypt', '32768', '8', '1']);
      expect(Buffer.from(salt, 'base64url')).toHaveLength(16);
      expect(Buffer.from(hash, 'base64url')).toHaveLength(32);
      expect(user.passwordHash).not.toContain('geheim');
      expect(user.email).toBe('els.bakker@example.nl');
    });

    it('should verify the right password only, and refuse malformed or tampered hashes', async () => {
      const stored = await hashPassword('één wachtwoord');
      await expect(verifyPassword('één wachtwoord', stored)).resolves.toBe(true);
      await expect(verifyPassword('een wachtwoord', stored)).resolves.toBe(false);
      await expect(verifyPassword('x', 'plain')).resolves.toBe(false);
      await expect(verifyPassword('x', stored.replace('$32768$', '$1073741824$'))).resolves.toBe(
        false,
      );
      await expect(verifyPassword('x', stored.replace('$32768$', '$1000$'))).resolves.toBe(false);
    });
  });

  describe('login', () => {
    it('should open a session that expires after SESSION_TTL_HOURS and store only its hash', async () => {
      const session = await ctx.auth.login('ELS.bakker@example.nl', 'geheim wachtwoord');
      expect(session.actor).toEqual({
        userId,
        organisationId,
        role: 'clerk',
        name: 'Els Bakker',
      });
      expect(session.expiresAt).toBe('2026-11-25T12:00:00.000Z');
      expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const rows = await ctx.dataSource.getRepository(SessionEntity).findBy({ userId });
      const hash = createHash('sha256').update(session.token).digest('hex');
      expect(rows.map((r) => r.tokenHash)).toContain(hash);
      expect(JSON.stringify(rows)).not.toContain(session.token);
    });

    it.each([
      ['els.bakker@example.nl', 'verkeerd wachtwoord'],
      ['niemand@example.nl', 'geheim wachtwoord'],
      ['', ''],
    ])('should refuse %s / %s as unauthenticated, with one message', async (email, password) => {
      const error = await ctx.auth.login(email, password).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkflowError);
      expect(error).toMatchObject({ kind: 'unauthenticated', code: 'AUTH.INVALID_CREDENTIALS' });
    });
  });

  describe('authenticate', () => {
    it('should accept the token until it expires', async () => {
      const { token } = await ctx.auth.login('els.bakker@example.nl', 'geheim wachtwoord');
      await expect(ctx.auth.authenticate(token)).resolves.toMatchObject({ userId });
      ctx.now = new Date('2026-11-25T11:59:59Z');
      await expect(ctx.auth.authenticate(token)).resolves.toMatchObject({ userId });
      ctx.now = new Date('2026-11-25T12:00:00Z');
      await expect(ctx.auth.authenticate(token)).resolves.toBeUndefined();
    });

    it('should refuse unknown and malformed tokens', async () => {
      await expect(ctx.auth.authenticate('A'.repeat(43))).resolves.toBeUndefined();
      await expect(ctx.auth.authenticate('nonsense')).resolves.toBeUndefined();
    });

    it('should drop expired sessions of the user at the next login', async () => {
      await ctx.auth.login('els.bakker@example.nl', 'geheim wachtwoord');
      ctx.now = new Date('2026-11-26T10:00:00Z');
      const { token } = await ctx.auth.login('els.bakker@example.nl', 'geheim wachtwoord');
      const rows = await ctx.dataSource.getRepository(SessionEntity).findBy({ userId });
      expect(rows).toHaveLength(1);
      expect(rows[0].tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    });
  });

  describe('logout', () => {
    it('should end the session at once', async () => {
      const { token } = await ctx.auth.login('els.bakker@example.nl', 'geheim wachtwoord');
      await ctx.auth.logout(token);
      await expect(ctx.auth.authenticate(token)).resolves.toBeUndefined();
      await expect(ctx.auth.logout(token)).resolves.toBeUndefined();
    });
  });

  describe('createUser', () => {
    it('should refuse a duplicate e-mail address, a short password and an unknown role', async () => {
      const base = {
        organisationId,
        name: 'X',
        role: 'clerk' as const,
        password: 'lang genoeg hoor',
      };
      await expect(
        ctx.auth.createUser({ ...base, email: 'ELS.BAKKER@example.nl' }),
      ).rejects.toThrow();
      await expect(
        ctx.auth.createUser({ ...base, email: 'kort@example.nl', password: 'kort' }),
      ).rejects.toMatchObject({ kind: 'invalid', details: { field: 'password' } });
      await expect(
        ctx.auth.createUser({ ...base, email: 'rol@example.nl', role: 'admin' as never }),
      ).rejects.toMatchObject({ kind: 'invalid', details: { field: 'role' } });
    });
  });
});

import { statSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '@wobdesk/config';
import { RequestEntity } from '@wobdesk/persistence';
import { type Actor, StatusLinks } from '@wobdesk/register';
import { createWorkflowContext, type WorkflowContext } from '../support/workflow-context.js';

/** Status tokens derived from a server secret: links can be re-made, only hashes are stored. */
describe(StatusLinks.name, () => {
  let ctx: WorkflowContext;
  let clerk: Actor;
  /** Revoking a status link is a coordinator's (the register's rule). */
  let coordinator: Actor;
  let links: StatusLinks;

  beforeAll(async () => {
    ctx = await createWorkflowContext('2026-11-25', { PUBLIC_BASE_URL: 'https://woo.example.nl' });
    clerk = await ctx.newUser(await ctx.newOrganisation());
    coordinator = await ctx.newUser(clerk.organisationId, 'coordinator');
    links = ctx.module.get(StatusLinks);
  });

  afterAll(async () => {
    await ctx.close();
  });

  const create = () =>
    ctx.workflow.create(clerk, {
      requester: { name: 'B. de Vries', email: 'b.devries@example.nl' },
      receivedOn: '2026-11-02',
      channel: 'email',
      subject: 'Verkeersbesluiten 2026',
      items: [{ text: 'Besluiten' }],
    });
  const rowOf = (id: string) => ctx.dataSource.getRepository(RequestEntity).findOneByOrFail({ id });

  it('should re-derive the token handed out at registration from the stored row', async () => {
    const { request, statusToken } = await create();
    const row = await rowOf(request.id);
    expect(row.statusTokenGeneration).toBe(1);
    expect(links.tokenFor(row)).toBe(statusToken);
    expect(links.urlFor(row)).toBe(`https://woo.example.nl/status/${statusToken}`);
    expect(links.apiUrlFor(row)).toBe(`https://woo.example.nl/api/status/${statusToken}`);
    expect(await ctx.status.lookup(statusToken)).toBeDefined();
    const dump = JSON.stringify(await ctx.dataSource.query('SELECT * FROM request'));
    expect(dump).not.toContain(statusToken);
  });

  it('should derive a new token on reissue and forget the old one', async () => {
    const { request, statusToken: first } = await create();
    const second = await ctx.workflow.reissueStatusToken(clerk, request.id);
    const row = await rowOf(request.id);
    expect(second).not.toBe(first);
    expect(row.statusTokenGeneration).toBe(2);
    expect(links.tokenFor(row)).toBe(second);
    expect(await ctx.status.lookup(first)).toBeUndefined();
    expect(await ctx.status.lookup(second)).toBeDefined();
  });

  it('should give no link for a revoked token, and a fresh one after reissue', async () => {
    const { request } = await create();
    await ctx.workflow.revokeStatusToken(coordinator, request.id);
    expect(links.tokenFor(await rowOf(request.id))).toBeUndefined();
    const again = await ctx.workflow.reissueStatusToken(clerk, request.id);
    expect(links.tokenFor(await rowOf(request.id))).toBe(again);
  });

  it('should give no link for a row stored before tokens were derivable (generation 0)', () => {
    const legacy = { id: 'x', statusTokenGeneration: 0, statusTokenRevokedAt: null };
    expect(links.tokenFor(legacy)).toBeUndefined();
  });

  it('should keep the key beside the SQLite file (owner-only) so links survive a restart', async () => {
    // A SQLite configuration of its own (the test database may be PostgreSQL, which needs
    // STATUS_TOKEN_SECRET instead); only the key file beside the path is written.
    const config = loadConfig({ DATABASE_PATH: join(ctx.db.dir, 'links.sqlite') });
    if (config.database.type !== 'sqlite') throw new Error('expected SQLite');
    const first = new StatusLinks(config);
    const keyFile = `${config.database.path}.status-key`;
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const restarted = new StatusLinks(config);
    expect(restarted.tokenOf('a', 1)).toBe(first.tokenOf('a', 1));
  });

  it('should use STATUS_TOKEN_SECRET when it is set', () => {
    const secret = 'k'.repeat(32);
    const configured = new StatusLinks(
      loadConfig({ DATABASE_PATH: ':memory:', STATUS_TOKEN_SECRET: secret }),
    );
    const same = new StatusLinks(
      loadConfig({ DATABASE_PATH: ':memory:', STATUS_TOKEN_SECRET: secret }),
    );
    expect(configured.tokenOf('a', 1)).toBe(same.tokenOf('a', 1));
    expect(configured.tokenOf('a', 1)).not.toBe(links.tokenOf('a', 1));
    expect(configured.tokenOf('a', 1)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('should derive the short status code from the token generation: a new one on reissue, none when revoked', () => {
    const links = new StatusLinks(
      loadConfig({ DATABASE_PATH: ':memory:', STATUS_TOKEN_SECRET: 'c'.repeat(32) }),
    );
    const row = { id: 'a', statusTokenGeneration: 1, statusTokenRevokedAt: null };
    const code = links.codeFor(row)!;
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(links.codeFor(row)).toBe(code);
    expect(links.codeMatches(row, code.toLowerCase().replace('-', ''))).toBe(true);
    expect(links.codeFor({ ...row, id: 'b' })).not.toBe(code);
    const reissued = { ...row, statusTokenGeneration: 2 };
    expect(links.codeFor(reissued)).not.toBe(code);
    expect(links.codeMatches(reissued, code)).toBe(false);
    const revoked = { ...row, statusTokenRevokedAt: new Date('2026-01-01T10:00:00Z') };
    expect(links.codeFor(revoked)).toBeUndefined();
    expect(links.codeMatches(revoked, code)).toBe(false);
  });

  it('should refuse PostgreSQL without STATUS_TOKEN_SECRET, and a short secret', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:p@127.0.0.1/w' })).toThrow(
      /STATUS_TOKEN_SECRET must be set when DATABASE_URL is/,
    );
    expect(() => loadConfig({ STATUS_TOKEN_SECRET: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ STATUS_TOKEN_SECRET: 'short' })).toThrow(/hidden/);
  });
});

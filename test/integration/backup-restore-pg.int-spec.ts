// `wobdesk backup` and `wobdesk restore` on PostgreSQL (pg_dump -Fc / pg_restore) with a file
// store, on the tests' own throwaway cluster: a backup taken while requests are registered, the
// restore drill on it, and a restore into an empty database that holds the register as of the
// backup and the same stored files.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Test, type TestingModule } from '@nestjs/testing';
import { AccountsModule, AuthService } from '@wobdesk/accounts';
import { ConfigModule, loadConfig } from '@wobdesk/config';
import { BlobStore } from '@wobdesk/documents';
import { OrganisationRepository, prepareDatabase } from '@wobdesk/persistence';
import {
  type Actor,
  type NewRequestInput,
  RegisterModule,
  RequestWorkflowService,
} from '@wobdesk/register';
import { DataSource } from 'typeorm';
import { checksumsUnder, storedAndFolded, wobdesk } from '../support/backup-checks.js';
import { minimalPdf } from '../support/document-files.js';
import {
  createPgDatabase,
  type PgCluster,
  postgresBinDir,
  startPgCluster,
} from '../support/pg-cluster.js';
import { newRequestBody } from '../support/register-api.js';
import { insertTestOrganisation } from '../support/test-organisation.js';

describe('wobdesk backup and restore (PostgreSQL)', () => {
  let cluster: PgCluster;
  let module: TestingModule;
  let work: string;
  let env: Record<string, string>;
  let clerk: Actor;
  const backups = () => join(work, 'backups');

  const register = () =>
    module
      .get(RequestWorkflowService)
      .create(clerk, newRequestBody({ receivedOn: '2024-04-02' }) as unknown as NewRequestInput);
  const scalar = async (url: string, sql: string) => {
    const ds = await new DataSource({ type: 'postgres', url }).initialize();
    try {
      return Number(((await ds.query(sql)) as { n: string }[])[0].n);
    } finally {
      await ds.destroy();
    }
  };

  beforeAll(async () => {
    cluster = await startPgCluster();
    work = await mkdtemp(join(tmpdir(), 'wobdesk-pg-backup-'));
    env = {
      DATABASE_URL: await createPgDatabase(cluster.url('postgres'), 'wobdesk_live'),
      STATUS_TOKEN_SECRET: 'een-geheim-van-minstens-tweeendertig-tekens',
      DOCUMENTS_DIR: join(work, 'documents'),
      SEEDS_DIR: loadConfig({}).seedsDir,
      LOG_LEVEL: 'error',
    };
    const config = loadConfig(env);
    await prepareDatabase(config);
    module = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config), RegisterModule, AccountsModule],
    }).compile();
    await module.init();
    const organisationId = await insertTestOrganisation(module.get(OrganisationRepository));
    const userId = await module.get(AuthService).createUser({
      organisationId,
      email: 'behandelaar@example.nl',
      name: 'Behandelaar',
      role: 'clerk',
      password: 'correct horse battery',
    });
    clerk = { userId, organisationId, role: 'clerk', name: 'Behandelaar' };
    for (let i = 0; i < 3; i++) await register();
    const store = new BlobStore(env.DOCUMENTS_DIR);
    for (const text of ['Advies', 'Verslag']) {
      const blob = await store.receive(Readable.from([minimalPdf([text])]), 1e6, `${text}.pdf`);
      await store.persist([blob]);
      await store.place(blob);
    }
    // Starting a cluster and migrating a PostgreSQL database take longer than the tier's budget
    // on a busy machine.
  }, 120_000);

  afterAll(async () => {
    await module?.close();
    await cluster?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('should dump while requests are registered, pass the drill, and restore into an empty database', async () => {
    expect(postgresBinDir()).toBeDefined();
    let writing = true;
    const writer = (async () => {
      while (writing) await register();
    })();
    const before = await scalar(env.DATABASE_URL, 'SELECT COUNT(*) AS n FROM request');
    const backup = join(backups(), 'nightly');
    const run = await wobdesk(['backup', '--to', backup], env);
    writing = false;
    await writer;
    const after = await scalar(env.DATABASE_URL, 'SELECT COUNT(*) AS n FROM request');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const manifest = JSON.parse(await readFile(join(backup, 'manifest.json'), 'utf8'));
    expect(manifest.database.type).toBe('postgres');
    expect(manifest.database.counts.requests).toBeGreaterThanOrEqual(before);
    expect(manifest.database.counts.requests).toBeLessThanOrEqual(after);
    expect(manifest.files.map((f: { path: string }) => f.path)).toContain(
      'database/wobdesk.pgdump',
    );

    // The drill restores into a scratch database on the same server and drops it again.
    const drill = await wobdesk(['restore', '--drill', '--from', backups(), '--lang', 'en'], env);
    expect(drill.stderr).toBe('');
    expect(drill.stdout).toMatch(/Passed\.\n$/);
    expect(drill.code).toBe(0);
    expect(
      await scalar(
        cluster.url('postgres'),
        "SELECT COUNT(*) AS n FROM pg_database WHERE datname LIKE 'wobdesk_drill_%'",
      ),
    ).toBe(0);

    const restoredEnv = {
      ...env,
      DATABASE_URL: await createPgDatabase(cluster.url('postgres'), 'wobdesk_restored'),
      DOCUMENTS_DIR: join(work, 'restored-documents'),
    };
    const restore = await wobdesk(['restore', '--from', backup], restoredEnv);
    expect(restore).toMatchObject({ code: 0, stderr: '' });
    const restored = await storedAndFolded({ type: 'postgres', url: restoredEnv.DATABASE_URL });
    expect(restored).toHaveLength(manifest.database.counts.requests);
    for (const { row, folded, gapless } of restored) {
      expect(gapless).toBe(true);
      expect(row).toMatchObject(folded!);
    }
    expect(await checksumsUnder(restoredEnv.DOCUMENTS_DIR)).toEqual(
      await checksumsUnder(env.DOCUMENTS_DIR),
    );

    const again = await wobdesk(['restore', '--from', backup, '--lang', 'en'], restoredEnv);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('restore only overwrites it with --force');
    // A dump, two restores and a migration of the scratch database.
  }, 120_000);
});

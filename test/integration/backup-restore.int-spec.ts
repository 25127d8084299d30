// `wobdesk backup` and `wobdesk restore` on SQLite with real files: a backup taken while requests
// keep being registered through the API, restored into a new place, holds the register as of the
// backup (every stored request equal to the fold of its events) and the same stored files.
import { existsSync } from 'node:fs';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS } from '@wobdesk/persistence';
import { DataSource } from 'typeorm';
import { minimalPdf } from '../support/document-files.js';
import { checksumsUnder, storedAndFolded, wobdesk } from '../support/backup-checks.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';

describe('wobdesk backup and restore (SQLite)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let work: string;
  let liveEnv: Record<string, string>;
  let restoredEnv: Record<string, string>;
  const backups = () => join(work, 'backups');
  const backup = () => join(backups(), 'nightly');

  const requestCount = async () =>
    Number(
      (
        (await api.app.get(DataSource).query('SELECT COUNT(*) AS n FROM request')) as {
          n: number;
        }[]
      )[0].n,
    );

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-02');
    clerk = await api.newUser(await api.newOrganisation(), 'clerk');
    const { id } = await createRequest(api, clerk);
    await api
      .http()
      .post(`/api/requests/${id}/documents`)
      .set('authorization', clerk.auth)
      .attach('files', minimalPdf(['Advies over het Stationsplein']), 'advies.pdf')
      .attach('files', minimalPdf(['Verslag van het overleg']), 'verslag.pdf')
      .expect(201);
    work = await mkdtemp(join(tmpdir(), 'wobdesk-backup-'));
    const config = api.db.config;
    if (config.database.type !== 'sqlite') throw new Error('this test is about SQLite');
    liveEnv = { DATABASE_PATH: config.database.path, SEEDS_DIR: config.seedsDir };
    restoredEnv = {
      DATABASE_PATH: join(work, 'restored', 'wobdesk.sqlite'),
      DOCUMENTS_DIR: join(work, 'restored', 'documents'),
      SEEDS_DIR: config.seedsDir,
    };
  });

  afterAll(async () => {
    await api?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('should take a backup while requests keep being registered, and restore the register as of the backup', async () => {
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await createRequest(api, clerk);
        written++;
      }
    })();
    // The writer is under way before the backup starts, and goes on until it ends.
    while (written < 2) await createRequest(api, clerk).then(() => written++);
    const before = await requestCount();
    const writtenBefore = written;
    const run = await wobdesk(['backup', '--to', backup()], liveEnv);
    const writtenDuring = written - writtenBefore;
    writing = false;
    await writer;
    const after = await requestCount();

    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(writtenDuring).toBeGreaterThan(0);
    const manifest = JSON.parse(await readFile(join(backup(), 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({
      format: 'wobdesk-backup/1',
      wobdeskVersion: expect.stringMatching(/^\d+\.\d+\.\d+/),
      database: { type: 'sqlite', lastMigration: MIGRATIONS.at(-1)!.name },
    });
    expect(manifest.database.counts.requests).toBeGreaterThanOrEqual(before);
    expect(manifest.database.counts.requests).toBeLessThanOrEqual(after);
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(['database/wobdesk.sqlite', 'database/status-key']),
    );
    // Nothing is left beside the backup: it was written under a temporary name and renamed.
    expect(await readdir(backups())).toEqual(['nightly']);

    const restore = await wobdesk(['restore', '--from', backup()], restoredEnv);
    expect(restore).toMatchObject({ code: 0, stderr: '' });
    expect(restore.stdout).toContain('npm run db:migrate');

    const restored = await storedAndFolded({ type: 'sqlite', path: restoredEnv.DATABASE_PATH });
    expect(restored).toHaveLength(manifest.database.counts.requests);
    for (const { row, folded, gapless } of restored) {
      expect(gapless).toBe(true);
      expect(row).toMatchObject(folded!);
    }
    const liveFiles = await checksumsUnder(api.db.config.documents.dir);
    expect(Object.keys(liveFiles).length).toBeGreaterThanOrEqual(2);
    expect(await checksumsUnder(restoredEnv.DOCUMENTS_DIR)).toEqual(liveFiles);
    expect(await readFile(`${restoredEnv.DATABASE_PATH}.status-key`, 'utf8')).toBe(
      await readFile(`${liveEnv.DATABASE_PATH}.status-key`, 'utf8'),
    );
  });

  it('should pass the restore drill on the latest backup in a directory of backups', async () => {
    const drill = await wobdesk(
      ['restore', '--drill', '--from', backups(), '--lang', 'en'],
      liveEnv,
    );
    expect(drill.stderr).toBe('');
    expect(drill.code).toBe(0);
    expect(drill.stdout).toContain(`Restore drill of ${backup()}`);
    expect(drill.stdout).toMatch(/Passed\.\n$/);
  });

  it('should refuse to overwrite an existing database without --force, and overwrite it with --force', async () => {
    await writeFile(restoredEnv.DATABASE_PATH, 'not the restored register');
    const refused = await wobdesk(['restore', '--from', backup(), '--lang', 'en'], restoredEnv);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(restoredEnv.DATABASE_PATH);
    expect(refused.stderr).toContain('--force');
    expect(await readFile(restoredEnv.DATABASE_PATH, 'utf8')).toBe('not the restored register');

    const forced = await wobdesk(['restore', '--from', backup(), '--force'], restoredEnv);
    expect(forced.code).toBe(0);
    const backedUp = await readFile(join(backup(), 'database', 'wobdesk.sqlite'));
    expect((await readFile(restoredEnv.DATABASE_PATH)).equals(backedUp)).toBe(true);
  });

  it('should refuse a tampered backup, naming the file, and restore nothing', async () => {
    const tampered = join(work, 'tampered');
    await cp(backup(), tampered, { recursive: true });
    const manifest = JSON.parse(await readFile(join(tampered, 'manifest.json'), 'utf8'));
    const document = manifest.files.find((f: { path: string }) => f.path.startsWith('documents/'));
    await appendFile(join(tampered, document.path), 'x');
    const target = join(work, 'from-tampered', 'wobdesk.sqlite');
    const env = { ...restoredEnv, DATABASE_PATH: target, DOCUMENTS_DIR: join(work, 'td') };

    const run = await wobdesk(['restore', '--from', tampered, '--lang', 'en'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`the backup is damaged: ${document.path}`);
    expect(existsSync(target)).toBe(false);
    expect(existsSync(join(work, 'td'))).toBe(false);
  });

  it('should refuse a manifest that points outside the backup', async () => {
    const crafted = join(work, 'crafted');
    await cp(backup(), crafted, { recursive: true });
    const manifest = JSON.parse(await readFile(join(crafted, 'manifest.json'), 'utf8'));
    manifest.files.push({ path: '../outside', sha256: '0'.repeat(64), size: 0 });
    await writeFile(join(crafted, 'manifest.json'), JSON.stringify(manifest));
    const env = { ...restoredEnv, DATABASE_PATH: join(work, 'from-crafted', 'wobdesk.sqlite') };

    const run = await wobdesk(['restore', '--from', crafted, '--lang', 'en'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('manifest.json is not of the form wobdesk-backup/1');
    expect(existsSync(env.DATABASE_PATH)).toBe(false);
  });

  it('should refuse a target that exists and is not empty', async () => {
    const target = join(work, 'occupied');
    await mkdir(target);
    await writeFile(join(target, 'something'), 'kept');
    const run = await wobdesk(['backup', '--to', target, '--lang', 'en'], liveEnv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--to ${target}: already exists and is not empty`);
    expect(await readFile(join(target, 'something'), 'utf8')).toBe('kept');
  });
});

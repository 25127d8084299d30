// `wobdesk restore --drill --from DIR`: restores the latest backup into a scratch place, brings
// its schema up to date and checks it the way the backup test does: the counts recorded in the
// manifest, every stored request equal to the re-fold of its events, and every stored file the
// database refers to present with its checksum. A backup that was never restored is a hope.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig, DatabaseConfig } from '@wobdesk/config';
import { foldEvents } from '@wobdesk/domain';
import {
  createScratchPostgres,
  dataSourceOptions,
  dropScratchPostgres,
  HolidayCalendarRepository,
  openDataSource,
  prepareDatabase,
  projectRequestState,
  readDatabaseFacts,
  type RegisterCounts,
  referencedBlobs,
  repositoriesOf,
  RequestEntity,
} from '@wobdesk/persistence';
import { domainEventsOf } from '@wobdesk/register';
import { usageError } from '../cli-support.js';
import { type BackupManifest, MANIFEST_FILE, sha256Of } from './manifest.js';
import { restoreBackup } from './restore-backup.js';

const PAGE = 500;

export interface DrillReport {
  readonly backupDir: string;
  readonly manifest: BackupManifest;
  readonly restored: RegisterCounts;
  readonly checkedRequests: number;
  readonly checkedFiles: number;
  /** Empty when the drill passed. */
  readonly problems: readonly string[];
}

export async function restoreDrill(
  config: AppConfig,
  options: { from: string; pgBin?: string },
): Promise<DrillReport> {
  const backupDir = await latestBackup(options.from);
  const scratch = await mkdtemp(join(tmpdir(), 'wobdesk-drill-'));
  const pgName = `wobdesk_drill_${randomBytes(6).toString('hex')}`;
  let database: DatabaseConfig = { type: 'sqlite', path: join(scratch, 'wobdesk.sqlite') };
  try {
    if (config.database.type === 'postgres') {
      database = {
        type: 'postgres',
        url: await createScratchPostgres(config.database.url, pgName),
      };
    }
    const documentsDir = join(scratch, 'documents');
    const { manifest } = await restoreBackup(
      { database, documentsDir },
      { from: backupDir, force: false, pgBin: options.pgBin },
    );
    const restored = (await readDatabaseFacts(database)).counts;
    const problems: string[] = [];
    for (const key of Object.keys(restored) as (keyof RegisterCounts)[]) {
      if (restored[key] !== manifest.database.counts[key]) {
        problems.push(
          `${key}: ${restored[key]} restored, ${manifest.database.counts[key]} in the manifest`,
        );
      }
    }
    await prepareDatabase({ database, seedsDir: config.seedsDir });
    const checked = await checkRegister(database, documentsDir, problems);
    return { backupDir, manifest, restored, ...checked, problems };
  } finally {
    await rm(scratch, { recursive: true, force: true });
    if (config.database.type === 'postgres') await dropScratchPostgres(config.database.url, pgName);
  }
}

async function checkRegister(database: DatabaseConfig, documentsDir: string, problems: string[]) {
  const ds = await openDataSource(dataSourceOptions(database));
  try {
    const calendar = await new HolidayCalendarRepository(ds).loadCalendar();
    const events = repositoriesOf(ds.manager).requests;
    let checkedRequests = 0;
    for (let skip = 0; ; skip += PAGE) {
      const rows = await ds.manager.find(RequestEntity, { order: { id: 'ASC' }, skip, take: PAGE });
      for (const row of rows) {
        const state = foldEvents(domainEventsOf(await events.events(row.id)), calendar);
        const projection = state && projectRequestState(state);
        const differs = projection
          ? Object.entries(projection).filter(([k, v]) => row[k as keyof RequestEntity] !== v)
          : [['events', 'no state']];
        if (differs.length > 0) {
          problems.push(
            `request ${row.reference}: stored ${differs.map(([k]) => k).join(', ')} differ from the fold of its events`,
          );
        }
        checkedRequests++;
      }
      if (rows.length < PAGE) break;
    }
    let checkedFiles = 0;
    for (const sha of await referencedBlobs((sql) => ds.query(sql))) {
      const path = join(documentsDir, sha.slice(0, 2), sha.slice(2, 4), sha);
      if (!existsSync(path)) problems.push(`stored file ${sha} is missing`);
      else if ((await sha256Of(path)) !== sha) problems.push(`stored file ${sha} is damaged`);
      checkedFiles++;
    }
    return { checkedRequests, checkedFiles };
  } finally {
    await ds.destroy();
  }
}

/** DIR itself when it is a backup, else the newest backup directly under it. */
export async function latestBackup(from: string): Promise<string> {
  if (existsSync(join(from, MANIFEST_FILE))) return from;
  const found: { dir: string; createdAt: string }[] = [];
  const entries = await readdir(from, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    // Directories starting with a dot are backups still being written.
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const dir = join(from, entry.name);
    try {
      const { createdAt } = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as {
        createdAt?: unknown;
      };
      if (typeof createdAt === 'string') found.push({ dir, createdAt });
    } catch {
      // not a backup
    }
  }
  const latest = found.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1);
  if (!latest) {
    throw usageError(
      `--from ${from}: geen back-up gevonden (een map met ${MANIFEST_FILE}, of een map met zulke mappen).`,
      `--from ${from}: no backup found (a directory with ${MANIFEST_FILE}, or a directory of such directories).`,
    );
  }
  return latest.dir;
}

// `wobdesk backup --to DIR`: the database, the stored files and a manifest of checksums, written
// into a temporary directory beside DIR and renamed to DIR at the end, so a backup is complete
// or absent.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { AppConfig } from '@wobdesk/config';
import { backupSqlite, type DatabaseFacts, dumpPostgres } from '@wobdesk/persistence';
import { usageError } from '../cli-support.js';
import {
  BACKUP_LAYOUT,
  type BackupManifest,
  describeFiles,
  filesUnder,
  MANIFEST_FORMAT,
  writeManifest,
} from './manifest.js';

export interface BackupOptions {
  readonly to: string;
  /** PostgreSQL's client programs (`--pg-bin`); default: see pgBinDir. */
  readonly pgBin?: string;
  readonly now: () => Date;
  readonly version: string;
}

export async function takeBackup(
  config: AppConfig,
  options: BackupOptions,
): Promise<BackupManifest> {
  const target = resolve(options.to);
  await refuseNonEmpty(target);
  await mkdir(dirname(target), { recursive: true });
  const work = join(
    dirname(target),
    `.${basename(target)}.partial-${randomBytes(4).toString('hex')}`,
  );
  await mkdir(join(work, 'database'), { recursive: true });
  try {
    // The database first: stored files are only ever added, so a copy of the store taken after
    // it holds every file the database copy refers to.
    const facts = await copyDatabase(config, work, options.pgBin);
    await copyTree(
      config.documents.dir,
      join(work, BACKUP_LAYOUT.documents),
      (rel) => rel === 'tmp',
    );
    const templates = config.letters.organisationTemplatesDir;
    if (templates) await copyTree(templates, join(work, BACKUP_LAYOUT.templates));
    const manifest: BackupManifest = {
      format: MANIFEST_FORMAT,
      wobdeskVersion: options.version,
      createdAt: options.now().toISOString(),
      database: { type: config.database.type, ...facts },
      files: await describeFiles(work),
    };
    await writeManifest(work, manifest);
    await refuseNonEmpty(target);
    await rename(work, target);
    return manifest;
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}

async function copyDatabase(
  config: AppConfig,
  work: string,
  pgBin?: string,
): Promise<DatabaseFacts> {
  const { database } = config;
  if (database.type === 'postgres') {
    return dumpPostgres(database.url, join(work, BACKUP_LAYOUT.pgDump), pgBin);
  }
  if (database.path === ':memory:' || !existsSync(database.path)) {
    throw usageError(
      `er is geen database om te bewaren op ${database.path} (DATABASE_PATH).`,
      `there is no database to back up at ${database.path} (DATABASE_PATH).`,
    );
  }
  const facts = await backupSqlite(database.path, join(work, BACKUP_LAYOUT.sqlite));
  // Without the key the status links in letters and e-mails already sent stop working.
  const key = `${database.path}.status-key`;
  if (existsSync(key)) await copyFile(key, join(work, BACKUP_LAYOUT.statusKey));
  return facts;
}

async function copyTree(from: string, to: string, skip?: (rel: string) => boolean) {
  if (!existsSync(from)) return;
  for (const rel of await filesUnder(from, skip)) {
    await mkdir(dirname(join(to, rel)), { recursive: true });
    await copyFile(join(from, rel), join(to, rel));
  }
}

async function refuseNonEmpty(target: string): Promise<void> {
  const info = await stat(target).catch(() => undefined);
  if (info === undefined) return;
  if (!info.isDirectory() || (await readdir(target)).length > 0) {
    throw usageError(
      `--to ${target}: bestaat al en is niet leeg; kies een nieuwe map (een back-up overschrijft nooit een andere).`,
      `--to ${target}: already exists and is not empty; choose a new directory (a backup never overwrites another).`,
    );
  }
}

/** The version in the package.json of Wobdesk, found upwards from `from`. */
export async function wobdeskVersion(from: string): Promise<string> {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(await readFile(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'wobdesk' && pkg.version) return pkg.version;
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}

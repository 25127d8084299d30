// `wobdesk restore --from DIR`: checks every checksum first, refuses to overwrite existing data
// without --force, then puts the database and the stored files in place.
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DatabaseConfig } from '@wobdesk/config';
import { postgresTableCount, restorePostgres } from '@wobdesk/persistence';
import { usageError } from '../cli-support.js';
import { BACKUP_LAYOUT, type BackupManifest, verifyBackup } from './manifest.js';

/** Where a backup is restored to: the configured places, or the drill's scratch ones. */
export interface RestoreTarget {
  readonly database: DatabaseConfig;
  readonly documentsDir: string;
  /** ORGANISATION_TEMPLATES_DIR; unset: templates in the backup are left where they are. */
  readonly templatesDir?: string;
}

export interface RestoreOptions {
  readonly from: string;
  readonly force: boolean;
  readonly pgBin?: string;
}

export interface RestoreReport {
  readonly manifest: BackupManifest;
  readonly documents: number;
  readonly templates: number;
  /** The backup holds template overrides but ORGANISATION_TEMPLATES_DIR is not set. */
  readonly templatesLeftIn?: string;
}

export async function restoreBackup(
  target: RestoreTarget,
  options: RestoreOptions,
): Promise<RestoreReport> {
  const manifest = await verifyBackup(options.from);
  const under = (prefix: string) =>
    manifest.files.filter((f) => f.path.startsWith(`${prefix}/`)).map((f) => f.path);
  const documents = under(BACKUP_LAYOUT.documents);
  const templates = under(BACKUP_LAYOUT.templates);
  await refuseToOverwrite(target, manifest, templates, options.force);

  if (target.database.type === 'postgres') {
    await restorePostgres(target.database.url, join(options.from, BACKUP_LAYOUT.pgDump), {
      replace: options.force,
      binDir: options.pgBin,
    });
  } else {
    await restoreSqlite(target.database.path, options.from, manifest);
  }
  await copyInto(options.from, documents, BACKUP_LAYOUT.documents, target.documentsDir);
  if (target.templatesDir) {
    await copyInto(options.from, templates, BACKUP_LAYOUT.templates, target.templatesDir);
  }
  return {
    manifest,
    documents: documents.length,
    templates: target.templatesDir ? templates.length : 0,
    ...(!target.templatesDir &&
      templates.length > 0 && { templatesLeftIn: join(options.from, BACKUP_LAYOUT.templates) }),
  };
}

/** Everything that would be replaced is looked at before anything changes. */
async function refuseToOverwrite(
  target: RestoreTarget,
  manifest: BackupManifest,
  templates: readonly string[],
  force: boolean,
): Promise<void> {
  const { database } = target;
  if (manifest.database.type !== database.type) {
    throw usageError(
      `deze back-up is van een ${manifest.database.type}-database en past niet op de ingestelde ${database.type}-database.`,
      `this backup is of a ${manifest.database.type} database and does not fit the configured ${database.type} database.`,
    );
  }
  if (force) return;
  const existing: string[] = [];
  if (database.type === 'postgres') {
    if ((await postgresTableCount(database.url)) > 0) existing.push('DATABASE_URL');
  } else {
    for (const file of [database.path, `${database.path}.status-key`]) {
      if (existsSync(file)) existing.push(file);
    }
  }
  const overrides = target.templatesDir;
  if (overrides && templates.some((t) => existsSync(join(overrides, relativeTo(t))))) {
    existing.push(overrides);
  }
  if (existing.length > 0) {
    throw usageError(
      `er staat al een database of sleutel op ${existing.join(', ')}; terugzetten overschrijft die alleen met --force. Er is niets veranderd.`,
      `a database or key already exists at ${existing.join(', ')}; restore only overwrites it with --force. Nothing was changed.`,
    );
  }
}

async function restoreSqlite(path: string, from: string, manifest: BackupManifest) {
  if (path === ':memory:') {
    throw usageError(
      'DATABASE_PATH is :memory:; geef een bestand om de database in terug te zetten.',
      'DATABASE_PATH is :memory:; give a file to restore the database into.',
    );
  }
  await mkdir(dirname(path), { recursive: true });
  // Copied beside the target and renamed: a crash leaves the old or the new file, never half.
  const partial = `${path}.restoring`;
  await copyFile(join(from, BACKUP_LAYOUT.sqlite), partial);
  for (const stale of [`${path}-wal`, `${path}-shm`]) await rm(stale, { force: true });
  await rename(partial, path);
  const key = `${path}.status-key`;
  if (manifest.files.some((f) => f.path === BACKUP_LAYOUT.statusKey)) {
    await copyFile(join(from, BACKUP_LAYOUT.statusKey), key);
    await chmod(key, 0o600);
  }
}

async function copyInto(from: string, paths: readonly string[], prefix: string, to: string) {
  for (const path of paths) {
    const rel = path.slice(prefix.length + 1);
    await mkdir(dirname(join(to, rel)), { recursive: true });
    await copyFile(join(from, path), join(to, rel));
  }
}

function relativeTo(path: string): string {
  return path.slice(BACKUP_LAYOUT.templates.length + 1);
}

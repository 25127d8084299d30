// The manifest of a backup: what it holds, with the sha256 and size of every file, so that a
// restore can prove the copy is whole before it puts anything in place.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { RegisterCounts } from '@wobdesk/persistence';
import { usageError } from '../cli-support.js';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_FORMAT = 'wobdesk-backup/1';

/** Where each part lives inside a backup directory. */
export const BACKUP_LAYOUT = {
  sqlite: 'database/wobdesk.sqlite',
  pgDump: 'database/wobdesk.pgdump',
  statusKey: 'database/status-key',
  documents: 'documents',
  templates: 'organisation-templates',
} as const;

export interface ManifestFile {
  /** Relative to the backup directory, always with `/`. */
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
}

export interface BackupManifest {
  readonly format: typeof MANIFEST_FORMAT;
  readonly wobdeskVersion: string;
  /** When the backup was finished (ISO 8601, UTC). */
  readonly createdAt: string;
  readonly database: {
    readonly type: 'sqlite' | 'postgres';
    /** The name of the last migration the copied schema ran; null for an empty schema. */
    readonly lastMigration: string | null;
    /** Counted in the copy itself, so a restore can be held against them. */
    readonly counts: RegisterCounts;
  };
  readonly files: readonly ManifestFile[];
}

export async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** Every regular file under `dir`, as paths relative to it (`/`-separated), sorted. */
export async function filesUnder(dir: string, skip: (rel: string) => boolean = () => false) {
  const found: string[] = [];
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      const rel = relative(dir, full).split(sep).join('/');
      if (skip(rel)) continue;
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) found.push(rel);
    }
  };
  await walk(dir);
  return found.sort();
}

/** Hashes every file of a finished backup directory (except the manifest itself). */
export async function describeFiles(backupDir: string): Promise<ManifestFile[]> {
  const files: ManifestFile[] = [];
  for (const path of await filesUnder(backupDir, (rel) => rel === MANIFEST_FILE)) {
    const full = join(backupDir, path);
    files.push({ path, sha256: await sha256Of(full), size: (await lstat(full)).size });
  }
  return files;
}

export async function writeManifest(backupDir: string, manifest: BackupManifest): Promise<void> {
  await writeFile(join(backupDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, {
    flag: 'wx',
  });
}

/**
 * Reads the manifest and checks every file it lists against its size and sha256 before anything
 * is restored; the first damaged or missing file refuses the backup, by name.
 */
export async function verifyBackup(backupDir: string): Promise<BackupManifest> {
  const manifest = await readManifest(backupDir);
  for (const file of manifest.files) {
    const full = join(backupDir, file.path);
    const stat = await lstat(full).catch(() => undefined);
    if (!stat?.isFile()) {
      throw usageError(
        `de back-up is niet compleet: ${file.path} ontbreekt; er is niets teruggezet.`,
        `the backup is incomplete: ${file.path} is missing; nothing was restored.`,
      );
    }
    if (stat.size !== file.size || (await sha256Of(full)) !== file.sha256) {
      throw usageError(
        `de back-up is beschadigd: ${file.path} wijkt af van de controlesom in ${MANIFEST_FILE}; er is niets teruggezet.`,
        `the backup is damaged: ${file.path} does not match its checksum in ${MANIFEST_FILE}; nothing was restored.`,
      );
    }
  }
  return manifest;
}

async function readManifest(backupDir: string): Promise<BackupManifest> {
  const at = join(backupDir, MANIFEST_FILE);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(at, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw usageError(
      missing
        ? `--from ${backupDir}: geen back-up van Wobdesk (${MANIFEST_FILE} ontbreekt).`
        : `--from ${backupDir}: ${MANIFEST_FILE} is geen leesbare JSON.`,
      missing
        ? `--from ${backupDir}: not a Wobdesk backup (${MANIFEST_FILE} is missing).`
        : `--from ${backupDir}: ${MANIFEST_FILE} is not readable JSON.`,
    );
  }
  const m = parsed as Partial<BackupManifest>;
  const filesOk =
    Array.isArray(m.files) &&
    m.files.every(
      (f: Partial<ManifestFile>) =>
        typeof f.path === 'string' &&
        safeRelative(f.path) &&
        typeof f.sha256 === 'string' &&
        /^[0-9a-f]{64}$/.test(f.sha256) &&
        Number.isSafeInteger(f.size),
    );
  if (
    m.format !== MANIFEST_FORMAT ||
    !filesOk ||
    (m.database?.type !== 'sqlite' && m.database?.type !== 'postgres')
  ) {
    throw usageError(
      `--from ${backupDir}: ${MANIFEST_FILE} is niet van de vorm ${MANIFEST_FORMAT}.`,
      `--from ${backupDir}: ${MANIFEST_FILE} is not of the form ${MANIFEST_FORMAT}.`,
    );
  }
  return m as BackupManifest;
}

/** A manifest path may only point inside the backup: relative, no `..`. */
function safeRelative(path: string): boolean {
  return (
    path.length > 0 &&
    !isAbsolute(path) &&
    !path.includes('\\') &&
    normalize(path) === path &&
    !path.split('/').includes('..')
  );
}

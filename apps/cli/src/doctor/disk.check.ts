// Free space where the database and the stored letters and documents live: a full disk stops
// every write (a request, an event, a letter) at once, so the check warns well before.
import { statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type CheckResult, fail, ok, warn } from './check-result.js';

const MIB = 1024 * 1024;

/** Below `warnBytes` free: WARN; below `failBytes`: FAIL. */
export interface DiskThresholds {
  readonly warnBytes: number;
  readonly failBytes: number;
}

export const DISK_THRESHOLDS: DiskThresholds = { warnBytes: 2048 * MIB, failBytes: 200 * MIB };

/** Free bytes for an unprivileged user on the filesystem holding `path`. */
export type FreeBytes = (path: string) => Promise<number>;

export const freeBytesOf: FreeBytes = async (path) => {
  const stats = await statfs(path);
  return stats.bavail * stats.bsize;
};

/**
 * `what` names the data (e.g. `database`), `path` a file or directory that may not exist yet:
 * its nearest existing parent is on the filesystem it will be written to.
 */
export async function checkDiskSpace(
  what: string,
  path: string,
  free: FreeBytes = freeBytesOf,
  thresholds: DiskThresholds = DISK_THRESHOLDS,
): Promise<CheckResult> {
  const check = `Disk space (${what})`;
  let probe = path;
  let bytes: number | undefined;
  while (bytes === undefined) {
    try {
      bytes = await free(probe);
    } catch (e) {
      const parent = dirname(probe);
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || parent === probe) {
        return fail(check, `cannot read the free space at ${path}`, 'check that the path exists');
      }
      probe = parent;
    }
  }
  const shown = `${formatBytes(bytes)} free at ${probe}`;
  const fix = `free space or move ${what} to a larger filesystem (at least ${formatBytes(thresholds.warnBytes)})`;
  if (bytes < thresholds.failBytes) return fail(check, `only ${shown}`, fix);
  if (bytes < thresholds.warnBytes) return warn(check, `only ${shown}`, fix);
  return ok(check, shown);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MIB) return `${(bytes / (1024 * MIB)).toFixed(1)} GiB`;
  return `${Math.floor(bytes / MIB)} MiB`;
}

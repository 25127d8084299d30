// What a restored copy must hold, checked the way the backup tests need it: the CLI run
// in-process, every stored request against the fold of its events, the stored files by checksum.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatabaseConfig } from '@wobdesk/config';
import { foldEvents } from '@wobdesk/domain';
import {
  dataSourceOptions,
  HolidayCalendarRepository,
  openDataSource,
  projectRequestState,
  repositoriesOf,
  RequestEntity,
} from '@wobdesk/persistence';
import { domainEventsOf } from '@wobdesk/register';
import { filesUnder } from '../../apps/cli/src/backup/manifest.js';
import { main } from '../../apps/cli/src/wobdesk.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `wobdesk …` in-process with `env` as its whole environment. */
export async function wobdesk(argv: string[], env: Record<string, string>): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: process.cwd(),
    env,
  });
  return { code, stdout, stderr };
}

/** sha256 of every file under `dir` (a document store: its `tmp/` left out), by relative path. */
export async function checksumsUnder(dir: string): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  if (!existsSync(dir)) return sums;
  for (const rel of await filesUnder(dir, (r) => r === 'tmp')) {
    sums[rel] = createHash('sha256')
      .update(await readFile(join(dir, rel)))
      .digest('hex');
  }
  return sums;
}

/**
 * The stored requests of a database, each with the projection of the fold of its stored events
 * (what the row must equal) and whether its event sequence has no gaps.
 */
export async function storedAndFolded(database: DatabaseConfig) {
  const ds = await openDataSource(dataSourceOptions(database));
  try {
    const calendar = await new HolidayCalendarRepository(ds).loadCalendar();
    const rows = await ds.manager.find(RequestEntity, { order: { id: 'ASC' } });
    const requests = [];
    for (const row of rows) {
      const stored = await repositoriesOf(ds.manager).requests.events(row.id);
      const state = foldEvents(domainEventsOf(stored), calendar);
      requests.push({
        row,
        folded: state && projectRequestState(state),
        gapless: stored.every((e, i) => e.sequence === i + 1),
      });
    }
    return requests;
  } finally {
    await ds.destroy();
  }
}

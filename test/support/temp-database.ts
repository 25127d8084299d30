import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { type AppConfig, loadConfig } from '@wobdesk/config';

export interface TempDatabase {
  readonly dir: string;
  readonly config: AppConfig;
  remove(): Promise<void>;
}

/**
 * A configuration whose SQLite file lives in a fresh directory under the OS temp dir, so that a
 * test can never touch `data/wobdesk.sqlite`. The schema is created by the migrations
 * (`prepareDatabase`), never by synchronize. With `copySeeds` the repository's `seeds/` is copied
 * next to the database, so the test may edit it.
 */
export async function createTempDatabase(
  options: { copySeeds?: boolean; env?: Record<string, string> } = {},
): Promise<TempDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'wobdesk-test-'));
  const env: Record<string, string> = {
    DATABASE_PATH: join(dir, 'wobdesk.sqlite'),
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  if (options.copySeeds) {
    await cp(loadConfig({}).seedsDir, join(dir, 'seeds'), { recursive: true });
    env.SEEDS_DIR = join(dir, 'seeds');
  }
  const config = loadConfig(env);
  if (
    config.database.type !== 'sqlite' ||
    !resolve(config.database.path).startsWith(tmpdir() + sep)
  ) {
    throw new Error('Tests only use SQLite files under the OS temp dir');
  }
  return { dir, config, remove: () => rm(dir, { recursive: true, force: true }) };
}

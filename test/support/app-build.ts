// Builds an app of the monorepo (`nest build <app>`) for the tests that run it as a child process,
// when dist/ is missing or older than its sources (as apps/cli/bin/wobdesk.mjs does). The build
// empties the app's dist/ first (nest-cli.json `deleteOutDir`), so two test files that need the
// same app at once (Jest runs two) take turns under a lock: the second finds the build fresh and
// leaves it alone, instead of deleting it while the first starts its processes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newestSource } from '../../apps/cli/bin/newest-source.mjs';

const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
/** A lock older than this was left by a killed test run. */
const STALE_LOCK_MS = 15 * 60_000;

/** The compiled entry of an app: dist/apps/<app>/apps/<app>/src/main.js. */
export function appMain(app: string): string {
  return join(ROOT, `dist/apps/${app}/apps/${app}/src/main.js`);
}

function isFresh(app: string): boolean {
  const main = appMain(app);
  const sources = Math.max(newestSource(join(ROOT, 'libs')), newestSource(join(ROOT, 'apps', app)));
  return existsSync(main) && statSync(main).mtimeMs >= sources;
}

/** Blocks this process for `ms` without giving the event loop a turn. */
function blockFor(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function acquireLock(lock: string): void {
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (existsSync(lock) ? statSync(lock).mtimeMs : Date.now());
      if (age > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      else blockFor(200);
    }
  }
}

export function ensureAppBuilt(app: 'api' | 'worker' | 'cli'): void {
  if (isFresh(app)) return;
  const lock = join(ROOT, 'dist', `.building-${app}`);
  acquireLock(lock);
  try {
    if (isFresh(app)) return;
    const nest = join(ROOT, 'node_modules/@nestjs/cli/bin/nest.js');
    const result = spawnSync(process.execPath, [nest, 'build', app], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (result.status !== 0) {
      throw new Error(`nest build ${app} failed:\n${result.stdout}${result.stderr}`);
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

// `npm run wobdesk -- <command> …`: runs the compiled CLI (apps/cli/src/wobdesk.ts), building
// it first when dist/ is missing or older than the TypeScript sources, so a fresh clone works.
// Build output goes to stderr, so stdout stays clean for `npm run -s wobdesk -- … --json`.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { newestSource } from './newest-source.mjs';

const root = dirname(dirname(dirname(dirname(fileURLToPath(import.meta.url)))));
const compiled = join(root, 'dist/apps/cli/apps/cli/src/wobdesk.js');

function needsBuild() {
  if (!existsSync(compiled)) return 'dist/ has no compiled CLI';
  const built = statSync(compiled).mtimeMs;
  const sources = Math.max(
    newestSource(join(root, 'apps/cli/src')),
    newestSource(join(root, 'libs')),
  );
  return sources > built ? 'the sources changed since the last build' : undefined;
}

const reason = needsBuild();
if (reason) {
  process.stderr.write(`wobdesk: ${reason}; running npm run build …\n`);
  // npm sets npm_execpath when this runs as an npm script; otherwise call npm from PATH.
  const npm = process.env.npm_execpath;
  const result = npm
    ? spawnSync(process.execPath, [npm, 'run', '--silent', 'build'], {
        cwd: root,
        stdio: ['ignore', 2, 2],
      })
    : spawnSync('npm', ['run', '--silent', 'build'], {
        cwd: root,
        stdio: ['ignore', 2, 2],
        shell: process.platform === 'win32',
      });
  if (result.status !== 0 || !existsSync(compiled)) {
    process.stderr.write('wobdesk: the build failed; see the messages above.\n');
    process.exit(result.status || 1);
  }
}

const { runAsProcess } = await import(pathToFileURL(compiled).href);
runAsProcess(process.argv.slice(2));

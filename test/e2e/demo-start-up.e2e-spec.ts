// `npm run demo` migrates, seeds and starts the API; a newcomer reads the end of that output. The
// three steps run here as separate processes from the TypeScript sources, the way the demo runs
// the built ones, and the API must end its start-up output with the addresses and the demo login.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOADER = join(ROOT, 'test/support/ts-loader.mjs');
const NODE_ARGS = ['--disable-warning=ExperimentalWarning', '--import', LOADER];
const CLI = join(ROOT, 'apps/cli/src');
const MAIN = join(ROOT, 'apps/api/src/main.ts');
const RULE = '-'.repeat(72);

describe('the demo start-up output', () => {
  let dir: string;
  let env: Record<string, string>;
  let api: ChildProcess | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wobdesk-test-'));
    env = {
      PATH: process.env.PATH ?? '',
      DATABASE_PATH: join(dir, 'demo.sqlite'),
      MAIL_CATCHER_DIR: join(dir, 'mail'),
      PORT: '0',
      PUBLIC_BASE_URL: 'http://127.0.0.1:3000',
      // As in the demo: the scheduler runs inside the API and the framework logs at `log`.
      LOG_LEVEL: 'log',
    };
  });

  afterAll(async () => {
    if (api !== undefined && api.exitCode === null) {
      const exited = new Promise((resolve) => api!.once('exit', resolve));
      api.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  });

  const run = async (script: string): Promise<string> =>
    (
      await promisify(execFile)(process.execPath, [...NODE_ARGS, join(CLI, script)], {
        cwd: ROOT,
        env,
      })
    ).stdout;

  /** Starts the API and resolves with everything it printed up to the end of its notice. */
  const startApi = (): Promise<string> =>
    new Promise((resolve, reject) => {
      api = spawn(process.execPath, [...NODE_ARGS, MAIN], { cwd: ROOT, env });
      let output = '';
      const collect = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const lines = output.split('\n');
        const start = lines.indexOf('Wobdesk is running.');
        if (start > 0 && lines.indexOf(RULE, start) > 0) resolve(output);
      };
      api.stdout!.on('data', collect);
      api.stderr!.on('data', collect);
      api.once('exit', (code) => reject(new Error(`the API exited (${code}):\n${output}`)));
    });

  it('should end with the addresses and the login the seed set, which works', async () => {
    await run('migrate.ts');
    const seeded = await run('seed.ts');
    const seedLogin = /^Demo-login: (\S+) \/ (\S+)$/m.exec(seeded);
    expect(seedLogin).not.toBeNull();

    const output = await startApi();
    const lines = output.trimEnd().split('\n');
    const notice = lines.slice(lines.lastIndexOf(RULE, lines.length - 2));
    // The framework's start-up log comes first, the notice last.
    expect(lines.slice(0, -notice.length).join('\n')).toContain(
      'Nest application successfully started',
    );
    const url = /Clerks log in at:\s+(http:\/\/127\.0\.0\.1:\d+)\/inloggen$/m.exec(output)![1];
    expect(notice).toEqual([
      RULE,
      'Wobdesk is running.',
      `  Clerks log in at:        ${url}/inloggen`,
      `  Requesters submit at:    ${url}/verzoek-indienen`,
      `  A requester's status:    ${url}/status/<token> (the link shown after submitting)`,
      `  JSON API (OpenAPI):      ${url}/api/docs`,
      `  Demo-login:              ${seedLogin![1]} / ${seedLogin![2]}`,
      RULE,
    ]);

    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: seedLogin![1], password: seedLogin![2] }),
    });
    expect(login.status).toBe(200);
    expect((await fetch(`${url}/inloggen`)).status).toBe(200);
  }, 120_000);
});

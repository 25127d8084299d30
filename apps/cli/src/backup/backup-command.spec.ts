// The flags of `backup` and `restore`: every mistake is exit code 2 with a message that names
// the flag, before any configuration is read or any file touched.
import { type CliIo } from '../cli-support.js';
import { EXIT_OK, EXIT_USAGE, main } from '../wobdesk.js';

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: process.cwd(),
    // A configuration that would be refused: the flags must be refused before it is read.
    env: { PORT: 'not a port' },
  };
  return { code: await main(argv, io), stdout, stderr };
}

describe('wobdesk backup and restore flags', () => {
  it('should require --to for a backup and --from for a restore', async () => {
    expect(await run(['backup', '--lang', 'en'])).toEqual({
      code: EXIT_USAGE,
      stdout: '',
      stderr: 'wobdesk: --to DIR is required.\n',
    });
    expect(await run(['restore'])).toMatchObject({
      code: EXIT_USAGE,
      stderr: 'wobdesk: --from MAP is verplicht.\n',
    });
  });

  it('should refuse --force together with --drill', async () => {
    const r = await run(['restore', '--from', '/backups', '--drill', '--force', '--lang', 'en']);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stderr).toContain('--force does not go with --drill');
  });

  it('should name an unknown flag and point at the help of the command', async () => {
    const r = await run(['backup', '--to', '/backups/x', '--overwrite', '--lang', 'en']);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stderr).toBe(
      "wobdesk: unknown flag --overwrite for 'backup'; see: wobdesk help backup.\n",
    );
  });

  it('should print the help of both commands', async () => {
    expect((await run(['help', 'restore', '--lang', 'en'])).stdout).toContain('--drill');
    const r = await run(['backup', '--help']);
    expect(r.code).toBe(EXIT_OK);
    expect(r.stdout).toContain('--to MAP');
  });

  it('should report a wrong setting as bad input, not as an internal error', async () => {
    const r = await run(['backup', '--to', '/backups/x', '--lang', 'en']);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stderr).toContain('PORT');
  });
});

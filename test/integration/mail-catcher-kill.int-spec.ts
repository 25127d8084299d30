import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATCHER_TEMP_DIR, CatcherTransport } from '@wobdesk/mail';

const CHILD = fileURLToPath(new URL('../support/catcher-writer-child.ts', import.meta.url));
const LOADER = fileURLToPath(new URL('../support/ts-loader.mjs', import.meta.url));
const ROUNDS = 2;

/** Starts a writer and resolves once it stored its first message (it keeps on writing). */
function startWriter(dir: string): Promise<{ child: ChildProcess; exited: Promise<unknown> }> {
  const child = fork(CHILD, [dir], {
    execArgv: ['--disable-warning=ExperimentalWarning', '--import', LOADER],
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve({ child, exited }));
    void exited.then(() => reject(new Error('the writer exited before it stored a message')));
  });
}

// Whoever reads the catcher's directory (a newcomer's mail program, the tests) must only ever see
// complete .eml files, also after a writer was killed with SIGKILL in the middle of a write.
describe('the mail catcher killed while writing', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'wobdesk-catcher-'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('should leave only complete messages, and clear its leftovers on the next start', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { child, exited } = await startWriter(dir);
      // Into the writes that follow the first: each message is ~11 MB, composed and written.
      await new Promise((resolve) => setTimeout(resolve, 30 + round * 45));
      child.kill('SIGKILL');
      await exited;
      const visible = readdirSync(dir).filter((name) => name !== CATCHER_TEMP_DIR);
      expect(visible.filter((name) => !/^message-\d+\.eml$/.test(name))).toEqual([]);
      for (const name of visible) {
        const mail = readFileSync(join(dir, name), 'latin1');
        expect(mail).toMatch(/^Content-Type: multipart\/mixed;/m);
        expect(mail.trimEnd()).toMatch(/--$/);
      }
    }
    await new CatcherTransport(dir).send({
      outboxId: 'after-restart',
      from: 'woo@example.nl',
      to: { email: 'verzoeker@example.nl' },
      subject: 'Na de herstart',
      text: 'Tekst',
      html: '<p>Tekst</p>',
      messageId: '<after-restart@example.nl>',
      headers: {},
      attachments: [],
    });
    expect(readdirSync(join(dir, CATCHER_TEMP_DIR))).toEqual([]);
    expect(readdirSync(dir)).toContain('after-restart.eml');
  }, 120_000);
});

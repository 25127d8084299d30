import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@wobdesk/config';
import { demoLoginFile, readDemoLogin, recordDemoLogin } from '@wobdesk/demo';
import { startUpNotice } from './start-up-notice.js';

describe('start-up notice', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wobdesk-test-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const sqlite = () => loadConfig({ DATABASE_PATH: join(dir, 'wobdesk.sqlite') });

  it('should show no login for a database the demo seed never ran on', () => {
    expect(readDemoLogin(sqlite())).toBeUndefined();
    const notice = startUpNotice('http://127.0.0.1:3000', 'api/docs', readDemoLogin(sqlite()));
    expect(notice.join('\n')).not.toContain('Demo-login');
    expect(notice).toContain('  JSON API (OpenAPI):      http://127.0.0.1:3000/api/docs');
  });

  it('should show the login the seed recorded last, in a file only its owner can read', async () => {
    const config = sqlite();
    recordDemoLogin(config, { email: 'demo@wobdesk.local', password: 'first-password' });
    recordDemoLogin(config, { email: 'demo@wobdesk.local', password: 'second-password' });
    expect(readDemoLogin(config)).toEqual({
      email: 'demo@wobdesk.local',
      password: 'second-password',
    });
    expect((await stat(demoLoginFile(config)!)).mode & 0o777).toBe(0o600);
    expect(startUpNotice('http://127.0.0.1:3000', 'api/docs', readDemoLogin(config))).toContain(
      '  Demo-login:              demo@wobdesk.local / second-password',
    );
  });

  it('should ignore a damaged file instead of stopping the API', async () => {
    const config = sqlite();
    await writeFile(demoLoginFile(config)!, '{"email":');
    expect(readDemoLogin(config)).toBeUndefined();
  });

  it('should keep no file for PostgreSQL or an in-memory database', () => {
    const postgres = loadConfig({
      DATABASE_URL: 'postgres://wobdesk@localhost/wobdesk',
      STATUS_TOKEN_SECRET: 'x'.repeat(32),
    });
    expect(demoLoginFile(postgres)).toBeUndefined();
    expect(demoLoginFile(loadConfig({ DATABASE_PATH: ':memory:' }))).toBeUndefined();
    recordDemoLogin(postgres, { email: 'demo@wobdesk.local', password: 'not-kept-anywhere' });
    expect(readDemoLogin(postgres)).toBeUndefined();
  });
});

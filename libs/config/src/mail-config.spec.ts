import { join } from 'node:path';
import { loadConfig } from './load-config.js';

describe('loadConfig (mail)', () => {
  const cwd = '/srv/wobdesk';

  it('should default to the catcher in data/mail, 8 attempts from 30 s, a 120 s lease', () => {
    expect(loadConfig({}, cwd).mail).toEqual({
      from: 'Wobdesk <wobdesk@localhost>',
      catcherDir: join(cwd, 'data/mail'),
      maxAttempts: 8,
      retryBaseSeconds: 30,
      leaseSeconds: 120,
    });
  });

  it('should read every mail variable', () => {
    expect(
      loadConfig(
        {
          SMTP_URL: 'smtp://woo:geheim@mail.voorbeeld.nl:587',
          MAIL_FROM: 'Gemeente Voorbeeld <woo@voorbeeld.nl>',
          MAIL_CATCHER_DIR: '/var/lib/wobdesk/mail',
          MAIL_MAX_ATTEMPTS: '5',
          MAIL_RETRY_BASE_SECONDS: '60',
          MAIL_LEASE_SECONDS: '300',
        },
        cwd,
      ).mail,
    ).toEqual({
      smtpUrl: 'smtp://woo:geheim@mail.voorbeeld.nl:587',
      from: 'Gemeente Voorbeeld <woo@voorbeeld.nl>',
      catcherDir: '/var/lib/wobdesk/mail',
      maxAttempts: 5,
      retryBaseSeconds: 60,
      leaseSeconds: 300,
    });
  });

  it('should not echo a rejected SMTP URL (it may hold a password)', () => {
    expect(() => loadConfig({ SMTP_URL: 'ftp://user:geheim@host' }, cwd)).toThrow(/<hidden>/);
    expect(() => loadConfig({ SMTP_URL: 'ftp://user:geheim@host' }, cwd)).not.toThrow(/geheim/);
  });
});

import { checkSmtp, smtpAddress } from './smtp.check.js';

const refusing = (code: string, message: string) => async () => {
  throw Object.assign(new Error(message), { code });
};

describe('checkSmtp', () => {
  const url = 'smtp://wobdesk:s3cret@mail.example.nl:587';

  it('connected and logged in: OK, without the password', async () => {
    const result = await checkSmtp(url, '/unused', async () => undefined);
    expect(result).toEqual({
      check: 'SMTP',
      status: 'ok',
      detail: 'smtp://mail.example.nl:587: connected and logged in',
    });
  });

  it('a refused login: FAIL named "SMTP login" with the fix', async () => {
    const result = await checkSmtp(
      url,
      '/unused',
      refusing('EAUTH', 'Invalid login: 535 Authentication credentials invalid'),
    );
    expect(result).toEqual({
      check: 'SMTP login',
      status: 'fail',
      detail:
        'smtp://mail.example.nl:587 refused the login: Invalid login: 535 Authentication credentials invalid',
      fix: 'check the user name and password in SMTP_URL (smtp://user:password@host:587)',
    });
  });

  it('no connection: FAIL about host, port and firewall', async () => {
    const result = await checkSmtp(url, '/unused', refusing('ESOCKET', 'connect ECONNREFUSED'));
    expect(result.check).toBe('SMTP');
    expect(result.detail).toBe(
      'smtp://mail.example.nl:587 cannot be reached: connect ECONNREFUSED',
    );
    expect(result.fix).toMatch(/host and port in SMTP_URL/);
  });

  it('a TLS failure: FAIL pointing at smtps:// versus STARTTLS', async () => {
    const result = await checkSmtp(url, '/unused', refusing('ETLS', 'wrong version number'));
    expect(result.fix).toMatch(/^use smtps:\/\/ for port 465/);
  });

  it('an error repeating the URL does not leak the password', async () => {
    const result = await checkSmtp(url, '/unused', refusing('ESOCKET', `cannot use ${url}`));
    expect(result.detail).not.toContain('s3cret');
  });

  it('never shows the user or password of the URL', () => {
    expect(smtpAddress('smtps://a:b@mail.example.nl:465')).toBe('smtps://mail.example.nl:465');
  });
});

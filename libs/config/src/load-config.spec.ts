import { join } from 'node:path';
import { configWarnings } from './config-warnings.js';
import { ConfigError, loadConfig } from './load-config.js';

/** A status-token secret of the minimum length, for the PostgreSQL cases. */
const SECRET = 's'.repeat(32);

describe(loadConfig.name, () => {
  const cwd = '/srv/wobdesk';

  it('should apply the defaults when nothing is set', () => {
    const config = loadConfig({}, cwd);
    expect(config.database).toEqual({ type: 'sqlite', path: join(cwd, 'data/wobdesk.sqlite') });
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(3000);
    expect(config.seedsDir).toBe(join(cwd, 'seeds'));
    expect(config.logLevel).toBe('log');
    expect(config.logLevels).toEqual(['fatal', 'error', 'warn', 'log']);
    expect(config.sessionTtlHours).toBe(8);
    expect(config.sessionIdleMinutes).toBe(30);
    expect(config.demoPassword).toBeUndefined();
  });

  it('should read the session lifetime and the demo password', () => {
    const config = loadConfig(
      { SESSION_TTL_HOURS: '12', SESSION_IDLE_MINUTES: '45', DEMO_PASSWORD: 'geheim-demo-2026' },
      cwd,
    );
    expect(config.sessionTtlHours).toBe(12);
    expect(config.sessionIdleMinutes).toBe(45);
    expect(config.demoPassword).toBe('geheim-demo-2026');
  });

  it('should read every variable and resolve relative paths against the working directory', () => {
    const config = loadConfig(
      {
        DATABASE_PATH: 'db/x.sqlite',
        HOST: '0.0.0.0',
        PORT: '8080',
        SEEDS_DIR: '/etc/wobdesk/seeds',
        LOG_LEVEL: 'debug',
      },
      cwd,
    );
    expect(config.database).toEqual({ type: 'sqlite', path: join(cwd, 'db/x.sqlite') });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      seedsDir: '/etc/wobdesk/seeds',
      logLevel: 'debug',
    });
  });

  it('should read the rate limits and the public base URL', () => {
    expect(loadConfig({}, cwd)).toMatchObject({ statusRateLimit: 60, loginRateLimit: 10 });
    expect(loadConfig({}, cwd).publicBaseUrl).toBeUndefined();
    const config = loadConfig(
      {
        STATUS_RATE_LIMIT: '0',
        LOGIN_RATE_LIMIT: '25',
        PUBLIC_BASE_URL: 'https://woo.example.nl/wobdesk/',
      },
      cwd,
    );
    expect(config).toMatchObject({
      statusRateLimit: 0,
      loginRateLimit: 25,
      publicBaseUrl: 'https://woo.example.nl/wobdesk',
    });
  });

  it('should keep :memory: as it is', () => {
    expect(loadConfig({ DATABASE_PATH: ':memory:' }, cwd).database).toEqual({
      type: 'sqlite',
      path: ':memory:',
    });
  });

  it('should switch to PostgreSQL when DATABASE_URL is set', () => {
    const url = 'postgres://app:secret@127.0.0.1:5432/wobdesk';
    expect(
      loadConfig({ DATABASE_URL: url, DATABASE_PATH: 'ignored', STATUS_TOKEN_SECRET: SECRET }, cwd)
        .database,
    ).toEqual({
      type: 'postgres',
      url,
    });
  });

  it('should treat an empty variable as not set', () => {
    expect(loadConfig({ PORT: '', HOST: '  ' }, cwd)).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['LOG_LEVEL', 'loud'],
    ['HOST', 'bad host'],
    ['DATABASE_URL', 'mysql://x'],
    ['SESSION_TTL_HOURS', '0'],
    ['SESSION_TTL_HOURS', '721'],
    ['SESSION_TTL_HOURS', '1.5'],
    ['SESSION_IDLE_MINUTES', '4'],
    ['SESSION_IDLE_MINUTES', '1441'],
    ['SESSION_IDLE_MINUTES', 'idle'],
    ['DEMO_PASSWORD', 'short'],
    ['STATUS_RATE_LIMIT', '-5'],
    ['STATUS_RATE_LIMIT', 'many'],
    ['LOGIN_RATE_LIMIT', '1.5'],
    ['PUBLIC_BASE_URL', 'woo.example.nl'],
    ['PUBLIC_BASE_URL', 'https://woo.example.nl/?x=1'],
    ['PDF_PAGES', '0'],
    ['PDF_PAGES', '17'],
    ['SMTP_URL', 'http://mail.voorbeeld.nl'],
    ['MAIL_FROM', 'geen adres'],
    ['MAIL_MAX_ATTEMPTS', '0'],
    ['MAIL_MAX_ATTEMPTS', '51'],
    ['MAIL_RETRY_BASE_SECONDS', '0'],
    ['MAIL_RETRY_BASE_SECONDS', '86401'],
    ['MAIL_LEASE_SECONDS', '5'],
    ['MAIL_LEASE_SECONDS', '3601'],
  ])('should fail fast naming %s when it is %p', (name, value) => {
    expect(() => loadConfig({ [name]: value }, cwd)).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value }, cwd)).toThrow(
      new RegExp(`^Invalid configuration:\\n  - ${name} `),
    );
  });

  it('should report every invalid variable at once, without echoing a database URL', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig(
        {
          PORT: 'x',
          LOG_LEVEL: 'y',
          DATABASE_URL: 'mysql://user:secret@db',
          STATUS_TOKEN_SECRET: SECRET,
        },
        cwd,
      );
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error?.problems).toHaveLength(3);
    expect(error?.message).not.toContain('secret');
  });

  it('should not echo a rejected demo password', () => {
    expect(() => loadConfig({ DEMO_PASSWORD: 'kort' }, cwd)).toThrow(/<hidden>/);
  });

  it('should read the letters variables, with defaults', () => {
    expect(loadConfig({}, cwd).letters).toEqual({ chromiumPath: '/usr/bin/chromium', pdfPages: 2 });
    expect(
      loadConfig(
        {
          TEMPLATES_DIR: 'tpl',
          ORGANISATION_TEMPLATES_DIR: 'org',
          CHROMIUM_PATH: '/opt/chromium',
          PDF_PAGES: '4',
        },
        cwd,
      ).letters,
    ).toEqual({
      templatesDir: join(cwd, 'tpl'),
      organisationTemplatesDir: join(cwd, 'org'),
      chromiumPath: '/opt/chromium',
      pdfPages: 4,
    });
  });

  it.each([
    [undefined, false],
    ['false', false],
    ['true', true],
    ['2', 2],
    ['127.0.0.1, 10.0.0.0/8', ['127.0.0.1', '10.0.0.0/8']],
  ])('should read TRUST_PROXY=%s as %j', (value, expected) => {
    const env = value === undefined ? {} : { TRUST_PROXY: value };
    expect(loadConfig(env, cwd).trustProxy).toEqual(expected);
  });

  it('should refuse a TRUST_PROXY that is no address list', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' }, cwd)).toThrow(/TRUST_PROXY must be/);
  });

  describe('documents', () => {
    const MB = 1024 * 1024;

    it('should keep the document store beside the SQLite database by default', () => {
      expect(loadConfig({ DATABASE_PATH: 'db/x.sqlite' }, cwd).documents).toEqual({
        dir: '/srv/wobdesk/db/documents',
        dirConfigured: false,
        maxFileBytes: 100 * MB,
        zipMaxTotalBytes: 1024 * MB,
        zipMaxEntries: 10_000,
        zipMaxRatio: 200,
        maxDepth: 3,
        sofficePath: 'soffice',
        nearDuplicateThreshold: 0.9,
      });
    });

    it('should read the store and the limits from the environment', () => {
      const env = {
        DOCUMENTS_DIR: 'archief',
        DOCUMENT_MAX_MB: '5',
        ZIP_MAX_TOTAL_MB: '50',
        ZIP_MAX_ENTRIES: '20',
        ZIP_MAX_RATIO: '30',
        DOCUMENT_MAX_DEPTH: '1',
        SOFFICE_PATH: '/opt/libreoffice/program/soffice',
        NEAR_DUPLICATE_THRESHOLD: '0.85',
      };
      expect(loadConfig(env, cwd).documents).toEqual({
        dir: '/srv/wobdesk/archief',
        dirConfigured: true,
        maxFileBytes: 5 * MB,
        zipMaxTotalBytes: 50 * MB,
        zipMaxEntries: 20,
        zipMaxRatio: 30,
        maxDepth: 1,
        sofficePath: '/opt/libreoffice/program/soffice',
        nearDuplicateThreshold: 0.85,
      });
    });

    it('should name each invalid limit', () => {
      expect(() =>
        loadConfig(
          {
            DOCUMENT_MAX_MB: '0',
            ZIP_MAX_RATIO: 'veel',
            DOCUMENT_MAX_DEPTH: '11',
            NEAR_DUPLICATE_THRESHOLD: '0.3',
          },
          cwd,
        ),
      ).toThrow(
        expect.objectContaining({
          problems: [
            'DOCUMENT_MAX_MB must be a whole number from 1 to 100000 (got "0")',
            'ZIP_MAX_RATIO must be a whole number from 2 to 100000 (got "veel")',
            'DOCUMENT_MAX_DEPTH must be a whole number from 1 to 10 (got "11")',
            'NEAR_DUPLICATE_THRESHOLD must be a number from 0.5 to 1 (got "0.3")',
          ],
        }),
      );
    });
  });

  describe('web pages', () => {
    const secure = (env: Record<string, string>) => loadConfig(env, cwd).pages.cookieSecure;

    it('should make cookies Secure except on a loopback site over plain http', () => {
      expect(secure({})).toBe(false); // demo: 127.0.0.1, no PUBLIC_BASE_URL
      expect(secure({ HOST: '0.0.0.0' })).toBe(true);
      expect(secure({ PUBLIC_BASE_URL: 'http://localhost:3000' })).toBe(false);
      expect(secure({ PUBLIC_BASE_URL: 'http://127.0.0.1:3000' })).toBe(false);
      expect(secure({ PUBLIC_BASE_URL: 'http://woo.example.nl' })).toBe(true);
      expect(secure({ PUBLIC_BASE_URL: 'https://woo.example.nl', HOST: '0.0.0.0' })).toBe(true);
      expect(secure({ COOKIE_SECURE: 'true' })).toBe(true);
      expect(secure({ COOKIE_SECURE: 'false', HOST: '0.0.0.0' })).toBe(false);
    });

    it('should read the public organisation and the request form limit', () => {
      const config = loadConfig(
        {
          PUBLIC_ORGANISATION_ID: 'A1B2C3D4-0000-4000-8000-000000000001',
          REQUEST_FORM_RATE_LIMIT: '0',
        },
        cwd,
      );
      expect(config.pages).toEqual({
        cookieSecure: false,
        publicOrganisationId: 'a1b2c3d4-0000-4000-8000-000000000001',
        requestFormRateLimit: 0,
      });
      expect(loadConfig({}, cwd).pages.requestFormRateLimit).toBe(5);
    });

    it('should name a wrong page variable', () => {
      expect(() => loadConfig({ COOKIE_SECURE: 'yes' }, cwd)).toThrow(
        /COOKIE_SECURE must be true or false/,
      );
      expect(() => loadConfig({ PUBLIC_ORGANISATION_ID: 'demo' }, cwd)).toThrow(
        /PUBLIC_ORGANISATION_ID must be an organisation id/,
      );
      expect(() => loadConfig({ REQUEST_FORM_RATE_LIMIT: '-1' }, cwd)).toThrow(
        /REQUEST_FORM_RATE_LIMIT/,
      );
    });
  });

  it('should warn at start-up when PUBLIC_BASE_URL is missing, and only then', () => {
    expect(configWarnings(loadConfig({}, cwd))).toEqual([
      expect.stringContaining('PUBLIC_BASE_URL is not set'),
    ]);
    expect(configWarnings(loadConfig({ PUBLIC_BASE_URL: 'https://woo.example.nl' }, cwd))).toEqual(
      [],
    );
  });

  it('should warn when PostgreSQL is used with a document store under the working directory', () => {
    const env = {
      PUBLIC_BASE_URL: 'https://woo.example.nl',
      DATABASE_URL: 'postgres://wobdesk@db.example.nl/wobdesk',
      STATUS_TOKEN_SECRET: 'a'.repeat(32),
    };
    expect(configWarnings(loadConfig(env, cwd))).toEqual([
      'DOCUMENTS_DIR is not set: document files are stored in /srv/wobdesk/data/documents. With ' +
        'DATABASE_URL, set it to one directory that the API and the worker (every instance) share.',
    ]);
    expect(configWarnings(loadConfig({ ...env, DOCUMENTS_DIR: '/mnt/wobdesk' }, cwd))).toEqual([]);
    expect(configWarnings(loadConfig({ PUBLIC_BASE_URL: env.PUBLIC_BASE_URL }, cwd))).toEqual([]);
  });
});

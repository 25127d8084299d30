import { loadConfig } from './load-config.js';

describe('the observability settings', () => {
  it('defaults to text logs, no metrics endpoint and no shutdown grace', () => {
    expect(loadConfig({}).observability).toEqual({ logFormat: 'text', shutdownGraceSeconds: 0 });
  });

  it('reads LOG_FORMAT, METRICS_TOKEN, METRICS_PORT and SHUTDOWN_GRACE_SECONDS', () => {
    const token = 'a'.repeat(32);
    expect(
      loadConfig({
        LOG_FORMAT: 'json',
        METRICS_TOKEN: token,
        METRICS_PORT: '9464',
        SHUTDOWN_GRACE_SECONDS: '10',
      }).observability,
    ).toEqual({
      logFormat: 'json',
      metricsToken: token,
      metricsPort: 9464,
      shutdownGraceSeconds: 10,
    });
  });

  it.each([
    ['LOG_FORMAT', 'xml', /LOG_FORMAT must be one of: text, json/],
    [
      'METRICS_TOKEN',
      'short',
      /METRICS_TOKEN must be 32 to 512 visible ASCII characters \(got "<hidden>"\)/,
    ],
    ['SHUTDOWN_GRACE_SECONDS', '301', /SHUTDOWN_GRACE_SECONDS must be a whole number 0-300/],
  ])('refuses %s=%s naming the variable and the rule', (key, value, message) => {
    expect(() => loadConfig({ [key]: value })).toThrow(message);
  });

  it('never shows the token in a refusal', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'secret-but-short' })).not.toThrow(/secret-but-short/);
  });

  it('refuses a worker metrics port without a token, and a port out of range', () => {
    expect(() => loadConfig({ METRICS_PORT: '9464' })).toThrow(/METRICS_PORT needs METRICS_TOKEN/);
    expect(() => loadConfig({ METRICS_PORT: '70000', METRICS_TOKEN: 'a'.repeat(32) })).toThrow(
      /METRICS_PORT must be a port number 1-65535/,
    );
  });
});

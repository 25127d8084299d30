import { checkPublicBaseUrl } from './public-base-url.check.js';

describe('checkPublicBaseUrl', () => {
  it('an https address: OK', () => {
    expect(checkPublicBaseUrl('https://woo.example.nl')).toEqual({
      check: 'PUBLIC_BASE_URL',
      status: 'ok',
      detail: 'https://woo.example.nl',
    });
  });

  it('plain http on this machine is fine for a demo', () => {
    expect(checkPublicBaseUrl('http://127.0.0.1:3000').status).toBe('ok');
    expect(checkPublicBaseUrl('http://localhost:3000').status).toBe('ok');
  });

  it('not set: FAIL with an example to copy', () => {
    const result = checkPublicBaseUrl(undefined);
    expect(result.status).toBe('fail');
    expect(result.fix).toBe(
      'set PUBLIC_BASE_URL=https://woo.example.nl (the address requesters use)',
    );
  });

  it('a relative address or another scheme: FAIL', () => {
    expect(checkPublicBaseUrl('/woo').detail).toBe('"/woo" is not an absolute URL');
    expect(checkPublicBaseUrl('ftp://woo.example.nl').status).toBe('fail');
  });

  it('plain http for a public host: FAIL, use https', () => {
    const result = checkPublicBaseUrl('http://woo.example.nl');
    expect(result.status).toBe('fail');
    expect(result.fix).toMatch(/^use https:\/\//);
  });

  it('a query or fragment: FAIL', () => {
    expect(checkPublicBaseUrl('https://woo.example.nl/?a=1').status).toBe('fail');
  });
});

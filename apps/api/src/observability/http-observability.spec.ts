import type { IncomingMessage } from 'node:http';
import { bearerMatches } from './http-observability.js';
import { requestIdOf } from './request-id.js';

const withId = (value?: string) =>
  ({ headers: value === undefined ? {} : { 'x-request-id': value } }) as IncomingMessage;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('requestIdOf', () => {
  it("takes a proxy's sane request id over as it is", () => {
    expect(requestIdOf(withId('0f1e2d3c-proxy.7:1'))).toBe('0f1e2d3c-proxy.7:1');
  });

  it.each([
    ['absent', undefined],
    ['empty', ''],
    ['too long', 'a'.repeat(129)],
    ['with a space', 'a b'],
    ['with a line break', 'a\r\nset-cookie: x'],
    ['with non-ASCII', 'ñ'],
  ])('makes a fresh UUID when the incoming one is %s', (_case, value) => {
    expect(requestIdOf(withId(value))).toMatch(UUID);
  });
});

describe('bearerMatches', () => {
  const token = 't'.repeat(40);

  it('accepts exactly the token as a bearer', () => {
    expect(bearerMatches(`Bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(`bearer ${token}`, token)).toBe(true);
  });

  it.each([undefined, '', token, `Bearer ${token}x`, `Bearer ${token.slice(1)}`, `Basic ${token}`])(
    'refuses %p',
    (header) => {
      expect(bearerMatches(header, token)).toBe(false);
    },
  );
});

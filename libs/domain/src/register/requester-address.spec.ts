import { hasRequesterAddress } from './requester-address.js';

describe('hasRequesterAddress', () => {
  it.each([
    [{ email: 'a@example.nl' }, true],
    [{ postalAddress: 'Postbus 1\n1000 AA  Amsterdam' }, true],
    [{ email: 'a@example.nl', postalAddress: 'Postbus 1' }, true],
    [{}, false],
    [{ email: '  ', postalAddress: '' }, false],
    [{ email: null, postalAddress: null }, false],
  ])('%p → %p', (requester, expected) => {
    expect(hasRequesterAddress(requester)).toBe(expected);
  });
});

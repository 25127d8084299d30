import { normaliseStatusCode, STATUS_CODE_ALPHABET, statusCodeFromDigest } from './status-code.js';

describe('status code', () => {
  it('should take 8 characters from the unambiguous alphabet, grouped by four', () => {
    const code = statusCodeFromDigest(Uint8Array.from([0, 1, 2, 3, 31, 32, 63, 255, 9]));
    expect(code).toBe('2345-Z2ZZ');
    expect(STATUS_CODE_ALPHABET).not.toMatch(/[01IO]/);
  });

  it('should accept what a requester types in any case, with or without the dash', () => {
    expect(normaliseStatusCode('k7qm-4xpd')).toBe('K7QM-4XPD');
    expect(normaliseStatusCode('K7QM4XPD')).toBe('K7QM-4XPD');
    expect(normaliseStatusCode(' k7qm 4xpd ')).toBe('K7QM-4XPD');
  });

  it('should refuse what cannot be a code', () => {
    expect(normaliseStatusCode('K7QM-4XP')).toBeUndefined();
    expect(normaliseStatusCode('K7QM-4XPDA')).toBeUndefined();
    expect(normaliseStatusCode('K7QM-4XP0')).toBeUndefined();
    expect(normaliseStatusCode('')).toBeUndefined();
  });
});

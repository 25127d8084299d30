import {
  base32Decode,
  base32Encode,
  hotp,
  matchTotp,
  newTotpSecret,
  otpauthUri,
  totpCode,
  totpStep,
} from './totp.js';

/** The shared secret of RFC 4226 appendix D and RFC 6238 appendix B (SHA-1): "12345678901234567890". */
const RFC_KEY = Buffer.from('12345678901234567890', 'ascii');
const RFC_SECRET = base32Encode(RFC_KEY);

describe('HOTP (RFC 4226 appendix D)', () => {
  const expected = [
    '755224',
    '287082',
    '359152',
    '969429',
    '338314',
    '254676',
    '287922',
    '162583',
    '399871',
    '520489',
  ];
  it.each(expected.map((code, counter) => [counter, code]))(
    'should give for counter %i the code %s',
    (counter, code) => {
      expect(hotp(RFC_KEY, counter as number)).toBe(code);
    },
  );
});

describe('TOTP (RFC 6238 appendix B, SHA-1, 8 digits)', () => {
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('should give at %i s the code %s', (seconds, code) => {
    expect(totpCode(RFC_SECRET, new Date(seconds * 1000), 8)).toBe(code);
  });

  it('should give the last six of those digits as the 6-digit code the apps show', () => {
    expect(totpCode(RFC_SECRET, new Date(59_000))).toBe('287082');
  });
});

describe('matchTotp', () => {
  const at = new Date('2026-12-03T10:00:10Z');
  const secret = newTotpSecret();

  it('should accept the code of now and of one step either side, naming the step', () => {
    const now = totpStep(at);
    expect(matchTotp(secret, totpCode(secret, at), at)).toBe(now);
    expect(matchTotp(secret, totpCode(secret, new Date(at.getTime() - 30_000)), at)).toBe(now - 1);
    expect(matchTotp(secret, totpCode(secret, new Date(at.getTime() + 30_000)), at)).toBe(now + 1);
  });

  it('should refuse a code two steps away, a wrong code, and anything not six digits', () => {
    expect(
      matchTotp(secret, totpCode(secret, new Date(at.getTime() - 60_000)), at),
    ).toBeUndefined();
    const right = totpCode(secret, at);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    expect(matchTotp(secret, wrong, at)).toBeUndefined();
    expect(matchTotp(secret, '12345', at)).toBeUndefined();
    expect(matchTotp(secret, 'abcdef', at)).toBeUndefined();
  });

  it('should accept a code typed with a space in the middle', () => {
    const code = totpCode(secret, at);
    expect(matchTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, at)).toBe(totpStep(at));
  });
});

describe('base32 and the enrolment link', () => {
  it('should round-trip bytes and read lower case with spaces', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('mzxw 6ytb oi').toString()).toBe('foobar');
  });

  it('should make 32-character secrets (160 bits)', () => {
    expect(newTotpSecret()).toMatch(/^[A-Z2-7]{32}$/);
  });

  it('should put issuer, account and secret in the otpauth link', () => {
    expect(otpauthUri('ABC', 'Gemeente X', 'a@b.nl')).toBe(
      'otpauth://totp/Gemeente%20X%3Aa%40b.nl?secret=ABC&issuer=Gemeente+X&algorithm=SHA1&digits=6&period=30',
    );
  });
});

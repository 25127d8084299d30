import { TestClock } from '@wobdesk/clock';
import { LocalDate } from '@wobdesk/domain';
import { BACKOFF, backoffSeconds, LoginBackoff, type BackoffVerdict } from './login-backoff.js';

function fail(backoff: LoginBackoff, account: string, ip: string): BackoffVerdict {
  const verdict = backoff.attempt(account, ip);
  if (verdict.allowed) verdict.done(false);
  return verdict;
}

describe('backoffSeconds', () => {
  const step = { free: 5, baseSeconds: 1, capSeconds: 900 };

  it('should be free for the first failures, then double from the base up to the cap', () => {
    expect([0, 1, 4].map((n) => backoffSeconds(n, step))).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8, 14].map((n) => backoffSeconds(n, step))).toEqual([1, 2, 4, 8, 512]);
    expect(backoffSeconds(15, step)).toBe(900);
    expect(backoffSeconds(10_000, step)).toBe(900);
  });
});

describe(LoginBackoff.name, () => {
  let clock: TestClock;
  let backoff: LoginBackoff;

  beforeEach(() => {
    clock = new TestClock(LocalDate.parse('2026-12-03'), new Date('2026-12-03T09:00:00Z'));
    backoff = new LoginBackoff(clock);
  });

  it('should let five failures through, then make the pair wait 1 s, 2 s, 4 s …', () => {
    for (let i = 0; i < 5; i++) expect(fail(backoff, 'els', '10.0.0.1').allowed).toBe(true);
    expect(backoff.attempt('els', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(1);
    expect(fail(backoff, 'els', '10.0.0.1').allowed).toBe(true);
    expect(backoff.attempt('els', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 2 });
    clock.advance(2);
    expect(fail(backoff, 'els', '10.0.0.1').allowed).toBe(true);
    expect(backoff.attempt('els', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 4 });
  });

  it('should not slow the same account from another IP, nor another account from the same IP', () => {
    for (let i = 0; i < 6; i++) fail(backoff, 'els', '10.0.0.1');
    expect(backoff.attempt('els', '10.0.0.2').allowed).toBe(true);
    expect(backoff.attempt('piet', '10.0.0.1').allowed).toBe(true);
  });

  it('should count checks in progress, so parallel guesses start only five password checks', () => {
    const verdicts = Array.from({ length: 100 }, () => backoff.attempt('els', '10.0.0.1'));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(5);
    expect(verdicts[99]).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('should forget the pair after a success, and the failures after a day of quiet', () => {
    for (let i = 0; i < 4; i++) fail(backoff, 'els', '10.0.0.1');
    const good = backoff.attempt('els', '10.0.0.1');
    if (!good.allowed) throw new Error('expected to be allowed');
    good.done(true);
    for (let i = 0; i < 5; i++) expect(fail(backoff, 'els', '10.0.0.1').allowed).toBe(true);
    expect(backoff.attempt('els', '10.0.0.1').allowed).toBe(false);
    clock.advance(BACKOFF.forgetAfterSeconds + 1);
    for (let i = 0; i < 5; i++) expect(fail(backoff, 'els', '10.0.0.1').allowed).toBe(true);
  });

  it('should slow an account guessed from many IPs to at most a minute, except from an IP that logged in before', () => {
    const known = backoff.attempt('els', '192.168.1.5');
    if (!known.allowed) throw new Error('expected to be allowed');
    known.done(true);
    for (let i = 0; i < 80; i++) {
      clock.advance(61);
      fail(backoff, 'els', `10.0.${Math.floor(i / 200)}.${i % 200}`);
    }
    // After 80 failures the account-wide wait would be 2^30 s without the cap.
    const fresh = backoff.attempt('els', '10.9.9.9');
    expect(fresh.allowed).toBe(false);
    if (!fresh.allowed) expect(fresh.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(backoff.attempt('els', '192.168.1.5').allowed).toBe(true);
  });
});

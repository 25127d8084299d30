import { roleFromClaims, showsSecondFactor } from './identity-claims.js';

const mapping = {
  roleClaim: 'groups',
  clerkValues: ['woo-behandelaar'],
  coordinatorValues: ['woo-coordinator'],
};

describe('roleFromClaims', () => {
  it('gives coordinator over clerk when the claim holds both', () => {
    expect(roleFromClaims({ groups: ['woo-behandelaar', 'woo-coordinator'] }, mapping)).toBe(
      'coordinator',
    );
    expect(roleFromClaims({ groups: ['iedereen', 'woo-behandelaar'] }, mapping)).toBe('clerk');
  });

  it('reads a claim that is one string', () => {
    expect(roleFromClaims({ groups: 'woo-coordinator' }, mapping)).toBe('coordinator');
  });

  it('gives no role without a matching value, without the claim, or for non-strings', () => {
    expect(roleFromClaims({ groups: ['iedereen'] }, mapping)).toBeUndefined();
    expect(roleFromClaims({}, mapping)).toBeUndefined();
    expect(roleFromClaims({ groups: [{ name: 'woo-coordinator' }] }, mapping)).toBeUndefined();
    expect(roleFromClaims({ roles: ['woo-coordinator'] }, mapping)).toBeUndefined();
  });
});

describe('showsSecondFactor', () => {
  it('sees a second-factor method or two methods in amr', () => {
    expect(showsSecondFactor({ amr: ['pwd', 'otp'] })).toBe(true);
    expect(showsSecondFactor({ amr: ['mfa'] })).toBe(true);
    expect(showsSecondFactor({ amr: ['pwd', 'kba'] })).toBe(true);
  });

  it('does not see one in a password alone, or without amr', () => {
    expect(showsSecondFactor({ amr: ['pwd'] })).toBe(false);
    expect(showsSecondFactor({ amr: ['pwd', 'pwd'] })).toBe(false);
    expect(showsSecondFactor({})).toBe(false);
  });
});

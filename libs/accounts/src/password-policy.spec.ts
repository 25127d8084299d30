import { join } from 'node:path';
import { loadCommonPasswords, passwordProblem, passwordRuleNl } from './password-policy.js';

const common = loadCommonPasswords(join(process.cwd(), 'seeds'));
const owner = { email: 'Els.Bakker@example.nl', name: 'Els Bakker' };

describe('password policy', () => {
  it('should ship a list of tens of thousands of common passwords, folded for comparison', () => {
    expect(common.size).toBeGreaterThan(40_000);
    expect(common.has('123456')).toBe(true);
    expect(common.has('password')).toBe(true);
  });

  it('should accept a long passphrase that is neither common nor personal', () => {
    expect(passwordProblem('drie groene fietsen op de dijk', owner, common)).toBeUndefined();
  });

  it('should count characters, not bytes or UTF-16 units, against the minimum of 12', () => {
    expect(passwordProblem('elf tekens!', owner, common)).toBe('min_length_12');
    expect(passwordProblem('twaalf tekns', owner, common)).toBeUndefined();
    // Eleven emoji are 22 UTF-16 units but eleven characters.
    expect(passwordProblem('🐟'.repeat(11), owner, common)).toBe('min_length_12');
    expect(passwordProblem('🐟'.repeat(12), owner, common)).toBeUndefined();
  });

  it('should refuse more than 128 characters', () => {
    expect(passwordProblem('a b'.repeat(43), owner, common)).toBe('max_length_128');
    expect(passwordProblem('a'.repeat(128), owner, common)).toBeUndefined();
    expect(passwordProblem('🐟'.repeat(128), owner, common)).toBeUndefined();
  });

  it('should refuse a common or breached password whatever its case or spacing', () => {
    expect(passwordProblem('1q2w3e4r5t6y', owner, common)).toBe('common_password');
    expect(passwordProblem('QWERTYUIOP12', owner, common)).toBe('common_password');
    expect(passwordProblem('Password1234', owner, common)).toBe('common_password');
    expect(passwordProblem('pass word 1234', owner, common)).toBe('common_password');
  });

  it('should refuse the e-mail address, its local part or the name as the password', () => {
    const long = { email: 'els.bakker@example.nl', name: 'Elisabeth van den Bakker' };
    expect(passwordProblem('ELS.BAKKER@EXAMPLE.NL', long, common)).toBe('equals_account');
    expect(passwordProblem('els.bakker@e', { email: 'els.bakker@e' }, common)).toBe(
      'equals_account',
    );
    expect(passwordProblem('Elisabeth van den Bakker', long, common)).toBe('equals_account');
    expect(passwordProblem('elisabethvandenbakker', long, common)).toBe('equals_account');
    expect(passwordProblem('Elisabeth van den Bakker!', long, common)).toBeUndefined();
  });

  it('should explain every rule in Dutch', () => {
    expect(passwordRuleNl('min_length_12')).toContain('minstens 12 tekens');
    expect(passwordRuleNl('max_length_128')).toContain('hoogstens 128 tekens');
    expect(passwordRuleNl('common_password')).toContain('veel gebruikt');
    expect(passwordRuleNl('equals_account')).toContain('naam of e-mailadres');
  });
});

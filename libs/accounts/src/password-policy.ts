import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Shorter passwords are refused wherever a password is set (ASVS 2.1.1 asks for at least 12). */
export const MIN_PASSWORD_LENGTH = 12;
/**
 * Longer passwords are refused: 128 characters leave room for any passphrase, and at most 512
 * bytes of UTF-8 keep the hash quick (logins stop at 1024 bytes before hashing anyway).
 */
export const MAX_PASSWORD_LENGTH = 128;

/** The rule a refused password broke, as named in the 400 (`invalid: password <rule>`). */
export type PasswordRule =
  | `min_length_${typeof MIN_PASSWORD_LENGTH}`
  | `max_length_${typeof MAX_PASSWORD_LENGTH}`
  | 'common_password'
  | 'equals_account';

/** Whose password it is: a password equal to the address or the name is the first guess. */
export interface PasswordOwner {
  readonly email?: string;
  readonly name?: string;
}

/** The list of common and breached passwords under seeds/, relative to SEEDS_DIR. */
export const COMMON_PASSWORDS_FILE = join('passwords', 'common-passwords.txt');

/** Comparison form: case and surrounding or inner spaces do not make a common password strong. */
function folded(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, '');
}

/**
 * The first rule `password` breaks, or undefined when it may be set. Length counts characters
 * (code points), as a person would; `common` holds folded entries (see `loadCommonPasswords`).
 */
export function passwordProblem(
  password: string,
  owner: PasswordOwner,
  common: ReadonlySet<string>,
): PasswordRule | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `min_length_${MIN_PASSWORD_LENGTH}`;
  if (length > MAX_PASSWORD_LENGTH) return `max_length_${MAX_PASSWORD_LENGTH}`;
  const candidate = folded(password);
  if (common.has(candidate)) return 'common_password';
  const email = owner.email === undefined ? '' : folded(owner.email);
  const personal = [email, email.split('@')[0] ?? '', folded(owner.name ?? '')];
  if (personal.some((value) => value !== '' && value === candidate)) return 'equals_account';
  return undefined;
}

const loaded = new Map<string, ReadonlySet<string>>();

/**
 * Reads the shipped list once per seeds directory. A missing list is an error, not an empty
 * list: a silently weaker policy is worse than a clear failure.
 */
export function loadCommonPasswords(seedsDir: string): ReadonlySet<string> {
  let set = loaded.get(seedsDir);
  if (set === undefined) {
    const text = readFileSync(join(seedsDir, COMMON_PASSWORDS_FILE), 'utf8');
    set = new Set(
      text
        .split('\n')
        .map(folded)
        .filter((line) => line !== ''),
    );
    loaded.set(seedsDir, set);
  }
  return set;
}

/** Dutch explanation of a broken rule, for the pages. */
export function passwordRuleNl(rule: PasswordRule): string {
  switch (rule) {
    case `min_length_${MIN_PASSWORD_LENGTH}`:
      return `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens.`;
    case `max_length_${MAX_PASSWORD_LENGTH}`:
      return `Kies een wachtwoord van hoogstens ${MAX_PASSWORD_LENGTH} tekens.`;
    case 'common_password':
      return 'Dit wachtwoord wordt veel gebruikt of is eerder uitgelekt. Kies een ander wachtwoord.';
    case 'equals_account':
      return 'Uw wachtwoord mag niet gelijk zijn aan uw naam of e-mailadres.';
  }
}

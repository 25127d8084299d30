import { randomBytes } from 'node:crypto';
import { hashToken } from '@wobdesk/register';
import { base32Encode } from './totp.js';

/** How many recovery codes an enrolment or a renewal gives. */
export const RECOVERY_CODE_COUNT = 10;

/**
 * Ten new recovery codes as shown once (`ABCDE-FGHIJ`, 50 random bits each: too many to guess
 * within the login limits) and the hashes that are stored instead.
 */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const text = base32Encode(randomBytes(7)).slice(0, 10);
    return `${text.slice(0, 5)}-${text.slice(5)}`;
  });
  return { codes, hashes: codes.map(recoveryCodeHash) };
}

/** A recovery code as typed, in any case, with or without the dash and spaces, hashed. */
export function recoveryCodeHash(typed: string): string {
  return hashToken(typed.toUpperCase().replace(/[\s-]/g, ''));
}

/** True for input that looks like a recovery code rather than a six-digit code. */
export function looksLikeRecoveryCode(typed: string): boolean {
  return /^[A-Z2-7]{10}$/.test(typed.toUpperCase().replace(/[\s-]/g, ''));
}

import type { Role } from '@wobdesk/domain';

/** What the role mapping needs of a provider's configuration. */
export interface RoleMapping {
  readonly roleClaim: string;
  readonly clerkValues: readonly string[];
  readonly coordinatorValues: readonly string[];
}

/**
 * The role an ID token's claims give: coordinator when the role claim holds a coordinator value
 * (a coordinator is also a clerk, so that wins), clerk for a clerk value, else none. The claim
 * may be one string or a list of them, as providers differ.
 */
export function roleFromClaims(
  claims: Readonly<Record<string, unknown>>,
  mapping: RoleMapping,
): Role | undefined {
  const raw = claims[mapping.roleClaim];
  const values = (Array.isArray(raw) ? raw : [raw]).filter(
    (v): v is string => typeof v === 'string',
  );
  if (values.some((v) => mapping.coordinatorValues.includes(v))) return 'coordinator';
  if (values.some((v) => mapping.clerkValues.includes(v))) return 'clerk';
  return undefined;
}

/** Authentication methods (RFC 8176) that are a second factor, or make one with another. */
const SECOND_FACTORS = ['mfa', 'otp', 'hwk', 'swk', 'sms', 'sc'];

/**
 * Whether the ID token shows the user proved more than a password: `amr` (RFC 8176) names a
 * second-factor method, or two methods.
 */
export function showsSecondFactor(claims: Readonly<Record<string, unknown>>): boolean {
  const amr = Array.isArray(claims.amr)
    ? claims.amr.filter((m): m is string => typeof m === 'string')
    : [];
  return amr.some((m) => SECOND_FACTORS.includes(m)) || new Set(amr).size >= 2;
}

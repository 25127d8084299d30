// The single sign-on block of the configuration: the identity providers clerks log in with.
import { UUID_SHAPE } from '@wobdesk/domain';

/** One organisation's identity provider, as Wobdesk is registered there (an OpenID Connect client). */
export interface IdentityProviderConfig {
  /** The organisation whose clerks log in with it (its id in Wobdesk). */
  readonly organisationId: string;
  /** The provider's issuer URL; its discovery document is read from `/.well-known/openid-configuration`. */
  readonly issuer: string;
  readonly clientId: string;
  /** The client secret; a secret like the database URL, so it lives in the environment. */
  readonly clientSecret: string;
  /** The ID token claim that holds the user's groups or roles (`groups`, `roles`). */
  readonly roleClaim: string;
  /** Values of the role claim that make a user a clerk. */
  readonly clerkValues: readonly string[];
  /** Values of the role claim that make a user a coordinator (these win over clerk values). */
  readonly coordinatorValues: readonly string[];
  /** Refuse a login whose ID token does not show a second factor in `amr` or `acr`. */
  readonly requireMfa: boolean;
}

export interface SingleSignOnConfig {
  /** At most one provider per organisation (`SSO_PROVIDERS`, a JSON array). */
  readonly providers: readonly IdentityProviderConfig[];
  /** False: the e-mail and password login is refused, on the page and the API (`LOCAL_LOGIN`). */
  readonly localLogin: boolean;
}

export const SINGLE_SIGN_ON_ENV_KEYS = ['SSO_PROVIDERS', 'LOCAL_LOGIN'] as const;

export function defaultSingleSignOnConfig(): SingleSignOnConfig {
  return { providers: [], localLogin: true };
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Reads the block; adds a message naming the variable, the provider's place in the list and the
 * rule to `problems` per bad value. The secret is never repeated in a message.
 */
export function readSingleSignOnConfig(
  env: Readonly<Record<string, string | undefined>>,
  problems: string[],
): SingleSignOnConfig {
  const localLogin = (env.LOCAL_LOGIN ?? '').trim() || 'true';
  if (localLogin !== 'true' && localLogin !== 'false') {
    problems.push(`LOCAL_LOGIN must be true or false (got "${localLogin}")`);
  }
  const text = (env.SSO_PROVIDERS ?? '').trim();
  let providers: IdentityProviderConfig[] = [];
  if (text !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      problems.push('SSO_PROVIDERS must be a JSON array of identity providers (it is not JSON)');
    }
    if (parsed !== undefined) providers = providersOf(parsed, problems);
  }
  if (localLogin === 'false' && providers.length === 0) {
    // Nobody could log in at all.
    problems.push('LOCAL_LOGIN may only be false when SSO_PROVIDERS names an identity provider');
  }
  return { providers, localLogin: localLogin !== 'false' };
}

function providersOf(parsed: unknown, problems: string[]): IdentityProviderConfig[] {
  if (!Array.isArray(parsed)) {
    problems.push('SSO_PROVIDERS must be a JSON array of identity providers');
    return [];
  }
  const providers: IdentityProviderConfig[] = [];
  parsed.forEach((entry: unknown, index) => {
    const where = `SSO_PROVIDERS[${index}]`;
    const problem = (field: string, rule: string) => problems.push(`${where}.${field} ${rule}`);
    const item = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<
      string,
      unknown
    >;
    const text = (field: string): string => {
      const value = item[field];
      if (typeof value !== 'string' || value.trim() === '') {
        problem(field, 'must be a non-empty string');
        return '';
      }
      return value.trim();
    };
    const list = (field: string): string[] => {
      const value = item[field] ?? [];
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v !== '')) {
        problem(field, 'must be an array of non-empty strings');
        return [];
      }
      return value as string[];
    };
    const organisationId = text('organisationId').toLowerCase();
    if (organisationId !== '' && !UUID_SHAPE.test(organisationId))
      problem('organisationId', 'must be a UUID');
    const issuer = text('issuer');
    if (issuer !== '' && !secureUrl(issuer)) {
      problem(
        'issuer',
        'must be an https URL (http only on this machine: localhost, 127.x, [::1])',
      );
    }
    const clientId = text('clientId');
    const clientSecret = text('clientSecret');
    const roleClaim = typeof item.roleClaim === 'string' ? item.roleClaim.trim() : 'groups';
    if (!/^[\w.:-]{1,100}$/.test(roleClaim)) problem('roleClaim', 'must be a claim name');
    const clerkValues = list('clerkValues');
    const coordinatorValues = list('coordinatorValues');
    if (clerkValues.length + coordinatorValues.length === 0) {
      problem('clerkValues', 'or coordinatorValues must name at least one value');
    }
    const requireMfa = item.requireMfa ?? false;
    if (typeof requireMfa !== 'boolean') problem('requireMfa', 'must be true or false');
    if (providers.some((p) => p.organisationId === organisationId)) {
      problem('organisationId', 'must be unique: one identity provider per organisation');
    }
    providers.push({
      organisationId,
      issuer,
      clientId,
      clientSecret,
      roleClaim,
      clerkValues,
      coordinatorValues,
      requireMfa: requireMfa === true,
    });
  });
  return providers;
}

function secureUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname));
  } catch {
    return false;
  }
}

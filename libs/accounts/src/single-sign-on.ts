import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { AppConfig, type IdentityProviderConfig } from '@wobdesk/config';
import type { Clock } from '@wobdesk/domain';
import { UserRepository } from '@wobdesk/persistence';
import type { Actor } from '@wobdesk/register';
import * as oidc from 'openid-client';
import { AuthService } from './auth.service.js';
import { roleFromClaims, showsSecondFactor } from './identity-claims.js';

/** Why a login through the identity provider was refused; each has its own plain Dutch page. */
export type SignOnRefusal =
  /** The state, the code or the ID token did not check out (or the provider could not be reached). */
  | 'failed'
  /** The role claim holds none of the values that mean clerk or coordinator. */
  | 'no_role'
  /** The ID token shows no second factor while the organisation requires one. */
  | 'no_second_factor'
  /** No Wobdesk user of the organisation is known by this identity or verified e-mail address. */
  | 'not_invited'
  | 'deactivated';

export type SignOnResult =
  | {
      readonly ok: true;
      readonly token: string;
      readonly expiresAt: string;
      readonly actor: Actor;
      readonly back: string;
    }
  | { readonly ok: false; readonly reason: SignOnRefusal };

/** What the browser keeps between leaving for the provider and coming back (an HttpOnly cookie). */
interface PendingSignOn {
  readonly organisationId: string;
  readonly state: string;
  readonly nonce: string;
  readonly verifier: string;
  readonly back: string;
}

/**
 * Clerks' logins with their organisation's own identity provider: the authorization code flow
 * with PKCE, state and nonce (openid-client as the relying party). The ID token is checked on
 * issuer, audience, expiry (by Wobdesk's clock), nonce and its signature against the provider's
 * JWKS, even though it came straight from the token endpoint: a token is then evidence of its
 * own. Users are found by their subject at the provider, or once, on their first such login, by
 * the provider's verified e-mail address of a user a coordinator invited; never created here.
 */
@Injectable()
export class SingleSignOnService {
  private readonly metadata = new Map<string, Promise<oidc.ServerMetadata>>();

  constructor(
    private readonly config: AppConfig,
    private readonly users: UserRepository,
    private readonly auth: AuthService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The organisations whose clerks can log in through a provider. */
  get organisationIds(): readonly string[] {
    return this.config.singleSignOn.providers.map((p) => p.organisationId);
  }

  /**
   * Where to send the browser, and what it must bring back (the `pending` cookie value);
   * undefined when the organisation has no provider.
   */
  async start(
    organisationId: string,
    redirectUri: string,
    back: string,
  ): Promise<{ url: string; pending: string } | undefined> {
    const provider = this.providerOf(organisationId);
    if (!provider) return undefined;
    const config = await this.configurationOf(provider);
    const pending: PendingSignOn = {
      organisationId: provider.organisationId,
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
      back,
    };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, pending: Buffer.from(JSON.stringify(pending)).toString('base64url') };
  }

  /** Checks the provider's answer at the redirect URI and, if all is well, starts a session. */
  async finish(callbackUrl: URL, pendingCookie: string | undefined): Promise<SignOnResult> {
    const refused = (reason: SignOnRefusal) => ({ ok: false, reason }) as const;
    const pending = pendingOf(pendingCookie);
    const provider = pending && this.providerOf(pending.organisationId);
    if (!pending || !provider) return refused('failed');
    let claims: oidc.IDToken;
    try {
      const config = await this.configurationOf(provider);
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) return refused('failed');
      claims = idClaims;
    } catch {
      // Which check failed matters to an administrator reading the provider's logs, not to the
      // clerk; and an attacker learns nothing from the difference.
      return refused('failed');
    }
    const role = roleFromClaims(claims, provider);
    if (!role) return refused('no_role');
    if (provider.requireMfa && !showsSecondFactor(claims)) return refused('no_second_factor');
    const user = await this.userOf(provider, claims);
    if (!user) return refused('not_invited');
    if (!user.active) return refused('deactivated');
    const now = this.clock.now();
    const identity = { issuer: provider.issuer, subject: claims.sub, role };
    // Another identity linked the account since it was looked up (two first logins at once).
    if (!(await this.users.applyIdentity(user, identity, now))) return refused('not_invited');
    const session = await this.auth.openSession({ ...user, role });
    return { ok: true, ...session, back: pending.back };
  }

  private async userOf(provider: IdentityProviderConfig, claims: oidc.IDToken) {
    const known = await this.users.findByIdentity(provider.issuer, claims.sub);
    if (known) return known.organisationId === provider.organisationId ? known : undefined;
    // First login: an invited user, by the address the provider vouches for.
    if (claims.email_verified !== true || typeof claims.email !== 'string') return undefined;
    const invited = await this.users.findByEmail(claims.email);
    if (!invited || invited.organisationId !== provider.organisationId) return undefined;
    // Linked to another identity already: an e-mail address must not take over an account.
    return invited.oidcSubject === null ? invited : undefined;
  }

  private providerOf(organisationId: string): IdentityProviderConfig | undefined {
    return this.config.singleSignOn.providers.find((p) => p.organisationId === organisationId);
  }

  /**
   * The provider's discovery document is read once (again after a failure); the configuration
   * is made per use so that the ID token's times are checked against Wobdesk's clock.
   */
  private async configurationOf(provider: IdentityProviderConfig): Promise<oidc.Configuration> {
    const insecure = new URL(provider.issuer).protocol === 'http:';
    let metadata = this.metadata.get(provider.organisationId);
    if (!metadata) {
      metadata = oidc
        .discovery(new URL(provider.issuer), provider.clientId, provider.clientSecret, undefined, {
          execute: insecure ? [oidc.allowInsecureRequests] : [],
        })
        .then((found) => found.serverMetadata());
      this.metadata.set(provider.organisationId, metadata);
      metadata.catch(() => this.metadata.delete(provider.organisationId));
    }
    const config = new oidc.Configuration(await metadata, provider.clientId, {
      client_secret: provider.clientSecret,
      [oidc.clockSkew]: Math.round((this.clock.now().getTime() - Date.now()) / 1000),
    });
    // The configuration's http is allowed only for a provider on this machine (see the config block).
    if (insecure) oidc.allowInsecureRequests(config);
    oidc.enableNonRepudiationChecks(config);
    return config;
  }
}

function pendingOf(cookie: string | undefined): PendingSignOn | undefined {
  if (cookie === undefined || cookie.length > 2000) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cookie, 'base64url').toString('utf8')) as unknown;
    if (typeof value !== 'object' || value === null) return undefined;
    const fields = value as Record<string, unknown>;
    const keys = ['organisationId', 'state', 'nonce', 'verifier', 'back'] as const;
    return keys.every((k) => typeof fields[k] === 'string')
      ? (fields as unknown as PendingSignOn)
      : undefined;
  } catch {
    return undefined;
  }
}

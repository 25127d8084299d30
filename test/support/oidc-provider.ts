import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person the test identity provider can log in, with the claims it vouches for. */
export interface TestAccount {
  readonly sub: string;
  readonly email: string;
  readonly emailVerified?: boolean;
  readonly name: string;
  /** The role claim (`groups`); absent: the ID token has no such claim. */
  readonly groups?: readonly string[];
  /** The authentication methods the login reports (RFC 8176); default `['pwd']`. */
  readonly amr?: readonly string[];
}

/** How the provider spoils the next ID tokens it hands out, to prove the relying party checks them. */
export type IdTokenTampering = 'wrong_audience' | 'expired' | 'foreign_signature';

export interface TestIdentityProvider {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Registers Wobdesk's redirect URI and starts answering (call once, after Wobdesk listens). */
  start(redirectUri: string): void;
  addAccount(account: TestAccount): void;
  /** From now on, ID tokens from the token endpoint are spoiled this way; undefined: honest again. */
  tamper(how: IdTokenTampering | undefined): void;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (panva's oidc-provider) on 127.0.0.1: discovery, JWKS, authorization
 * with PKCE, token endpoint, signed ID tokens. Its login page is a plain form with a username
 * (the account's `sub`), no password: the tests are about Wobdesk's side of the protocol, and
 * the consent is given with the login. Listening starts at once so the issuer is known before
 * Wobdesk is configured; it answers 503 until `start`.
 */
export async function startTestIdentityProvider(): Promise<TestIdentityProvider> {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server: Server = createServer((req, res) => {
    if (handler) return handler(req, res);
    res.statusCode = 503;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, TestAccount>();
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const foreignKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const jwk = {
    ...privateKey.export({ format: 'jwk' }),
    kid: 'test-key',
    use: 'sig',
    alg: 'RS256',
  };
  let tampering: IdTokenTampering | undefined;
  const clientId = 'wobdesk';
  const clientSecret = 'a-test-client-secret-of-enough-length';

  return {
    issuer,
    clientId,
    clientSecret,
    start(redirectUri) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: clientId,
            client_secret: clientSecret,
            redirect_uris: [redirectUri],
            grant_types: ['authorization_code'],
            response_types: ['code'],
          },
        ],
        jwks: { keys: [jwk] },
        cookies: { keys: ['test-cookie-key-one', 'test-cookie-key-two'] },
        claims: {
          openid: ['sub', 'groups', 'acr', 'amr'],
          email: ['email', 'email_verified'],
          profile: ['name'],
        },
        // Claims in the ID token itself, as Wobdesk reads them there.
        conformIdTokenClaims: false,
        features: { devInteractions: { enabled: false } },
        pkce: { required: () => true },
        // Set, so the provider does not print a notice per default it uses.
        ttl: {
          Interaction: 600,
          Session: 3600,
          Grant: 3600,
          AccessToken: 600,
          AuthorizationCode: 60,
          IdToken: 3600,
        },
        interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
        findAccount: (_ctx, sub) => {
          const account = accounts.get(sub);
          if (!account) return undefined;
          return {
            accountId: sub,
            claims: () => ({
              sub,
              email: account.email,
              email_verified: account.emailVerified ?? true,
              name: account.name,
              ...(account.groups && { groups: [...account.groups] }),
            }),
          };
        },
      });
      provider.use(async (ctx, next) => {
        await next();
        const body = ctx.body as { id_token?: string } | undefined;
        if (ctx.path === '/token' && tampering && body?.id_token) {
          ctx.body = { ...body, id_token: spoil(body.id_token, tampering, privateKey, foreignKey) };
        }
      });
      const callback = provider.callback();
      handler = (req, res) => {
        const match = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '');
        if (!match) return void callback(req, res);
        void interaction(provider, req, res, accounts).catch((error: unknown) => {
          res.statusCode = 500;
          res.end(String(error));
        });
      };
    },
    addAccount(account) {
      accounts.set(account.sub, account);
    },
    tamper(how) {
      tampering = how;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The provider's login page (GET) and its answer (POST): the login and the consent at once. */
async function interaction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  accounts: Map<string, TestAccount>,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET') {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="nl"><head><title>Inloggen bij de organisatie</title></head>
<body><main><h1>Inloggen bij de organisatie</h1>
<form method="post" action="/interaction/${details.uid}">
<label for="username">Gebruikersnaam</label><input id="username" name="username" autocomplete="username">
<button type="submit">Inloggen</button></form></main></body></html>`);
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const username = new URLSearchParams(Buffer.concat(chunks).toString('utf8')).get('username');
  const account = username ? accounts.get(username) : undefined;
  if (!account) {
    res.statusCode = 400;
    res.end('unknown user');
    return;
  }
  const clientId = String(details.params.client_id);
  const grant = new provider.Grant({ accountId: account.sub, clientId });
  grant.addOIDCScope('openid email profile');
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    {
      login: { accountId: account.sub, amr: [...(account.amr ?? ['pwd'])] },
      consent: { grantId },
    },
    { mergeWithLastSubmission: false },
  );
}

/** Re-signs the ID token with one thing wrong, as a broken or hostile provider might send it. */
function spoil(
  idToken: string,
  how: IdTokenTampering,
  key: KeyObject,
  foreignKey: KeyObject,
): string {
  const [header, payload] = idToken.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
  const now = Math.floor(Date.now() / 1000);
  if (how === 'wrong_audience') claims.aud = 'another-application';
  if (how === 'expired') Object.assign(claims, { iat: now - 7200, exp: now - 3600 });
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signingKey = how === 'foreign_signature' ? foreignKey : key;
  const signature = sign('sha256', Buffer.from(`${header}.${body}`), signingKey);
  return `${header}.${body}.${signature.toString('base64url')}`;
}

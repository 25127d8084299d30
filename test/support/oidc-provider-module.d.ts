// The part of oidc-provider's API the test identity provider uses (the package ships no types).
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  interface KoaContext {
    readonly path: string;
    body: unknown;
  }

  interface Interaction {
    readonly uid: string;
    readonly params: Record<string, unknown>;
  }

  interface Account {
    readonly accountId: string;
    claims(): Record<string, unknown>;
  }

  interface Configuration {
    readonly clients: readonly Record<string, unknown>[];
    readonly jwks: { readonly keys: readonly Record<string, unknown>[] };
    readonly cookies: { readonly keys: readonly string[] };
    readonly claims: Record<string, readonly string[]>;
    readonly conformIdTokenClaims: boolean;
    readonly features: Record<string, { readonly enabled: boolean }>;
    readonly pkce: { readonly required: () => boolean };
    readonly ttl: Record<string, number>;
    readonly interactions: { readonly url: (ctx: KoaContext, interaction: Interaction) => string };
    readonly findAccount: (ctx: KoaContext, sub: string) => Account | undefined;
  }

  class Grant {
    constructor(init: { accountId: string; clientId: string });
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }

  export default class Provider {
    constructor(issuer: string, configuration: Configuration);
    readonly Grant: typeof Grant;
    use(middleware: (ctx: KoaContext, next: () => Promise<void>) => Promise<void>): void;
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
  }
}

import { Injectable } from '@nestjs/common';
import { type SignOnRefusal, SingleSignOnService } from '@wobdesk/accounts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { rateLimited } from '../../common/rate-limit.js';
import { UUID_SHAPE } from '../../common/validation.js';
import { PageKit } from '../shared/page-kit.js';
import { type PageRoutes, safeReturnPath } from '../shared/page-routes.js';
import { cookieOptions } from '../shared/page-security.js';
import { DASHBOARD_PATH } from './login.pages.js';

export const SSO_PATH = '/inloggen/sso';
/** The redirect URI an administrator registers at the identity provider (after PUBLIC_BASE_URL). */
export const SSO_CALLBACK_PATH = `${SSO_PATH}/terug`;
/** Holds state, nonce and PKCE verifier while the browser is at the provider. */
const PENDING_COOKIE = 'wobdesk_sso';
const PENDING_SECONDS = 10 * 60;

/** The refusals as a clerk reads them: what happened and what to do, without protocol words. */
const REFUSALS: Record<SignOnRefusal, { title: string; message: string; status: number }> = {
  failed: {
    title: 'Inloggen is niet gelukt',
    message:
      'Het inloggen via uw organisatie is niet gelukt. Dat kan gebeuren als het te lang duurde of als u het inloggen in twee tabbladen tegelijk deed. Probeer het opnieuw.',
    status: 400,
  },
  no_role: {
    title: 'U heeft geen toegang tot Wobdesk',
    message:
      'Uw organisatie heeft u geen rol gegeven voor het behandelen van Woo-verzoeken. Vraag de beheerder van de accounts in uw organisatie om u de rol van behandelaar of coördinator te geven.',
    status: 403,
  },
  no_second_factor: {
    title: 'Log in met een tweede stap',
    message:
      'U bent ingelogd zonder tweede stap, zoals een code op uw telefoon. Wobdesk vraagt die wel, omdat u persoonsgegevens kunt zien. Log opnieuw in en gebruik de tweede stap.',
    status: 403,
  },
  not_invited: {
    title: 'U heeft nog geen account in Wobdesk',
    message:
      'U bent wel ingelogd bij uw organisatie, maar Wobdesk kent u nog niet. Vraag een coördinator om u uit te nodigen. Daarna kunt u hier inloggen.',
    status: 403,
  },
  deactivated: {
    title: 'Uw account staat uit',
    message:
      'Uw account in Wobdesk is uitgezet. Vraag een coördinator van uw organisatie om het weer aan te zetten.',
    status: 403,
  },
};

/**
 * Logging in through the organisation's identity provider: a link per provider leaves for it,
 * and the provider sends the browser back to the redirect URI with a code.
 */
@Injectable()
export class SingleSignOnPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly signOn: SingleSignOnService,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get(SSO_CALLBACK_PATH, { config: rateLimited('login') }, async (request, reply) => {
      const callback = new URL(this.redirectUri(request));
      callback.search = new URL(request.url, 'http://wobdesk.invalid').search;
      const pending = request.cookies[PENDING_COOKIE];
      // One use only: whatever the outcome, the pending login is over.
      reply.clearCookie(PENDING_COOKIE, {
        ...cookieOptions(this.kit.cookiePolicy),
        path: SSO_PATH,
      });
      const result = await this.signOn.finish(callback, pending);
      if (!result.ok) return this.refuse(reply, result.reason);
      this.kit.startSession(reply, result.token, result.expiresAt);
      return reply.redirect(safeReturnPath(result.back, DASHBOARD_PATH), 303);
    });
    scope.get(
      `${SSO_PATH}/:organisationId`,
      { config: rateLimited('login') },
      async (request, reply) => {
        const { organisationId } = request.params as { organisationId: string };
        if (!UUID_SHAPE.test(organisationId)) return this.kit.notFound(reply);
        const query = request.query as Record<string, unknown>;
        let started: Awaited<ReturnType<SingleSignOnService['start']>>;
        try {
          started = await this.signOn.start(
            organisationId.toLowerCase(),
            this.redirectUri(request),
            safeReturnPath(query.terug, ''),
          );
        } catch {
          // The provider's discovery document could not be read.
          return this.kit.errorPage(
            reply,
            502,
            'Inloggen kan nu niet',
            'Het inlogsysteem van uw organisatie is nu niet bereikbaar. Probeer het later opnieuw.',
          );
        }
        if (!started) return this.kit.notFound(reply);
        reply.setCookie(PENDING_COOKIE, started.pending, {
          ...cookieOptions(this.kit.cookiePolicy),
          path: SSO_PATH,
          maxAge: PENDING_SECONDS,
        });
        return reply.redirect(started.url, 303);
      },
    );
  }

  private refuse(reply: FastifyReply, reason: SignOnRefusal) {
    const refusal = REFUSALS[reason];
    return this.kit.html(
      reply,
      'inloggen-geweigerd',
      { title: refusal.title, message: refusal.message },
      undefined,
      refusal.status,
    );
  }

  private redirectUri(request: FastifyRequest): string {
    const base = this.kit.config.publicBaseUrl ?? `${request.protocol}://${request.host}`;
    return `${base}${SSO_CALLBACK_PATH}`;
  }
}

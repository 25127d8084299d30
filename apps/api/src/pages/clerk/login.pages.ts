import { Inject, Injectable } from '@nestjs/common';
import { type Authenticator, LoginBackoffError, SingleSignOnService } from '@wobdesk/accounts';
import { OrganisationRepository } from '@wobdesk/persistence';
import { WorkflowError } from '@wobdesk/register';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { loginClientOf } from '../../auth/login-client.js';
import { rateLimited } from '../../common/rate-limit.js';
import { AUTHENTICATOR } from '../../common/tokens.js';
import { EMPTY_FORM, FormReader, type FormState } from '../shared/form-input.js';
import { errorSummary, fieldView } from '../shared/form-view.js';
import { LOGIN_PATH, PageKit } from '../shared/page-kit.js';
import { type PageRoutes, safeReturnPath } from '../shared/page-routes.js';

export const DASHBOARD_PATH = '/dashboard';

/** Clerks log in with the same accounts and sessions as the API; the token goes in a cookie. */
@Injectable()
export class LoginPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
    private readonly signOn: SingleSignOnService,
    private readonly organisations: OrganisationRepository,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get(LOGIN_PATH, async (request, reply) => {
      if (await this.kit.clerkOf(request)) return reply.redirect(DASHBOARD_PATH, 303);
      return this.show(request, reply, EMPTY_FORM);
    });
    scope.post(
      LOGIN_PATH,
      { config: rateLimited('login'), preHandler: scope.csrfProtection },
      async (request, reply) => {
        const form = new FormReader(request.body);
        const email = form.text('email', { required: true, max: 254 });
        const password = form.values.password ?? '';
        if (password === '') form.errors.password = 'Vul uw wachtwoord in.';
        if (!form.ok || email === undefined) return this.show(request, reply, form.state(), 400);
        // Decided before the session exists: nothing after the login may fail to carry its cookie.
        const back = safeReturnPath(form.values.terug, DASHBOARD_PATH);
        try {
          const session = await this.authenticator.login(email, password.slice(0, 1024), {
            allowPending: true,
            client: loginClientOf(request),
          });
          this.kit.startSession(reply, session.token, session.expiresAt);
          return reply.redirect(afterPassword(session.pending, back), 303);
        } catch (error) {
          const refusal = loginRefusal(error);
          if (refusal === undefined) throw error;
          // Never say which of the two was wrong; keep the address, not the password.
          const values = { email: form.values.email ?? '', terug: form.values.terug ?? '' };
          if (refusal.retryAfterSeconds !== undefined) {
            void reply.header('Retry-After', String(refusal.retryAfterSeconds));
          }
          const state = { values, errors: {}, formError: refusal.message };
          return this.show(request, reply, state, refusal.status);
        }
      },
    );
    scope.post('/uitloggen', { preHandler: scope.csrfProtection }, async (request, reply) => {
      const clerk = await this.kit.clerkOf(request);
      if (clerk) await this.authenticator.logout(clerk.token);
      this.kit.endSession(reply);
      return reply.redirect(`${LOGIN_PATH}?uitgelogd=1`, 303);
    });
  }

  private async show(request: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) {
    const query = request.query as Record<string, string | undefined>;
    const back = form.values.terug ?? safeReturnPath(query.terug, '');
    return this.kit.html(
      reply,
      'inloggen',
      {
        title: 'Inloggen voor medewerkers',
        notice: query.uitgelogd ? 'U bent uitgelogd.' : null,
        errorSummary: errorSummary(form, 'login-'),
        formError: form.formError,
        back,
        providers: await this.providerLinks(back),
        localLogin: this.kit.config.singleSignOn.localLogin,
        fields: [
          fieldView(
            form,
            {
              name: 'email',
              label: 'E-mailadres',
              type: 'email',
              required: true,
              autocomplete: 'username',
            },
            'login-',
          ),
          fieldView(
            { ...form, values: {} },
            {
              name: 'password',
              label: 'Wachtwoord',
              type: 'password',
              required: true,
              autocomplete: 'current-password',
            },
            'login-',
          ),
        ],
      },
      undefined,
      status,
    );
  }

  /** "Inloggen met <organisation>" per identity provider, carrying the return path along. */
  private async providerLinks(back: string) {
    const links = [];
    for (const organisationId of this.signOn.organisationIds) {
      const organisation = await this.organisations.find(organisationId);
      if (!organisation) continue;
      const query = back === '' ? '' : `?terug=${encodeURIComponent(back)}`;
      links.push({ href: `/inloggen/sso/${organisationId}${query}`, name: organisation.name });
    }
    return links;
  }
}

/**
 * Where the right password leads: to the code or the enrolment page while the session waits for
 * its second factor (the return path goes along), else to where the clerk was going.
 */
function afterPassword(pending: 'code' | 'enrol' | null, back: string | undefined): string {
  const target = safeReturnPath(back, DASHBOARD_PATH);
  if (pending === null) return target;
  const page = pending === 'code' ? '/inloggen/code' : '/inloggen/tweestapsverificatie';
  return `${page}?terug=${encodeURIComponent(target)}`;
}

/** The page's answer to a refused login: wrong credentials (401) or backing off (429). */
function loginRefusal(
  error: unknown,
): { status: number; message: string; retryAfterSeconds?: number } | undefined {
  if (error instanceof LoginBackoffError) {
    return {
      status: 429,
      message: backoffMessage(error),
      retryAfterSeconds: error.retryAfterSeconds,
    };
  }
  if (error instanceof WorkflowError && error.kind === 'unauthenticated') {
    return { status: 401, message: error.nl };
  }
  return undefined;
}

/** What a backing-off login or code page says, with the wait in words. */
export function backoffMessage(error: LoginBackoffError): string {
  const seconds = error.retryAfterSeconds;
  const wait = seconds < 120 ? `${seconds} seconden` : `${Math.ceil(seconds / 60)} minuten`;
  const what = error.guessed === 'code' ? 'een verkeerde code' : 'een verkeerd wachtwoord';
  return `Er is te vaak ${what} gebruikt. Probeer het over ${wait} opnieuw.`;
}

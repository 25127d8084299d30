import { Inject, Injectable } from '@nestjs/common';
import { type Authenticator, SingleSignOnService } from '@wobdesk/accounts';
import { OrganisationRepository } from '@wobdesk/persistence';
import { WorkflowError } from '@wobdesk/register';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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
        try {
          const session = await this.authenticator.login(email, password.slice(0, 1024));
          this.kit.startSession(reply, session.token, session.expiresAt);
          return reply.redirect(safeReturnPath(form.values.terug, DASHBOARD_PATH), 303);
        } catch (error) {
          if (!(error instanceof WorkflowError) || error.kind !== 'unauthenticated') throw error;
          // Never say which of the two was wrong; keep the address, not the password.
          const values = { email: form.values.email ?? '', terug: form.values.terug ?? '' };
          return this.show(request, reply, { values, errors: {}, formError: error.nl }, 401);
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

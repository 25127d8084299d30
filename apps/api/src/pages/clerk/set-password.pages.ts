import { Injectable } from '@nestjs/common';
import { MIN_PASSWORD_LENGTH, type PasswordRule, passwordRuleNl } from '@wobdesk/accounts';
import { WorkflowError } from '@wobdesk/register';
import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  type LinkHolder,
  SET_PASSWORD_PATH,
  UserAdministration,
} from '../../users/user-administration.service.js';
import { EMPTY_FORM, FormReader, type FormState } from '../shared/form-input.js';
import { errorSummary, type FieldSpec, fieldView } from '../shared/form-view.js';
import { LOGIN_PATH, PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';

const PREFIX = 'wachtwoord-';
const FIELDS: readonly FieldSpec[] = [
  {
    name: 'password',
    label: 'Nieuw wachtwoord',
    type: 'password',
    required: true,
    autocomplete: 'new-password',
    description: `Minstens ${MIN_PASSWORD_LENGTH} tekens. Een zin van een paar woorden is sterk en goed te onthouden.`,
  },
  {
    name: 'repeat',
    label: 'Nieuw wachtwoord nog een keer',
    type: 'password',
    required: true,
    autocomplete: 'new-password',
  },
];

/**
 * The page behind the link of an invitation or reset mail: the invitee (or the user who lost
 * their password) sets a password, once. An unknown, used or expired link gets one answer.
 */
@Injectable()
export class SetPasswordPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly users: UserAdministration,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get(`${SET_PASSWORD_PATH}/:token`, async (request, reply) => {
      const { token } = request.params as { token: string };
      const holder = await this.holder(token);
      if (!holder) return this.invalid(reply);
      return this.show(reply, token, holder, EMPTY_FORM);
    });
    scope.post(
      `${SET_PASSWORD_PATH}/:token`,
      { preHandler: scope.csrfProtection },
      async (request, reply) => {
        const { token } = request.params as { token: string };
        const holder = await this.holder(token);
        if (!holder) return this.invalid(reply);
        const form = new FormReader(request.body);
        const password = form.text('password', { required: true, max: 1000 });
        const repeat = form.text('repeat', { required: true, max: 1000 });
        if (password !== undefined && [...password].length < MIN_PASSWORD_LENGTH) {
          form.errors.password = passwordRuleNl(`min_length_${MIN_PASSWORD_LENGTH}`);
        } else if (password !== undefined && repeat !== undefined && password !== repeat) {
          form.errors.repeat = 'De twee wachtwoorden zijn niet gelijk. Typ ze nog een keer.';
        }
        // Never shown again: a password does not go back into the page.
        const typed = { ...form.state(), values: {} };
        if (!form.ok || password === undefined) return this.show(reply, token, holder, typed, 400);
        try {
          await this.users.setPassword(token, password);
        } catch (error) {
          if (error instanceof WorkflowError && error.code === 'USER.LINK_INVALID') {
            return this.invalid(reply);
          }
          const rule = refusedPasswordRule(error);
          if (rule === undefined) throw error;
          // The rest of the policy (common or breached, equal to name or address) is the service's.
          const refused = {
            values: {},
            errors: { password: passwordRuleNl(rule) },
            formError: null,
          };
          return this.show(reply, token, holder, refused, 400);
        }
        return this.kit.html(reply, 'wachtwoord-gekozen', {
          title: 'Uw wachtwoord is opgeslagen',
          loginPath: LOGIN_PATH,
          email: holder.email,
        });
      },
    );
  }

  private async holder(token: string): Promise<LinkHolder | undefined> {
    try {
      return await this.users.linkHolder(token);
    } catch (error) {
      if (error instanceof WorkflowError && error.code === 'USER.LINK_INVALID') return undefined;
      throw error;
    }
  }

  private invalid(reply: FastifyReply) {
    return this.kit.errorPage(
      reply,
      404,
      'Deze link werkt niet meer',
      'De link is al gebruikt, verlopen of onbekend. Vraag uw coördinator om een nieuwe link.',
    );
  }

  private show(
    reply: FastifyReply,
    token: string,
    holder: LinkHolder,
    form: FormState,
    status = 200,
  ) {
    return this.kit.html(
      reply,
      'wachtwoord',
      {
        title: holder.purpose === 'invitation' ? 'Kies uw wachtwoord' : 'Kies een nieuw wachtwoord',
        action: `${SET_PASSWORD_PATH}/${token}`,
        name: holder.name,
        email: holder.email,
        invitation: holder.purpose === 'invitation',
        errorSummary: errorSummary(form, PREFIX),
        formError: form.formError,
        fields: FIELDS.map((f) => fieldView(form, f, PREFIX)),
      },
      undefined,
      status,
    );
  }
}

function refusedPasswordRule(error: unknown): PasswordRule | undefined {
  if (!(error instanceof WorkflowError) || error.kind !== 'invalid') return undefined;
  return error.details?.field === 'password' ? (error.details.rule as PasswordRule) : undefined;
}

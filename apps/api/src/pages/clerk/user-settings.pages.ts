import { Injectable } from '@nestjs/common';
import { type Role, ROLES } from '@wobdesk/domain';
import { isMailAddress } from '@wobdesk/mail';
import type { AdministeredUser } from '@wobdesk/persistence';
import { WorkflowError } from '@wobdesk/register';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { UUID_SHAPE } from '../../common/validation.js';
import {
  INVITATION_VALID_DAYS,
  RESET_VALID_HOURS,
  UserAdministration,
} from '../../users/user-administration.service.js';
import { EMPTY_FORM, FormReader, type FormState } from '../shared/form-input.js';
import { errorSummary, fieldView, selectField, type FieldSpec } from '../shared/form-view.js';
import { type Clerk, PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';

export const USER_SETTINGS_PATH = '/instellingen/gebruikers';
const PREFIX = 'uitnodigen-';
const MAY = 'gebruikers beheren';

const ROLE_NL: Record<Role, string> = { clerk: 'Behandelaar', coordinator: 'Coördinator' };

const INVITE_FIELDS: readonly FieldSpec[] = [
  { name: 'name', label: 'Naam', required: true, autocomplete: 'off' },
  {
    name: 'email',
    label: 'E-mailadres',
    type: 'email',
    required: true,
    autocomplete: 'off',
    description: `Hierheen sturen wij de link om een wachtwoord te kiezen. De link werkt ${INVITATION_VALID_DAYS} dagen en één keer.`,
  },
  selectField('role', 'Rol', ROLE_NL, { defaultValue: 'clerk' }),
];

/** What each notice after a change says (`?gelukt=<key>`). */
const DONE: Record<string, string> = {
  uitgenodigd: 'De uitnodiging is verstuurd.',
  rol: 'De rol is gewijzigd.',
  gedeactiveerd: 'De gebruiker is gedeactiveerd en overal uitgelogd.',
  geactiveerd: 'De gebruiker is weer actief.',
  herstel: `De link voor een nieuw wachtwoord is verstuurd. Hij werkt ${RESET_VALID_HOURS} uur.`,
};

/**
 * The coordinator's page of the organisation's users: the list, and per user a role, deactivate
 * or reactivate, and a reset link; the invitation form below. Every change goes through the
 * same `UserAdministration` as the API, so it is recorded and the last coordinator is kept.
 */
@Injectable()
export class UserSettingsPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly users: UserAdministration,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get(
      USER_SETTINGS_PATH,
      this.kit.coordinatorOnly(MAY, async (request, reply, clerk) => {
        const done = (request.query as Record<string, unknown>).gelukt;
        const notice = typeof done === 'string' ? (DONE[done] ?? null) : null;
        return this.show(reply, clerk, { notice });
      }),
    );
    scope.post(
      USER_SETTINGS_PATH,
      { preHandler: scope.csrfProtection },
      this.kit.coordinatorOnly(MAY, async (request, reply, clerk) => {
        const form = new FormReader(request.body);
        const name = form.text('name', { required: true, max: 200 });
        const email = form.text('email', { required: true, max: 254 })?.toLowerCase();
        const role = form.oneOf('role', ROLES);
        if (email !== undefined && !isMailAddress(email)) {
          form.errors.email = 'Vul één e-mailadres in, zoals naam@organisatie.nl.';
        }
        if (!form.ok || !name || !email || !role) {
          return this.show(reply, clerk, { typed: form.state() }, 400);
        }
        try {
          await this.users.invite(clerk.actor, { name, email, role });
        } catch (error) {
          if (!isTaken(error)) return this.refused(reply, clerk, error);
          form.errors.email = 'Met dit e-mailadres logt al iemand in.';
          return this.show(reply, clerk, { typed: form.state() }, 400);
        }
        return reply.redirect(`${USER_SETTINGS_PATH}?gelukt=uitgenodigd`, 303);
      }),
    );
    this.action(scope, 'rol', async (clerk, id, body) => {
      const role = new FormReader(body).oneOf('role', ROLES);
      if (role === undefined) return 'invalid';
      await this.users.changeRole(clerk.actor, id, role);
      return 'rol';
    });
    this.action(scope, 'actief', async (clerk, id, body) => {
      const active = new FormReader(body).checked('actief');
      await this.users.setActive(clerk.actor, id, active);
      return active ? 'geactiveerd' : 'gedeactiveerd';
    });
    this.action(scope, 'herstel', async (clerk, id) => {
      await this.users.sendReset(clerk.actor, id);
      return 'herstel';
    });
  }

  /** A change of one user by a small form: done, the list with its notice; refused, the reason. */
  private action(
    scope: FastifyInstance,
    slug: string,
    run: (clerk: Clerk, id: string, body: unknown) => Promise<string>,
  ): void {
    scope.post(
      `${USER_SETTINGS_PATH}/:id/${slug}`,
      { preHandler: scope.csrfProtection },
      this.kit.coordinatorOnly(MAY, async (request, reply, clerk) => {
        const { id } = request.params as { id: string };
        if (!UUID_SHAPE.test(id)) return this.kit.notFound(reply, clerk);
        try {
          const done = await run(clerk, id, request.body);
          if (done === 'invalid') {
            return this.show(reply, clerk, { refusal: 'Kies een van de rollen.' }, 400);
          }
          return reply.redirect(`${USER_SETTINGS_PATH}?gelukt=${done}`, 303);
        } catch (error) {
          return this.refused(reply, clerk, error);
        }
      }),
    );
  }

  private refused(reply: FastifyReply, clerk: Clerk, error: unknown) {
    if (!(error instanceof WorkflowError)) throw error;
    if (error.kind === 'not_found') return this.kit.notFound(reply, clerk);
    const status = error.kind === 'unavailable' ? 503 : 422;
    return this.show(reply, clerk, { refusal: error.nl }, status);
  }

  private async show(
    reply: FastifyReply,
    clerk: Clerk,
    state: { typed?: FormState; notice?: string | null; refusal?: string },
    status = 200,
  ) {
    const form: FormState = state.typed ?? EMPTY_FORM;
    const users = await this.users.list(clerk.actor);
    return this.kit.html(
      reply,
      'instellingen-gebruikers',
      {
        title: 'Gebruikers',
        notice: state.notice ?? null,
        refusal: state.refusal ?? null,
        errorSummary: errorSummary(form, PREFIX),
        formError: form.formError,
        fields: INVITE_FIELDS.map((f) => fieldView(form, f, PREFIX)),
        users: users.map((u) => rowOf(u, clerk)),
        resetHours: RESET_VALID_HOURS,
      },
      clerk,
      status,
    );
  }
}

function rowOf(user: AdministeredUser, clerk: Clerk) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    roleNl: ROLE_NL[user.role],
    statusNl: !user.active ? 'Gedeactiveerd' : user.hasPassword ? 'Actief' : 'Uitgenodigd',
    active: user.active,
    lastLogin: user.lastLoginAt ? dutchInstant(user.lastLoginAt) : 'Nog nooit',
    self: user.id === clerk.actor.userId,
    roles: ROLES.map((r) => ({ value: r, label: ROLE_NL[r], selected: r === user.role })),
    resetLabel: user.hasPassword
      ? 'Link voor nieuw wachtwoord sturen'
      : 'Uitnodiging opnieuw sturen',
  };
}

function isTaken(error: unknown): boolean {
  const response = (error as { getResponse?: () => unknown }).getResponse?.();
  const errors = (response as { errors?: { field: string; rule: string }[] } | undefined)?.errors;
  return errors?.some((e) => e.field === 'email' && e.rule === 'unique') ?? false;
}

function dutchInstant(at: Date): string {
  return new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(at);
}

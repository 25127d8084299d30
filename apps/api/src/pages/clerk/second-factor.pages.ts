import { Injectable } from '@nestjs/common';
import { AuthService, LoginBackoffError, SecondFactorService } from '@wobdesk/accounts';
import { qrCodeSvg } from '@wobdesk/letters';
import { WorkflowError } from '@wobdesk/register';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TOTP_ISSUER } from '../../auth/second-factor.controller.js';
import { rateLimited } from '../../common/rate-limit.js';
import { EMPTY_FORM, FormReader, type FormState } from '../shared/form-input.js';
import { errorSummary, type FieldSpec, fieldView } from '../shared/form-view.js';
import { type Clerk, LOGIN_PATH, PageKit, SESSION_COOKIE } from '../shared/page-kit.js';
import { type PageRoutes, safeReturnPath } from '../shared/page-routes.js';
import { backoffMessage, DASHBOARD_PATH } from './login.pages.js';

export const CODE_PATH = '/inloggen/code';
export const ENROL_PATH = '/inloggen/tweestapsverificatie';
const OWN_PATH = '/account/tweestapsverificatie';

const CODE_FIELD: FieldSpec = {
  name: 'code',
  label: 'Code',
  required: true,
  autocomplete: 'one-time-code',
  description: 'De zes cijfers uit uw authenticator-app, of een herstelcode.',
};
const FIRST_CODE_FIELD: FieldSpec = {
  name: 'code',
  label: 'Code uit de app',
  required: true,
  autocomplete: 'one-time-code',
  description: 'De zes cijfers die de app nu laat zien.',
};

/** Who an enrolment page is for: a session waiting for enrolment, or a clerk who chooses to. */
interface Enrollee {
  readonly userId: string;
  readonly organisationId: string;
  readonly email: string;
  readonly required: boolean;
  readonly clerk?: Clerk;
}

/**
 * The second step of the login (the code, or a recovery code), the enrolment with a QR code,
 * and the clerk's own page to renew recovery codes. A session that waits for its second factor
 * opens only these pages: every other clerk page sends it back to the login.
 */
@Injectable()
export class SecondFactorPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly auth: AuthService,
    private readonly secondFactor: SecondFactorService,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get(CODE_PATH, async (request, reply) => {
      if (!(await this.waitingFor(request, 'code'))) return reply.redirect(LOGIN_PATH, 303);
      return this.showCode(request, reply, EMPTY_FORM);
    });
    // Guessing codes counts with guessing passwords: the same per-IP limit as the login.
    const limited = { config: rateLimited('login'), preHandler: scope.csrfProtection };
    scope.post(CODE_PATH, limited, async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE] ?? '';
      if (!(await this.waitingFor(request, 'code'))) return reply.redirect(LOGIN_PATH, 303);
      const form = new FormReader(request.body);
      const code = form.text('code', { required: true, max: 64 });
      if (!form.ok || code === undefined) return this.showCode(request, reply, form.state(), 400);
      try {
        await this.auth.completeWithCode(token, code);
      } catch (error) {
        if (error instanceof LoginBackoffError) {
          void reply.header('Retry-After', String(error.retryAfterSeconds));
          const state = {
            values: { terug: form.values.terug ?? '' },
            errors: {},
            formError: backoffMessage(error),
          };
          return this.showCode(request, reply, state, 429);
        }
        if (!(error instanceof WorkflowError) || error.kind !== 'unauthenticated') throw error;
        const state = {
          values: { terug: form.values.terug ?? '' },
          errors: {},
          formError: error.nl,
        };
        return this.showCode(request, reply, state, 401);
      }
      return reply.redirect(safeReturnPath(form.values.terug, DASHBOARD_PATH), 303);
    });

    scope.get(ENROL_PATH, async (request, reply) => {
      const enrollee = await this.enrollee(request);
      if (!enrollee) return reply.redirect(LOGIN_PATH, 303);
      return this.showEnrolment(request, reply, enrollee, EMPTY_FORM);
    });
    scope.post(ENROL_PATH, limited, async (request, reply) => {
      const enrollee = await this.enrollee(request);
      if (!enrollee) return reply.redirect(LOGIN_PATH, 303);
      const form = new FormReader(request.body);
      const code = form.text('code', { required: true, max: 64 });
      if (!form.ok || code === undefined) {
        return this.showEnrolment(request, reply, enrollee, form.state(), 400);
      }
      let codes: string[];
      try {
        codes = await this.secondFactor.confirmEnrolment(enrollee, code);
      } catch (error) {
        if (!(error instanceof WorkflowError) || error.kind !== 'unauthenticated') throw error;
        const state = {
          values: { terug: form.values.terug ?? '' },
          errors: { code: error.nl },
          formError: null,
        };
        return this.showEnrolment(request, reply, enrollee, state, 400);
      }
      if (!enrollee.clerk) await this.auth.completeEnrolment(request.cookies[SESSION_COOKIE] ?? '');
      return this.kit.html(
        reply,
        'herstelcodes',
        {
          title: 'Tweestapsverificatie staat aan',
          intro: 'Gelukt: vanaf nu vult u bij het inloggen ook een code uit de app in.',
          codes,
          next: safeReturnPath(form.values.terug, DASHBOARD_PATH),
        },
        enrollee.clerk ?? (await this.kit.clerkOf(request)),
      );
    });

    scope.get(
      OWN_PATH,
      this.kit.clerkOnly(async (_request, reply, clerk) => {
        const enrolled = await this.secondFactor.isEnrolled(clerk.actor.userId);
        const left = await this.secondFactor.recoveryCodesLeft(clerk.actor.userId);
        return this.kit.html(
          reply,
          'account-tweestapsverificatie',
          {
            title: 'Tweestapsverificatie',
            enrolled,
            codesLeft: left,
            oneLeft: left === 1,
            required: await this.secondFactor.isRequired(clerk.actor),
          },
          clerk,
        );
      }),
    );
    scope.post(
      `${OWN_PATH}/herstelcodes`,
      { preHandler: scope.csrfProtection },
      this.kit.clerkOnly(async (_request, reply, clerk) => {
        if (!(await this.secondFactor.isEnrolled(clerk.actor.userId))) {
          return reply.redirect(OWN_PATH, 303);
        }
        const codes = await this.secondFactor.renewRecoveryCodes(clerk.actor);
        return this.kit.html(
          reply,
          'herstelcodes',
          {
            title: 'Nieuwe herstelcodes',
            intro: 'Uw nieuwe herstelcodes zijn gemaakt. De oude werken niet meer.',
            codes,
            next: OWN_PATH,
          },
          clerk,
        );
      }),
    );
  }

  private async waitingFor(request: FastifyRequest, stage: 'code' | 'enrol') {
    const pending = await this.auth.pendingSession(request.cookies[SESSION_COOKIE] ?? '');
    return pending?.stage === stage ? pending : undefined;
  }

  /** A session waiting for enrolment, or a signed-in clerk without a second factor yet. */
  private async enrollee(request: FastifyRequest): Promise<Enrollee | undefined> {
    const pending = await this.waitingFor(request, 'enrol');
    if (pending) {
      const { id, organisationId, email } = pending.user;
      return { userId: id, organisationId, email, required: true };
    }
    const clerk = await this.kit.clerkOf(request);
    if (!clerk || (await this.secondFactor.isEnrolled(clerk.actor.userId))) return undefined;
    const { userId, organisationId, name } = clerk.actor;
    const required = await this.secondFactor.isRequired(clerk.actor);
    return { userId, organisationId, email: name, required, clerk };
  }

  private showCode(request: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) {
    return this.kit.html(
      reply,
      'inloggen-code',
      {
        title: 'Code invullen',
        errorSummary: errorSummary(form, 'code-'),
        formError: form.formError,
        back: form.values.terug ?? safeReturnPath(queryOf(request).terug, ''),
        fields: [fieldView({ ...form, values: {} }, CODE_FIELD, 'code-')],
      },
      undefined,
      status,
    );
  }

  private async showEnrolment(
    request: FastifyRequest,
    reply: FastifyReply,
    enrollee: Enrollee,
    form: FormState,
    status = 200,
  ) {
    const enrolment = await this.secondFactor.startEnrolment(
      enrollee.userId,
      TOTP_ISSUER,
      enrollee.email,
    );
    if (!enrolment) return reply.redirect(DASHBOARD_PATH, 303);
    return this.kit.html(
      reply,
      'tweestapsverificatie-instellen',
      {
        title: 'Tweestapsverificatie instellen',
        required: enrollee.required,
        qrImage: qrImageOf(enrolment.uri),
        secretGroups: enrolment.secret.replace(/(.{4})(?=.)/g, '$1 '),
        errorSummary: errorSummary(form, 'tweestaps-'),
        formError: form.formError,
        back: form.values.terug ?? safeReturnPath(queryOf(request).terug, ''),
        fields: [fieldView({ ...form, values: {} }, FIRST_CODE_FIELD, 'tweestaps-')],
      },
      enrollee.clerk,
      status,
    );
  }
}

/**
 * The QR code as an image in the page itself (the pages allow no unescaped markup; the CSP
 * allows `data:` images): nothing to fetch, and the secret never lands in a URL or a log.
 */
function qrImageOf(uri: string): string {
  const svg = qrCodeSvg(uri, 'QR-code');
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

function queryOf(request: FastifyRequest): Record<string, string | undefined> {
  return request.query as Record<string, string | undefined>;
}

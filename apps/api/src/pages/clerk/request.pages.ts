import { Inject, Injectable } from '@nestjs/common';
import { isLetterKind } from '@wobdesk/letters';
import { UserRepository } from '@wobdesk/persistence';
import { LetterService, type RequestRegister, WorkflowError } from '@wobdesk/workflow';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { UUID_SHAPE as REQUEST_ID } from '../../common/validation.js';
import { REQUEST_REGISTER } from '../../common/tokens.js';
import { sendFile } from '../../letters/letters.controller.js';
import { FormReader, refusalOf, refusalStatus } from '../shared/form-input.js';
import { type Clerk, PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';
import { REQUEST_ACTIONS } from './request-actions.js';
import { type FailedAction, requestPageView } from './request-view-model.js';

type IdParams = { Params: { id: string; step?: string; kind?: string } };

const LETTER_NOTICE = 'letter';

/** One request: its data, deadlines with their derivation, history, steps and letters. */
@Injectable()
export class RequestPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    @Inject(REQUEST_REGISTER) private readonly register: RequestRegister,
    private readonly letters: LetterService,
    private readonly users: UserRepository,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get<IdParams>(
      '/verzoeken/:id',
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id } = request.params as IdParams['Params'];
        const done = (request.query as Record<string, string | undefined>).gelukt;
        const notice =
          done === LETTER_NOTICE
            ? 'De brief is gemaakt en opgeslagen.'
            : (REQUEST_ACTIONS.find((a) => a.slug === done)?.notice ?? null);
        return this.show(reply, clerk, id, notice);
      }),
    );
    scope.post<IdParams>(
      '/verzoeken/:id/:step',
      { preHandler: scope.csrfProtection },
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id, step } = request.params as IdParams['Params'];
        if (step === 'brieven') return this.generateLetter(reply, clerk, id, request.body);
        const action = REQUEST_ACTIONS.find((a) => a.slug === step);
        if (!action || !REQUEST_ID.test(id)) return this.kit.notFound(reply, clerk);
        const form = new FormReader(request.body);
        const version = Number(form.values.version);
        try {
          const call = { register: this.register, actor: clerk.actor, id, version };
          const done = Number.isInteger(version) ? action.run(form, call) : undefined;
          if (done === undefined) {
            if (!Number.isInteger(version)) form.errors.occurredOn ??= 'Laad de pagina opnieuw.';
            return this.show(
              reply,
              clerk,
              id,
              null,
              { slug: action.slug, form: form.state() },
              400,
            );
          }
          await done;
          return reply.redirect(`/verzoeken/${id}?gelukt=${action.slug}`, 303);
        } catch (error) {
          if (error instanceof WorkflowError && error.kind === 'not_found')
            return this.kit.notFound(reply, clerk);
          const failed = { slug: action.slug, form: refusalOf(error, form) };
          return this.show(reply, clerk, id, null, failed, refusalStatus(error));
        }
      }),
    );
    scope.get<IdParams>(
      '/verzoeken/:id/brieven/:kind/voorbeeld',
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id, kind = '' } = request.params as IdParams['Params'];
        if (!REQUEST_ID.test(id) || !isLetterKind(kind)) return this.kit.notFound(reply, clerk);
        try {
          const preview = await this.letters.preview(clerk.actor, id, kind);
          // The letter carries its own print styles; it has no scripts and may run none.
          return reply
            .type('text/html; charset=utf-8')
            .header('cache-control', 'no-store')
            .header(
              'content-security-policy',
              "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox",
            )
            .send(preview.html);
        } catch (error) {
          if (!(error instanceof WorkflowError)) throw error;
          if (error.kind === 'not_found') return this.kit.notFound(reply, clerk);
          return this.kit.errorPage(reply, 422, 'Geen voorbeeld mogelijk', error.nl, clerk);
        }
      }),
    );
    scope.get<{ Params: { letterId: string; format: string } }>(
      '/brieven/:letterId/:format',
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { letterId, format } = request.params as { letterId: string; format: string };
        if (format !== 'pdf' && format !== 'html') return this.kit.notFound(reply, clerk);
        try {
          const file = await this.letters.download(clerk.actor, letterId, format);
          if (format === 'html') {
            reply.header(
              'content-security-policy',
              "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox",
            );
          }
          return reply.send(sendFile(reply, file));
        } catch (error) {
          if (error instanceof WorkflowError && error.kind === 'not_found')
            return this.kit.notFound(reply, clerk);
          throw error;
        }
      }),
    );
  }

  private async generateLetter(reply: FastifyReply, clerk: Clerk, id: string, body: unknown) {
    const form = new FormReader(body);
    const kind = form.values.kind ?? '';
    if (!REQUEST_ID.test(id)) return this.kit.notFound(reply, clerk);
    try {
      await this.letters.generate(clerk.actor, id, kind);
      return reply.redirect(`/verzoeken/${id}?gelukt=${LETTER_NOTICE}#brieven`, 303);
    } catch (error) {
      if (!(error instanceof WorkflowError)) throw error;
      if (error.kind === 'not_found') return this.kit.notFound(reply, clerk);
      return this.show(
        reply,
        clerk,
        id,
        null,
        { slug: 'brief', form: form.state(error.nl) },
        refusalStatus(error),
      );
    }
  }

  private async show(
    reply: FastifyReply,
    clerk: Clerk,
    id: string,
    notice: string | null,
    failed?: FailedAction,
    status = 200,
  ) {
    if (!REQUEST_ID.test(id)) return this.kit.notFound(reply, clerk);
    try {
      const [view, events, letters, users] = await Promise.all([
        this.register.get(clerk.actor, id),
        this.register.events(clerk.actor, id),
        this.letters.list(clerk.actor, id),
        this.users.listByOrganisation(clerk.actor.organisationId),
      ]);
      const people = Object.fromEntries(users.map((u) => [u.id, u.name]));
      const model = requestPageView(view, events, letters, this.kit.today(), people, failed);
      const letterError = failed?.slug === 'brief' ? failed.form.formError : null;
      return this.kit.html(reply, 'verzoek', { ...model, notice, letterError }, clerk, status);
    } catch (error) {
      if (error instanceof WorkflowError && error.kind === 'not_found')
        return this.kit.notFound(reply, clerk);
      throw error;
    }
  }
}

import { ReadAudit } from '../../read-audit/read-audit.service.js';
import { Injectable } from '@nestjs/common';
import { type LetterInput, LetterService } from '@wobdesk/correspondence';
import { isLetterKind } from '@wobdesk/letters';
import { LETTER_CHANNELS, WorkflowError } from '@wobdesk/register';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { UUID_SHAPE as REQUEST_ID } from '../../common/validation.js';
import { LETTER_CSP } from '../../common/response-security.js';
import { sendFile } from '../../letters/letters.controller.js';
import { FormReader, refusalStatus } from '../shared/form-input.js';
import { type Clerk, PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';
import { letterInputOf, letterRefusal, makeSlug, sendSlug } from './letter-forms.js';
import { RequestPages } from './request.pages.js';

type LetterParams = { Params: { id: string; kind?: string; letterId?: string } };

/**
 * The letters of a request on the pages: preview and make a letter with the clerk's input, send
 * a draft, download a stored one. The register decides what may be made and sent; refusals come
 * back on the request page, by their field where they name one.
 */
@Injectable()
export class LetterPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly letters: LetterService,
    private readonly requestPage: RequestPages,
    private readonly audit: ReadAudit,
  ) {}

  routes(scope: FastifyInstance): void {
    const csrf = { preHandler: scope.csrfProtection };
    scope.post<LetterParams>(
      '/verzoeken/:id/brieven',
      csrf,
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id } = request.params as LetterParams['Params'];
        const form = new FormReader(request.body);
        return this.make(reply, clerk, id, form.values.kind ?? '', form, async (input) => {
          await this.letters.generate(clerk.actor, id, form.values.kind ?? '', input);
          return reply.redirect(`/verzoeken/${id}?gelukt=letter#brieven`, 303);
        });
      }),
    );
    scope.post<LetterParams>(
      '/verzoeken/:id/brieven/:kind/voorbeeld',
      csrf,
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id, kind = '' } = request.params as LetterParams['Params'];
        const form = new FormReader(request.body);
        return this.make(reply, clerk, id, kind, form, async (input) =>
          this.sendLetterHtml(reply, (await this.preview(clerk, id, kind, input)).html),
        );
      }),
    );
    // Kept for links to a kind without required input (the page itself posts its form).
    scope.get<LetterParams>(
      '/verzoeken/:id/brieven/:kind/voorbeeld',
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id, kind = '' } = request.params as LetterParams['Params'];
        if (!REQUEST_ID.test(id) || !isLetterKind(kind)) return this.kit.notFound(reply, clerk);
        try {
          return this.sendLetterHtml(reply, (await this.preview(clerk, id, kind, {})).html);
        } catch (error) {
          if (!(error instanceof WorkflowError)) throw error;
          if (error.kind === 'not_found') return this.kit.notFound(reply, clerk);
          return this.kit.errorPage(reply, 422, 'Geen voorbeeld mogelijk', error.nl, clerk);
        }
      }),
    );
    scope.post<LetterParams>(
      '/verzoeken/:id/brieven/:letterId/versturen',
      csrf,
      this.kit.clerkOnly(async (request, reply, clerk) =>
        this.send(request.params as LetterParams['Params'], request.body, reply, clerk),
      ),
    );
    scope.get<{ Params: { letterId: string; format: string } }>(
      '/brieven/:letterId/:format',
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { letterId, format } = request.params as { letterId: string; format: string };
        if (format !== 'pdf' && format !== 'html') return this.kit.notFound(reply, clerk);
        try {
          const file = await this.letters.download(clerk.actor, letterId, format);
          await this.audit.record(
            clerk.actor,
            'letter.view',
            file.requestId,
            `${letterId}.${format}`,
          );
          if (format === 'html') reply.header('content-security-policy', LETTER_CSP);
          return reply.send(sendFile(reply, file));
        } catch (error) {
          if (error instanceof WorkflowError && error.kind === 'not_found')
            return this.kit.notFound(reply, clerk);
          throw error;
        }
      }),
    );
  }

  /** A letter's preview, recorded as a read of the request's personal data once it was made. */
  private async preview(clerk: Clerk, id: string, kind: string, input: LetterInput) {
    const preview = await this.letters.preview(clerk.actor, id, kind, input);
    await this.audit.record(clerk.actor, 'letter.view', id, `preview ${kind}`);
    return preview;
  }

  /** Reads a letter kind's input and hands it to `act`; what fails is shown by the kind's form. */
  private async make(
    reply: FastifyReply,
    clerk: Clerk,
    id: string,
    kind: string,
    form: FormReader,
    act: (input: Record<string, unknown>) => Promise<unknown>,
  ) {
    if (!REQUEST_ID.test(id) || !isLetterKind(kind)) return this.kit.notFound(reply, clerk);
    const offered = (await this.available(clerk, id))?.find((l) => l.kind === kind);
    const input = letterInputOf(form, offered?.inputFields ?? []);
    const slug = makeSlug(kind);
    if (!form.ok) {
      return this.requestPage.show(reply, clerk, id, null, { slug, form: form.state() }, 400);
    }
    try {
      return await act(input);
    } catch (error) {
      if (!(error instanceof WorkflowError)) throw error;
      if (error.kind === 'not_found') return this.kit.notFound(reply, clerk);
      const failed = { slug, form: letterRefusal(error, form) };
      return this.requestPage.show(reply, clerk, id, null, failed, refusalStatus(error));
    }
  }

  private async send(
    params: LetterParams['Params'],
    body: unknown,
    reply: FastifyReply,
    clerk: Clerk,
  ) {
    const { id, letterId = '' } = params;
    if (!REQUEST_ID.test(id) || !REQUEST_ID.test(letterId)) return this.kit.notFound(reply, clerk);
    const form = new FormReader(body);
    const sentOn = form.date('sentOn', { required: true });
    const channel = form.oneOf('channel', LETTER_CHANNELS, false);
    // Only the form of a blocked letter shown to a coordinator has this field.
    const overrideReason = form.text('overrideReason', { max: 2000 });
    const version = Number(form.values.version);
    const slug = sendSlug(letterId);
    if (!form.ok || sentOn === undefined || !Number.isInteger(version)) {
      const state = Number.isInteger(version)
        ? form.state()
        : form.state('Laad de pagina opnieuw.');
      return this.requestPage.show(reply, clerk, id, null, { slug, form: state }, 400);
    }
    try {
      const override = overrideReason === undefined ? undefined : { reason: overrideReason };
      await this.letters.send(clerk.actor, id, letterId, sentOn, version, override, channel);
      return reply.redirect(`/verzoeken/${id}?gelukt=letter-sent#brieven`, 303);
    } catch (error) {
      if (!(error instanceof WorkflowError)) throw error;
      if (error.kind === 'not_found') return this.kit.notFound(reply, clerk);
      const failed = { slug, form: letterRefusal(error, form) };
      return this.requestPage.show(reply, clerk, id, null, failed, refusalStatus(error));
    }
  }

  private async available(clerk: Clerk, id: string) {
    try {
      return await this.letters.available(clerk.actor, id);
    } catch (error) {
      if (error instanceof WorkflowError && error.kind === 'not_found') return undefined;
      throw error;
    }
  }

  // The letter carries its own print styles; it has no scripts and may run none.
  private sendLetterHtml(reply: FastifyReply, html: string) {
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-security-policy', LETTER_CSP)
      .send(html);
  }
}

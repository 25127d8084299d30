import { ReadAudit } from '../../read-audit/read-audit.service.js';
import { readersSection } from './read-audit-views.js';
import { Inject, Injectable } from '@nestjs/common';
import { LetterService } from '@wobdesk/correspondence';
import { DocumentThirdParties } from '@wobdesk/documents';
import { PublicStatusService } from '@wobdesk/public-status';
import { type RequestRegister, StatusLinks, WorkflowError } from '@wobdesk/register';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { UUID_SHAPE as REQUEST_ID } from '../../common/validation.js';
import { RequestInventory } from '../../inventory/request-inventory.service.js';
import { askedSection } from './third-party-section.js';
import { REQUEST_REGISTER } from '../../common/tokens.js';
import { FormReader, refusalOf, refusalStatus } from '../shared/form-input.js';
import { type Clerk, PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';
import { peopleOf } from './clerk-views.js';
import { LETTER_NOTICES, letterKindForms, letterRows } from './letter-forms.js';
import { REQUEST_ACTIONS } from './request-actions.js';
import { type FailedAction, requestPageView } from './request-view-model.js';
import { REQUESTER_DATA_NOTICES, requesterDataSection } from './requester-data.pages.js';
import { STATUS_LINK_COOKIE, STATUS_LINK_NOTICES, statusLinkSection } from './status-link-view.js';

type IdParams = { Params: { id: string; step?: string } };

/** One request: its data, deadlines with their derivation, history, steps and letters. */
@Injectable()
export class RequestPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    @Inject(REQUEST_REGISTER) private readonly register: RequestRegister,
    private readonly letters: LetterService,
    private readonly links: StatusLinks,
    private readonly status: PublicStatusService,
    private readonly inventory: RequestInventory,
    private readonly thirdParties: DocumentThirdParties,
    private readonly audit: ReadAudit,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get<IdParams>(
      '/verzoeken/:id',
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id } = request.params as IdParams['Params'];
        const done = (request.query as Record<string, string | undefined>).gelukt;
        const notice =
          (done !== undefined &&
            (LETTER_NOTICES[done] ?? STATUS_LINK_NOTICES[done] ?? REQUESTER_DATA_NOTICES[done])) ||
          (REQUEST_ACTIONS.find((a) => a.slug === done)?.notice ?? null);
        const newLink = await this.reissuedLink(request, reply, id);
        return this.show(reply, clerk, id, notice, undefined, 200, newLink);
      }),
    );
    scope.post<IdParams>(
      '/verzoeken/:id/:step',
      { preHandler: scope.csrfProtection },
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id, step } = request.params as IdParams['Params'];
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
  }

  /**
   * The link handed over by a reissue (status-link.pages.ts), shown once: the cookie is dropped
   * here, and a token that no longer finds this request (reissued again since) is not shown.
   */
  private async reissuedLink(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
  ): Promise<string | null> {
    const handedOver = this.kit.handedOver(request, STATUS_LINK_COOKIE);
    if (handedOver === undefined) return null;
    this.kit.dropHandOver(reply, `/verzoeken/${id}`, STATUS_LINK_COOKIE);
    const [forId, token] = handedOver.split('.');
    if (forId !== id || !token || !REQUEST_ID.test(id)) return null;
    const current = await this.status.lookup(token);
    return current === undefined ? null : this.links.pageUrlOf(token);
  }

  /** The request page, with `failed` (a step's or a letter's form) shown again with its errors. */
  async show(
    reply: FastifyReply,
    clerk: Clerk,
    id: string,
    notice: string | null,
    failed?: FailedAction,
    status = 200,
    newStatusUrl: string | null = null,
  ) {
    if (!REQUEST_ID.test(id)) return this.kit.notFound(reply, clerk);
    try {
      const [view, events, letters, available, users, proposals, asked] = await Promise.all([
        this.register.get(clerk.actor, id),
        this.register.events(clerk.actor, id),
        this.letters.list(clerk.actor, id),
        this.letters.available(clerk.actor, id),
        this.register.colleagues(clerk.actor),
        this.inventory.proposals(clerk.actor, id),
        this.thirdParties.asked(clerk.actor, id),
      ]);
      await this.audit.record(clerk.actor, 'request.view', id, 'page');
      const readers =
        clerk.actor.role === 'coordinator' ? await this.audit.ofRequest(clerk.actor, id) : null;
      const people = peopleOf(users);
      const today = this.kit.today();
      const model = requestPageView(view, events, today, people, failed, proposals);
      const letterKinds = letterKindForms(id, available, failed);
      // A letter refused for a kind that is not (or no longer) offered: the message goes above.
      const lettersError =
        failed?.slug.startsWith('brief-') && !letterKinds.some((k) => k.slug === failed.slug)
          ? failed.form.formError
          : null;
      const page = {
        ...model,
        notice,
        letterKinds,
        letters: letterRows(id, letters, today, failed, clerk.actor.role === 'coordinator'),
        lettersError,
        statusLink: statusLinkSection(view, events, clerk.actor, newStatusUrl, failed),
        askedThirdParties: askedSection(id, asked),
        readers: readers && readersSection(id, readers),
        requesterData: requesterDataSection(id, clerk),
      };
      return this.kit.html(reply, 'verzoek', page, clerk, status);
    } catch (error) {
      if (error instanceof WorkflowError && error.kind === 'not_found')
        return this.kit.notFound(reply, clerk);
      throw error;
    }
  }
}

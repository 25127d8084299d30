import { Injectable } from '@nestjs/common';
import { Publications, type PublicationView } from '@wobdesk/publication';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { DecisionPublishing } from '../../publication/decision-publishing.js';
import { EMPTY_FORM, FormReader, type FormState, refusalStatus } from '../shared/form-input.js';
import { errorSummary, fieldView } from '../shared/form-view.js';
import { type Clerk, PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';

type IdParams = { Params: { id: string } };
const PREFIX = 'publicatie-';
const NOTICES: Readonly<Record<string, string>> = {
  gepland: 'De publicatie is gepland.',
  ingetrokken: 'De publicatie is teruggetrokken.',
};

/**
 * A request's publication for the clerk (linked from the request page): its state, a form to
 * schedule it (or move the date until it is published) and one to withdraw it with a reason,
 * both the API's `Publications` calls. A refusal is shown on the page with the API's status.
 */
@Injectable()
export class PublicationPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly publications: Publications,
    private readonly publishing: DecisionPublishing,
  ) {}

  routes(scope: FastifyInstance): void {
    const csrf = { preHandler: scope.csrfProtection };
    scope.get<IdParams>(
      '/verzoeken/:id/publicatie',
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id } = request.params as IdParams['Params'];
        const done = (request.query as Record<string, unknown>).gelukt;
        const notice = typeof done === 'string' ? (NOTICES[done] ?? null) : null;
        return this.act(reply, clerk, id, null, () => this.show(reply, clerk, id, null, notice));
      }),
    );
    scope.post<IdParams>(
      '/verzoeken/:id/publicatie',
      csrf,
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id } = request.params as IdParams['Params'];
        const form = new FormReader(request.body);
        const publishOn = form.date('publishOn', { required: true });
        if (!form.ok || publishOn === undefined) {
          return this.act(reply, clerk, id, form.state(), () =>
            this.show(reply, clerk, id, form.state(), null, 400),
          );
        }
        return this.act(reply, clerk, id, form.state(), async () => {
          await this.publishing.schedule(clerk.actor, id, { publishOn });
          return reply.redirect(`/verzoeken/${id}/publicatie?gelukt=gepland`, 303);
        });
      }),
    );
    scope.post<IdParams>(
      '/verzoeken/:id/publicatie/intrekken',
      csrf,
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id } = request.params as IdParams['Params'];
        const form = new FormReader(request.body);
        const reason = form.text('reason', { required: true, max: 1000 });
        if (!form.ok || reason === undefined) {
          return this.act(reply, clerk, id, form.state(), () =>
            this.show(reply, clerk, id, form.state(), null, 400),
          );
        }
        return this.act(reply, clerk, id, form.state(), async () => {
          await this.publications.withdraw(clerk.actor, id, { reason });
          return reply.redirect(`/verzoeken/${id}/publicatie?gelukt=ingetrokken`, 303);
        });
      }),
    );
  }

  /** Runs the work; a refusal of the register is shown above the forms with the API's status. */
  private async act(
    reply: FastifyReply,
    clerk: Clerk,
    id: string,
    form: FormState | null,
    work: () => Promise<unknown>,
  ) {
    return this.kit.onRequest(reply, clerk, id, work, (error) => {
      const refused = { ...(form ?? EMPTY_FORM), formError: error.nl };
      return this.show(reply, clerk, id, refused, null, refusalStatus(error));
    });
  }

  private async show(
    reply: FastifyReply,
    clerk: Clerk,
    id: string,
    typed: FormState | null,
    notice: string | null,
    status = 200,
  ) {
    const publication = await this.publications.find(clerk.actor, id);
    const form: FormState = typed ?? {
      ...EMPTY_FORM,
      values: { publishOn: publication?.publishOn ?? this.kit.today() },
    };
    return this.kit.html(
      reply,
      'publicatie',
      {
        title: 'Publicatie van het besluit',
        notice,
        requestId: id,
        errorSummary: errorSummary(form, PREFIX),
        formError: form.formError,
        publication: publication && stateOf(publication),
        canSchedule: !publication?.publishedAt && !publication?.withdrawnAt,
        canWithdraw: publication !== null && !publication.withdrawnAt,
        dateField: fieldView(
          form,
          {
            name: 'publishOn',
            label: 'Publiceren op',
            type: 'date',
            required: true,
            description:
              'Niet eerder dan de dag waarop het besluit is verzonden. Verwacht u bezwaar van een derde? Dan niet eerder dan twee weken daarna (artikel 4.4, vijfde lid, Woo).',
          },
          PREFIX,
        ),
        reasonField: fieldView(
          form,
          { name: 'reason', label: 'Reden van terugtrekken', type: 'textarea', required: true },
          PREFIX,
        ),
      },
      clerk,
      status,
    );
  }
}

function stateOf(p: PublicationView) {
  return {
    publishOn: p.publishOn,
    published: p.publishedAt !== null,
    withdrawn: p.withdrawnAt !== null,
    withdrawalReason: p.withdrawalReason,
    href: `/openbaar/${p.slug}`,
    files: p.files.map((f) => f.title),
  };
}

import { Injectable } from '@nestjs/common';
import { PROVISIONAL_MEASURE_OUTCOMES, ProvisionalMeasures } from '@wobdesk/documents';
import { UnitOfWork } from '@wobdesk/persistence';
import { WorkflowError } from '@wobdesk/register';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { UUID_SHAPE } from '../../common/validation.js';
import { EMPTY_FORM, FormReader, type FormState, refusalStatus } from '../shared/form-input.js';
import { errorSummary, fieldView } from '../shared/form-view.js';
import { type Clerk, PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';

type IdParams = { Params: { id: string } };
const PREFIX = 'voorziening-';

/** The register's rules for the dates, as the form says them beside the field. */
const RULES_NL: Readonly<Record<string, string>> = {
  not_before_sending: 'Deze datum ligt vóór de verzending van het besluit.',
  not_before_requested: 'Deze datum ligt vóór de dag waarop de voorziening werd gevraagd.',
  not_in_future: 'Deze datum ligt in de toekomst.',
};

/**
 * The clerk's page for a provisional measure against the disclosure (Awb 8:81), linked from the
 * release page: record that one was asked for, and later that it was ruled on or withdrawn.
 * While one is pending the requester's downloads and the publication wait.
 */
@Injectable()
export class ProvisionalMeasurePages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly measures: ProvisionalMeasures,
    private readonly storage: UnitOfWork,
  ) {}

  routes(scope: FastifyInstance): void {
    const path = '/verzoeken/:id/voorlopige-voorziening';
    scope.get<IdParams>(
      path,
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id } = request.params as IdParams['Params'];
        const saved = (request.query as Record<string, unknown>).gelukt === '1';
        return this.show(reply, clerk, id, null, saved);
      }),
    );
    scope.post<IdParams>(
      path,
      { preHandler: scope.csrfProtection },
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id } = request.params as IdParams['Params'];
        const since = await this.pendingSince(clerk, id);
        if (since === undefined) return this.kit.notFound(reply, clerk);
        const form = new FormReader(request.body);
        const day = form.date(since === null ? 'requestedOn' : 'endedOn', { required: true });
        const outcome =
          since === null ? undefined : form.oneOf('outcome', PROVISIONAL_MEASURE_OUTCOMES);
        if (!form.ok) return this.show(reply, clerk, id, form.state(), false, 400);
        try {
          if (since === null) await this.measures.request(clerk.actor, id, { requestedOn: day });
          else await this.measures.end(clerk.actor, id, { endedOn: day, outcome });
        } catch (error) {
          if (!(error instanceof WorkflowError) || error.kind === 'not_found') throw error;
          const rule =
            typeof error.details?.rule === 'string' ? RULES_NL[error.details.rule] : null;
          const field = String(error.details?.field ?? '');
          const shown: FormState = rule
            ? { values: form.values, errors: { [field]: rule }, formError: null }
            : form.state(error.nl);
          return this.show(reply, clerk, id, shown, false, refusalStatus(error));
        }
        return reply.redirect(`/verzoeken/${id}/voorlopige-voorziening?gelukt=1`, 303);
      }),
    );
  }

  /** The day the pending measure was asked for; null: none; undefined: no such request. */
  private async pendingSince(clerk: Clerk, id: string): Promise<string | null | undefined> {
    if (!UUID_SHAPE.test(id)) return undefined;
    const row = await this.storage.read((tx) => tx.requests.find(clerk.actor.organisationId, id));
    return row ? row.provisionalMeasureSince : undefined;
  }

  private async show(
    reply: FastifyReply,
    clerk: Clerk,
    id: string,
    typed: FormState | null,
    saved: boolean,
    status = 200,
  ) {
    const since = await this.pendingSince(clerk, id);
    if (since === undefined) return this.kit.notFound(reply, clerk);
    const form = typed ?? EMPTY_FORM;
    const fields =
      since === null
        ? [{ name: 'requestedOn', label: 'Gevraagd op', type: 'date' as const, required: true }]
        : [
            { name: 'endedOn', label: 'Afgelopen op', type: 'date' as const, required: true },
            {
              name: 'outcome',
              label: 'Hoe is het afgelopen?',
              type: 'select' as const,
              required: true,
              options: [
                { value: '', label: 'Kies' },
                { value: 'ruled', label: 'De rechter heeft beslist' },
                { value: 'withdrawn', label: 'Het verzoek is ingetrokken' },
              ],
            },
          ];
    return this.kit.html(
      reply,
      'voorlopige-voorziening',
      {
        title: 'Voorlopige voorziening',
        notice: saved ? 'Vastgelegd.' : null,
        requestId: id,
        since,
        errorSummary: errorSummary(form, PREFIX),
        formError: form.formError,
        fields: fields.map((f) => fieldView(form, f, PREFIX)),
      },
      clerk,
      status,
    );
  }
}

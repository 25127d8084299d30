import { Injectable } from '@nestjs/common';
import { DuplicateProposals } from '@wobdesk/documents';
import { WorkflowError } from '@wobdesk/register';
import type { FastifyInstance } from 'fastify';
import { UUID_SHAPE } from '../../common/validation.js';
import { refusalStatus } from '../shared/form-input.js';
import { PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';
import { DocumentPages } from './document.pages.js';

type ProposalParams = { Params: { id: string; proposalId: string } };

/**
 * The clerk's decision on a duplicate proposal from the documents page: confirm (the document
 * is listed through its twin) or reject (both stay listed). A urlencoded form with its CSRF
 * token; a refusal (already decided) comes back in the section with the API's status.
 */
@Injectable()
export class DuplicatePages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly proposals: DuplicateProposals,
    private readonly documentPages: DocumentPages,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.post<ProposalParams>(
      '/verzoeken/:id/documenten/dubbel/:proposalId',
      { preHandler: scope.csrfProtection },
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id, proposalId } = request.params as ProposalParams['Params'];
        if (!UUID_SHAPE.test(id) || !UUID_SHAPE.test(proposalId)) {
          return this.kit.notFound(reply, clerk);
        }
        const choice = (request.body as Record<string, unknown> | undefined)?.besluit;
        if (choice !== 'bevestigen' && choice !== 'afwijzen') {
          return this.documentPages.show(
            reply,
            clerk,
            id,
            { duplicateError: 'Kies bevestigen of afwijzen.' },
            400,
          );
        }
        try {
          const decision = choice === 'bevestigen' ? 'confirm' : 'reject';
          await this.proposals.decide(clerk.actor, id, proposalId.toLowerCase(), decision);
          const done = decision === 'confirm' ? 'bevestigd' : 'afgewezen';
          return reply.redirect(`/verzoeken/${id}/documenten?dubbel=${done}#dubbel`, 303);
        } catch (error) {
          if (!(error instanceof WorkflowError)) throw error;
          if (error.kind === 'not_found') return this.kit.notFound(reply, clerk);
          return this.documentPages.show(
            reply,
            clerk,
            id,
            { duplicateError: error.nl },
            refusalStatus(error),
          );
        }
      }),
    );
  }
}

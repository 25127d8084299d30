import { Injectable } from '@nestjs/common';
import {
  type DocumentSummary,
  type DuplicateProposalRecord,
  type Repositories,
  UnitOfWork,
} from '@wobdesk/persistence';
import { type Actor, RequestChanges, WorkflowError, workflowError } from '@wobdesk/register';

/** The workflow events of the clerk's decision on a proposal. */
export const DUPLICATE_CONFIRMED_EVENT = 'duplicate_confirmed';
export const DUPLICATE_REJECTED_EVENT = 'duplicate_rejected';

export type DuplicateDecision = 'confirm' | 'reject';

/** A document as a proposal names it. */
export interface ProposalDocument {
  readonly number: number;
  readonly fileName: string;
  readonly description: string | null;
}

/** A proposal with its two documents by number. */
export interface DuplicateProposalView {
  readonly id: string;
  readonly kind: DuplicateProposalRecord['kind'];
  readonly status: DuplicateProposalRecord['status'];
  readonly score: number;
  /** The document that would not be listed. */
  readonly document: ProposalDocument;
  /** The document listed in its place (for a thread: the reply that quotes it). */
  readonly twin: ProposalDocument;
  readonly decidedAt: Date | null;
  readonly decidedBy: string | null;
}

const notFound = (id: string) =>
  new WorkflowError(
    'not_found',
    'DUPLICATE.NOT_FOUND',
    'Dit voorstel bestaat niet bij dit verzoek.',
    'This proposal does not exist in this request.',
    { id },
  );

/**
 * The proposals that a document need not be listed because another is (near-duplicates, quoted
 * e-mails; exact duplicates are recorded as decided at intake). The clerk confirms or rejects
 * each, as a change of the request: the decision and its event are stored together, and a
 * confirmation points the document at the twin the inventory lists.
 */
@Injectable()
export class DuplicateProposals {
  constructor(
    private readonly storage: UnitOfWork,
    private readonly changes: RequestChanges,
  ) {}

  async list(actor: Actor, requestId: string): Promise<DuplicateProposalView[]> {
    return this.storage.read(async (tx) => {
      if (!(await tx.requests.find(actor.organisationId, requestId))) {
        throw workflowError('REQUEST.NOT_FOUND', { id: requestId });
      }
      return viewsOf(tx, requestId, await tx.duplicates.proposals(requestId));
    });
  }

  async decide(
    actor: Actor,
    requestId: string,
    proposalId: string,
    decision: DuplicateDecision,
  ): Promise<DuplicateProposalView> {
    let view: DuplicateProposalView | undefined;
    // An unknown proposal of an unknown request is the request's 404, checked first.
    await this.requireRequest(actor, requestId);
    await this.changes.run(actor, requestId, undefined, async (ctx) => {
      const proposal = await ctx.tx.duplicates.findProposal(requestId, proposalId);
      if (proposal === null) throw notFound(proposalId);
      if (proposal.status !== 'proposed') {
        throw new WorkflowError(
          'domain',
          'DUPLICATE.ALREADY_DECIDED',
          'Over dit voorstel is al beslist.',
          'This proposal has already been decided.',
          { id: proposalId, status: proposal.status },
        );
      }
      const status = decision === 'confirm' ? 'confirmed' : 'rejected';
      await ctx.tx.duplicates.decide(proposal.id, status, actor.userId, ctx.now);
      const documents = await ctx.tx.documents.summaries(requestId);
      const byId = new Map(documents.map((d) => [d.id, d]));
      if (status === 'confirmed') {
        // Listed in its place is the twin, or the document the twin itself stands in for.
        const twin = byId.get(proposal.twinId);
        await ctx.tx.duplicates.setDuplicateOf(
          proposal.documentId,
          twin?.duplicateOf ?? proposal.twinId,
        );
      }
      view = viewOf({ ...proposal, status, decidedAt: ctx.now, decidedBy: actor.userId }, byId);
      return {
        events: [
          {
            type: status === 'confirmed' ? DUPLICATE_CONFIRMED_EVENT : DUPLICATE_REJECTED_EVENT,
            occurredOn: ctx.today.toString(),
            payload: {
              proposal: proposal.id,
              kind: proposal.kind,
              number: view.document.number,
              twin: view.twin.number,
            },
          },
        ],
        state: ctx.state,
      };
    });
    return view!;
  }

  private async requireRequest(actor: Actor, requestId: string): Promise<void> {
    await this.storage.read(async (tx) => {
      if (!(await tx.requests.find(actor.organisationId, requestId))) {
        throw workflowError('REQUEST.NOT_FOUND', { id: requestId });
      }
    });
  }
}

async function viewsOf(
  tx: Repositories,
  requestId: string,
  proposals: readonly DuplicateProposalRecord[],
): Promise<DuplicateProposalView[]> {
  if (proposals.length === 0) return [];
  const byId = new Map((await tx.documents.summaries(requestId)).map((d) => [d.id, d]));
  return proposals.map((p) => viewOf(p, byId));
}

function viewOf(
  p: DuplicateProposalRecord,
  byId: ReadonlyMap<string, DocumentSummary>,
): DuplicateProposalView {
  const named = (id: string): ProposalDocument => {
    const d = byId.get(id);
    return {
      number: d?.number ?? 0,
      fileName: d?.fileName ?? '',
      description: d?.description ?? null,
    };
  };
  return {
    id: p.id,
    kind: p.kind,
    status: p.status,
    score: p.score,
    document: named(p.documentId),
    twin: named(p.twinId),
    decidedAt: p.decidedAt,
    decidedBy: p.decidedBy,
  };
}

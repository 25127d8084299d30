import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { isVisibleToRequester, listLettersIn } from '@wobdesk/correspondence';
import {
  alsoNumbersNl,
  type Clock,
  listedOnce,
  PENDING_PHASES,
  requesterStateNl,
} from '@wobdesk/domain';
import {
  type DocumentInventoryRecord,
  type PublicationRecord,
  type RequestRecord,
  type StoredRequestEvent,
  UnitOfWork,
} from '@wobdesk/persistence';
import { hashToken, isWellFormedToken } from '@wobdesk/register';
import type {
  PublicDocuments,
  PublicPublication,
  PublicStatus,
  PublicStatusView,
} from './public-status.contract.js';
import { PublicStatusCache, type PublicStatusPage } from './public-status-cache.js';
import { publicTimeline } from './public-timeline.js';

/**
 * The requester's status check (contract.ts `PublicStatus`). The token is looked up by its
 * SHA-256 only; an unknown, malformed or revoked token gives the same `undefined`. The view holds
 * nothing internal: no actors, assignees, notes, payloads or third parties.
 */
@Injectable()
export class PublicStatusService implements PublicStatus {
  constructor(
    private readonly storage: UnitOfWork,
    private readonly cache: PublicStatusCache,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async lookup(token: string): Promise<PublicStatusView | undefined> {
    return (await this.lookupPage(token))?.view;
  }

  /**
   * The view and the letters sent to the requester, cached together (a hit runs no SQL). `body` of the
   * returned page is free for the caller to memoise its serialised response in; it is dropped
   * with the entry on every change of the request (a generated letter included).
   */
  async lookupPage(token: string): Promise<PublicStatusPage | undefined> {
    if (!isWellFormedToken(token)) return undefined;
    const tokenHash = hashToken(token);
    const today = this.clock.today().toString();
    const now = this.clock.now().getTime();
    const cached = this.cache.get(tokenHash, today, now);
    if (cached) return cached;
    return this.storage.read(async (tx) => {
      const row = await tx.requests.findByStatusTokenHash(tokenHash);
      if (!row || row.statusTokenRevokedAt !== null) return undefined;
      const view = toPublicView(
        row,
        await tx.requests.events(row.id),
        today,
        await tx.documents.inventoryRows(row.id),
        await tx.publications.find(row.id),
      );
      // Only what was sent to the requester: drafts, and letters to third parties or other
      // bodies, stay with the clerks.
      const letters = (await listLettersIn(tx, row.organisationId, row.id)).filter((l) =>
        isVisibleToRequester({ kind: l.kind, sent: l.status === 'sent' }),
      );
      const page: PublicStatusPage = { view, letters };
      this.cache.set(tokenHash, row.id, page, today, now);
      return page;
    });
  }
}

/** The view for the requester, from the stored columns and the public part of the history. */
export function toPublicView(
  row: RequestRecord,
  events: readonly StoredRequestEvent[],
  today: string,
  documents: readonly DocumentInventoryRecord[] = [],
  publication: PublicationRecord | null = null,
): PublicStatusView {
  const pending = PENDING_PHASES.includes(row.phase);
  const extended = events.some((e) => e.type === 'extension_notified');
  const suspended = pending && row.suspendedUntil !== null && row.suspendedUntil >= today;
  return {
    reference: row.reference,
    subject: row.subject,
    phase: row.phase,
    stateNl: requesterStateNl(
      row.phase,
      row.regime,
      events.some((e) => e.type === 'request_not_handled'),
    ),
    keyDates: {
      receivedOn: row.receivedOn,
      decisionDue: row.decisionDeadline,
      ...(extended && { extendedTo: row.decisionDeadline }),
      ...(suspended && { suspendedUntil: row.suspendedUntil! }),
      ...(row.decidedOn !== null && { decidedOn: row.decidedOn }),
      ...(row.sentOn !== null && { sentOn: row.sentOn }),
      ...(row.objectionWindowEndsOn !== null && {
        objectionWindowEndsOn: row.objectionWindowEndsOn,
      }),
    },
    timeline: publicTimeline(events),
    ...(documents.length > 0 && { documents: publicDocuments(row, documents) }),
    ...(publication !== null &&
      publication.withdrawnAt === null && { publication: publicPublication(publication) }),
  };
}

/** The day the decision is or was published and, once it is, where. */
function publicPublication(p: PublicationRecord): PublicPublication {
  const published = p.publishedAt !== null;
  return { publishOn: p.publishOn, published, ...(published && { slug: p.slug }) };
}

const ASSESSMENT_NL: Record<string, string> = {
  public: 'Openbaar',
  partly_public: 'Deels openbaar',
  not_public: 'Niet openbaar',
  already_public: 'Reeds openbaar',
};

/**
 * How many documents were found (those outside the request not counted) and, once the decision
 * was sent, its inventory list: what the decision's annex says, nothing more.
 */
function publicDocuments(
  row: RequestRecord,
  documents: readonly DocumentInventoryRecord[],
): PublicDocuments {
  // A copy is listed once, under its twin, and assessed with it (as in the decision's annex).
  const within = listedOnce(documents).filter((l) => l.document.assessment !== 'out_of_scope');
  const copies = within.reduce((n, l) => n + l.copyNumbers.length, 0);
  if (row.sentOn === null) return { found: within.length, copies };
  return {
    found: within.length,
    copies,
    inventory: within.map(({ document: d, copyNumbers }) => {
      const also = alsoNumbersNl(copyNumbers);
      const disclosed = d.assessment === 'public' || d.assessment === 'already_public';
      const withholds = d.assessment === 'partly_public' || d.assessment === 'not_public';
      return {
        number: d.number,
        ...(d.documentDate !== null && { date: d.documentDate }),
        // A file name can say what the decision withholds: only a disclosed one may stand in.
        description: d.description ?? (disclosed ? d.fileName : `Document ${d.number}`),
        ...(also !== undefined && { also }),
        assessmentNl: d.assessment === null ? 'Nog niet beoordeeld' : ASSESSMENT_NL[d.assessment]!,
        grounds: withholds && d.grounds !== null ? (JSON.parse(d.grounds) as string[]) : [],
      };
    }),
  };
}

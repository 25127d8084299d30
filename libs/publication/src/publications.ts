import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { checkPublicationDate, type Clock, LocalDate } from '@wobdesk/domain';
import { type InventoryRow, writeInventoryCsv } from '@wobdesk/inventory';
import {
  type NewPublishedDocument,
  type PublicationRecord,
  type PublishedDocumentRecord,
  type StoredRequestEvent,
  UnitOfWork,
} from '@wobdesk/persistence';
import {
  type Actor,
  type ChangeContext,
  invalidInput,
  plannerActor,
  RequestChanges,
  requireText,
  Unchanged,
  workflowError,
} from '@wobdesk/register';
import { amsterdamDateTime, amsterdamStartOfDay } from './amsterdam-date-time.js';
import { inventoryToJson } from './inventory-snapshot.js';
import { publicationError } from './publication-errors.js';
import { publicationTitle } from './publication-title.js';

/** The workflow events of publication, in the request's history. */
export const PUBLICATION_SCHEDULED_EVENT = 'publication_scheduled';
export const PUBLISHED_EVENT = 'published';
export const PUBLICATION_WITHDRAWN_EVENT = 'publication_withdrawn';
export const PUBLISHED_DOCUMENTS_ADDED_EVENT = 'published_documents_added';

/** The public file names of a decision's own files. */
export const DECISION_FILE = 'besluit.pdf';
export const INVENTORY_FILE = 'inventarislijst.csv';

const MAX_REASON = 1000;
/** How many due publications one run publishes; the next run takes the rest. */
const DUE_BATCH = 100;

export interface ScheduleInput {
  readonly publishOn?: unknown;
}

/**
 * The public copy of the sent decision letter (the requester's personal data left out), stored
 * as a blob by the caller: the file published as `besluit.pdf`, never the sent letter itself.
 */
export interface PublicDecisionCopy {
  /** The sent decision letter it is the public copy of. */
  readonly letterId: string;
  readonly sha256: string;
  readonly bytes: number;
}

export interface WithdrawInput {
  readonly reason?: unknown;
}

/** A request's publication as the clerk sees it. */
export interface PublicationView {
  readonly publishOn: string;
  readonly slug: string;
  readonly title: string;
  readonly publishedAt: Date | null;
  readonly withdrawnAt: Date | null;
  readonly withdrawalReason: string | null;
  readonly files: readonly Pick<PublishedDocumentRecord, 'kind' | 'fileName' | 'title' | 'bytes'>[];
}

/**
 * Publication of a decision (Woo art. 3.3 lid 2 sub i): the clerk schedules it on a day no
 * earlier than the law allows, the planner publishes it when that day comes, and the clerk can
 * withdraw it with a reason. Each is a change of the request with its own workflow event. What
 * is published is fixed when it is scheduled: the public copy of the sent decision letter (made by
 * the caller, without the requester's personal data) and the inventory as it stood, so what is
 * published is what the clerk saw.
 */
@Injectable()
export class Publications {
  private readonly logger = new Logger('Publications');

  constructor(
    private readonly storage: UnitOfWork,
    private readonly changes: RequestChanges,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async find(actor: Actor, requestId: string): Promise<PublicationView | null> {
    return this.storage.read(async (tx) => {
      if (!(await tx.requests.find(actor.organisationId, requestId))) {
        throw workflowError('REQUEST.NOT_FOUND', { id: requestId });
      }
      const publication = await tx.publications.find(requestId);
      if (!publication) return null;
      return viewOf(publication, await tx.publications.documentsOf(requestId));
    });
  }

  /**
   * Schedules (or, while not yet published, reschedules) the publication. `inventory` is the
   * request's inventory as exported, or null when it has no documents; `decision` the public
   * copy of the sent decision letter, or null when none was sent.
   */
  async schedule(
    actor: Actor,
    requestId: string,
    input: ScheduleInput,
    inventory: readonly InventoryRow[] | null,
    decision: PublicDecisionCopy | null,
  ): Promise<PublicationView> {
    const publishOn = parseDate(input?.publishOn, 'publishOn');
    let scheduled: PublicationView | undefined;
    await this.changes.run(actor, requestId, undefined, async (ctx) => {
      const organisation = await ctx.tx.organisations.find(actor.organisationId);
      if (!organisation?.tooiUri) throw publicationError('PUBLICATION.NO_PUBLISHER');
      const existing = await ctx.tx.publications.find(requestId);
      if (existing?.withdrawnAt) throw publicationError('PUBLICATION.WITHDRAWN');
      if (existing?.publishedAt) throw publicationError('PUBLICATION.ALREADY_PUBLISHED');
      const sentOn = ctx.state.facts.sentOn;
      const disclosure = ctx.row.disclosureDate;
      const refusal = checkPublicationDate(
        publishOn,
        sentOn,
        disclosure === null ? undefined : LocalDate.parse(disclosure),
      );
      if (refusal === 'not_sent') throw publicationError('PUBLICATION.NOT_SENT');
      if (refusal === 'before_sending') {
        throw publicationError('PUBLICATION.BEFORE_SENDING', { earliest: sentOn!.toString() });
      }
      if (refusal === 'before_disclosure') {
        throw publicationError('PUBLICATION.BEFORE_DISCLOSURE', { earliest: disclosure });
      }
      const letter = await sentDecisionLetter(ctx, actor.organisationId, requestId);
      // The copy must be of the letter sent now: one sent in between would need a new copy.
      if (decision === null || decision.letterId !== letter.id) {
        throw publicationError('PUBLICATION.NO_DECISION_LETTER');
      }
      const publication: PublicationRecord = {
        requestId,
        organisationId: actor.organisationId,
        slug: `${ctx.row.reference.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}-${requestId.slice(0, 8)}`,
        title: publicationTitle(ctx.row),
        publishOn: publishOn.toString(),
        adoptedAt: adoptedAt(ctx.stored),
        inventoryJson: inventory === null ? null : inventoryToJson(inventory),
        publishedAt: null,
        withdrawnAt: null,
        withdrawalReason: null,
      };
      await ctx.tx.publications.save(publication);
      await ctx.tx.publications.removeUnpublishedDocuments(requestId);
      const file = (f: Omit<NewPublishedDocument, 'id' | 'requestId' | 'organisationId'>) => ({
        ...f,
        id: randomUUID(),
        requestId,
        organisationId: actor.organisationId,
      });
      const files: NewPublishedDocument[] = [
        file({
          kind: 'decision',
          documentId: null,
          letterId: letter.id,
          blobSha256: decision.sha256,
          fileName: DECISION_FILE,
          mediaType: 'application/pdf',
          title: publication.title,
          bytes: decision.bytes,
          createdOn: letter.sentOn,
          publishedAt: null,
          withdrawnAt: null,
        }),
      ];
      if (inventory !== null) {
        files.push(
          file({
            kind: 'inventory',
            documentId: null,
            letterId: null,
            blobSha256: null,
            fileName: INVENTORY_FILE,
            mediaType: 'text/csv',
            title: `Inventarislijst bij ${publication.title.charAt(0).toLowerCase()}${publication.title.slice(1)}`,
            bytes: await csvBytes(inventory),
            createdOn: letter.sentOn,
            publishedAt: null,
            withdrawnAt: null,
          }),
        );
      }
      await ctx.tx.publications.addDocuments(files);
      scheduled = viewOf(publication, await ctx.tx.publications.documentsOf(requestId));
      const payload = { publishOn: publication.publishOn, files: files.length };
      return { events: [event(ctx, PUBLICATION_SCHEDULED_EVENT, payload)], state: ctx.state };
    });
    return scheduled!;
  }

  /**
   * Adds released documents to a publication (the release step's port): published at once when
   * the publication is public, else with it.
   */
  async addDocuments(
    actor: Actor,
    requestId: string,
    documents: readonly Omit<
      NewPublishedDocument,
      'id' | 'requestId' | 'organisationId' | 'publishedAt' | 'withdrawnAt' | 'kind'
    >[],
  ): Promise<void> {
    await this.changes.run(actor, requestId, undefined, async (ctx) => {
      const publication = await ctx.tx.publications.find(requestId);
      if (!publication) throw publicationError('PUBLICATION.NOT_SCHEDULED');
      if (publication.withdrawnAt) throw publicationError('PUBLICATION.WITHDRAWN');
      await ctx.tx.publications.addDocuments(
        documents.map((d) => ({
          ...d,
          kind: 'document' as const,
          id: randomUUID(),
          requestId,
          organisationId: actor.organisationId,
          publishedAt: publication.publishedAt,
          withdrawnAt: null,
        })),
      );
      const payload = { documents: documents.length };
      return { events: [event(ctx, PUBLISHED_DOCUMENTS_ADDED_EVENT, payload)], state: ctx.state };
    });
  }

  /**
   * Publishes every publication due today or earlier. Each is published by a conditional update
   * in its own change: a second process, or a second run, finds it published and records nothing.
   */
  async publishDue(): Promise<number> {
    const today = this.clock.today().toString();
    const due = await this.storage.read((tx) => tx.publications.due(today, DUE_BATCH));
    let published = 0;
    for (const p of due) {
      try {
        await this.changes.run(
          plannerActor(p.organisationId),
          p.requestId,
          undefined,
          async (ctx) => {
            if (!(await ctx.tx.publications.markPublished(p.requestId, ctx.now)))
              throw new Unchanged();
            published++;
            const payload = { publishOn: p.publishOn, slug: p.slug };
            return { events: [event(ctx, PUBLISHED_EVENT, payload)], state: ctx.state };
          },
        );
      } catch (error) {
        // One broken request must not hold up the others; the next run tries it again.
        this.logger.error(`publishing ${p.requestId} failed: ${String(error)}`);
      }
    }
    return published;
  }

  /** Withdraws a scheduled or published publication; the public page then says so. */
  async withdraw(actor: Actor, requestId: string, input: WithdrawInput): Promise<PublicationView> {
    const reason = requireText(input?.reason, 'reason', MAX_REASON);
    let withdrawn: PublicationView | undefined;
    await this.changes.run(actor, requestId, undefined, async (ctx) => {
      const publication = await ctx.tx.publications.find(requestId);
      if (!publication) throw publicationError('PUBLICATION.NOT_SCHEDULED');
      if (!(await ctx.tx.publications.markWithdrawn(requestId, ctx.now, reason))) {
        throw publicationError('PUBLICATION.WITHDRAWN');
      }
      const after = (await ctx.tx.publications.find(requestId))!;
      withdrawn = viewOf(after, await ctx.tx.publications.documentsOf(requestId));
      const payload = { reason, wasPublished: publication.publishedAt !== null };
      return { events: [event(ctx, PUBLICATION_WITHDRAWN_EVENT, payload)], state: ctx.state };
    });
    return withdrawn!;
  }
}

/** The size of the inventory as the public CSV file, for its DiWoo and list entries. */
async function csvBytes(rows: readonly InventoryRow[]): Promise<number> {
  const out = new PassThrough();
  let bytes = 0;
  out.on('data', (chunk: Buffer) => (bytes += chunk.length));
  await writeInventoryCsv(rows, out);
  return bytes;
}

function event(ctx: ChangeContext, type: string, payload: Record<string, unknown>) {
  return { type, occurredOn: ctx.today.toString(), payload };
}

function parseDate(value: unknown, field: string): LocalDate {
  if (typeof value !== 'string' || value === '') throw invalidInput(field, 'required');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !LocalDate.isValid(value)) {
    throw invalidInput(field, 'iso_date');
  }
  return LocalDate.parse(value);
}

async function sentDecisionLetter(ctx: ChangeContext, organisationId: string, requestId: string) {
  const states = await ctx.tx.letters.sendingStatesOfKind(organisationId, requestId, 'decision');
  const sent = states.find((s) => s.sentOn !== null);
  if (!sent) throw publicationError('PUBLICATION.NO_DECISION_LETTER');
  return { id: sent.id, sentOn: sent.sentOn! };
}

/**
 * When the decision was adopted: the instant the last decision was recorded when that was on its
 * day, else the start of the day it names (a decision recorded later than taken).
 */
function adoptedAt(stored: readonly StoredRequestEvent[]): string {
  const taken = [...stored].reverse().find((e) => e.type === 'decision_taken');
  if (!taken) throw publicationError('PUBLICATION.NOT_SENT');
  const recorded = amsterdamDateTime(taken.recordedAt);
  return recorded.startsWith(taken.occurredOn) ? recorded : amsterdamStartOfDay(taken.occurredOn);
}

function viewOf(p: PublicationRecord, files: readonly PublishedDocumentRecord[]): PublicationView {
  return {
    publishOn: p.publishOn,
    slug: p.slug,
    title: p.title,
    publishedAt: p.publishedAt,
    withdrawnAt: p.withdrawnAt,
    withdrawalReason: p.withdrawalReason,
    files: files.map((f) => ({
      kind: f.kind,
      fileName: f.fileName,
      title: f.title,
      bytes: f.bytes,
    })),
  };
}

import { randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@wobdesk/config';
import { type DocumentRecord, type DocumentSummary, UnitOfWork } from '@wobdesk/persistence';
import { type Actor, RequestChanges, WorkflowError, workflowError } from '@wobdesk/register';
import { BlobStore } from './blob-store.js';
import { DocumentRefusal } from './document-refusal.js';
import { findDuplicates } from './duplicate-finder.js';
import { DocumentIntake, type StagedDocument } from './intake.js';
import { type InventoryQuery, inventoryPageOf } from './inventory-query.js';

/** One uploaded file as it arrives. */
export interface IncomingFile {
  readonly fileName: string;
  readonly content: Readable;
}

/**
 * A page of a request's documents by number, with what its rows tell by number: the e-mail a
 * document came attached to and the document listed in its place (`numbers`, by id, also for
 * documents on other pages), and per document the copies listed in its place (`copies`).
 */
export interface DocumentPage {
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
  readonly documents: DocumentSummary[];
  readonly numbers: ReadonlyMap<string, number>;
  readonly copies: ReadonlyMap<string, readonly number[]>;
}

/** The workflow event of documents added to a request (history only; no change of phase). */
export const DOCUMENTS_ADDED_EVENT = 'documents_added';
/** The workflow event of exact duplicates recorded and near-duplicates or threads proposed. */
export const DUPLICATES_FOUND_EVENT = 'duplicates_found';

/**
 * The documents of a request: taking files in, listing them, handing out their content. Adding
 * is a change of the request: its rows and its `documents_added` event are written in one
 * transaction, and the files are placed in the store inside it, so a refusal or a failure
 * leaves no rows and no stored file nothing refers to.
 */
@Injectable()
export class RequestDocuments {
  private readonly store: BlobStore;

  constructor(
    private readonly config: AppConfig,
    private readonly storage: UnitOfWork,
    private readonly changes: RequestChanges,
  ) {
    this.store = new BlobStore(config.documents.dir);
  }

  /** Takes in the files, numbers the documents after the request's last, and stores them. */
  async add(
    actor: Actor,
    requestId: string,
    files: AsyncIterable<IncomingFile>,
  ): Promise<DocumentSummary[]> {
    // Before any file is read: another organisation's request does not exist.
    await this.requireRequest(actor, requestId);
    const { documents: limits } = this.config;
    const intake = new DocumentIntake(
      this.store,
      {
        maxFileBytes: limits.maxFileBytes,
        maxTotalBytes: limits.zipMaxTotalBytes,
        maxEntries: limits.zipMaxEntries,
        maxRatio: limits.zipMaxRatio,
        maxDepth: limits.maxDepth,
      },
      { sofficePath: limits.sofficePath },
    );
    const placed: string[] = [];
    try {
      let count = 0;
      for await (const file of files) {
        count += 1;
        await intake.take(file.content, file.fileName);
      }
      if (count === 0) throw new DocumentRefusal('DOCUMENT.NO_FILES', undefined);
      // Before the change: a refused PDF or office file leaves nothing, like any refused file.
      await intake.finish();
      await this.store.persist(intake.documents.map((d) => d.blob));
      let added: DocumentRecord[] = [];
      await this.changes.run(actor, requestId, undefined, async (ctx) => {
        const earlier = await ctx.tx.duplicates.lowestWithHashes(
          requestId,
          intake.documents.map((d) => d.blob.sha256),
        );
        added = numbered(
          intake.documents,
          await ctx.tx.documents.nextNumber(requestId),
          { requestId, createdAt: ctx.now, createdBy: actor.userId },
          earlier,
        );
        await ctx.tx.documents.insertAll(added);
        // A copy of a stored document is assessed with it from the start (it is listed under it).
        for (const twin of earlier.values()) {
          const copy = added.find((d) => d.duplicateOf === twin.id);
          if (copy !== undefined) await ctx.tx.duplicates.setDuplicateOf(copy.id, twin.id);
        }
        const found = await findDuplicates(ctx.tx.duplicates, added, {
          requestId,
          threshold: limits.nearDuplicateThreshold,
          now: ctx.now,
          decidedBy: actor.userId,
          earlierNumbers: new Map([...earlier.values()].map((d) => [d.id, d.number])),
        });
        for (const { blob } of intake.documents) {
          if (await this.store.place(blob)) placed.push(blob.sha256);
        }
        return {
          events: [
            {
              type: DOCUMENTS_ADDED_EVENT,
              occurredOn: ctx.today.toString(),
              payload: { numbers: added.map((d) => d.number) },
            },
            ...(found.exact.length + found.proposed.length > 0
              ? [
                  {
                    type: DUPLICATES_FOUND_EVENT,
                    occurredOn: ctx.today.toString(),
                    payload: { exact: found.exact, proposed: found.proposed },
                  },
                ]
              : []),
          ],
          state: ctx.state,
        };
      });
      return added.map(({ extractedText: _text, ...summary }) => summary);
    } catch (error) {
      await this.removeUnreferenced(placed);
      throw error;
    } finally {
      await intake.discardAll();
    }
  }

  async list(actor: Actor, requestId: string): Promise<DocumentSummary[]> {
    return this.storage.read(async (tx) => {
      if (!(await tx.requests.find(actor.organisationId, requestId))) {
        throw workflowError('REQUEST.NOT_FOUND', { id: requestId });
      }
      return tx.documents.summaries(requestId);
    });
  }

  /**
   * One page of the request's documents (`offset`, `limit` as the inventory takes them: default
   * 50, at most 200; a bad value is a 422 naming it). A dossier holds thousands of documents:
   * the whole list took seconds to send and more to show.
   */
  async page(actor: Actor, requestId: string, query: InventoryQuery): Promise<DocumentPage> {
    const page = inventoryPageOf(query);
    return this.storage.read(async (tx) => {
      if (!(await tx.requests.find(actor.organisationId, requestId))) {
        throw workflowError('REQUEST.NOT_FOUND', { id: requestId });
      }
      const { total, documents } = await tx.documents.inventory(requestId, {}, page);
      const numbers = new Map(documents.map((d) => [d.id, d.number]));
      const elsewhere = new Set<string>();
      for (const d of documents) {
        for (const id of [d.familyId, d.duplicateOf]) {
          if (id !== null && !numbers.has(id)) elsewhere.add(id);
        }
      }
      for (const d of await tx.documents.findByIds([...elsewhere])) numbers.set(d.id, d.number);
      const copies = new Map<string, number[]>();
      for (const copy of await tx.documents.copiesOf(requestId, [...numbers.keys()])) {
        // A copy always names the document it is listed under (the query selects on it).
        const twin = copy.duplicateOf!;
        copies.set(twin, [...(copies.get(twin) ?? []), copy.number]);
      }
      return { total, ...page, documents, numbers, copies };
    });
  }

  /** A document and a stream of its stored bytes; not_found for unknown numbers. */
  async content(
    actor: Actor,
    requestId: string,
    number: number,
  ): Promise<{ document: DocumentSummary; content: ReadStream }> {
    const document = await this.find(actor, requestId, number);
    return { document, content: this.store.open(document.sha256) };
  }

  /**
   * The PDF made from an office document and a stream of it; not_found for unknown numbers and
   * for documents without one (not office, not converted, or still waiting for the conversion).
   */
  async pdf(
    actor: Actor,
    requestId: string,
    number: number,
  ): Promise<{ document: DocumentSummary; content: ReadStream; size: number }> {
    const document = await this.find(actor, requestId, number);
    if (document.pdfSha256 === null) {
      throw new WorkflowError(
        'not_found',
        'DOCUMENT.NO_PDF',
        'Van dit document is geen PDF gemaakt: het is geen Office-bestand, of het omzetten is niet gelukt.',
        'No PDF was made of this document: it is not an office file, or it was not converted.',
        { number },
      );
    }
    const path = this.store.pathOf(document.pdfSha256);
    const { size } = await stat(path);
    return { document, content: createReadStream(path), size };
  }

  private async find(actor: Actor, requestId: string, number: number): Promise<DocumentSummary> {
    const document = await this.storage.read(async (tx) => {
      if (!(await tx.requests.find(actor.organisationId, requestId))) {
        throw workflowError('REQUEST.NOT_FOUND', { id: requestId });
      }
      return Number.isSafeInteger(number) ? tx.documents.findByNumber(requestId, number) : null;
    });
    if (document === null) {
      throw new WorkflowError(
        'not_found',
        'DOCUMENT.NOT_FOUND',
        'Dit document bestaat niet bij dit verzoek.',
        'This document does not exist in this request.',
        { number },
      );
    }
    return document;
  }

  private async requireRequest(actor: Actor, requestId: string): Promise<void> {
    await this.storage.read(async (tx) => {
      if (!(await tx.requests.find(actor.organisationId, requestId))) {
        throw workflowError('REQUEST.NOT_FOUND', { id: requestId });
      }
    });
  }

  /** After a failed change: the files it placed, unless another change refers to them meanwhile. */
  private async removeUnreferenced(hashes: readonly string[]): Promise<void> {
    for (const sha256 of hashes) {
      const referenced = await this.storage.read((tx) => tx.documents.isReferenced(sha256));
      if (!referenced) await this.store.remove(sha256);
    }
  }
}

/**
 * The staged documents as rows, numbered in intake order, each attachment pointing at its mail
 * and each exact duplicate at its lowest-numbered twin: one stored earlier (`earlier`, by hash)
 * or the first of this upload with the same bytes.
 */
function numbered(
  staged: readonly StagedDocument[],
  first: number,
  common: Pick<DocumentRecord, 'requestId' | 'createdAt' | 'createdBy'>,
  earlier: ReadonlyMap<string, { id: string }>,
): DocumentRecord[] {
  const ids = new Map<StagedDocument, string>(staged.map((s) => [s, randomUUID()]));
  const firstWithHash = new Map<string, string>();
  for (const s of staged) {
    if (!firstWithHash.has(s.blob.sha256)) firstWithHash.set(s.blob.sha256, ids.get(s)!);
  }
  const twinOf = (s: StagedDocument): string | null => {
    const twin = earlier.get(s.blob.sha256)?.id ?? firstWithHash.get(s.blob.sha256)!;
    return twin === ids.get(s) ? null : twin;
  };
  return staged.map((s, index) => ({
    ...common,
    id: ids.get(s)!,
    number: first + index,
    sha256: s.blob.sha256,
    fileName: s.fileName.slice(0, 255),
    mediaType: s.mediaType,
    sizeBytes: s.blob.size,
    pageCount: s.pageCount,
    pdfSha256: null,
    // An office document is queued for the conversion job in this same change: never lost.
    conversion: s.conversion,
    conversionNote: null,
    conversionAttempts: 0,
    conversionClaimedBy: null,
    conversionClaimedUntil: null,
    widthPx: s.widthPx,
    heightPx: s.heightPx,
    familyId: s.family === null ? null : (ids.get(s.family) ?? null),
    documentDate: s.documentDate,
    description: s.description,
    extractedText: s.text,
    duplicateOf: twinOf(s),
    messageId: s.messageId,
    threadId: s.threadId,
    assessment: null,
    grounds: null,
    assessmentReasoning: null,
    publicLink: null,
    assessedAt: null,
    assessedBy: null,
  }));
}

import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@wobdesk/config';
import { type BlockedDocument, planRelease } from '@wobdesk/domain';
import {
  type DocumentInventoryRecord,
  type ReleasedFileKind,
  type ReleasedFileRecord,
  type Repositories,
  type StoredRedactionBox,
  UnitOfWork,
} from '@wobdesk/persistence';
import { assembleBundles, redactPdf } from '@wobdesk/redaction';
import {
  type Actor,
  invalidInput,
  RequestChanges,
  WorkflowError,
  workflowError,
} from '@wobdesk/register';
import { BlobStore, type StagedBlob } from './blob-store.js';

/** The workflow event of a release. */
export const DOCUMENTS_RELEASED_EVENT = 'documents_released';

/**
 * The bundle size of an organisation that chose none: large enough for most dossiers, small
 * enough to mail.
 */
export const DEFAULT_BUNDLE_MEGABYTES = 25;
export const MAX_BUNDLE_MEGABYTES = 500;

export interface ReleaseInput {
  /** The largest bundle in MB (1 MB = 1,000,000 bytes). */
  readonly bundleMegabytes?: unknown;
}

/** Writes the inventory spreadsheet (XLSX) to the stream; the app knows its format. */
export type InventoryWriter = (out: Writable) => Promise<void>;

/** A released file as the clerk and the requester see it. */
export interface ReleasedFile {
  readonly id: string;
  readonly kind: ReleasedFileKind;
  readonly releaseNumber: number;
  readonly documentId: string | null;
  readonly documentNumber: number | null;
  readonly fileName: string;
  readonly title: string;
  readonly pages: number;
  readonly bytes: number;
  readonly redactedBoxes: number;
  /** Where its bytes are in the content-addressed store. */
  readonly blobSha256: string;
  readonly releasedAt: Date;
}

/** A release's file staged in the store, waiting for the change to record it. */
interface MadeFile {
  readonly blob: StagedBlob;
  readonly record: Omit<ReleasedFileRecord, 'releaseNumber' | 'releasedAt' | 'releasedBy'>;
}

/**
 * The release (vrijgeven) of a request's documents: every document assessed openbaar or deels
 * openbaar, listed once, becomes a new PDF with what was marked blacked out and its inventory
 * number stamped on every page, and the PDFs are joined into bundles up to a size; the inventory
 * as it stands goes with them. The files go
 * to the content-addressed store first; the rows and the `documents_released` event are then
 * one change of the request, so a failed release records nothing. A new release replaces the
 * previous one. The event holds counts, never text.
 */
@Injectable()
export class DocumentReleases {
  private readonly store: BlobStore;

  constructor(
    config: AppConfig,
    private readonly storage: UnitOfWork,
    private readonly changes: RequestChanges,
  ) {
    this.store = new BlobStore(config.documents.dir);
  }

  /** The files of the request's current release: documents by number, then the bundles. */
  async list(actor: Actor, requestId: string): Promise<ReleasedFile[]> {
    return this.storage.read(async (tx) => {
      await requireRequest(tx, actor, requestId);
      return (await tx.releases.ofRequest(requestId)).map(releasedFileOf);
    });
  }

  /**
   * Releases the request's documents, with the inventory as it stands; 422 naming the documents
   * that stop it.
   */
  async release(
    actor: Actor,
    requestId: string,
    input: ReleaseInput,
    inventory: InventoryWriter,
  ): Promise<ReleasedFile[]> {
    const given = parseBundleMegabytes(input?.bundleMegabytes);
    const { documents, boxes, orgMegabytes } = await this.storage.read(async (tx) => {
      await requireRequest(tx, actor, requestId);
      const rows = await tx.documents.inventoryRows(requestId);
      const org = await tx.organisations.find(actor.organisationId);
      return {
        documents: rows,
        boxes: await tx.redactions.ofDocuments(rows.map((d) => d.id)),
        orgMegabytes: org?.bundleMegabytes,
      };
    });
    // No size given: the organisation's setting, which its coordinators choose.
    const megabytes = given ?? orgMegabytes ?? DEFAULT_BUNDLE_MEGABYTES;
    const maxBytes = megabytes * 1_000_000;
    const plan = planRelease(
      documents.map((d) => ({
        ...d,
        hasPdf: pdfOf(d) !== null,
        boxCount: boxes.get(d.id)?.length ?? 0,
      })),
    );
    if (plan.blocked.length > 0) throw releaseBlocked(plan.blocked);
    if (plan.released.length === 0) throw nothingToRelease();

    const workDir = await mkdtemp(join(tmpdir(), 'wobdesk-release-'));
    const made: MadeFile[] = [];
    try {
      for (const [position, d] of plan.released.entries()) {
        made.push(await this.releaseOne(d, boxes.get(d.id) ?? [], position, workDir, requestId));
      }
      made.push(...(await this.bundle(made, workDir, maxBytes, requestId)));
      made.push(await this.inventory(inventory, made.length, workDir, requestId));
      await this.store.persist(made.map((m) => m.blob));
      for (const m of made) await this.store.place(m.blob);
    } catch (error) {
      await Promise.all(made.map((m) => this.store.discard(m.blob)));
      throw error;
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }

    let stored: ReleasedFileRecord[] = [];
    await this.changes.run(actor, requestId, undefined, async (ctx) => {
      const previous = await ctx.tx.releases.ofRequest(requestId);
      const releaseNumber = Math.max(0, ...previous.map((f) => f.releaseNumber)) + 1;
      stored = made.map((m) => ({
        ...m.record,
        releaseNumber,
        releasedAt: ctx.now,
        releasedBy: actor.userId,
      }));
      await ctx.tx.releases.replace(requestId, stored);
      const docs = stored.filter((f) => f.kind === 'document');
      const payload = {
        release: releaseNumber,
        documents: docs.length,
        bundles: stored.filter((f) => f.kind === 'bundle').length,
        // The size used, given or the organisation's: why the bundles are as many as they are.
        bundleMegabytes: megabytes,
        pages: docs.reduce((n, f) => n + f.pages, 0),
        redactedBoxes: docs.reduce((n, f) => n + f.redactedBoxes, 0),
        bytes: docs.reduce((n, f) => n + f.bytes, 0),
      };
      const event = { type: DOCUMENTS_RELEASED_EVENT, occurredOn: ctx.today.toString(), payload };
      return { events: [event], state: ctx.state };
    });
    return stored.map(releasedFileOf);
  }

  /** A released file's bytes, streamed from the store. */
  open(file: { readonly blobSha256: string }): ReadStream {
    return this.store.open(file.blobSha256);
  }

  private async releaseOne(
    d: DocumentInventoryRecord,
    boxes: readonly StoredRedactionBox[],
    position: number,
    workDir: string,
    requestId: string,
  ): Promise<MadeFile> {
    const output = join(workDir, `document-${d.number}.pdf`);
    const { pageCount } = await redactPdf(this.store.pathOf(pdfOf(d)!), output, {
      boxes: [...boxes],
      stamp: `Document ${d.number}`,
    });
    const blob = await this.stage(output);
    return {
      blob,
      record: {
        id: randomUUID(),
        requestId,
        kind: 'document',
        position,
        documentId: d.id,
        documentNumber: d.number,
        fileName: `document-${d.number}.pdf`,
        title: `Document ${d.number}`,
        blobSha256: blob.sha256,
        pages: pageCount,
        bytes: blob.size,
        redactedBoxes: boxes.length,
      },
    };
  }

  private async bundle(
    documents: readonly MadeFile[],
    workDir: string,
    maxBytes: number,
    requestId: string,
  ): Promise<MadeFile[]> {
    const byTitle = new Map(documents.map((m) => [m.record.title, m.record]));
    const parts = documents.map((m) => ({
      path: join(workDir, m.record.fileName),
      title: m.record.title,
    }));
    const bundles = await assembleBundles(parts, join(workDir, 'bundles'), maxBytes);
    const made: MadeFile[] = [];
    for (const [index, b] of bundles.entries()) {
      const numbers = b.parts.map((t) => byTitle.get(t)!.documentNumber!);
      const blob = await this.stage(b.path);
      made.push({
        blob,
        record: {
          id: randomUUID(),
          requestId,
          kind: 'bundle',
          position: documents.length + index,
          documentId: null,
          documentNumber: null,
          fileName: `bundel-${index + 1}.pdf`,
          title: `Bundel ${index + 1}: ${rangeNl(numbers)}`,
          blobSha256: blob.sha256,
          pages: b.parts.reduce((n, t) => n + byTitle.get(t)!.pages, 0),
          bytes: blob.size,
          redactedBoxes: 0,
        },
      });
    }
    return made;
  }

  private async inventory(
    write: InventoryWriter,
    position: number,
    workDir: string,
    requestId: string,
  ): Promise<MadeFile> {
    const path = join(workDir, 'inventarislijst.xlsx');
    const out = createWriteStream(path);
    // The writer ends the stream; the file is whole once it has closed.
    await Promise.all([write(out), finished(out)]);
    const blob = await this.stage(path);
    return {
      blob,
      record: {
        id: randomUUID(),
        requestId,
        kind: 'inventory',
        position,
        documentId: null,
        documentNumber: null,
        fileName: 'inventarislijst.xlsx',
        title: 'Inventarislijst',
        blobSha256: blob.sha256,
        pages: 0,
        bytes: blob.size,
        redactedBoxes: 0,
      },
    };
  }

  private async stage(path: string): Promise<StagedBlob> {
    const { size } = await stat(path);
    return this.store.receive(createReadStream(path), size, path);
  }
}

/** The sha256 of the PDF to release: the file itself, or the PDF made of it. */
function pdfOf(d: DocumentInventoryRecord): string | null {
  return d.mediaType === 'application/pdf' ? d.sha256 : d.pdfSha256;
}

/** "documenten 1 t/m 3" or "documenten 1, 4 en 7". */
function rangeNl(numbers: readonly number[]): string {
  if (numbers.length === 1) return `document ${numbers[0]}`;
  const consecutive = numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
  if (consecutive) return `documenten ${numbers[0]} t/m ${numbers.at(-1)}`;
  return `documenten ${numbers.slice(0, -1).join(', ')} en ${numbers.at(-1)}`;
}

/** The size the clerk gave; undefined when none. */
function parseBundleMegabytes(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  const ok =
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 1 &&
    value <= MAX_BUNDLE_MEGABYTES;
  if (!ok) throw invalidInput('bundleMegabytes', `integer_1_to_${MAX_BUNDLE_MEGABYTES}`);
  return value;
}

/** A stored release row as the clerk and the requester see it. */
export function releasedFileOf(f: ReleasedFileRecord): ReleasedFile {
  return {
    id: f.id,
    kind: f.kind,
    releaseNumber: f.releaseNumber,
    documentId: f.documentId,
    documentNumber: f.documentNumber,
    fileName: f.fileName,
    title: f.title,
    pages: f.pages,
    bytes: f.bytes,
    redactedBoxes: f.redactedBoxes,
    blobSha256: f.blobSha256,
    releasedAt: f.releasedAt,
  };
}

const BLOCK_NL: Record<BlockedDocument['rule'], string> = {
  unassessed: 'nog niet beoordeeld',
  partly_public_without_redactions: 'deels openbaar, maar er is niets gelakt',
  no_pdf: 'geen PDF om openbaar te maken',
};

function releaseBlocked(blocked: readonly BlockedDocument[]): WorkflowError {
  const list = blocked.map((b) => `${b.number} (${BLOCK_NL[b.rule]})`).join(', ');
  return new WorkflowError(
    'invalid',
    'RELEASE.BLOCKED',
    `Vrijgeven kan nog niet. Deze documenten houden het tegen: ${list}.`,
    'The release is blocked: every document must be assessed, every partly public one must have redactions, and every released one a PDF.',
    { documents: blocked.map((b) => ({ number: b.number, rule: b.rule })) },
  );
}

function nothingToRelease(): WorkflowError {
  return new WorkflowError(
    'invalid',
    'RELEASE.NOTHING_TO_RELEASE',
    'Er is geen document dat openbaar of deels openbaar is: er valt niets vrij te geven.',
    'No document is assessed public or partly public: there is nothing to release.',
  );
}

async function requireRequest(tx: Repositories, actor: Actor, requestId: string) {
  const row = await tx.requests.find(actor.organisationId, requestId);
  if (!row) throw workflowError('REQUEST.NOT_FOUND', { id: requestId });
  return row;
}

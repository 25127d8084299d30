import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { AppConfig } from '@wobdesk/config';
import type { Clock } from '@wobdesk/domain';
import {
  type ConversionClaim,
  type ConversionSettlement,
  type DocumentSummary,
  UnitOfWork,
} from '@wobdesk/persistence';
import { type Actor, RequestChanges, WorkflowError } from '@wobdesk/register';
import { BlobStore } from './blob-store.js';
import {
  convertToPdf,
  OFFICE_BATCH_SIZE,
  type OfficeOutcome,
  OfficeUnavailable,
} from './office-converter.js';
import { isOffice, NOT_CONVERTED, officeExtensionOf } from './office-intake.js';
import { readPdf } from './pdf-reader.js';

/** The workflow event of a clerk queueing a document's conversion again. */
export const CONVERSION_REQUEUED_EVENT = 'document_conversion_requeued';

/** Attempts at a conversion that failed through no fault of the file, then it is given up. */
export const MAX_CONVERSION_ATTEMPTS = 3;
/** The wait before the next attempt: this, doubled with each attempt made. */
const RETRY_BASE_MS = 60_000;
/**
 * How long a claim holds: longer than a batch may take (convertToPdf's timeout for
 * OFFICE_BATCH_SIZE files, 30 s + 30 s a file, tried again file by file), so a live run never
 * loses its documents to another; a run that died frees them when it runs out.
 */
const LEASE_MS = 2 * (30_000 + 30_000 * OFFICE_BATCH_SIZE) + 60_000;

/** What came of one file: LibreOffice's outcome, or no LibreOffice to start at all. */
type Outcome = OfficeOutcome | { readonly kind: 'unavailable' };

/** What one run of the job did. */
export interface ConversionRun {
  readonly claimed: number;
  readonly converted: number;
  readonly retried: number;
  readonly notConverted: number;
}

/**
 * The conversion of office documents to PDF, queued at intake (conversion 'pending') and done
 * here, after the upload: a run claims a batch of due documents (a lease, so two processes never
 * convert the same file), converts it in one LibreOffice call, stores each PDF beside its
 * original and settles the row with its page count. A failure that may not be the file's
 * (LibreOffice missing, too slow, crashed) is tried again after a backoff, up to
 * MAX_CONVERSION_ATTEMPTS, then the document is marked not converted with the reason; a file
 * LibreOffice cannot open is marked so at once. A clerk can queue it again (`requeue`).
 *
 * The result is a technical state of the document, shown with it, not an event of the request:
 * nothing about the request changes. Queueing again is a clerk's action and is recorded.
 */
@Injectable()
export class OfficeConversions {
  private readonly store: BlobStore;
  private readonly soffice: string;

  constructor(
    config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly storage: UnitOfWork,
    private readonly changes: RequestChanges,
  ) {
    this.store = new BlobStore(config.documents.dir);
    this.soffice = config.documents.sofficePath;
  }

  /** Claims and converts one batch of due documents. */
  async runOnce(limit = OFFICE_BATCH_SIZE): Promise<ConversionRun> {
    const owner = randomUUID();
    const now = this.clock.now();
    const claims = await this.storage.transaction((tx) =>
      tx.conversions.claimDue(owner, now, new Date(now.getTime() + LEASE_MS), limit),
    );
    const run = { claimed: claims.length, converted: 0, retried: 0, notConverted: 0 };
    if (claims.length === 0) return run;
    const outcomes = await this.convert(claims);
    for (const [index, claim] of claims.entries()) {
      const settlement = await this.settlementOf(claim, outcomes.outcomes[index]!);
      await this.storage.transaction((tx) => tx.conversions.settle(claim.id, owner, settlement));
      if (settlement.conversion === 'converted') run.converted += 1;
      else if (settlement.conversion === 'pending') run.retried += 1;
      else run.notConverted += 1;
    }
    await outcomes.dispose();
    return run;
  }

  /**
   * Runs until no document is due (held back after a failure counts as not due): for the
   * benchmark and the tests, which convert a whole upload and then look.
   */
  async drain(): Promise<ConversionRun> {
    const total = { claimed: 0, converted: 0, retried: 0, notConverted: 0 };
    for (;;) {
      const run = await this.runOnce();
      if (run.claimed === 0) return total;
      total.claimed += run.claimed;
      total.converted += run.converted;
      total.retried += run.retried;
      total.notConverted += run.notConverted;
    }
  }

  /**
   * Queues a document's conversion again, attempts from zero, after it was not converted (e.g.
   * once LibreOffice is installed). 422 for a document that is not an office file; 409 while
   * it is still queued, and for one converted (its PDF stays the one reviewed and marked).
   */
  async requeue(actor: Actor, requestId: string, number: number): Promise<DocumentSummary> {
    let queued: DocumentSummary | undefined;
    await this.changes.run(actor, requestId, undefined, async (ctx) => {
      const document = Number.isSafeInteger(number)
        ? await ctx.tx.documents.findByNumber(requestId, number)
        : null;
      if (document === null) throw notFound(number);
      if (!isOffice(document.mediaType)) {
        throw new WorkflowError(
          'invalid',
          'DOCUMENT.NOT_OFFICE',
          'Alleen een Office-bestand wordt omgezet naar PDF; dit document is dat niet.',
          'Only an office file is converted to PDF; this document is not one.',
          { number, mediaType: document.mediaType },
        );
      }
      if (document.conversion === 'pending') {
        throw new WorkflowError(
          'domain',
          'DOCUMENT.CONVERSION_PENDING',
          'Dit document wordt al omgezet naar PDF.',
          'This document is already queued for conversion to PDF.',
          { number },
        );
      }
      if (document.conversion === 'converted') {
        throw new WorkflowError(
          'domain',
          'DOCUMENT.ALREADY_CONVERTED',
          'Van dit document is al een PDF gemaakt.',
          'This document has already been converted to PDF.',
          { number },
        );
      }
      await ctx.tx.conversions.requeue([document.id]);
      queued = { ...document, conversion: 'pending', conversionNote: null, conversionAttempts: 0 };
      return {
        events: [
          {
            type: CONVERSION_REQUEUED_EVENT,
            occurredOn: ctx.today.toString(),
            payload: { number },
          },
        ],
        state: ctx.state,
      };
    });
    return queued!;
  }

  /** One LibreOffice call for the batch; without the program every file fails alike. */
  private async convert(
    claims: readonly ConversionClaim[],
  ): Promise<{ outcomes: Outcome[]; dispose: () => Promise<void> }> {
    const unavailable = {
      outcomes: claims.map((): Outcome => ({ kind: 'unavailable' })),
      dispose: () => Promise.resolve(),
    };
    try {
      const batch = await convertToPdf(
        this.soffice,
        claims.map((c) => ({
          path: this.store.pathOf(c.sha256),
          extension: officeExtensionOf(c.mediaType),
        })),
      );
      return { outcomes: [...batch.outcomes], dispose: () => batch.dispose() };
    } catch (error) {
      // Installed later, or its disk back: worth the attempts like any failure.
      if (!(error instanceof OfficeUnavailable)) throw error;
      return unavailable;
    }
  }

  /** Stores a made PDF and says how the row settles; a failure counts an attempt. */
  private async settlementOf(
    claim: ConversionClaim,
    outcome: Outcome,
  ): Promise<ConversionSettlement> {
    if (outcome.kind === 'converted') {
      let pageCount: number;
      try {
        ({ pageCount } = await readPdf(outcome.pdfPath, claim.fileName));
      } catch {
        // A PDF poppler cannot read is LibreOffice's failure, not the file's.
        return this.failed(claim, 'failed');
      }
      const staged = await this.store.receive(
        createReadStream(outcome.pdfPath),
        Number.MAX_SAFE_INTEGER,
        `${claim.fileName}.pdf`,
      );
      await this.store.persist([staged]);
      // Content-addressed: when the same PDF was stored before, the copy is dropped.
      await this.store.place(staged);
      return { conversion: 'converted', pdfSha256: staged.sha256, pageCount };
    }
    return this.failed(claim, outcome.kind);
  }

  private failed(claim: ConversionClaim, kind: keyof typeof NOT_CONVERTED): ConversionSettlement {
    const attempts = claim.conversionAttempts + 1;
    // LibreOffice opened the call but not this file: trying again would not help.
    if (kind === 'unreadable' || attempts >= MAX_CONVERSION_ATTEMPTS) {
      return { conversion: 'not_converted', attempts, note: NOT_CONVERTED[kind] };
    }
    const retryAt = new Date(this.clock.now().getTime() + RETRY_BASE_MS * 2 ** (attempts - 1));
    return { conversion: 'pending', attempts, retryAt };
  }
}

function notFound(number: number): WorkflowError {
  return new WorkflowError(
    'not_found',
    'DOCUMENT.NOT_FOUND',
    'Dit document bestaat niet bij dit verzoek.',
    'This document does not exist in this request.',
    { number },
  );
}

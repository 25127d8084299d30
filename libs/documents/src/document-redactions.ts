import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { AppConfig } from '@wobdesk/config';
import {
  type Clock,
  findTermAreas,
  LocalDate,
  type MarkedArea,
  type PersonalDataSuggestion,
  personalDataGround,
  redactionLabel,
  type RefusalGround,
  type Regime,
  substantiveLawFor,
  listedNamesOf,
  suggestPersonalData,
} from '@wobdesk/domain';
import {
  type DocumentRedactionRecord,
  type DocumentSummary,
  type RedactionSource,
  type Repositories,
  UnitOfWork,
} from '@wobdesk/persistence';
import { readPageWords } from '@wobdesk/redaction';
import {
  type Actor,
  type ChangeContext,
  invalidInput,
  RequestChanges,
  Unchanged,
  WorkflowError,
  workflowError,
} from '@wobdesk/register';
import { BlobStore } from './blob-store.js';
import {
  type AreaInput,
  type PageSize,
  parseArea,
  parseGround,
  parsePage,
  parseSuggestionPick,
  parseTerm,
  type SuggestionsInput,
  type TermInput,
} from './redaction-input.js';

/** The workflow events of marks made on a document and marks removed from it. */
export const REDACTIONS_MARKED_EVENT = 'redactions_marked';
export const REDACTIONS_REMOVED_EVENT = 'redactions_removed';

/** A marked area as the clerk sees it. */
export interface RedactionMark {
  readonly id: string;
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** "5.1.2.e", as the assessment stores it. */
  readonly ground: string;
  /** "5.1.2e", as printed in the box. */
  readonly label: string;
  readonly source: RedactionSource;
  /** The term marked (compared form), for a term mark. */
  readonly term: string | null;
}

/** What the clerk's marking page shows of a document. */
export interface RedactionSheet {
  readonly document: DocumentSummary;
  readonly law: Regime;
  readonly pages: readonly PageSize[];
  readonly marks: readonly RedactionMark[];
  readonly suggestions: readonly PersonalDataSuggestion[];
  /** The ground suggestions propose: the privacy ground of the decision's law. */
  readonly suggestedGround: RefusalGround;
}

/**
 * Marking what the released version of a document blacks out: every occurrence of a term, the
 * personal data found in it (suggestions the clerk accepts), or an area of a page, each with
 * the ground it is withheld on. Only a document assessed "deels openbaar" takes marks: that
 * assessment is the decision that part of it is withheld, and marks on a document assessed
 * otherwise would contradict it (LD-REDACTION-MARKS). Removing is always possible. Each action
 * is a change of the request with its event, which names the document, the count and the
 * ground, never the text.
 */
@Injectable()
export class DocumentRedactions {
  private readonly store: BlobStore;

  constructor(
    config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly storage: UnitOfWork,
    private readonly changes: RequestChanges,
  ) {
    this.store = new BlobStore(config.documents.dir);
  }

  /** The document's marks, by page and from the top. */
  async list(actor: Actor, requestId: string, number: number): Promise<RedactionMark[]> {
    return this.storage.read(async (tx) => {
      await requireRequest(tx, actor, requestId);
      const document = await findDocument(tx, requestId, number);
      return (await tx.redactions.ofDocument(document.id)).map(markOf);
    });
  }

  /** The personal data found in the document, with the ground proposed for it. */
  async suggestions(
    actor: Actor,
    requestId: string,
    number: number,
  ): Promise<{ suggestions: PersonalDataSuggestion[]; ground: RefusalGround }> {
    const { suggestions, law } = await this.found(actor, requestId, number);
    return { suggestions, ground: personalDataGround(law) };
  }

  /** Everything the marking page shows. */
  async sheet(actor: Actor, requestId: string, number: number): Promise<RedactionSheet> {
    const { document, pages, suggestions, law } = await this.found(actor, requestId, number);
    const marks = await this.list(actor, requestId, number);
    return {
      document,
      law,
      pages: pages.map(({ page, width, height }) => ({ page, width, height })),
      marks,
      suggestions,
      suggestedGround: personalDataGround(law),
    };
  }

  /** The file to render a page of, after checking the page exists; for the page image. */
  async pageFile(
    actor: Actor,
    requestId: string,
    number: number,
    page: number,
  ): Promise<{ path: string; page: number }> {
    const { document, path } = await this.pdfOf(actor, requestId, number);
    const count = document.pageCount ?? (await readPageWords(path)).length;
    if (!Number.isSafeInteger(page) || page < 1 || page > count) {
      throw new WorkflowError(
        'not_found',
        'DOCUMENT.PAGE_NOT_FOUND',
        'Deze pagina bestaat niet in dit document.',
        'This page does not exist in this document.',
        { number, page },
      );
    }
    return { path, page };
  }

  /** Marks every occurrence of the term. */
  async markTerm(
    actor: Actor,
    requestId: string,
    number: number,
    input: TermInput,
  ): Promise<RedactionMark[]> {
    const term = parseTerm(input?.term);
    const { path } = await this.pdfOf(actor, requestId, number);
    const areas = findTermAreas(await readPageWords(path), term);
    if (areas.length === 0) throw invalidInput('term', 'occurs_in_document');
    return this.mark(actor, requestId, number, input?.ground, () => ({
      areas,
      source: 'term',
      term,
    }));
  }

  /** Marks an area of a page. */
  async markArea(
    actor: Actor,
    requestId: string,
    number: number,
    input: AreaInput,
  ): Promise<RedactionMark[]> {
    const { document, path } = await this.pdfOf(actor, requestId, number);
    const count = document.pageCount ?? (await readPageWords(path)).length;
    const page = parsePage(input?.page, count);
    const [size] = await readPageWords(path, { first: page, last: page });
    if (size === undefined) throw invalidInput('page', `integer_1_to_${count}`);
    const area = parseArea(input, size);
    return this.mark(actor, requestId, number, input?.ground, () => ({
      areas: [area],
      source: 'area',
      term: null,
    }));
  }

  /** Accepts suggestions: the ones picked by id, or every one of a kind. */
  async acceptSuggestions(
    actor: Actor,
    requestId: string,
    number: number,
    input: SuggestionsInput,
  ): Promise<RedactionMark[]> {
    const pick = parseSuggestionPick(input ?? {});
    const { suggestions, law } = await this.found(actor, requestId, number);
    let chosen: PersonalDataSuggestion[];
    if ('kind' in pick) {
      chosen = suggestions.filter((s) => s.kind === pick.kind);
      if (chosen.length === 0) throw invalidInput('kind', 'has_suggestions');
    } else {
      const byId = new Map(suggestions.map((s) => [s.id, s]));
      chosen = pick.ids.map((id, i) => {
        const found = byId.get(id);
        if (!found) throw invalidInput(`ids[${i}]`, 'known_suggestion');
        return found;
      });
    }
    const ground = input?.ground ?? personalDataGround(law).code;
    return this.mark(actor, requestId, number, ground, () => ({
      areas: chosen.flatMap((s) => s.areas),
      source: 'suggestion',
      term: null,
    }));
  }

  /** Removes one mark. */
  async remove(actor: Actor, requestId: string, number: number, id: string): Promise<void> {
    await this.changes.run(actor, requestId, undefined, async (ctx) => {
      const document = await findDocument(ctx.tx, requestId, number);
      const removed = await ctx.tx.redactions.remove(document.id, id);
      if (removed === null) throw markNotFound(id);
      return removedChange(ctx, number, [removed]);
    });
  }

  /** Removes every mark of a term; 422 when the document has none of it. */
  async removeTerm(
    actor: Actor,
    requestId: string,
    number: number,
    input: Pick<TermInput, 'term'>,
  ): Promise<number> {
    const term = parseTerm(input?.term);
    let count = 0;
    await this.changes.run(actor, requestId, undefined, async (ctx) => {
      const document = await findDocument(ctx.tx, requestId, number);
      const removed = await ctx.tx.redactions.removeTerm(document.id, term);
      if (removed.length === 0) throw invalidInput('term', 'marked_on_document');
      count = removed.length;
      return removedChange(ctx, number, removed);
    });
    return count;
  }

  /**
   * Stores the areas as marks with the ground, in one change: the document must be assessed
   * "deels openbaar", the ground be one of the decision's law; an area already marked is not
   * marked twice.
   */
  private async mark(
    actor: Actor,
    requestId: string,
    number: number,
    groundInput: unknown,
    what: () => { areas: MarkedArea[]; source: RedactionSource; term: string | null },
  ): Promise<RedactionMark[]> {
    let added: DocumentRedactionRecord[] = [];
    await this.changes.run(actor, requestId, undefined, async (ctx) => {
      const ground = parseGround(groundInput, lawOf(ctx.row.decidedOn, ctx.today));
      const document = await findDocument(ctx.tx, requestId, number);
      requirePartlyPublic(document);
      const { areas, source, term } = what();
      const existing = new Set((await ctx.tx.redactions.ofDocument(document.id)).map(areaKey));
      const fresh = areas.filter((a) => !existing.has(areaKey(a)));
      // Marked before: nothing to store and nothing to record.
      if (fresh.length === 0) throw new Unchanged();
      added = fresh.map((a) => ({
        id: randomUUID(),
        requestId,
        documentId: document.id,
        page: a.page,
        x: a.x,
        y: a.y,
        width: a.width,
        height: a.height,
        ground: ground.code,
        label: redactionLabel(ground.code),
        source,
        term,
        createdBy: actor.userId,
        createdAt: ctx.now,
      }));
      await ctx.tx.redactions.add(added);
      const payload = { number, count: added.length, ground: ground.code, source };
      return { events: [event(ctx, REDACTIONS_MARKED_EVENT, payload)], state: ctx.state };
    });
    return added.map(markOf);
  }

  /**
   * The document, its PDF's words and the personal data in them (names: its third parties and
   * the organisation's listed names).
   */
  private async found(actor: Actor, requestId: string, number: number) {
    const { document, path, decidedOn, names } = await this.pdfOf(actor, requestId, number);
    const pages = await readPageWords(path);
    const law = lawOf(decidedOn, this.clock.today());
    return { document, pages, law, suggestions: suggestPersonalData(pages, names) };
  }

  /** The document and the path of its PDF (itself or its rendition); 422 without one. */
  private async pdfOf(actor: Actor, requestId: string, number: number) {
    const { document, decidedOn, names } = await this.storage.read(async (tx) => {
      const row = await requireRequest(tx, actor, requestId);
      const found = await findDocument(tx, requestId, number);
      const parties = await tx.thirdParties.ofRequest(requestId);
      const org = await tx.organisations.find(actor.organisationId);
      // The request's third parties and the persons the organisation lists: both are names a
      // released document should not show unasked.
      const listed = listedNamesOf(org?.listedNames ?? '');
      return {
        document: found,
        decidedOn: row.decidedOn,
        names: [...new Set([...parties.map((p) => p.name), ...listed])],
      };
    });
    const sha256 = document.mediaType === 'application/pdf' ? document.sha256 : document.pdfSha256;
    if (sha256 === null && document.conversion === 'pending') {
      throw new WorkflowError(
        'invalid',
        'DOCUMENT.NOT_PDF',
        'Dit document wordt nog omgezet naar PDF: lakken kan zodra de PDF er is.',
        'This document is still being converted to PDF: it can be redacted once the PDF is made.',
        { number, conversion: 'pending' },
      );
    }
    if (sha256 === null) {
      throw new WorkflowError(
        'invalid',
        'DOCUMENT.NOT_PDF',
        'Dit document is geen PDF en er is geen PDF van gemaakt: lakken kan alleen in een PDF.',
        'This document is not a PDF and has no PDF rendition: only a PDF can be redacted.',
        { number },
      );
    }
    return { document, path: this.store.pathOf(sha256), decidedOn, names };
  }
}

/** The law whose grounds a redaction cites: that of the decision (taken today if not yet). */
function lawOf(decidedOn: string | null, today: LocalDate): Regime {
  return substantiveLawFor(decidedOn === null ? today : LocalDate.parse(decidedOn));
}

function areaKey(a: MarkedArea): string {
  return [a.page, a.x, a.y, a.width, a.height].map((n) => n.toFixed(2)).join(':');
}

function markOf(r: DocumentRedactionRecord): RedactionMark {
  return {
    id: r.id,
    page: r.page,
    x: r.x,
    y: r.y,
    width: r.width,
    height: r.height,
    ground: r.ground,
    label: r.label,
    source: r.source,
    term: r.term,
  };
}

function removedChange(ctx: ChangeContext, number: number, removed: DocumentRedactionRecord[]) {
  const grounds = [...new Set(removed.map((r) => r.ground))];
  const payload = { number, count: removed.length, grounds };
  return { events: [event(ctx, REDACTIONS_REMOVED_EVENT, payload)], state: ctx.state };
}

function event(ctx: ChangeContext, type: string, payload: Record<string, unknown>) {
  return { type, occurredOn: ctx.today.toString(), payload };
}

async function requireRequest(tx: Repositories, actor: Actor, requestId: string) {
  const row = await tx.requests.find(actor.organisationId, requestId);
  if (!row) throw workflowError('REQUEST.NOT_FOUND', { id: requestId });
  return row;
}

async function findDocument(
  tx: Repositories,
  requestId: string,
  number: number,
): Promise<DocumentSummary> {
  const found = Number.isSafeInteger(number)
    ? await tx.documents.findByNumber(requestId, number)
    : null;
  if (found === null) {
    throw new WorkflowError(
      'not_found',
      'DOCUMENT.NOT_FOUND',
      'Dit document bestaat niet bij dit verzoek.',
      'This document does not exist in this request.',
      { number },
    );
  }
  return found;
}

function requirePartlyPublic(document: DocumentSummary): void {
  if (document.assessment !== 'partly_public') {
    throw new WorkflowError(
      'invalid',
      'DOCUMENT.NOT_PARTLY_PUBLIC',
      'Lakken kan alleen in een document dat als "deels openbaar" is beoordeeld.',
      'Only a document assessed as partly public can be redacted.',
      { number: document.number, assessment: document.assessment },
    );
  }
}

function markNotFound(id: string): WorkflowError {
  return new WorkflowError(
    'not_found',
    'DOCUMENT.REDACTION_NOT_FOUND',
    'Deze lakking hoort niet bij dit document.',
    'This redaction does not belong to this document.',
    { id },
  );
}

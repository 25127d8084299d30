import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { holdsDisclosure } from '@wobdesk/documents';
import {
  type Clock,
  listedOnce,
  LocalDate,
  type ProposedItemOutcome,
  proposeItemOutcome,
  substantiveLawFor,
} from '@wobdesk/domain';
import {
  documentAssessmentOf,
  fileTypeOf,
  type InventoryIssue,
  type InventoryReadResult,
  type InventoryRow,
  issue,
  rowProblems,
  SHEET_ASSESSMENT,
  type SheetDocumentAssessment,
} from '@wobdesk/inventory';
import {
  type DocumentAssessmentUpdate,
  type DocumentInventoryRecord,
  type RequestRecord,
  UnitOfWork,
} from '@wobdesk/persistence';
import { type Actor, RequestChanges, WorkflowError, workflowError } from '@wobdesk/register';

/** The workflow event of an imported inventory: who, when (the event's), which numbers. */
export const INVENTORY_IMPORTED_EVENT = 'inventory_imported';

/** A row error of an import, as the API lists it. */
export interface ImportRowError {
  readonly row: number | null;
  readonly column: string | null;
  readonly code: string;
  readonly message: string;
}

/** Per requested item: the outcome and grounds its documents' assessments propose. */
export interface ItemProposal extends ProposedItemOutcome {
  readonly number: number;
}

/**
 * The inventory of a request as output: its rows for the spreadsheet, an imported spreadsheet's
 * assessments (all rows or none, one recorded change), and the outcome per item its documents
 * propose for the decision.
 */
@Injectable()
export class RequestInventory {
  constructor(
    private readonly storage: UnitOfWork,
    private readonly changes: RequestChanges,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * The rows of the export. Documents outside the request are left out; an unassessed document
   * refuses the export (409), since any Beoordeling written for it would be read as a decision.
   */
  async exportRows(actor: Actor, requestId: string): Promise<InventoryRow[]> {
    const { request, documents, held } = await this.read(actor, requestId);
    // A copy is listed under its twin and assessed with it: only the listed documents count.
    const listed = listedOnce(documents);
    const unassessed = listed.map((l) => l.document).filter((d) => d.assessment === null);
    if (unassessed.length > 0) {
      throw new WorkflowError(
        'domain',
        'INVENTORY.UNASSESSED',
        `${unassessed.length} van de ${listed.length} documenten zijn nog niet beoordeeld. ` +
          'Beoordeel ze eerst; dan kan de inventarislijst worden gedownload.',
        `${unassessed.length} of ${listed.length} documents are not assessed yet; ` +
          'assess them before exporting the inventory.',
        { unassessed: unassessed.length, numbers: unassessed.map((d) => d.number) },
      );
    }
    const numbers = new Map(documents.map((d) => [d.id, d.number]));
    const threads = threadNumbers(documents);
    const rows = listed
      .filter((l) => l.document.assessment !== 'out_of_scope')
      .map((l) => ({
        ...rowOf(request, l.document, numbers, threads, l.copyNumbers),
        suspended: held.has(l.document.id),
      }));
    // Checked whole before the first byte goes out: a refusal mid-stream would be a broken file.
    const problems = rows.flatMap((row, index) => rowProblems(row, index + 2));
    if (problems.length > 0) {
      throw rowErrors(
        'INVENTORY.EXPORT_INVALID',
        `De inventarislijst kan niet worden gemaakt: ${problems.length} fout(en) in de gegevens van de documenten.`,
        `The inventory cannot be written: ${problems.length} error(s) in the documents' data.`,
        problems,
      );
    }
    return rows;
  }

  /**
   * Sets the assessments of the sheet's rows on the documents with those numbers, or refuses the
   * whole sheet (422 with every row error) and changes nothing. Grounds are checked against the
   * pick list of the law a decision taken today applies.
   */
  async importRows(
    actor: Actor,
    requestId: string,
    read: (law: 'woo' | 'wob') => Promise<InventoryReadResult>,
  ): Promise<{ numbers: number[] }> {
    const { documents } = await this.read(actor, requestId);
    const sheet = await read(substantiveLawFor(this.clock.today()));
    const byNumber = new Map(documents.map((d) => [String(d.number), d]));
    const byId = new Map(documents.map((d) => [d.id, d]));
    const copies = new Map(listedOnce(documents).map((l) => [l.document.number, l.copyNumbers]));
    const errors: InventoryIssue[] = [...sheet.issues];
    for (const { line, row } of sheet.rows) {
      const document = byNumber.get(row.id);
      if (document === undefined) {
        errors.push(
          issue('id_unknown', `dit verzoek heeft geen document ${row.id}.`, {
            line,
            column: 'ID',
          }),
        );
      } else if (!copies.has(document.number)) {
        // A copy is assessed with its twin: a row of its own could contradict the twin's row.
        const twin = byId.get(document.duplicateOf!)!.number;
        errors.push(
          issue(
            'id_is_copy',
            `document ${row.id} is een kopie van document ${twin} en staat niet apart in de lijst; beoordeel document ${twin}.`,
            { line, column: 'ID' },
          ),
        );
      }
    }
    if (sheet.rows.length === 0 && errors.length === 0) {
      errors.push(issue('no_rows', 'het bestand heeft geen rijen.'));
    }
    if (errors.length > 0) throw importRefused(errors);
    let numbers: number[] = [];
    await this.changes.run(actor, requestId, undefined, async (ctx) => {
      // A twin's assessment is its copies' too.
      const updates: DocumentAssessmentUpdate[] = sheet.rows.flatMap(({ row }) =>
        [Number(row.id), ...(copies.get(Number(row.id)) ?? [])].map((number) => ({
          number,
          assessment: documentAssessmentOf(row.assessment),
          grounds: JSON.stringify(row.grounds),
          assessmentReasoning: row.remark ?? null,
          publicLink: row.publicLinks.length === 0 ? null : row.publicLinks.join('|'),
          assessedAt: ctx.now,
          assessedBy: actor.userId,
        })),
      );
      await ctx.tx.documents.applyAssessments(requestId, updates);
      numbers = updates.map((u) => u.number);
      return {
        events: [
          {
            type: INVENTORY_IMPORTED_EVENT,
            occurredOn: ctx.today.toString(),
            payload: { numbers },
          },
        ],
        state: ctx.state,
      };
    });
    return { numbers };
  }

  /**
   * Per item, what its documents' assessments propose (a document counts for each item it
   * answers). A copy counts once, as its twin: the twin answers the items of its copies too.
   */
  async proposals(actor: Actor, requestId: string): Promise<ItemProposal[]> {
    return this.storage.read(async (tx) => {
      const request = await tx.requests.find(actor.organisationId, requestId);
      if (!request) throw workflowError('REQUEST.NOT_FOUND', { id: requestId });
      const [items, documents] = await Promise.all([
        tx.requests.items(requestId),
        tx.documents.inventoryRows(requestId),
      ]);
      const listed = listedOnce(documents).map(({ document, copies }) => ({
        ...document,
        itemNumbers: [...new Set([document, ...copies].flatMap((d) => d.itemNumbers))],
      }));
      return items.map((item) => ({
        number: item.number,
        ...proposeItemOutcome(
          listed
            .filter((d) => answers(d, item.number, items.length))
            .map((d) => ({
              assessment: d.assessment as SheetDocumentAssessment | 'out_of_scope' | null,
              grounds: groundsOf(d),
            })),
        ),
      }));
    });
  }

  private async read(actor: Actor, requestId: string) {
    return this.storage.read(async (tx) => {
      const request = await tx.requests.find(actor.organisationId, requestId);
      if (!request) throw workflowError('REQUEST.NOT_FOUND', { id: requestId });
      const documents = await tx.documents.inventoryRows(requestId);
      // Opgeschort: a party of the document was asked and has not answered, or objects.
      const held = new Set(
        (await tx.thirdParties.ofRequest(requestId))
          .filter(holdsDisclosure)
          .map((p) => p.documentId),
      );
      return { request, documents, held };
    });
  }
}

/**
 * Whether a document answers the item: as linked; a document linked to no item answers the only
 * item of a request that has one (there is nothing else it could answer).
 */
function answers(d: DocumentInventoryRecord, item: number, itemCount: number): boolean {
  return d.itemNumbers.length === 0 ? itemCount === 1 : d.itemNumbers.includes(item);
}

function groundsOf(d: DocumentInventoryRecord): string[] {
  return d.grounds === null ? [] : (JSON.parse(d.grounds) as string[]);
}

/**
 * The platform takes only digits as Email Thread ID, and a thread id is a Message-ID: each thread
 * is told by the number of its first document in the request, which never changes (numbers are
 * given in intake order, so a later mail of the thread gets a higher one).
 */
function threadNumbers(documents: readonly DocumentInventoryRecord[]): Map<string, number> {
  const threads = new Map<string, number>();
  for (const d of documents) {
    if (d.threadId !== null && !threads.has(d.threadId)) threads.set(d.threadId, d.number);
  }
  return threads;
}

function rowOf(
  request: RequestRecord,
  d: DocumentInventoryRecord,
  numbers: ReadonlyMap<string, number>,
  threads: ReadonlyMap<string, number>,
  copyNumbers: readonly number[],
): InventoryRow {
  const family = d.familyId === null ? undefined : numbers.get(d.familyId);
  const thread = d.threadId === null ? undefined : threads.get(d.threadId);
  const fileType = fileTypeOf(d.mediaType);
  const remark = d.assessmentReasoning ?? undefined;
  return {
    id: String(d.number),
    matter: request.reference,
    // An e-mail and its attachments share the e-mail's number.
    ...(family !== undefined
      ? { familyId: String(family) }
      : d.mediaType === 'message/rfc822' && { familyId: String(d.number) }),
    ...(thread !== undefined && { emailThreadId: String(thread) }),
    document: (d.description ?? d.fileName).slice(0, 500),
    ...(fileType !== undefined && { fileType }),
    ...(d.documentDate !== null && { date: LocalDate.parse(d.documentDate) }),
    assessment: SHEET_ASSESSMENT[d.assessment as SheetDocumentAssessment],
    // Set by exportRows from the document's third parties.
    suspended: false,
    grounds: groundsOf(d),
    ...(remark !== undefined && remark !== '' && { remark: remark.slice(0, 1000) }),
    publicLinks: d.publicLink === null ? [] : d.publicLink.split('|'),
    // The copies listed under this document, as the platform refers to a document: matter-ID.
    relatedIds: copyNumbers.map((n) => `${request.reference}-${n}`),
    caseNumbers: [],
  };
}

function importRefused(errors: readonly InventoryIssue[]): WorkflowError {
  return rowErrors(
    'INVENTORY.IMPORT_REFUSED',
    `De inventarislijst is niet ingelezen: ${errors.length} fout(en). Er is niets gewijzigd.`,
    `The inventory was not imported: ${errors.length} error(s). Nothing was changed.`,
    errors,
  );
}

function rowErrors(
  code: string,
  nl: string,
  en: string,
  errors: readonly InventoryIssue[],
): WorkflowError {
  const rows: ImportRowError[] = errors.map((e) => ({
    row: e.line ?? null,
    column: e.column ?? null,
    code: e.code,
    message: e.message,
  }));
  return new WorkflowError('invalid', code, nl, en, { errors: rows });
}

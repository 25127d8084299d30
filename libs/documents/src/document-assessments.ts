import { Injectable } from '@nestjs/common';
import { LocalDate, type Regime, substantiveLawFor } from '@wobdesk/domain';
import {
  type DocumentSummary,
  type InventoryFilter,
  type Repositories,
  UnitOfWork,
} from '@wobdesk/persistence';
import {
  type Actor,
  invalidInput,
  RequestChanges,
  WorkflowError,
  workflowError,
} from '@wobdesk/register';
import {
  type AssessmentInput,
  type DocumentChangeInput,
  parseAssessment,
  parseDescription,
  parseDocumentDate,
  parseItems,
} from './assessment-input.js';
import { inventoryFilterOf, type InventoryQuery, inventoryPageOf } from './inventory-query.js';

/** The workflow event of an assessment given to one or more documents (one per action). */
export const DOCUMENTS_ASSESSED_EVENT = 'documents_assessed';
/** The workflow event of a document's description, date or items changed. */
export const DOCUMENT_EDITED_EVENT = 'document_edited';

/** A document as the inventory lists it. */
export interface InventoryDocument extends Omit<DocumentSummary, 'grounds'> {
  readonly grounds: string[];
  /** The number of the e-mail this document came attached to. */
  readonly familyNumber: number | null;
  /** The requested items it answers, by number. */
  readonly items: number[];
  /** The number of the document it is listed under (its twin); null: listed itself. */
  readonly duplicateOfNumber: number | null;
  /** The numbers of its copies, listed under it and assessed with it. */
  readonly copyNumbers: number[];
}

export interface InventoryView {
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
  readonly documents: InventoryDocument[];
}

/** Which documents a bulk action is for: the numbers picked, or every one the filter selects. */
export interface BulkSelection {
  readonly numbers?: unknown;
  readonly filter?: InventoryQuery;
}

const MAX_BULK_NUMBERS = 10_000;

/**
 * The clerk's inventory: the documents of a request filtered and paged, and their assessment
 * and details changed. Every change is a change of the request (its lock and its history): one
 * event per action, a bulk action's event listing the numbers.
 */
@Injectable()
export class DocumentAssessments {
  constructor(
    private readonly storage: UnitOfWork,
    private readonly changes: RequestChanges,
  ) {}

  /** One page of the documents the query's filter selects, by number. */
  async inventory(actor: Actor, requestId: string, query: InventoryQuery): Promise<InventoryView> {
    const filter = inventoryFilterOf(query);
    const page = inventoryPageOf(query);
    return this.storage.read(async (tx) => {
      if (!(await tx.requests.find(actor.organisationId, requestId))) {
        throw workflowError('REQUEST.NOT_FOUND', { id: requestId });
      }
      const { total, documents } = await tx.documents.inventory(requestId, filter, page);
      return { total, ...page, documents: await inventoryDocuments(tx, documents) };
    });
  }

  /** One document as the inventory lists it; not_found for an unknown number. */
  async document(actor: Actor, requestId: string, number: number): Promise<InventoryDocument> {
    return this.storage.read(async (tx) => {
      if (!(await tx.requests.find(actor.organisationId, requestId))) {
        throw workflowError('REQUEST.NOT_FOUND', { id: requestId });
      }
      const found = Number.isSafeInteger(number)
        ? await tx.documents.findByNumber(requestId, number)
        : null;
      if (found === null) throw documentNotFound(number);
      return (await inventoryDocuments(tx, [found]))[0]!;
    });
  }

  /** What an assessment form offers: the request's item numbers and the grounds' law. */
  async formFacts(
    actor: Actor,
    requestId: string,
    today: LocalDate,
  ): Promise<{ itemNumbers: number[]; law: Regime }> {
    return this.storage.read(async (tx) => {
      const row = await tx.requests.find(actor.organisationId, requestId);
      if (!row) throw workflowError('REQUEST.NOT_FOUND', { id: requestId });
      return {
        itemNumbers: (await tx.requests.items(requestId)).map((i) => i.number),
        law: substantiveLawFor(decisionDate(row.decidedOn, today)),
      };
    });
  }

  /** Changes one document's assessment and/or description, date and items. */
  async change(
    actor: Actor,
    requestId: string,
    number: number,
    input: DocumentChangeInput,
  ): Promise<InventoryDocument> {
    const hasAssessment = input.assessment !== undefined;
    const details = (['description', 'documentDate', 'items'] as const).filter(
      (k) => input[k] !== undefined,
    );
    if (!hasAssessment && details.length === 0) {
      if (input.grounds !== undefined || input.reasoning !== undefined) {
        throw invalidInput('assessment', 'required');
      }
      throw invalidInput('body', 'at_least_one_field');
    }
    let changed: InventoryDocument | undefined;
    await this.changes.run(actor, requestId, undefined, async (ctx) => {
      const document = Number.isSafeInteger(number)
        ? await ctx.tx.documents.findByNumber(requestId, number)
        : null;
      if (document === null) throw documentNotFound(number);
      const events = [];
      if (hasAssessment) {
        // A copy is listed under its twin and takes its assessment: assessing it on its own
        // would give one listed document two assessments.
        if (document.duplicateOf !== null) throw invalidInput('assessment', 'copy_follows_twin');
        const law = substantiveLawFor(decisionDate(ctx.row.decidedOn, ctx.today));
        const assessment = parseAssessment(input, law);
        // A copy is listed under this document, so it is assessed with it.
        const copies = await ctx.tx.documents.copiesOf(requestId, [document.id]);
        await ctx.tx.documents.assess([document.id, ...copies.map((c) => c.id)], {
          assessment: assessment.assessment,
          grounds: assessment.grounds,
          assessmentReasoning: assessment.reasoning,
          publicLink: assessment.publicLink,
          assessedAt: ctx.now,
          assessedBy: actor.userId,
        });
        events.push(assessedEvent(ctx.today, [number, ...copies.map((c) => c.number)], assessment));
      }
      if (details.length > 0) {
        const edited: Record<string, unknown> = { number };
        const description =
          input.description === undefined
            ? document.description
            : parseDescription(input.description);
        const documentDate =
          input.documentDate === undefined
            ? document.documentDate
            : parseDocumentDate(input.documentDate);
        if (input.description !== undefined) edited.description = description;
        if (input.documentDate !== undefined) edited.documentDate = documentDate;
        if (input.items !== undefined) {
          const known = (await ctx.tx.requests.items(requestId)).map((i) => i.number);
          const items = parseItems(input.items, known);
          await ctx.tx.documents.setItems(document.id, items);
          edited.items = items;
        }
        if (input.description !== undefined || input.documentDate !== undefined) {
          await ctx.tx.documents.describe(document.id, { description, documentDate });
        }
        events.push({
          type: DOCUMENT_EDITED_EVENT,
          occurredOn: ctx.today.toString(),
          payload: edited,
        });
      }
      const [after] = await ctx.tx.documents.findByNumbers(requestId, [number]);
      [changed] = await inventoryDocuments(ctx.tx, [after!]);
      return { events, state: ctx.state };
    });
    return changed!;
  }

  /** Applies one assessment to many documents; one event lists their numbers. */
  async assessMany(
    actor: Actor,
    requestId: string,
    selection: BulkSelection,
    input: AssessmentInput,
  ): Promise<number[]> {
    const byNumbers = selection.numbers !== undefined && selection.numbers !== null;
    const byFilter = selection.filter !== undefined && selection.filter !== null;
    if (byNumbers === byFilter) throw invalidInput('numbers', 'either_numbers_or_filter');
    const filter: InventoryFilter | null = byFilter
      ? inventoryFilterOf(selection.filter as InventoryQuery)
      : null;
    const wanted = byNumbers ? parseNumbers(selection.numbers) : [];
    let numbers: number[] = [];
    await this.changes.run(actor, requestId, undefined, async (ctx) => {
      const law = substantiveLawFor(decisionDate(ctx.row.decidedOn, ctx.today));
      const assessment = parseAssessment(input, law);
      let documents: DocumentSummary[];
      if (filter !== null) {
        numbers = await ctx.tx.documents.numbersMatching(requestId, filter);
        if (numbers.length === 0) throw invalidInput('filter', 'matches_no_documents');
        documents = await ctx.tx.documents.findByNumbers(requestId, numbers);
      } else {
        documents = await ctx.tx.documents.findByNumbers(requestId, wanted);
        const found = new Set(documents.map((d) => d.number));
        const missing = wanted.findIndex((n) => !found.has(n));
        if (missing >= 0) throw invalidInput(`numbers[${missing}]`, 'existing_document_number');
        numbers = documents.map((d) => d.number);
      }
      // The copies of the chosen documents are assessed with them (they are listed under them).
      const chosen = new Set(documents.map((d) => d.id));
      const copies = (
        await ctx.tx.documents.copiesOf(
          requestId,
          documents.map((d) => d.id),
        )
      ).filter((c) => !chosen.has(c.id));
      documents = [...documents, ...copies];
      numbers = [...numbers, ...copies.map((c) => c.number)].sort((a, b) => a - b);
      await ctx.tx.documents.assess(
        documents.map((d) => d.id),
        {
          assessment: assessment.assessment,
          grounds: assessment.grounds,
          assessmentReasoning: assessment.reasoning,
          publicLink: assessment.publicLink,
          assessedAt: ctx.now,
          assessedBy: actor.userId,
        },
      );
      return { events: [assessedEvent(ctx.today, numbers, assessment)], state: ctx.state };
    });
    return numbers;
  }
}

/**
 * The grounds are those of the law the decision is taken under (LD-REGIME): its date once it
 * is recorded, until then today's, the earliest it can still be taken.
 */
function decisionDate(decidedOn: string | null, today: LocalDate): LocalDate {
  return decidedOn === null ? today : LocalDate.parse(decidedOn);
}

function assessedEvent(
  today: LocalDate,
  numbers: readonly number[],
  a: ReturnType<typeof parseAssessment>,
) {
  return {
    type: DOCUMENTS_ASSESSED_EVENT,
    occurredOn: today.toString(),
    payload: {
      numbers: [...numbers],
      assessment: a.assessment,
      grounds: a.grounds,
      reasoning: a.reasoning,
      publicLink: a.publicLink,
    },
  };
}

function parseNumbers(value: unknown): number[] {
  if (!Array.isArray(value) || value.length === 0) throw invalidInput('numbers', 'min_items_1');
  if (value.length > MAX_BULK_NUMBERS) {
    throw invalidInput('numbers', `max_items_${MAX_BULK_NUMBERS}`);
  }
  return [
    ...new Set(
      value.map((n, i) => {
        if (!Number.isSafeInteger(n) || (n as number) < 1) {
          throw invalidInput(`numbers[${i}]`, 'integer_min_1');
        }
        return n as number;
      }),
    ),
  ];
}

function documentNotFound(number: number): WorkflowError {
  return new WorkflowError(
    'not_found',
    'DOCUMENT.NOT_FOUND',
    'Dit document bestaat niet bij dit verzoek.',
    'This document does not exist in this request.',
    { number },
  );
}

/** The documents with their grounds as a list, family and twin by number, copies and items. */
async function inventoryDocuments(
  tx: Repositories,
  documents: readonly DocumentSummary[],
): Promise<InventoryDocument[]> {
  const ids = documents.map((d) => d.id);
  const items = new Map<string, number[]>(ids.map((id) => [id, []]));
  for (const row of await tx.documents.itemsOf(ids))
    items.get(row.documentId)?.push(row.itemNumber);
  const linked = [
    ...new Set(
      documents.flatMap((d) => [d.familyId, d.duplicateOf]).filter((f): f is string => f !== null),
    ),
  ];
  const numbers = new Map(
    (await tx.documents.findByIds(linked)).map((d) => [d.id, d.number] as const),
  );
  const copies = new Map<string, number[]>();
  const requestId = documents[0]?.requestId;
  if (requestId !== undefined) {
    for (const c of await tx.documents.copiesOf(requestId, ids)) {
      copies.set(c.duplicateOf!, [...(copies.get(c.duplicateOf!) ?? []), c.number]);
    }
  }
  return documents.map((d) => ({
    ...d,
    grounds: d.grounds === null ? [] : (JSON.parse(d.grounds) as string[]),
    familyNumber: d.familyId === null ? null : (numbers.get(d.familyId) ?? null),
    items: items.get(d.id) ?? [],
    duplicateOfNumber: d.duplicateOf === null ? null : (numbers.get(d.duplicateOf) ?? null),
    copyNumbers: copies.get(d.id) ?? [],
  }));
}

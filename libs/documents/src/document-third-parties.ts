import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LocalDate } from '@wobdesk/domain';
import {
  type DocumentThirdPartyRecord,
  THIRD_PARTY_VIEWS,
  type ThirdPartyView,
  UnitOfWork,
  type StoredRequestEvent,
} from '@wobdesk/persistence';
import {
  type Actor,
  type ChangeContext,
  invalidInput,
  optionalText,
  RequestChanges,
  requireText,
  WorkflowError,
  workflowError,
} from '@wobdesk/register';

/** The workflow events of the third parties of a document and their views. */
export const DOCUMENT_THIRD_PARTY_ADDED_EVENT = 'document_third_party_added';
export const DOCUMENT_THIRD_PARTY_REMOVED_EVENT = 'document_third_party_removed';
export const DOCUMENT_THIRD_PARTY_VIEW_RECORDED_EVENT = 'document_third_party_view_recorded';

const MAX_NAME = 200;
const MAX_SUMMARY = 1000;

/** A party asked for its view, with the document it was asked about. */
export interface AskedThirdParty {
  readonly number: number;
  readonly name: string;
  readonly askedOn: string | null;
  readonly view: ThirdPartyView | null;
}

/** A third party of a document as the clerk sees it. */
export interface DocumentThirdPartyView {
  readonly id: string;
  readonly name: string;
  /** The sequence of the request-for-view event they were asked in; null: not asked yet. */
  readonly askedInEvent: number | null;
  /** The day of that request for a view. */
  readonly askedOn: string | null;
  readonly view: ThirdPartyView | null;
  readonly viewSummary: string | null;
  readonly viewReceivedOn: string | null;
  /** Asked and no view yet, or a view against disclosure (in whole or in part). */
  readonly holdsDisclosure: boolean;
}

export interface NewThirdPartyInput {
  readonly name?: unknown;
  readonly askedInEvent?: unknown;
}

export interface ThirdPartyViewInput {
  readonly view?: unknown;
  readonly summary?: unknown;
  readonly receivedOn?: unknown;
  readonly askedInEvent?: unknown;
}

/**
 * The third parties a document concerns and their view of it (zienswijze, Woo art. 4.4 / Wob
 * art. 6). Each action is a change of the request with its own workflow event. A view recorded
 * here never ends the suspension of the term: that is the request's own step ("Zienswijze
 * ontvangen") once the last party asked answered, or the end of the term given to them.
 */
@Injectable()
export class DocumentThirdParties {
  constructor(
    private readonly storage: UnitOfWork,
    private readonly changes: RequestChanges,
  ) {}

  async list(actor: Actor, requestId: string, number: number): Promise<DocumentThirdPartyView[]> {
    return this.storage.read(async (tx) => {
      if (!(await tx.requests.find(actor.organisationId, requestId))) {
        throw workflowError('REQUEST.NOT_FOUND', { id: requestId });
      }
      const document = await findDocument(tx, requestId, number);
      const asked = askedDays(await tx.requests.events(requestId));
      return (await tx.thirdParties.ofDocuments([document.id])).map((p) =>
        thirdPartyView(p, asked),
      );
    });
  }

  /**
   * The parties asked for their view, of the request's documents, by document number: derived
   * from the links the request-for-view step made, so the request page shows who is awaited.
   */
  async asked(actor: Actor, requestId: string): Promise<AskedThirdParty[]> {
    return this.storage.read(async (tx) => {
      if (!(await tx.requests.find(actor.organisationId, requestId))) {
        throw workflowError('REQUEST.NOT_FOUND', { id: requestId });
      }
      const parties = (await tx.thirdParties.ofRequest(requestId)).filter(
        (p) => p.askedInEvent !== null,
      );
      const numbers = new Map(
        (await tx.documents.findByIds([...new Set(parties.map((p) => p.documentId))])).map(
          (d) => [d.id, d.number] as const,
        ),
      );
      const days = askedDays(await tx.requests.events(requestId));
      return parties
        .map((p) => ({
          number: numbers.get(p.documentId)!,
          name: p.name,
          askedOn: days.get(p.askedInEvent!) ?? null,
          view: p.view,
        }))
        .sort((a, b) => a.number - b.number);
    });
  }

  async add(
    actor: Actor,
    requestId: string,
    number: number,
    input: NewThirdPartyInput,
  ): Promise<DocumentThirdPartyView> {
    const name = requireText(input?.name, 'name', MAX_NAME);
    let added: DocumentThirdPartyView | undefined;
    await this.changes.run(actor, requestId, undefined, async (ctx) => {
      const document = await findDocument(ctx.tx, requestId, number);
      const askedInEvent = askedEventOf(ctx.stored, input?.askedInEvent);
      const record: DocumentThirdPartyRecord = {
        id: randomUUID(),
        requestId,
        documentId: document.id,
        name,
        askedInEvent,
        view: null,
        viewSummary: null,
        viewReceivedOn: null,
        createdAt: ctx.now,
      };
      await ctx.tx.thirdParties.insert(record);
      added = thirdPartyView(record, askedDays(ctx.stored));
      // The name stays in the table: the history, which other views may show, names the party
      // by its id only.
      const payload = { number, thirdPartyId: record.id, askedInEvent };
      return { events: [event(ctx, DOCUMENT_THIRD_PARTY_ADDED_EVENT, payload)], state: ctx.state };
    });
    return added!;
  }

  async remove(actor: Actor, requestId: string, number: number, id: string): Promise<void> {
    await this.changes.run(actor, requestId, undefined, async (ctx) => {
      const document = await findDocument(ctx.tx, requestId, number);
      if (!(await ctx.tx.thirdParties.remove(document.id, id))) throw thirdPartyNotFound(id);
      const payload = { number, thirdPartyId: id };
      return {
        events: [event(ctx, DOCUMENT_THIRD_PARTY_REMOVED_EVENT, payload)],
        state: ctx.state,
      };
    });
  }

  async recordView(
    actor: Actor,
    requestId: string,
    number: number,
    id: string,
    input: ThirdPartyViewInput,
  ): Promise<DocumentThirdPartyView> {
    const view = parseView(input?.view);
    const summary = optionalText(input?.summary, 'summary', MAX_SUMMARY);
    let recorded: DocumentThirdPartyView | undefined;
    await this.changes.run(actor, requestId, undefined, async (ctx) => {
      const receivedOn = parseReceivedOn(input?.receivedOn, ctx.today);
      const document = await findDocument(ctx.tx, requestId, number);
      const askedInEvent = askedEventOf(ctx.stored, input?.askedInEvent);
      const update = { view, viewSummary: summary, viewReceivedOn: receivedOn.toString() };
      if (!(await ctx.tx.thirdParties.recordView(document.id, id, update, askedInEvent))) {
        throw thirdPartyNotFound(id);
      }
      const after = (await ctx.tx.thirdParties.ofDocuments([document.id])).find(
        (p) => p.id === id,
      )!;
      recorded = thirdPartyView(after, askedDays(ctx.stored));
      const payload = { number, thirdPartyId: id, view, askedInEvent: after.askedInEvent };
      return {
        events: [event(ctx, DOCUMENT_THIRD_PARTY_VIEW_RECORDED_EVENT, payload)],
        state: ctx.state,
      };
    });
    return recorded!;
  }
}

/** Whether the party holds the document's disclosure: asked and silent, or against it. */
export function holdsDisclosure(
  party: Pick<DocumentThirdPartyRecord, 'askedInEvent' | 'view'>,
): boolean {
  if (party.view === null) return party.askedInEvent !== null;
  return party.view === 'objects' || party.view === 'partly';
}

/** The day of each of the request's requests for a view, by the event's sequence. */
function askedDays(stored: readonly StoredRequestEvent[]): ReadonlyMap<number, string> {
  return new Map(
    stored
      .filter((e) => e.type === 'third_party_view_requested')
      .map((e) => [e.sequence, e.occurredOn] as const),
  );
}

function thirdPartyView(
  r: DocumentThirdPartyRecord,
  asked: ReadonlyMap<number, string>,
): DocumentThirdPartyView {
  return {
    id: r.id,
    name: r.name,
    askedInEvent: r.askedInEvent,
    askedOn: r.askedInEvent === null ? null : (asked.get(r.askedInEvent) ?? null),
    view: r.view,
    viewSummary: r.viewSummary,
    viewReceivedOn: r.viewReceivedOn,
    holdsDisclosure: holdsDisclosure(r),
  };
}

function event(ctx: ChangeContext, type: string, payload: Record<string, unknown>) {
  return { type, occurredOn: ctx.today.toString(), payload };
}

async function findDocument(
  tx: ChangeContext['tx'],
  requestId: string,
  number: number,
): Promise<{ id: string }> {
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

/** The sequence given must be one of the request's requests for a third party's view. */
function askedEventOf(stored: readonly StoredRequestEvent[], value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (!Number.isSafeInteger(value) || (value as number) < 1) {
    throw invalidInput('askedInEvent', 'integer_min_1');
  }
  const found = stored.find((e) => e.sequence === value && e.type === 'third_party_view_requested');
  if (!found) throw invalidInput('askedInEvent', 'third_party_view_requested_event');
  return value as number;
}

function parseView(value: unknown): ThirdPartyView {
  if (value === undefined || value === null) throw invalidInput('view', 'required');
  if (!(THIRD_PARTY_VIEWS as readonly unknown[]).includes(value)) {
    throw invalidInput('view', `one_of:${THIRD_PARTY_VIEWS.join('|')}`);
  }
  return value as ThirdPartyView;
}

function parseReceivedOn(value: unknown, today: LocalDate): LocalDate {
  if (value === undefined || value === null || value === '') {
    throw invalidInput('receivedOn', 'required');
  }
  if (typeof value !== 'string' || !LocalDate.isValid(value)) {
    throw invalidInput('receivedOn', 'date');
  }
  const on = LocalDate.parse(value);
  if (on.isAfter(today)) throw invalidInput('receivedOn', 'not_in_future');
  return on;
}

function thirdPartyNotFound(id: string): WorkflowError {
  return new WorkflowError(
    'not_found',
    'DOCUMENT.THIRD_PARTY_NOT_FOUND',
    'Deze derde hoort niet bij dit document.',
    'This third party does not belong to this document.',
    { id },
  );
}

import type {
  ClaimResult,
  ConversationRecord,
  ItemOutcome,
  NewRequestEvent,
  RequestItemRecord,
  RequestListFilter,
  RequestListRow,
  RequestRecord,
  RequestRepositoryPort,
  StoredRequestEvent,
} from '@wobdesk/persistence';
import { listRows } from './in-memory-request-list.js';
import {
  compareValues,
  copy,
  foreignKeyViolation,
  type Stores,
  uniqueViolation,
} from './stores.js';

/** The requests port on the fake's tables, with the keys and checks the schema has. */
export class InMemoryRequestRepository implements RequestRepositoryPort {
  constructor(private readonly db: Stores) {}

  async claimForChange(
    organisationId: string,
    id: string,
    expectedVersion: number | undefined,
    now: Date,
  ): Promise<ClaimResult> {
    const row = this.db.requests.get(id);
    if (!row || row.organisationId !== organisationId) return 'not_found';
    if (expectedVersion !== undefined && row.version !== expectedVersion) return 'stale_version';
    row.version += 1;
    row.updatedAt = new Date(now);
    return 'claimed';
  }

  async reserveReference(organisationId: string): Promise<string | undefined> {
    const org = this.db.organisations.get(organisationId);
    if (!org) return undefined;
    org.nextReferenceNumber += 1;
    return `${org.referencePrefix}${String(org.nextReferenceNumber - 1).padStart(6, '0')}`;
  }

  async find(organisationId: string, id: string): Promise<RequestRecord | null> {
    const row = this.db.requests.get(id);
    return row && row.organisationId === organisationId ? copy(row) : null;
  }

  async findByStatusTokenHash(tokenHash: string): Promise<RequestRecord | null> {
    const row = [...this.db.requests.values()].find((r) => r.statusTokenHash === tokenHash);
    return row ? copy(row) : null;
  }

  async findByReference(organisationId: string, reference: string): Promise<RequestRecord | null> {
    const row = [...this.db.requests.values()].find(
      (r) => r.organisationId === organisationId && r.reference === reference,
    );
    return row ? copy(row) : null;
  }

  async existsWithSubject(organisationId: string, subject: string): Promise<boolean> {
    return [...this.db.requests.values()].some(
      (r) => r.organisationId === organisationId && r.subject === subject,
    );
  }

  async countWebFormSubmissions(
    organisationId: string,
    email: string,
    receivedOn: string,
  ): Promise<number> {
    return [...this.db.requests.values()].filter(
      (r) =>
        r.organisationId === organisationId &&
        r.channel === 'web_form' &&
        r.receivedOn === receivedOn &&
        r.requesterEmail?.toLowerCase() === email.toLowerCase(),
    ).length;
  }

  async insert(request: RequestRecord, items: readonly string[]): Promise<void> {
    const rows = [...this.db.requests.values()];
    if (this.db.requests.has(request.id)) throw uniqueViolation('request', 'id');
    if (!this.db.organisations.has(request.organisationId)) {
      throw foreignKeyViolation('request', 'organisation_id');
    }
    if (request.assigneeId !== null && !this.db.users.has(request.assigneeId)) {
      throw foreignKeyViolation('request', 'assignee_id');
    }
    if (
      rows.some(
        (r) => r.organisationId === request.organisationId && r.reference === request.reference,
      )
    ) {
      throw uniqueViolation('request', 'organisation_id, request.reference');
    }
    if (
      request.statusTokenHash !== null &&
      rows.some((r) => r.statusTokenHash === request.statusTokenHash)
    ) {
      throw uniqueViolation('request', 'status_token_hash');
    }
    this.db.requests.set(request.id, copy(request));
    this.db.items.set(
      request.id,
      items.map((text, i) => ({
        requestId: request.id,
        number: i + 1,
        text,
        outcome: null,
        grounds: null,
        remarks: null,
        weighing: null,
        whereAvailable: null,
        answeredWith: null,
      })),
    );
  }

  async updateColumns(id: string, columns: Partial<RequestRecord>): Promise<void> {
    const row = this.db.requests.get(id);
    if (!row) return;
    const defined = Object.entries(columns).filter(([, value]) => value !== undefined);
    Object.assign(row, copy(Object.fromEntries(defined)));
  }

  async items(requestId: string): Promise<RequestItemRecord[]> {
    return copy(this.db.items.get(requestId) ?? []);
  }

  async recordItemOutcome(requestId: string, number: number, outcome: ItemOutcome): Promise<void> {
    const item = this.db.items.get(requestId)?.find((i) => i.number === number);
    if (item) Object.assign(item, copy(outcome));
  }

  async conversations(requestId: string): Promise<ConversationRecord[]> {
    return copy(
      this.db.conversations
        .filter((c) => c.requestId === requestId)
        .sort((a, b) => compareValues(a.occurredOn, b.occurredOn) || compareValues(a.id, b.id)),
    );
  }

  async addConversation(conversation: ConversationRecord): Promise<void> {
    if (!this.db.requests.has(conversation.requestId)) {
      throw foreignKeyViolation('conversation_record', 'request_id');
    }
    if (this.db.conversations.some((c) => c.id === conversation.id)) {
      throw uniqueViolation('conversation_record', 'id');
    }
    this.db.conversations.push(copy(conversation));
  }

  async events(requestId: string): Promise<StoredRequestEvent[]> {
    return this.db.events
      .filter((e) => e.requestId === requestId)
      .sort((a, b) => a.sequence - b.sequence)
      .map((e) => ({
        sequence: e.sequence,
        type: e.type,
        occurredOn: e.occurredOn,
        recordedAt: new Date(e.recordedAt),
        actorId: e.actorId,
        actorName: e.actorId === null ? null : (this.db.users.get(e.actorId)?.name ?? null),
        payload: JSON.parse(e.payload) as Record<string, unknown>,
      }));
  }

  async appendEvents(
    requestId: string,
    lastSequence: number,
    events: readonly NewRequestEvent[],
    actorId: string | null,
    recordedAt: Date,
  ): Promise<void> {
    if (events.length === 0) return;
    if (!this.db.requests.has(requestId)) throw foreignKeyViolation('request_event', 'request_id');
    if (actorId !== null && !this.db.users.has(actorId)) {
      throw foreignKeyViolation('request_event', 'actor_id');
    }
    const taken = new Set(
      this.db.events.filter((e) => e.requestId === requestId).map((e) => e.sequence),
    );
    const rows = events.map((e, i) => ({
      requestId,
      sequence: lastSequence + i + 1,
      type: e.type,
      occurredOn: e.occurredOn,
      recordedAt: new Date(recordedAt),
      actorId,
      payload: JSON.stringify(e.payload),
    }));
    // One statement: all rows or none, as the unique (request, sequence) key makes it.
    if (rows.some((r) => taken.has(r.sequence))) {
      throw uniqueViolation('request_event', 'request_id, request_event.sequence');
    }
    this.db.events.push(...rows);
  }

  async list(filter: RequestListFilter): Promise<{ rows: RequestListRow[]; total: number }> {
    return listRows([...this.db.requests.values()], filter);
  }
}

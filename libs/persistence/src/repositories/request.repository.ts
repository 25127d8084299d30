import type { EntityManager } from 'typeorm';
import { ConversationRecordEntity } from '../entities/conversation-record.entity.js';
import { OrganisationEntity } from '../entities/organisation.entity.js';
import { RequestEventEntity } from '../entities/request-event.entity.js';
import { RequestItemEntity } from '../entities/request-item.entity.js';
import { RequestEntity } from '../entities/request.entity.js';
import { UserEntity } from '../entities/user.entity.js';
import type {
  ClaimResult,
  ItemOutcome,
  NewRequestEvent,
  RequestRepositoryPort,
  StoredRequestEvent,
} from '../storage/ports.js';
import type { ConversationRecord, RequestRecord } from '../storage/records.js';
import { listRequests, type RequestListFilter } from './request-list.query.js';

/**
 * The requests port on TypeORM, bound to the `EntityManager` of one transaction or read (see
 * `UnitOfWork`). Every lookup of a request is scoped by organisation.
 */
export class RequestRepository implements RequestRepositoryPort {
  constructor(private readonly em: EntityManager) {}

  /**
   * The first statement of a change: increments the version (the optimistic lock) and so takes
   * the write lock before anything is read (SQLite: see serial-transaction.ts; PostgreSQL: the row lock).
   * With `expectedVersion` only that version is claimed.
   */
  async claimForChange(
    organisationId: string,
    id: string,
    expectedVersion: number | undefined,
    now: Date,
  ): Promise<ClaimResult> {
    const update = this.em
      .createQueryBuilder()
      .update(RequestEntity)
      .set({ version: () => '"version" + 1', updatedAt: now })
      .where('id = :id AND organisation_id = :organisationId', { id, organisationId });
    if (expectedVersion !== undefined)
      update.andWhere('version = :expectedVersion', { expectedVersion });
    const result = await update.execute();
    if (result.affected === 1) return 'claimed';
    if (expectedVersion === undefined) return 'not_found';
    const exists = await this.em.exists(RequestEntity, { where: { id, organisationId } });
    return exists ? 'stale_version' : 'not_found';
  }

  /**
   * The next reference (kenmerk) of an organisation: increments its counter first (a write, so
   * that two registrations never get the same number), then reads the number it reserved.
   */
  async reserveReference(organisationId: string): Promise<string | undefined> {
    const result = await this.em
      .createQueryBuilder()
      .update(OrganisationEntity)
      .set({ nextReferenceNumber: () => '"next_reference_number" + 1' })
      .where('id = :organisationId', { organisationId })
      .execute();
    if (result.affected !== 1) return undefined;
    const org = await this.em.findOneByOrFail(OrganisationEntity, { id: organisationId });
    return `${org.referencePrefix}${String(org.nextReferenceNumber - 1).padStart(6, '0')}`;
  }

  find(organisationId: string, id: string): Promise<RequestRecord | null> {
    return this.em.findOneBy(RequestEntity, { id, organisationId });
  }

  /** The request whose status token has this hash, in any organisation (the token is the key). */
  findByStatusTokenHash(tokenHash: string): Promise<RequestRecord | null> {
    return this.em.findOneBy(RequestEntity, { statusTokenHash: tokenHash });
  }

  findByReference(organisationId: string, reference: string): Promise<RequestRecord | null> {
    return this.em.findOneBy(RequestEntity, { organisationId, reference });
  }

  items(requestId: string): Promise<RequestItemEntity[]> {
    return this.em.find(RequestItemEntity, { where: { requestId }, order: { number: 'ASC' } });
  }

  conversations(requestId: string): Promise<ConversationRecordEntity[]> {
    return this.em.find(ConversationRecordEntity, {
      where: { requestId },
      order: { occurredOn: 'ASC', id: 'ASC' },
    });
  }

  /** The event log in order, with the recording user's name (null for the system). */
  async events(requestId: string): Promise<StoredRequestEvent[]> {
    const rows = await this.em
      .createQueryBuilder(RequestEventEntity, 'e')
      .leftJoin(UserEntity, 'u', 'u.id = e.actor_id')
      .select([
        'e.sequence AS sequence',
        'e.type AS type',
        'e.occurred_on AS occurred_on',
        'e.recorded_at AS recorded_at',
        'e.actor_id AS actor_id',
        'u.name AS actor_name',
        'e.payload AS payload',
      ])
      .where('e.request_id = :requestId', { requestId })
      .orderBy('e.sequence', 'ASC')
      .getRawMany<Record<string, unknown>>();
    return rows.map((r) => ({
      sequence: Number(r.sequence),
      type: String(r.type),
      occurredOn: String(r.occurred_on),
      recordedAt: toDate(r.recorded_at),
      actorId: (r.actor_id as string | null) ?? null,
      actorName: (r.actor_name as string | null) ?? null,
      payload: JSON.parse(String(r.payload)) as Record<string, unknown>,
    }));
  }

  /** Appends events after `lastSequence`; the unique (request, sequence) key rejects a gap race. */
  async appendEvents(
    requestId: string,
    lastSequence: number,
    events: readonly NewRequestEvent[],
    actorId: string | null,
    recordedAt: Date,
  ): Promise<void> {
    if (events.length === 0) return;
    // The organisation is copied onto each event so the report counts steps from this table.
    const request = await this.em.findOne(RequestEntity, {
      select: { id: true, organisationId: true },
      where: { id: requestId },
    });
    await this.em.insert(
      RequestEventEntity,
      events.map((e, i) => ({
        requestId,
        organisationId: request?.organisationId ?? null,
        sequence: lastSequence + i + 1,
        type: e.type,
        occurredOn: e.occurredOn,
        recordedAt,
        actorId,
        payload: JSON.stringify(e.payload),
      })),
    );
  }

  existsWithSubject(organisationId: string, subject: string): Promise<boolean> {
    return this.em.exists(RequestEntity, { where: { organisationId, subject } });
  }

  countWebFormSubmissions(
    organisationId: string,
    email: string,
    receivedOn: string,
  ): Promise<number> {
    return this.em
      .createQueryBuilder(RequestEntity, 'r')
      .where('r.organisation_id = :organisationId', { organisationId })
      .andWhere("r.channel = 'web_form'")
      .andWhere('r.received_on = :receivedOn', { receivedOn })
      .andWhere('LOWER(r.requester_email) = :email', { email: email.toLowerCase() })
      .getCount();
  }

  async insert(request: RequestRecord, items: readonly string[]): Promise<void> {
    await this.em.insert(RequestEntity, request);
    await this.em.insert(
      RequestItemEntity,
      items.map((text, i) => ({ requestId: request.id, number: i + 1, text })),
    );
  }

  async updateColumns(id: string, columns: Partial<RequestRecord>): Promise<void> {
    await this.em.update(RequestEntity, { id }, columns);
  }

  async recordItemOutcome(requestId: string, number: number, outcome: ItemOutcome): Promise<void> {
    await this.em.update(RequestItemEntity, { requestId, number }, outcome);
  }

  async addConversation(conversation: ConversationRecord): Promise<void> {
    await this.em.insert(ConversationRecordEntity, conversation);
  }

  list(filter: RequestListFilter) {
    return listRequests(this.em, filter);
  }
}

/** SQLite returns instants of raw queries as 'YYYY-MM-DD HH:MM:SS.SSS' (UTC) text; PostgreSQL as Date. */
function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/^\d{4}-\d\d-\d\d \d/.test(text) ? `${text.replace(' ', 'T')}Z` : text);
}

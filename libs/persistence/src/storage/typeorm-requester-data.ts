import {
  ANONYMISED_NAME,
  ANONYMISED_THIRD_PARTY,
  anonymisedPayload,
  TERMINAL_PHASES,
} from '@wobdesk/domain';
import { type EntityManager, In, IsNull, MoreThan } from 'typeorm';
import { ConversationRecordEntity } from '../entities/conversation-record.entity.js';
import { DocumentThirdPartyEntity } from '../entities/document-third-party.entity.js';
import { LetterEntity } from '../entities/letter.entity.js';
import { OrganisationEntity } from '../entities/organisation.entity.js';
import { OutboxMessageEntity } from '../entities/outbox-message.entity.js';
import { RequestEventEntity } from '../entities/request-event.entity.js';
import { RequestItemEntity } from '../entities/request-item.entity.js';
import { RequestEntity, requestSearchText } from '../entities/request.entity.js';

/** A finished request whose requester's data is still held, with what its period depends on. */
export interface HeldRequesterData {
  readonly requestId: string;
  readonly organisationId: string;
  /** The organisation's period; null: the default. */
  readonly retentionMonths: number | null;
  readonly phase: string;
  readonly lastStepOn: string;
  readonly objectionWindowEndsOn: string | null;
  readonly appealWindowEndsOn: string | null;
}

/** Everything held about a requester in one request, as the AVG art. 15 export lists it. */
export interface RequesterDataOfRequest {
  readonly request: Record<string, unknown>;
  readonly items: readonly Record<string, unknown>[];
  readonly conversations: readonly Record<string, unknown>[];
  readonly letters: readonly Record<string, unknown>[];
  readonly mails: readonly Record<string, unknown>[];
  readonly events: readonly Record<string, unknown>[];
}

/** What a letter holds once its requester's data is anonymised: no text, no PDF. */
const ANONYMISED_LETTER_HTML =
  '<!doctype html><html lang="nl"><body><p>Deze brief is verwijderd: de persoonsgegevens van de aanvrager zijn geanonimiseerd.</p></body></html>';

/** The requester's personal data across a request's tables: found, exported, anonymised. */
export interface RequesterDataPort {
  /** Finished requests not yet anonymised, over all organisations, in id order after `afterId`. */
  held(afterId: string | null, limit: number): Promise<HeldRequesterData[]>;
  /** The latest legal date of a request's events; null for a request without events. */
  lastStepOn(requestId: string): Promise<string | null>;
  /** The day the request's requester data was anonymised; null while it is held. */
  anonymisedOn(requestId: string): Promise<string | null>;
  /** The organisation's requests of the same requester: the same e-mail address, else the same name. */
  requestsOfRequester(organisationId: string, requestId: string): Promise<string[]>;
  exportOf(organisationId: string, requestId: string): Promise<RequesterDataOfRequest | null>;
  /**
   * Replaces the requester's and third parties' personal data in the request, its items'
   * remarks aside, its conversations, letters, mails and event payloads; the dates, counts and
   * outcomes the register's figures are made from stay.
   */
  anonymise(requestId: string, on: string): Promise<void>;
}

export class TypeOrmRequesterData implements RequesterDataPort {
  constructor(private readonly em: EntityManager) {}

  async held(afterId: string | null, limit: number): Promise<HeldRequesterData[]> {
    const rows = await this.em.find(RequestEntity, {
      where: {
        phase: In([...TERMINAL_PHASES]),
        personalDataAnonymisedOn: IsNull(),
        ...(afterId === null ? {} : { id: MoreThan(afterId) }),
      },
      order: { id: 'ASC' },
      take: limit,
    });
    if (rows.length === 0) return [];
    const organisations = await this.em.find(OrganisationEntity, {
      where: { id: In([...new Set(rows.map((r) => r.organisationId))]) },
      select: { id: true, retentionMonths: true },
    });
    const months = new Map(organisations.map((o) => [o.id, o.retentionMonths ?? null]));
    const result: HeldRequesterData[] = [];
    for (const row of rows) {
      result.push({
        requestId: row.id,
        organisationId: row.organisationId,
        retentionMonths: months.get(row.organisationId) ?? null,
        phase: row.phase,
        lastStepOn: (await this.lastStepOn(row.id)) ?? row.receivedOn,
        objectionWindowEndsOn: row.objectionWindowEndsOn,
        appealWindowEndsOn: row.appealWindowEndsOn,
      });
    }
    return result;
  }

  async lastStepOn(requestId: string): Promise<string | null> {
    const found = await this.em
      .createQueryBuilder(RequestEventEntity, 'e')
      .select('MAX(e.occurred_on)', 'last')
      .where('e.request_id = :requestId', { requestId })
      .getRawOne<{ last: string | null }>();
    return found?.last ?? null;
  }

  async anonymisedOn(requestId: string): Promise<string | null> {
    const row = await this.em.findOne(RequestEntity, {
      where: { id: requestId },
      select: { id: true, personalDataAnonymisedOn: true },
    });
    return row?.personalDataAnonymisedOn ?? null;
  }

  async requestsOfRequester(organisationId: string, requestId: string): Promise<string[]> {
    const row = await this.em.findOneBy(RequestEntity, { organisationId, id: requestId });
    if (!row) return [];
    const same = row.requesterEmail
      ? { organisationId, requesterEmail: row.requesterEmail }
      : { organisationId, requesterName: row.requesterName };
    const rows = await this.em.find(RequestEntity, {
      where: { ...same, personalDataAnonymisedOn: IsNull() },
      select: { id: true },
      order: { receivedOn: 'ASC', id: 'ASC' },
    });
    const ids = rows.map((r) => r.id);
    return ids.includes(requestId) ? ids : [requestId, ...ids];
  }

  async exportOf(organisationId: string, requestId: string) {
    const request = await this.em.findOneBy(RequestEntity, { organisationId, id: requestId });
    if (!request) return null;
    const [items, conversations, letters, mails, events] = await Promise.all([
      this.em.find(RequestItemEntity, { where: { requestId }, order: { number: 'ASC' } }),
      this.em.find(ConversationRecordEntity, { where: { requestId } }),
      this.em.find(LetterEntity, {
        where: { requestId },
        select: {
          id: true,
          kind: true,
          subject: true,
          letterDate: true,
          sentOn: true,
          createdAt: true,
          html: true,
        },
        order: { createdAt: 'ASC' },
      }),
      this.em.find(OutboxMessageEntity, {
        where: { requestId },
        select: {
          id: true,
          kind: true,
          recipientEmail: true,
          recipientName: true,
          template: true,
          context: true,
          state: true,
          createdAt: true,
          sentAt: true,
        },
        order: { createdAt: 'ASC' },
      }),
      this.em.find(RequestEventEntity, { where: { requestId }, order: { sequence: 'ASC' } }),
    ]);
    const { statusTokenHash: _hash, searchText: _search, ...requestFields } = request;
    return {
      request: { ...requestFields },
      items: items.map((i) => ({ ...i })),
      conversations: conversations.map((c) => ({ ...c })),
      letters: letters.map((l) => ({ ...l })),
      mails: mails.map(({ context, ...m }) => ({ ...m, context: parseJson(context) })),
      events: events.map((e) => ({
        sequence: e.sequence,
        type: e.type,
        occurredOn: e.occurredOn,
        recordedAt: e.recordedAt,
        payload: parseJson(e.payload),
      })),
    };
  }

  async anonymise(requestId: string, on: string): Promise<void> {
    const request = await this.em.findOneByOrFail(RequestEntity, { id: requestId });
    await this.em.update(
      RequestEntity,
      { id: requestId },
      {
        requesterName: ANONYMISED_NAME,
        requesterSalutation: null,
        requesterPostalAddress: null,
        requesterEmail: null,
        requesterPhone: null,
        searchText: requestSearchText(request.subject, ANONYMISED_NAME),
        personalDataAnonymisedOn: on,
      },
    );
    await this.em.update(
      DocumentThirdPartyEntity,
      { requestId },
      { name: ANONYMISED_THIRD_PARTY, viewSummary: null },
    );
    await this.em.update(
      ConversationRecordEntity,
      { requestId },
      { participants: '[]', summaryPoints: '[]' },
    );
    await this.em.update(
      LetterEntity,
      { requestId },
      { html: ANONYMISED_LETTER_HTML, pdfBase64: '', input: null },
    );
    await this.em.update(
      OutboxMessageEntity,
      { requestId },
      { recipientEmail: ANONYMISED_NAME, recipientName: null, context: '{}', lastError: null },
    );
    const events = await this.em.find(RequestEventEntity, {
      where: { requestId },
      select: { id: true, payload: true },
    });
    for (const event of events) {
      const payload = JSON.stringify(anonymisedPayload(parseJson(event.payload)));
      if (payload !== event.payload) {
        await this.em.update(RequestEventEntity, { id: event.id }, { payload });
      }
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { type Clock, foldEvents, type HolidayCalendar, type LocalDate } from '@wobdesk/domain';
import { listRequests, RequestRepository, serialRead, UserEntity } from '@wobdesk/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { CalendarSource } from './calendar-source.js';
import { CLOCK } from './clock.js';
import type {
  Actor,
  EventView,
  Page,
  RequestListItem,
  RequestListQuery,
  RequestView,
} from './contract.js';
import { toListFilter } from './list-query.js';
import { type RequestAggregate, toEventView, toListItem, toRequestView } from './request-view.js';
import { domainEventsOf } from './workflow-events.js';
import { workflowError } from './workflow-errors.js';

/** The read side of the register: one request with everything, its history, and lists. */
@Injectable()
export class RequestReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: RequestRepository,
    private readonly calendars: CalendarSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Everything stored about a request of the actor's organisation, with the state folded from
   * its domain events; not_found for another organisation's request (its existence is not told).
   */
  async load(
    em: EntityManager,
    organisationId: string,
    id: string,
    calendar: HolidayCalendar,
  ): Promise<RequestAggregate> {
    const row = await this.requests.find(em, organisationId, id);
    if (!row) throw workflowError('REQUEST.NOT_FOUND', { id });
    // One after the other: a transaction's connection runs one query at a time (pg warns otherwise).
    const items = await this.requests.items(em, id);
    const conversations = await this.requests.conversations(em, id);
    const events = await this.requests.events(em, id);
    const state = foldEvents(domainEventsOf(events), calendar);
    if (!state) throw new Error(`Corrupt history: request ${id} has no request_received event`);
    const assignee =
      row.assigneeId === null ? null : await em.findOneBy(UserEntity, { id: row.assigneeId });
    return { row, items, conversations, events, state, assigneeName: assignee?.name };
  }

  /** The view of a request inside the caller's transaction or read. */
  async viewIn(
    em: EntityManager,
    organisationId: string,
    id: string,
    today: LocalDate,
    calendar: HolidayCalendar,
  ): Promise<RequestView> {
    return toRequestView(await this.load(em, organisationId, id, calendar), today, calendar);
  }

  async get(actor: Actor, id: string): Promise<RequestView> {
    const calendar = await this.calendars.get();
    const today = this.clock.today();
    return serialRead(this.dataSource, (em) =>
      this.viewIn(em, actor.organisationId, id, today, calendar),
    );
  }

  async events(actor: Actor, id: string): Promise<readonly EventView[]> {
    return serialRead(this.dataSource, async (em) => {
      const row = await this.requests.find(em, actor.organisationId, id);
      if (!row) throw workflowError('REQUEST.NOT_FOUND', { id });
      return (await this.requests.events(em, id)).map(toEventView);
    });
  }

  async list(actor: Actor, query: RequestListQuery): Promise<Page<RequestListItem>> {
    const today = this.clock.today();
    const filter = toListFilter(actor.organisationId, query ?? {}, today);
    const { rows, total } = await serialRead(this.dataSource, (em) => listRequests(em, filter));
    return {
      items: rows.map((row) => toListItem(row, filter.today)),
      total,
      page: filter.page,
      pageSize: filter.pageSize,
    };
  }
}

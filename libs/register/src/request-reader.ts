import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { type Clock, foldEvents, type HolidayCalendar, type LocalDate } from '@wobdesk/domain';
import { type Repositories, UnitOfWork } from '@wobdesk/persistence';
import { CalendarSource } from './calendar-source.js';
import type { Actor } from './actor.js';
import type {
  Colleague,
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
    private readonly storage: UnitOfWork,
    private readonly calendars: CalendarSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Everything stored about a request of the actor's organisation, with the state folded from
   * its domain events; not_found for another organisation's request (its existence is not told).
   */
  async load(
    tx: Repositories,
    organisationId: string,
    id: string,
    calendar: HolidayCalendar,
  ): Promise<RequestAggregate> {
    const row = await tx.requests.find(organisationId, id);
    if (!row) throw workflowError('REQUEST.NOT_FOUND', { id });
    // One after the other: a transaction's connection runs one query at a time (pg warns otherwise).
    const items = await tx.requests.items(id);
    const conversations = await tx.requests.conversations(id);
    const events = await tx.requests.events(id);
    const state = foldEvents(domainEventsOf(events), calendar);
    if (!state) throw new Error(`Corrupt history: request ${id} has no request_received event`);
    const assignee = row.assigneeId === null ? null : await tx.users.find(row.assigneeId);
    return { row, items, conversations, events, state, assigneeName: assignee?.name };
  }

  /** The view of a request inside the caller's transaction or read. */
  async viewIn(
    tx: Repositories,
    organisationId: string,
    id: string,
    today: LocalDate,
    calendar: HolidayCalendar,
  ): Promise<RequestView> {
    return toRequestView(await this.load(tx, organisationId, id, calendar), today, calendar);
  }

  async get(actor: Actor, id: string): Promise<RequestView> {
    const calendar = await this.calendars.get();
    const today = this.clock.today();
    return this.storage.read((tx) => this.viewIn(tx, actor.organisationId, id, today, calendar));
  }

  /** The people of the actor's organisation, by name (for assignment and the lists' names). */
  async colleagues(actor: Actor): Promise<readonly Colleague[]> {
    return this.storage.read((tx) => tx.users.colleagues(actor.organisationId));
  }

  async idOfReference(actor: Actor, reference: string): Promise<string | undefined> {
    const row = await this.storage.read((tx) =>
      tx.requests.findByReference(actor.organisationId, reference.trim()),
    );
    return row?.id;
  }

  async events(actor: Actor, id: string): Promise<readonly EventView[]> {
    return this.storage.read(async (tx) => {
      const row = await tx.requests.find(actor.organisationId, id);
      if (!row) throw workflowError('REQUEST.NOT_FOUND', { id });
      return (await tx.requests.events(id)).map(toEventView);
    });
  }

  async list(actor: Actor, query: RequestListQuery): Promise<Page<RequestListItem>> {
    const today = this.clock.today();
    const filter = toListFilter(actor.organisationId, query ?? {}, today);
    const { rows, total } = await this.storage.read((tx) => tx.requests.list(filter));
    return {
      items: rows.map((row) => toListItem(row, filter.today)),
      total,
      page: filter.page,
      pageSize: filter.pageSize,
    };
  }
}

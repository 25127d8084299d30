import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import {
  type Clock,
  execute as executeCommand,
  foldEvents,
  isNotHandled,
  type HolidayCalendar,
  type LocalDate,
  type RequestCommand,
  type RequestEvent,
  type RequestState,
} from '@wobdesk/domain';
import {
  type NewRequestEvent,
  projectRequestState,
  type Repositories,
  type RequestRecord,
  type StoredRequestEvent,
  UnitOfWork,
} from '@wobdesk/persistence';
import { CalendarSource } from './calendar-source.js';
import { type Actor, type SystemActor } from './actor.js';
import { type RequestView } from './contract.js';
import { WorkflowError } from './workflow-error.js';
import { RequestChangeEvents } from './request-change-events.js';
import { RequestReader } from './request-reader.js';
import { RequesterNotices } from './requester-notices.js';
import { domainEventPayload, domainEventsOf } from './workflow-events.js';
import { workflowError } from './workflow-errors.js';

/** What a change sees: the claimed request, its history and its folded state. */
export interface ChangeContext {
  /** The repositories of the change's transaction. */
  readonly tx: Repositories;
  readonly row: RequestRecord;
  readonly stored: readonly StoredRequestEvent[];
  readonly state: RequestState;
  readonly today: LocalDate;
  readonly calendar: HolidayCalendar;
  /** The instant the change is recorded at. */
  readonly now: Date;
}

/** What a change records: events in order, the state after them, other columns to set. */
export interface Change {
  readonly events: readonly NewRequestEvent[];
  readonly state: RequestState;
  readonly patch?: Partial<RequestRecord>;
  /**
   * Letters sent to the requester with this change besides those of its `letter_sent` events
   * (which are always included): the requester's e-mail notice of the change attaches their PDFs.
   */
  readonly lettersSent?: readonly string[];
}

/**
 * The letters a change sends to the requester: those of its `letter_sent` events that went to
 * them (not a letter to a third party or another body) and any it names itself.
 */
function lettersSentWith(change: Change): string[] {
  const ids = change.events
    .filter((e) => e.type === 'letter_sent')
    .map((e) => e.payload as { letterId?: unknown; toRequester?: unknown })
    .filter((p) => p.toRequester !== false)
    .map((p) => p.letterId)
    .filter((id): id is string => typeof id === 'string');
  return [...new Set([...ids, ...(change.lettersSent ?? [])])];
}

/** Thrown inside a change that turns out to change nothing: rolls back the version bump. */
export class Unchanged extends Error {}

/**
 * The transaction around every change of an existing request. In one serialised transaction it:
 * claims the row by incrementing its version (the first statement is a write, so SQLite takes
 * its write lock before anything is read, and a stale `expectedVersion` is refused here); folds
 * the stored domain events (workflow events are skipped by type); lets `work` decide, which
 * throws a WorkflowError to refuse; appends the events with the actor and the instant; and
 * rewrites the stored phase and deadline columns from the new state; and, when the phase
 * changed or a letter was sent, queues the requester's e-mail notice in the same transaction.
 * Then tells `RequestChangeEvents` (the public status cache drops the request's entry).
 */
@Injectable()
export class RequestChanges {
  constructor(
    private readonly storage: UnitOfWork,
    private readonly reader: RequestReader,
    private readonly calendars: CalendarSource,
    private readonly changes: RequestChangeEvents,
    private readonly notices: RequesterNotices,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async run(
    actor: Actor | SystemActor,
    requestId: string,
    expectedVersion: number | undefined,
    work: (ctx: ChangeContext) => Promise<Change>,
  ): Promise<RequestView> {
    if (expectedVersion !== undefined && !Number.isInteger(expectedVersion)) {
      throw workflowError('REQUEST.INVALID_INPUT', { field: 'expectedVersion', rule: 'integer' });
    }
    if (typeof requestId !== 'string') throw workflowError('REQUEST.NOT_FOUND', { id: requestId });
    const calendar = await this.calendars.get();
    const today = this.clock.today();
    const now = this.clock.now();
    const org = actor.organisationId;
    try {
      const view = await this.storage.transaction(async (tx) => {
        const claim = await tx.requests.claimForChange(org, requestId, expectedVersion, now);
        if (claim === 'not_found') throw workflowError('REQUEST.NOT_FOUND', { id: requestId });
        if (claim === 'stale_version') {
          const current = await tx.requests.find(org, requestId);
          throw workflowError('REQUEST.STALE_VERSION', {
            expectedVersion,
            currentVersion: current?.version,
          });
        }
        const row = (await tx.requests.find(org, requestId))!;
        const stored = await tx.requests.events(requestId);
        const state = foldEvents(domainEventsOf(stored), calendar);
        if (!state) throw new Error(`Corrupt history: request ${requestId} was never received`);
        const result = await work({ tx, row, stored, state, today, calendar, now });
        const last = stored.length === 0 ? 0 : stored[stored.length - 1].sequence;
        const actorId = 'kind' in actor ? null : actor.userId;
        await tx.requests.appendEvents(requestId, last, result.events, actorId, now);
        const columns = { ...projectRequestState(result.state), ...result.patch };
        await tx.requests.updateColumns(requestId, columns);
        if (result.events.length > 0) {
          const lastEvent = result.events[result.events.length - 1];
          await this.notices.queue(tx, {
            request: { ...row, ...columns },
            previousPhase: row.phase,
            eventSequence: last + result.events.length,
            eventType: lastEvent.type,
            occurredOn: lastEvent.occurredOn,
            letterIds: lettersSentWith(result),
            notHandled: isNotHandled(result.state),
          });
        }
        return this.reader.viewIn(tx, org, requestId, today, calendar);
      });
      this.changes.changed(requestId);
      return view;
    } catch (error) {
      if (error instanceof Unchanged) {
        return this.storage.read((tx) =>
          this.reader.viewIn(tx, org, requestId, this.clock.today(), calendar),
        );
      }
      throw error;
    }
  }
}

/** `decide` + `evolve` for one command; a refusal becomes a WorkflowError (kind `domain`). */
export function domainStep(
  ctx: Pick<ChangeContext, 'state' | 'today' | 'calendar'>,
  command: RequestCommand,
): Change {
  const result = executeCommand(ctx.state, command, {
    today: ctx.today,
    calendar: ctx.calendar,
  });
  if (!result.ok) throw WorkflowError.fromDomain(result.error);
  return { events: result.events.map(toStoredEvent), state: result.state };
}

/** A domain event as a row to append. */
export function toStoredEvent(event: RequestEvent): NewRequestEvent {
  return {
    type: event.type,
    occurredOn: event.occurredOn.toString(),
    payload: domainEventPayload(event),
  };
}

import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import {
  type Clock,
  execute as executeCommand,
  type LocalDate,
  type RequestCommand,
} from '@wobdesk/domain';
import {
  type NewRequestEvent,
  projectRequestState,
  type Repositories,
  requestSearchText,
  UnitOfWork,
} from '@wobdesk/persistence';
import { CalendarSource } from './calendar-source.js';
import { type NewRequestInput, type RequestView } from './contract.js';
import { type Registrant } from './actor.js';
import { WorkflowError } from './workflow-error.js';
import { workflowError } from './workflow-errors.js';
import { parseNewRequest } from './input-validation.js';
import { toStoredEvent } from './request-change.js';
import { RequestReader } from './request-reader.js';
import { RequesterNotices } from './requester-notices.js';
import { assigned, checkAssignee } from './assignment.js';
import { StatusLinks } from './status-links.js';
import { hashToken } from './status-token.js';

/**
 * Registers a request: `decide` judges the `receive` command first; then one transaction whose
 * first statement reserves the organisation's next reference (a write), inserts the request with
 * its stored columns, its numbered items and its first events, stores the status token's
 * hash and queues the requester's acknowledgement e-mail (with the status link) when they gave
 * an address. The token itself is returned once.
 */
@Injectable()
export class RequestRegistration {
  constructor(
    private readonly storage: UnitOfWork,
    private readonly reader: RequestReader,
    private readonly calendars: CalendarSource,
    private readonly notices: RequesterNotices,
    private readonly links: StatusLinks,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async register(
    by: Registrant,
    input: NewRequestInput,
  ): Promise<{ request: RequestView; statusToken: string }> {
    const parsed = parseNewRequest(input);
    const actor = 'publicFormOf' in by ? undefined : by;
    const organisationId = actor?.organisationId ?? (by as { publicFormOf: string }).publicFormOf;
    // The public form assigns nobody: only a clerk's registration may name an assignee.
    if (actor === undefined && parsed.assigneeId !== undefined) {
      throw new Error('The public form cannot assign a request');
    }
    const calendar = await this.calendars.get();
    const today = this.clock.today();
    const command: RequestCommand = {
      type: 'receive',
      occurredOn: parsed.receivedOn,
      ...(parsed.regime !== undefined && { regime: parsed.regime }),
      ...(parsed.environmentalInformation !== undefined && {
        environmentalInformation: parsed.environmentalInformation,
      }),
    };
    const result = executeCommand(undefined, command, { today, calendar });
    if (!result.ok) throw WorkflowError.fromDomain(result.error);
    const id = randomUUID();
    const statusToken = this.links.tokenOf(id, 1);
    const now = this.clock.now();
    const request = await this.storage.transaction(async (tx) => {
      // The counter update is the first statement: the write lock comes before any read.
      const reference = await tx.requests.reserveReference(organisationId);
      if (reference === undefined) throw new Error(`Unknown organisation ${organisationId}`);
      // Counted after the write lock above, so parallel submissions cannot all slip under it.
      if (actor === undefined && parsed.requester.email !== null) {
        await checkSubmissionsFrom(tx, organisationId, parsed.requester.email, parsed.receivedOn);
      }
      if (actor !== undefined && parsed.assigneeId !== undefined)
        await checkAssignee(tx, actor, parsed.assigneeId);
      await tx.requests.insert(
        {
          id,
          organisationId,
          reference,
          environmentalInformation: parsed.environmentalInformation ?? false,
          requesterName: parsed.requester.name,
          requesterKind: parsed.requester.kind,
          requesterSalutation: parsed.requester.salutation,
          requesterPostalAddress: parsed.requester.postalAddress,
          requesterEmail: parsed.requester.email,
          requesterPhone: parsed.requester.phone,
          letterDate: parsed.letterDate?.toString() ?? null,
          receivedOn: parsed.receivedOn.toString(),
          channel: parsed.channel,
          subject: parsed.subject,
          searchText: requestSearchText(parsed.subject, parsed.requester.name),
          theirReference: parsed.theirReference,
          assigneeId: parsed.assigneeId ?? null,
          version: 1,
          statusTokenHash: hashToken(statusToken),
          statusTokenRevokedAt: null,
          statusTokenGeneration: 1,
          provisionalMeasureSince: null,
          ...projectRequestState(result.state),
          createdAt: now,
          updatedAt: now,
        },
        parsed.items,
      );
      const events: NewRequestEvent[] = result.events.map(toStoredEvent);
      if (parsed.assigneeId !== undefined) {
        events.push(assigned(today, parsed.assigneeId, null));
      }
      await tx.requests.appendEvents(id, 0, events, actor?.userId ?? null, now);
      const stored = (await tx.requests.find(organisationId, id))!;
      await this.notices.queue(tx, {
        request: stored,
        previousPhase: undefined,
        eventSequence: events.length,
        eventType: events[0].type,
        occurredOn: events[0].occurredOn,
        letterIds: [],
      });
      return this.reader.viewIn(tx, organisationId, id, today, calendar);
    });
    return { request, statusToken };
  }
}

/**
 * The public form mails a confirmation to the address typed in, so anyone could make the
 * organisation mail a stranger by submitting it over and over. Besides the per-IP limit of the
 * form, an address gets this many submissions a day; a real requester with more questions can
 * put them in one request, as numbered items.
 */
export const WEB_FORM_SUBMISSIONS_PER_ADDRESS_PER_DAY = 3;

async function checkSubmissionsFrom(
  tx: Repositories,
  organisationId: string,
  email: string,
  receivedOn: LocalDate,
): Promise<void> {
  const count = await tx.requests.countWebFormSubmissions(
    organisationId,
    email,
    receivedOn.toString(),
  );
  if (count >= WEB_FORM_SUBMISSIONS_PER_ADDRESS_PER_DAY) {
    throw workflowError('REQUEST.TOO_MANY_FROM_ADDRESS', {
      field: 'requester.email',
      rule: `max_${WEB_FORM_SUBMISSIONS_PER_ADDRESS_PER_DAY}_per_day`,
    });
  }
}

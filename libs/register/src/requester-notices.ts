import { Injectable, Logger } from '@nestjs/common';
import { PENDING_PHASES, type RequestPhase, requesterStateNl } from '@wobdesk/domain';
import {
  isMailAddress,
  letterTitlesNl,
  noticeTopicNl,
  Outbox,
  type RequesterNoticeContext,
} from '@wobdesk/mail';
import type { Repositories, RequestRecord } from '@wobdesk/persistence';
import { StatusLinks } from './status-links.js';

export const NOTICE_KIND = 'notice.state_changed';
export const NOTICE_TEMPLATE = 'notice-state-changed';
export const STATUS_LINK_NOTICE_KIND = 'notice.status_link';
export const STATUS_LINK_NOTICE_TEMPLATE = 'notice-status-link';
/** The workflow event of a reissued status link (RequestWorkflowService.reissueStatusToken). */
const STATUS_LINK_REISSUED = 'status_token_reissued';

/** A change of a request the requester hears about. */
export interface RequesterNoticeInput {
  /** The request as stored after the change (phase and deadlines already projected). */
  readonly request: Pick<
    RequestRecord,
    | 'id'
    | 'organisationId'
    | 'reference'
    | 'subject'
    | 'receivedOn'
    | 'requesterName'
    | 'requesterEmail'
    | 'phase'
    | 'regime'
    | 'decisionDeadline'
    | 'suspendedSince'
    | 'statusTokenGeneration'
    | 'statusTokenRevokedAt'
  >;
  readonly previousPhase: RequestPhase | undefined;
  /** Sequence and type of the last event of the change (the dedupe key names the sequence). */
  readonly eventSequence: number;
  readonly eventType: string;
  readonly occurredOn: string;
  /** Letters sent to the requester with this change, attached to the notice. */
  readonly letterIds: readonly string[];
  /** Whether the body decided not to handle the request: the state is told as that decision. */
  readonly notHandled?: boolean;
}

/**
 * Queues the requester's e-mail notice about a change of their request, with the link to their
 * status page: on registration (the acknowledgement), whenever the phase changes, and when a
 * letter was sent to them with the change (attached, e.g. an extension notice). Runs inside the
 * change's transaction, so the notice exists exactly when the change was committed; the dedupe
 * key (`notice:<request>:<event sequence>:<email>`) makes a replay of the same change harmless.
 * A reissued status link is a notice of its own (`notice-status-link`, key
 * `status-link:<request>:<event sequence>:<email>`) with the new link: the old one stopped working.
 * No e-mail address, no notice.
 */
@Injectable()
export class RequesterNotices {
  private readonly logger = new Logger(RequesterNotices.name);

  constructor(
    private readonly outbox: Outbox,
    private readonly links: StatusLinks,
  ) {}

  async queue(tx: Repositories, input: RequesterNoticeInput): Promise<boolean> {
    const { request } = input;
    const email = request.requesterEmail?.trim();
    if (!email) return false;
    const registered = input.previousPhase === undefined;
    const phaseChanged = registered || input.previousPhase !== request.phase;
    const linkReissued = input.eventType === STATUS_LINK_REISSUED;
    if (!phaseChanged && !linkReissued && input.letterIds.length === 0) return false;
    // The register takes the address as the requester wrote it; a change must not fail on it.
    if (!isMailAddress(email)) {
      // The address itself is personal data and stays out of the log; the id leads to it.
      this.logger.warn(
        `Request ${request.id}: no notice, the requester's e-mail address is not one address`,
      );
      return false;
    }
    const organisation = await tx.organisations.find(request.organisationId);
    const organisationName = organisation?.name ?? '';
    if (linkReissued) return this.queueStatusLink(tx, input, email, organisationName);
    const letterKinds = await this.kindsOf(tx, request, input.letterIds);
    const deadlineRuns = PENDING_PHASES.includes(request.phase) && request.suspendedSince === null;
    return this.outbox.enqueue(tx, {
      dedupeKey: `notice:${request.id}:${input.eventSequence}:${email.toLowerCase()}`,
      organisationId: request.organisationId,
      requestId: request.id,
      kind: NOTICE_KIND,
      // The first notice goes to whatever address was typed in the public form: it carries
      // nothing the submitter chose (no name, no subject), only the reference and the link.
      recipient: { email, name: registered ? '' : request.requesterName },
      template: NOTICE_TEMPLATE,
      attachLetterIds: input.letterIds,
      context: {
        ...aboutRequest(request, organisationName),
        change: {
          acknowledgement: registered,
          phase: request.phase,
          stateNl: requesterStateNl(request.phase, request.regime, input.notHandled === true),
          occurredOn: input.occurredOn,
          eventType: input.eventType,
        },
        topicNl: noticeTopicNl({ regime: request.regime, phase: request.phase, letterKinds }),
        letterTitles: letterTitlesNl(letterKinds),
        decisionDeadline: deadlineRuns ? request.decisionDeadline : null,
        // Derived from the server secret: the link of the token as it is after this change.
        statusUrl: this.links.urlFor(request) ?? null,
        attachments: input.letterIds.length,
      },
    });
  }

  /** The kinds of the carried letters, in the order given (unknown ids are left out). */
  private async kindsOf(
    tx: Repositories,
    request: RequesterNoticeInput['request'],
    letterIds: readonly string[],
  ): Promise<string[]> {
    const kinds: string[] = [];
    for (const id of letterIds) {
      const letter = await tx.letters.sendingState({
        id,
        organisationId: request.organisationId,
        requestId: request.id,
      });
      if (letter) kinds.push(letter.kind);
    }
    return kinds;
  }

  /** The new link after a reissue; none when it cannot be derived (then the clerk tells them). */
  private async queueStatusLink(
    tx: Repositories,
    input: RequesterNoticeInput,
    email: string,
    organisationName: string,
  ): Promise<boolean> {
    const { request } = input;
    const statusUrl = this.links.urlFor(request);
    if (statusUrl === undefined) return false;
    return this.outbox.enqueue(tx, {
      dedupeKey: `status-link:${request.id}:${input.eventSequence}:${email.toLowerCase()}`,
      organisationId: request.organisationId,
      requestId: request.id,
      kind: STATUS_LINK_NOTICE_KIND,
      recipient: { email, name: request.requesterName },
      template: STATUS_LINK_NOTICE_TEMPLATE,
      context: {
        ...aboutRequest(request, organisationName),
        reissuedOn: input.occurredOn,
        statusUrl,
      },
    });
  }
}

/** The part of every requester notice's context that names the sender and the request. */
function aboutRequest(
  request: RequesterNoticeInput['request'],
  organisationName: string,
): RequesterNoticeContext {
  return {
    organisation: { name: organisationName },
    requester: { name: request.requesterName },
    request: {
      id: request.id,
      reference: request.reference,
      subject: request.subject,
      receivedOn: request.receivedOn,
    },
  };
}

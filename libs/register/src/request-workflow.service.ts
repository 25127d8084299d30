import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import {
  type Clock,
  LocalDate,
  type RequestCommand,
  requestError,
  TERMINAL_PHASES,
} from '@wobdesk/domain';
import type { NewRequestEvent } from '@wobdesk/persistence';
import { assigned, checkAssignee } from './assignment.js';
import { type Actor } from './actor.js';
import {
  type ConversationInput,
  type DecisionInput,
  type Colleague,
  type EventView,
  type NewRequestInput,
  type Page,
  type RequestListItem,
  type RequestListQuery,
  type RequestRegister,
  type RequestView,
} from './contract.js';
import { WorkflowError } from './workflow-error.js';
import { parseConversation, parseOutcomes } from './input-validation.js';
import { markDecisionLetterSent } from './letter-sending.js';
import { type ChangeContext, domainStep, RequestChanges, Unchanged } from './request-change.js';
import { RequestReader } from './request-reader.js';
import { RequestRegistration } from './request-registration.js';
import { StatusLinks } from './status-links.js';
import { hashToken } from './status-token.js';
import { workflowError } from './workflow-errors.js';

/** Fields of a command that must be dates (LocalDate), whichever command carries them. */
const COMMAND_DATE_FIELDS = ['occurredOn', 'termEndsOn', 'postedOn'] as const;

/**
 * The request register (contract.ts `RequestRegister`). Registration runs its own transaction
 * (the reference counter is its first write); every other change goes through `RequestChanges`
 * (one serialised transaction: claim the version, fold, decide, append events, rewrite the
 * stored columns). Reads are delegated to `RequestReader`.
 */
@Injectable()
export class RequestWorkflowService implements RequestRegister {
  constructor(
    private readonly reader: RequestReader,
    private readonly changes: RequestChanges,
    private readonly registration: RequestRegistration,
    private readonly links: StatusLinks,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  create(
    actor: Actor,
    input: NewRequestInput,
  ): Promise<{ request: RequestView; statusToken: string }> {
    return this.registration.register(actor, input);
  }

  async execute(
    actor: Actor,
    requestId: string,
    expectedVersion: number | undefined,
    command: RequestCommand,
  ): Promise<RequestView> {
    if (command?.type === 'holdConversation') {
      throw workflowError('REQUEST.USE_RECORD_CONVERSATION');
    }
    if (command?.type === 'takeDecision' || command?.type === 'correctDecision') {
      throw workflowError('REQUEST.USE_RECORD_DECISION');
    }
    for (const field of COMMAND_DATE_FIELDS) {
      const value = (command as unknown as Record<string, unknown>)?.[field];
      if ((field === 'occurredOn' || value !== undefined) && !(value instanceof LocalDate)) {
        throw workflowError('REQUEST.INVALID_INPUT', { field, rule: 'date' });
      }
    }
    return this.changes.run(actor, requestId, expectedVersion, async (ctx) => {
      const step = domainStep(ctx, command);
      if (command.type !== 'sendDecision') return step;
      // The bekendmaking of the decision is the sending of its letter: the newest decision
      // letter, when still a draft and none was sent before, is marked sent on the same day.
      const sent = await markDecisionLetterSent(ctx, command.occurredOn, actor);
      return sent ? { ...step, events: [...step.events, sent] } : step;
    });
  }

  async askThirdPartyView(
    actor: Actor,
    requestId: string,
    expectedVersion: number | undefined,
    command: Extract<RequestCommand, { type: 'requestThirdPartyView' }>,
    documentNumbers: readonly number[],
  ): Promise<RequestView> {
    const numbers = parseDocumentNumbers(documentNumbers);
    if (numbers.length === 0) return this.execute(actor, requestId, expectedVersion, command);
    return this.changes.run(actor, requestId, expectedVersion, async (ctx) => {
      const step = domainStep(ctx, command);
      const documents = await ctx.tx.documents.findByNumbers(requestId, numbers);
      const found = new Set(documents.map((d) => d.number));
      const missing = numbers.findIndex((n) => !found.has(n));
      if (missing >= 0) {
        throw workflowError('REQUEST.INVALID_INPUT', {
          field: `documentNumbers[${missing}]`,
          rule: 'existing_document_number',
        });
      }
      // The request's event gets the sequence after the stored ones (request-change.ts).
      const last = ctx.stored.length === 0 ? 0 : ctx.stored[ctx.stored.length - 1]!.sequence;
      const index = step.events.findIndex((e) => e.type === 'third_party_view_requested');
      await ctx.tx.thirdParties.markAsked(
        documents.map((d) => d.id),
        last + 1 + index,
      );
      return step;
    });
  }

  async recordConversation(
    actor: Actor,
    requestId: string,
    expectedVersion: number | undefined,
    input: ConversationInput,
  ): Promise<RequestView> {
    const conversation = parseConversation(input, this.clock.today());
    return this.changes.run(actor, requestId, expectedVersion, async (ctx) => {
      const { occurredOn } = conversation;
      // The first conversation is the step in the state machine (received/acknowledged →
      // conversation_held); later ones (the seed's follow-up call) are recorded without one.
      const first = ctx.state.phase === 'received' || ctx.state.phase === 'acknowledged';
      const step = first
        ? domainStep(ctx, { type: 'holdConversation', occurredOn })
        : { events: [], state: ctx.state };
      if (!first) refuseLaterConversation(ctx, occurredOn);
      const id = randomUUID();
      await ctx.tx.requests.addConversation({
        id,
        requestId,
        occurredOn: occurredOn.toString(),
        channel: conversation.channel,
        participants: JSON.stringify(conversation.participants),
        summaryPoints: JSON.stringify(conversation.summaryPoints),
        summarySentOn: conversation.summarySentOn?.toString() ?? null,
      });
      const recorded: NewRequestEvent = {
        type: 'conversation_recorded',
        occurredOn: occurredOn.toString(),
        payload: {
          conversationId: id,
          channel: conversation.channel,
          phaseChanged: first,
          ...(conversation.summarySentOn && {
            summarySentOn: conversation.summarySentOn.toString(),
          }),
        },
      };
      return { events: [...step.events, recorded], state: step.state };
    });
  }

  async recordDecision(
    actor: Actor,
    requestId: string,
    expectedVersion: number | undefined,
    input: DecisionInput,
  ): Promise<RequestView> {
    if (typeof input?.occurredOn !== 'string' || !LocalDate.isValid(input.occurredOn)) {
      throw workflowError('REQUEST.INVALID_INPUT', { field: 'occurredOn', rule: 'date' });
    }
    if (input.objectionExpected !== undefined && typeof input.objectionExpected !== 'boolean') {
      throw workflowError('REQUEST.INVALID_INPUT', { field: 'objectionExpected', rule: 'boolean' });
    }
    const occurredOn = LocalDate.parse(input.occurredOn);
    return this.changes.run(actor, requestId, expectedVersion, async (ctx) => {
      const items = await ctx.tx.requests.items(requestId);
      const outcomes = parseOutcomes(
        input,
        items.map((i) => i.number),
        occurredOn,
      );
      // Until it is sent, recording the decision again corrects it; after, the domain refuses.
      const type = ctx.state.phase === 'decided' ? 'correctDecision' : 'takeDecision';
      const step = domainStep(ctx, {
        type,
        occurredOn,
        ...(input.objectionExpected !== undefined && {
          objectionExpected: input.objectionExpected,
        }),
      });
      for (const o of outcomes) {
        await ctx.tx.requests.recordItemOutcome(requestId, o.number, {
          outcome: o.outcome,
          grounds: o.grounds.length > 0 ? JSON.stringify(o.grounds) : null,
          remarks: o.remarks,
          weighing: o.weighing,
          whereAvailable: o.whereAvailable,
          answeredWith: o.answeredWith,
        });
      }
      const details: NewRequestEvent = {
        type: 'decision_items_recorded',
        occurredOn: occurredOn.toString(),
        payload: {
          outcomes: outcomes.map((o) => ({
            number: o.number,
            outcome: o.outcome,
            ...(o.grounds.length > 0 && { grounds: o.grounds }),
          })),
        },
      };
      return { events: [...step.events, details], state: step.state };
    });
  }

  async assign(
    actor: Actor,
    requestId: string,
    expectedVersion: number | undefined,
    assigneeId: string,
  ): Promise<RequestView> {
    if (typeof assigneeId !== 'string' || assigneeId.trim() === '') {
      throw workflowError('REQUEST.INVALID_INPUT', { field: 'assigneeId', rule: 'required' });
    }
    return this.changes.run(actor, requestId, expectedVersion, async (ctx) => {
      await checkAssignee(ctx.tx, actor, assigneeId);
      if (ctx.row.assigneeId === assigneeId) throw new Unchanged();
      return {
        events: [assigned(ctx.today, assigneeId, ctx.row.assigneeId)],
        state: ctx.state,
        patch: { assigneeId },
      };
    });
  }

  async get(actor: Actor, requestId: string): Promise<RequestView> {
    return this.reader.get(actor, requestId);
  }

  colleagues(actor: Actor): Promise<readonly Colleague[]> {
    return this.reader.colleagues(actor);
  }

  idOfReference(actor: Actor, reference: string): Promise<string | undefined> {
    return this.reader.idOfReference(actor, reference);
  }

  async events(actor: Actor, requestId: string): Promise<readonly EventView[]> {
    return this.reader.events(actor, requestId);
  }

  async list(actor: Actor, query: RequestListQuery): Promise<Page<RequestListItem>> {
    return this.reader.list(actor, query);
  }

  async reissueStatusToken(actor: Actor, requestId: string): Promise<string> {
    let token = '';
    await this.changes.run(actor, requestId, undefined, async (ctx) => {
      const generation = ctx.row.statusTokenGeneration + 1;
      token = this.links.tokenOf(requestId, generation);
      return {
        events: [{ type: 'status_token_reissued', occurredOn: ctx.today.toString(), payload: {} }],
        state: ctx.state,
        patch: {
          statusTokenHash: hashToken(token),
          statusTokenRevokedAt: null,
          statusTokenGeneration: generation,
        },
      };
    });
    return token;
  }

  async revokeStatusToken(actor: Actor, requestId: string): Promise<void> {
    await this.changes.run(actor, requestId, undefined, async (ctx) => {
      // The API's guard refuses it first; the pages and any other caller get the same rule here,
      // after the lookup, so another organisation's request still answers as an unknown one.
      if (actor.role !== 'coordinator') {
        throw workflowError('REQUEST.REVOKE_STATUS_LINK_FORBIDDEN', { requestId });
      }
      if (ctx.row.statusTokenHash === null || ctx.row.statusTokenRevokedAt !== null) {
        throw new Unchanged();
      }
      return {
        events: [{ type: 'status_token_revoked', occurredOn: ctx.today.toString(), payload: {} }],
        state: ctx.state,
        patch: { statusTokenRevokedAt: ctx.now },
      };
    });
  }
}

/**
 * A conversation after the first changes no phase, but its date must still be possible: not in
 * the future, not before receipt, and not once the request is closed, withdrawn or forwarded.
 */
function refuseLaterConversation(ctx: ChangeContext, occurredOn: LocalDate): void {
  const { state, today } = ctx;
  if (TERMINAL_PHASES.includes(state.phase)) {
    throw WorkflowError.fromDomain(
      requestError('REQUEST.COMMAND_NOT_ALLOWED', {
        command: 'recordConversation',
        phase: state.phase,
      }),
    );
  }
  if (occurredOn.isAfter(today)) {
    throw WorkflowError.fromDomain(
      requestError('REQUEST.DATE_IN_FUTURE', { today: today.toString() }),
    );
  }
  if (occurredOn.isBefore(state.facts.receivedOn)) {
    throw WorkflowError.fromDomain(
      requestError('REQUEST.DATE_BEFORE_RECEIPT', {
        receivedOn: state.facts.receivedOn.toString(),
      }),
    );
  }
}

const MAX_DOCUMENT_NUMBERS = 10_000;

function parseDocumentNumbers(value: unknown): number[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw workflowError('REQUEST.INVALID_INPUT', { field: 'documentNumbers', rule: 'array' });
  }
  if (value.length > MAX_DOCUMENT_NUMBERS) {
    throw workflowError('REQUEST.INVALID_INPUT', {
      field: 'documentNumbers',
      rule: `max_items_${MAX_DOCUMENT_NUMBERS}`,
    });
  }
  value.forEach((n, i) => {
    if (!Number.isSafeInteger(n) || (n as number) < 1) {
      throw workflowError('REQUEST.INVALID_INPUT', {
        field: `documentNumbers[${i}]`,
        rule: 'integer_min_1',
      });
    }
  });
  return [...new Set(value as number[])];
}

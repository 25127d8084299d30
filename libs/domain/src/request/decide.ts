import type { RequestCommand } from './request-command.js';
import type { RequestEvent } from './request-event.js';
import type { DecideContext, RequestState } from './request-state.js';
import { REQUEST_TRANSITIONS } from './request-transitions.js';
import { type DomainError, requestError } from './request.errors.js';
import { notBefore, runCommandGuard } from './guards.js';
import { evolve } from './evolve.js';

export type DecideResult =
  | { readonly ok: true; readonly events: RequestEvent[] }
  | { readonly ok: false; readonly error: DomainError };

/**
 * Decides whether a command may happen and, if so, which events record it. Refusals are returned as
 * coded `DomainError`s, never thrown, so none can escape as a 500. Checks, in this order: a request
 * must exist (only `receive` creates one); the date is not after `today`; the transition table
 * allows the command in the current phase; the date is not before receipt (a decision cannot
 * predate the request); a phase change is not dated before any step already recorded; then the
 * command's own guard (`guards.ts`, `objection-guards.ts`).
 *
 * @example decide(undefined, { type: 'receive', occurredOn: LocalDate.parse('2020-03-03') }, ctx)
 *   // { ok: true, events: [{ type: 'request_received', occurredOn: 2020-03-03 }] }
 */
export function decide(
  state: RequestState | undefined,
  command: RequestCommand,
  ctx: DecideContext,
): DecideResult {
  const error = refusal(state, command, ctx);
  return error ? { ok: false, error } : { ok: true, events: toEvents(command) };
}

/**
 * `decide` followed by `evolve`: the new snapshot together with the events to append.
 *
 * @example const r = execute(state, { type: 'sendDecision', occurredOn }, ctx); if (r.ok) save(r.state, r.events);
 */
export function execute(
  state: RequestState | undefined,
  command: RequestCommand,
  ctx: DecideContext,
):
  | { readonly ok: true; readonly state: RequestState; readonly events: RequestEvent[] }
  | { readonly ok: false; readonly error: DomainError } {
  const result = decide(state, command, ctx);
  if (!result.ok) return result;
  const next = result.events.reduce<RequestState | undefined>(
    (s, e) => evolve(s, e, ctx.calendar),
    state,
  );
  return { ok: true, state: next as RequestState, events: result.events };
}

function refusal(
  state: RequestState | undefined,
  command: RequestCommand,
  ctx: DecideContext,
): DomainError | undefined {
  const rule = REQUEST_TRANSITIONS[command.type];
  if (state === undefined && rule.from !== 'none') return requestError('REQUEST.NOT_RECEIVED');
  if (command.occurredOn.isAfter(ctx.today)) {
    return requestError('REQUEST.DATE_IN_FUTURE', { today: ctx.today.toString() });
  }
  if (state === undefined) return undefined;
  if (rule.from === 'none') return requestError('REQUEST.ALREADY_RECEIVED');
  if (!rule.from.includes(state.phase)) {
    return requestError('REQUEST.COMMAND_NOT_ALLOWED', {
      command: command.type,
      phase: state.phase,
      allowedIn: rule.from,
    });
  }
  if (command.occurredOn.isBefore(state.facts.receivedOn)) {
    return requestError('REQUEST.DATE_BEFORE_RECEIPT', {
      receivedOn: state.facts.receivedOn.toString(),
    });
  }
  // Phases follow each other in time: the history must read in date order.
  if (rule.to !== 'same') {
    const outOfOrder = notBefore(command.occurredOn, state.lastEventOn);
    if (outOfOrder) return outOfOrder;
  }
  return runCommandGuard(state, command, ctx);
}

/** The events that record an accepted command (the table's `emits`), without undefined fields. */
function toEvents(command: RequestCommand): RequestEvent[] {
  const { occurredOn } = command;
  switch (command.type) {
    case 'closeAsFinal':
      return [{ type: 'closed', occurredOn, reason: 'final' }];
    case 'decideObjection': {
      // The decision's own event carries the command's payload (outcome, new decision), then it closes.
      const defined = Object.entries(command).filter(([k, v]) => k !== 'type' && v !== undefined);
      return [
        { ...Object.fromEntries(defined), type: 'objection_decided' } as RequestEvent,
        { type: 'closed', occurredOn, reason: 'objection_decided' },
      ];
    }
    default: {
      // Every other command carries exactly the payload of its single event (request-command.ts).
      const { type, ...payload } = command;
      const defined = Object.entries(payload).filter(([, v]) => v !== undefined);
      const eventType = REQUEST_TRANSITIONS[type].emits[0];
      return [{ ...Object.fromEntries(defined), type: eventType } as RequestEvent];
    }
  }
}

import type { LocalDate } from '../calendar/local-date.js';
import { REGIME_TERMS } from '../deadline/regime.js';
import { provisionalDeadlines } from './provisional.js';
import type { CommandOfType, RequestCommand, RequestCommandType } from './request-command.js';
import type { DecideContext, RequestState } from './request-state.js';
import { type DomainError, requestError } from './request.errors.js';
import { objectionGuards } from './objection-guards.js';
import { guardDeclineToHandle } from './not-handled-guard.js';
import { preconditionRefusal } from './preconditions.js';

/** A pure check of one command against the snapshot: a refusal, or undefined to let it pass. */
export type Guard<T extends RequestCommandType> = (
  state: RequestState,
  command: CommandOfType<T>,
  ctx: DecideContext,
) => DomainError | undefined;

export type GuardTable = { readonly [T in RequestCommandType]?: Guard<T> };

/**
 * Verdaging (Woo art. 4.4 lid 2; Wob art. 6 lid 2 and lid 6 sub b): once, by at most the regime's
 * maximum, notified on or before the (Atw-moved, suspension-extended) end of the first term
 * (LD-EXTENSION), and under the Woo or for Wob environmental information only for size or
 * complexity.
 *
 * @example guardExtension(state, { type: 'notifyExtension', occurredOn, days: 15, reason: 'size_or_complexity' }, ctx)?.code === 'REQUEST.EXTENSION_TOO_LONG' // Woo
 */
export function guardExtension(
  state: RequestState,
  command: CommandOfType<'notifyExtension'>,
  ctx: DecideContext,
): DomainError | undefined {
  // Once only: `preconditionRefusal` has refused a second extension before this guard runs.
  if (!isWholePositive(command.days)) return requestError('REQUEST.INVALID_DAYS');
  const terms = REGIME_TERMS[state.deadlines.regime];
  if (command.days > terms.maxExtensionDays) {
    const details = { maxDays: terms.maxExtensionDays, article: terms.extensionArticle };
    return requestError('REQUEST.EXTENSION_TOO_LONG', details);
  }
  // A suspension still running on the notice date already pushes the first term out (LD-EXTENSION).
  const firstTermEnd = provisionalDeadlines(state, command.occurredOn, ctx.calendar).firstTermEnd;
  if (command.occurredOn.isAfter(firstTermEnd.date)) {
    return requestError('REQUEST.EXTENSION_TOO_LATE', {
      firstTermEnd: firstTermEnd.date.toString(),
      article: terms.extensionArticle,
    });
  }
  const environmental = terms.regime === 'wob' && state.facts.environmentalInformation === true;
  if (
    (terms.extensionNeedsSizeOrComplexity || environmental) &&
    command.reason !== 'size_or_complexity'
  ) {
    const article = environmental ? 'Wob art. 6 lid 6 sub b' : terms.extensionArticle;
    return requestError('REQUEST.EXTENSION_REASON_REQUIRED', { article });
  }
  return undefined;
}

/**
 * Precisering (Awb 4:5, 4:15 lid 1 sub a): the term set must end after the request, and only one
 * may be open. An open one whose term has lapsed, or one without a term (it suspends nothing,
 * LD-CLARIFICATION-NO-TERM), does not block a new request.
 */
export function guardClarificationRequest(
  state: RequestState,
  command: CommandOfType<'requestClarification'>,
): DomainError | undefined {
  if (command.termEndsOn !== undefined && !command.termEndsOn.isAfter(command.occurredOn)) {
    return termError(command.termEndsOn);
  }
  const open = state.openClarification;
  if (open?.termEndsOn !== undefined && !open.termEndsOn.isBefore(command.occurredOn)) {
    const details = {
      requestedOn: open.requestedOn.toString(),
      termEndsOn: open.termEndsOn.toString(),
    };
    return requestError('REQUEST.CLARIFICATION_ALREADY_OPEN', details);
  }
  return undefined;
}

/** Zienswijze (Awb 4:8; Woo art. 4.4 lid 3): a term must be set; one open request at a time. */
export function guardThirdPartyViewRequest(
  state: RequestState,
  command: CommandOfType<'requestThirdPartyView'>,
): DomainError | undefined {
  if (!command.termEndsOn.isAfter(command.occurredOn)) return termError(command.termEndsOn);
  const open = state.openThirdPartyView;
  if (open !== undefined && !open.termEndsOn.isBefore(command.occurredOn)) {
    const details = {
      notifiedOn: open.notifiedOn.toString(),
      termEndsOn: open.termEndsOn.toString(),
    };
    return requestError('REQUEST.THIRD_PARTY_VIEW_ALREADY_OPEN', details);
  }
  return undefined;
}

const PENDING_GUARDS: GuardTable = {
  requestClarification: guardClarificationRequest,
  answerClarification: (state, command) =>
    state.openClarification === undefined
      ? requestError('REQUEST.NO_OPEN_CLARIFICATION')
      : notBefore(command.occurredOn, state.openClarification.requestedOn),
  requestThirdPartyView: guardThirdPartyViewRequest,
  receiveThirdPartyView: (state, command) =>
    state.openThirdPartyView === undefined
      ? requestError('REQUEST.NO_OPEN_THIRD_PARTY_VIEW')
      : notBefore(command.occurredOn, state.openThirdPartyView.notifiedOn),
  agreeSuspension: (_state, command) =>
    isWholePositive(command.days) ? undefined : requestError('REQUEST.INVALID_DAYS'),
  startSuspension: (state, command) =>
    state.openSuspensions[command.kind] === undefined
      ? undefined
      : requestError('REQUEST.SUSPENSION_ALREADY_OPEN', { kind: command.kind }),
  endSuspension: (state, command) => {
    const from = state.openSuspensions[command.kind];
    return from === undefined
      ? requestError('REQUEST.NO_OPEN_SUSPENSION', { kind: command.kind })
      : notBefore(command.occurredOn, from);
  },
  notifyExtension: guardExtension,
  receiveNoticeOfDefault: (state, command) =>
    state.facts.noticeOfDefaultOn && notBefore(command.occurredOn, state.facts.noticeOfDefaultOn),
  // takeDecision and correctDecision: their whole check is the state's (preconditions.ts).
  declineToHandle: guardDeclineToHandle,
};

/** Every command-specific guard; `decide` runs the generic ones (phase, dates) first. */
export const COMMAND_GUARDS: GuardTable = { ...PENDING_GUARDS, ...objectionGuards };

/**
 * Runs what the state alone decides (`preconditions.ts`, shared with the steps a page offers),
 * then the guard of `command`, if it has one.
 */
export function runCommandGuard(
  state: RequestState,
  command: RequestCommand,
  ctx: DecideContext,
): DomainError | undefined {
  const refused = preconditionRefusal(state, command.type);
  if (refused) return refused;
  const guard = COMMAND_GUARDS[command.type] as Guard<RequestCommandType> | undefined;
  return guard?.(state, command as CommandOfType<RequestCommandType>, ctx);
}

/** `date` may not lie before `previous` (an answer before its question, and the like). */
export function notBefore(date: LocalDate, previous: LocalDate): DomainError | undefined {
  return date.isBefore(previous)
    ? requestError('REQUEST.DATE_BEFORE_PREVIOUS_EVENT', { previousEventOn: previous.toString() })
    : undefined;
}

export function isWholePositive(days: number): boolean {
  return Number.isInteger(days) && days > 0;
}

function termError(termEndsOn: LocalDate): DomainError {
  return requestError('REQUEST.TERM_END_BEFORE_REQUEST', { termEndsOn: termEndsOn.toString() });
}

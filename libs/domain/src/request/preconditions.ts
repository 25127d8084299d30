import { hasRunningSuspension } from './provisional.js';
import type { RequestCommandType } from './request-command.js';
import type { RequestState } from './request-state.js';
import { type DomainError, requestError } from './request.errors.js';
import { commandsFrom } from './request-transitions.js';
import { isNotHandled, latestClarificationWithTerm } from './not-handled-guard.js';

/**
 * What a command needs of the request beyond its phase, whatever its date and payload: the part
 * of its guard that the state alone decides. The guards (`guards.ts`, `objection-guards.ts`)
 * call these same functions first, so a step offered by `availableCommands` is never refused for
 * a reason the state already knew (a second extension, ending a suspension that does not run, a
 * decision on the merits after the decision not to handle). Date and payload checks stay in the
 * guards: a form can still be filled in wrongly.
 */
export const STATE_PRECONDITIONS: {
  readonly [T in RequestCommandType]?: (state: RequestState) => DomainError | undefined;
} = {
  notifyExtension: (state) =>
    state.extensionUsed
      ? requestError('REQUEST.EXTENSION_ALREADY_USED', {
          notifiedOn: state.facts.extension?.notifiedOn.toString() ?? '',
        })
      : undefined,
  answerClarification: (state) =>
    state.openClarification === undefined
      ? requestError('REQUEST.NO_OPEN_CLARIFICATION')
      : undefined,
  receiveThirdPartyView: (state) =>
    state.openThirdPartyView === undefined
      ? requestError('REQUEST.NO_OPEN_THIRD_PARTY_VIEW')
      : undefined,
  // None of any kind running: there is none to end (the guard names the kind asked for).
  endSuspension: (state) =>
    hasRunningSuspension(state) ? undefined : requestError('REQUEST.NO_OPEN_SUSPENSION'),
  // The length of a running suspension must be known before the lateness of a decision can be.
  takeDecision: (state) =>
    hasRunningSuspension(state) ? requestError('REQUEST.SUSPENSION_STILL_RUNNING') : undefined,
  // The same condition as taking it: a correction is the decision, recorded anew. A decision not
  // to handle the request is not replaced by one on its merits (LD-NOT-HANDLED).
  correctDecision: (state) => {
    if (isNotHandled(state)) return requestError('REQUEST.DECIDED_NOT_TO_HANDLE');
    return hasRunningSuspension(state)
      ? requestError('REQUEST.SUSPENSION_STILL_RUNNING')
      : undefined;
  },
  declineToHandle: (state) =>
    latestClarificationWithTerm(state) === undefined
      ? requestError('REQUEST.NO_CLARIFICATION_TERM')
      : undefined,
  scheduleHearing: (state) => hearingSettled(state),
  waiveHearing: (state) => hearingSettled(state),
  holdHearing: (state) =>
    hearingSettled(state) ??
    (state.objectionProcedure?.hearing === undefined
      ? requestError('REQUEST.NO_HEARING_SCHEDULED')
      : undefined),
  receiveCommitteeAdvice: (state) => {
    if (!state.facts.objection?.advisoryCommittee) {
      return requestError('REQUEST.NO_ADVISORY_COMMITTEE');
    }
    return state.objectionProcedure?.adviceReceivedOn
      ? requestError('REQUEST.ADVICE_ALREADY_RECEIVED')
      : undefined;
  },
  // Awb 7:2: the objector is heard before the decision, unless 7:3 allows not to; with an
  // advisory committee its advice comes first (Awb 7:13).
  decideObjection: (state) => {
    const p = state.objectionProcedure;
    if (p?.hearingHeldOn === undefined && p?.hearingWaived === undefined) {
      return requestError('REQUEST.HEARING_OUTSTANDING');
    }
    return state.facts.objection?.advisoryCommittee && p.adviceReceivedOn === undefined
      ? requestError('REQUEST.ADVICE_OUTSTANDING')
      : undefined;
  },
  extendObjectionDecision: (state) =>
    state.objectionExtensionUsed
      ? requestError('REQUEST.OBJECTION_EXTENSION_ALREADY_USED')
      : undefined,
};

function hearingSettled(state: RequestState): DomainError | undefined {
  const p = state.objectionProcedure;
  return p?.hearingHeldOn !== undefined || p?.hearingWaived !== undefined
    ? requestError('REQUEST.HEARING_ALREADY_SETTLED')
    : undefined;
}

/** The state-only refusal of `type`, if any (see `STATE_PRECONDITIONS`). */
export function preconditionRefusal(
  state: RequestState,
  type: RequestCommandType,
): DomainError | undefined {
  return STATE_PRECONDITIONS[type]?.(state);
}

/**
 * The commands the request can take now: allowed in its phase and not refused by what the state
 * alone decides. Pages offer exactly these steps.
 *
 * @example availableCommands(extendedOnce).includes('notifyExtension') // false
 */
export function availableCommands(state: RequestState): RequestCommandType[] {
  return commandsFrom(state.phase).filter((type) => preconditionRefusal(state, type) === undefined);
}

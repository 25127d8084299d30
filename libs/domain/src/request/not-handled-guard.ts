import type { LocalDate } from '../calendar/local-date.js';
import type { CommandOfType } from './request-command.js';
import type { RequestState } from './request-state.js';
import { type DomainError, requestError } from './request.errors.js';

/** The decision not to handle the request was recorded (LD-NOT-HANDLED). */
export function isNotHandled(state: RequestState): boolean {
  return (state.eventCounts.request_not_handled ?? 0) > 0;
}

interface ClarificationWithTerm {
  readonly requestedOn: LocalDate;
  readonly termEndsOn: LocalDate;
  readonly answeredOn?: LocalDate;
}

/**
 * Niet behandelen (Woo art. 4.1 lid 6; Awb 4:5 lid 1): only after the requester was asked to
 * specify the request within a term set for it (LD-CLARIFICATION-NO-TERM: without a term nothing
 * lapses), and then either that term lapsed with no answer recorded, or an answer came that the
 * clerk judges insufficient, with the reason given (the letter must say why). The latest such
 * request counts, as for the two-week deadline (LD-NON-HANDLING).
 *
 * @example guardDeclineToHandle(receivedOnly, { type: 'declineToHandle', occurredOn })?.code === 'REQUEST.NO_CLARIFICATION_TERM'
 */
export function guardDeclineToHandle(
  state: RequestState,
  command: CommandOfType<'declineToHandle'>,
): DomainError | undefined {
  const clarification = latestClarificationWithTerm(state);
  if (clarification === undefined) return requestError('REQUEST.NO_CLARIFICATION_TERM');
  if (clarification.answeredOn === undefined) {
    if (command.occurredOn.isAfter(clarification.termEndsOn)) return undefined;
    return requestError('REQUEST.CLARIFICATION_TERM_RUNNING', {
      requestedOn: clarification.requestedOn.toString(),
      termEndsOn: clarification.termEndsOn.toString(),
    });
  }
  if ((command.reason ?? '').trim() === '') {
    const details = { answeredOn: clarification.answeredOn.toString(), field: 'reason' };
    return requestError('REQUEST.NOT_HANDLED_REASON_REQUIRED', details);
  }
  return undefined;
}

/** The latest request to specify that set a term, with its answer if one came. */
export function latestClarificationWithTerm(
  state: RequestState,
): ClarificationWithTerm | undefined {
  let latest: ClarificationWithTerm | undefined;
  for (const s of state.facts.suspensions ?? []) {
    if (s.kind !== 'clarification' || s.termEndsOn === undefined) continue;
    if (latest && latest.requestedOn.isAfter(s.requestedOn)) continue;
    latest = {
      requestedOn: s.requestedOn,
      termEndsOn: s.termEndsOn,
      ...(s.answeredOn && { answeredOn: s.answeredOn }),
    };
  }
  return latest;
}

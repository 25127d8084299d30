import { MAX_OBJECTION_DECISION_EXTENSION_DAYS as MAX_DAYS } from '../deadline/appeal-terms.js';
import type { GuardTable } from './guards.js';
import { requestError } from './request.errors.js';

/**
 * Guards for the steps after the decision: bezwaar (Awb 6:7–6:9, 7:10) and closing. A late
 * objection is not refused: the deadline engine records it as untimely (Awb 6:9, 6:11 is for
 * whoever decides on it; LD-OBJECTION-LATE).
 */
export const objectionGuards: GuardTable = {
  lodgeObjection: (state, command) => {
    const posted = command.postedOn;
    if (posted === undefined) return undefined;
    const sentOn = state.facts.sentOn;
    const fits =
      command.byPost && !posted.isAfter(command.occurredOn) && !(sentOn && posted.isBefore(sentOn));
    return fits
      ? undefined
      : requestError('REQUEST.INVALID_POSTAL_DATE', { postedOn: posted.toString() });
  },
  // The state-only conditions (not yet held or waived, a committee announced) are the
  // preconditions that `runCommandGuard` checks before these.
  scheduleHearing: (_state, command) => {
    if (command.place.trim() === '') return requestError('REQUEST.HEARING_PLACE_REQUIRED');
    return command.hearingOn.isBefore(command.occurredOn)
      ? requestError('REQUEST.HEARING_BEFORE_SCHEDULING')
      : undefined;
  },
  holdHearing: (state, command) => {
    if (command.report.trim() === '') return requestError('REQUEST.HEARING_REPORT_REQUIRED');
    const planned = state.objectionProcedure?.hearing;
    return planned && command.occurredOn.isBefore(planned.on)
      ? requestError('REQUEST.HEARING_NOT_YET_HELD', { hearingOn: planned.on.toString() })
      : undefined;
  },
  // Awb 7:10 lid 3: once, by at most six weeks, before the term for deciding has ended.
  extendObjectionDecision: (state, command) => {
    if (state.objectionExtensionUsed) {
      return requestError('REQUEST.OBJECTION_EXTENSION_ALREADY_USED');
    }
    if (!Number.isInteger(command.days) || command.days <= 0) {
      return requestError('REQUEST.INVALID_DAYS');
    }
    if (command.days > MAX_DAYS) {
      return requestError('REQUEST.OBJECTION_EXTENSION_TOO_LONG', { maxDays: MAX_DAYS });
    }
    const due = state.deadlines.objectionDecisionDeadline?.date;
    return due !== undefined && command.occurredOn.isAfter(due)
      ? requestError('REQUEST.OBJECTION_EXTENSION_TOO_LATE', {
          objectionDecisionDeadline: due.toString(),
        })
      : undefined;
  },
  // Onherroepelijk only once nobody can still lodge a timely objection: after the postal week
  // of Awb 6:9 lid 2. The date is at most today (checked in `decide`), so today has passed it too.
  closeAsFinal: (state, command) => {
    const lastDay = state.deadlines.objectionWindow?.postalReceiptBy.date;
    return lastDay === undefined || !command.occurredOn.isAfter(lastDay)
      ? requestError('REQUEST.OBJECTION_WINDOW_OPEN', { openUntil: lastDay?.toString() ?? '' })
      : undefined;
  },
  forward: (_state, command) =>
    command.to.trim() === '' ? requestError('REQUEST.FORWARD_TARGET_REQUIRED') : undefined,
};

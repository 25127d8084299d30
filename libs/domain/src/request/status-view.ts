import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import type { LocalDate } from '../calendar/local-date.js';
import { REGIME_TERMS } from '../deadline/regime.js';
import type { RequestDeadlines } from '../deadline/request-facts.js';
import { suspensionEffect } from '../deadline/suspended-period.js';
import { hasRunningSuspension, provisionalDeadlines } from './provisional.js';
import {
  PENDING_PHASES,
  PHASE_LABELS,
  TERMINAL_PHASES,
  type RequestPhase,
} from './request-phase.js';
import type { RequestState } from './request-state.js';
import { type NextDeadline, nextDeadlineOf } from './next-deadline.js';

/** What staff and requester see on a given day. Derived, never stored: it cannot drift from the events. */
export interface RequestStatusView {
  readonly phase: RequestPhase;
  /** Plain Dutch for the requester. */
  readonly phaseNl: string;
  readonly phaseEn: string;
  readonly terminal: boolean;
  /** The decision deadline; provisional (as of today) while a suspension runs and a calendar is given. */
  readonly decisionDeadline: LocalDate;
  /** Not decided and the decision deadline has passed. */
  readonly overdue: boolean;
  /** Days from today to the decision deadline while undecided (negative when overdue). */
  readonly daysLeft?: number;
  readonly decidedLate?: boolean;
  /** The decision term is suspended today. */
  readonly suspended: boolean;
  /** Last suspended day, when known; undefined for a suspension without a known end. */
  readonly suspendedUntil?: LocalDate;
  readonly suspensionArticle?: string;
  readonly nextDeadline?: NextDeadline;
}

/**
 * The status of a request on `today` (Woo art. 4.4 / Wob art. 6 for the decision term, Awb 6:7–6:9
 * and 7:10 after the decision). With a `calendar`, a running suspension (Awb 4:15 lid 2 sub b/c)
 * is counted up to today, so the deadline shown is the one that holds today.
 *
 * @example statusView(state, LocalDate.parse('2020-04-01')).overdue === true // Wob, received 2020-03-03
 */
export function statusView(
  state: RequestState,
  today: LocalDate,
  calendar?: HolidayCalendar,
): RequestStatusView {
  const pending = PENDING_PHASES.includes(state.phase);
  const deadlines =
    pending && calendar && hasRunningSuspension(state)
      ? provisionalDeadlines(state, today, calendar)
      : state.deadlines;
  const deadline = deadlines.decisionDeadline.date;
  const daysLeft = pending ? today.daysUntil(deadline) : undefined;
  const label = PHASE_LABELS[state.phase];
  return {
    phase: state.phase,
    phaseNl: label.requesterNl,
    phaseEn: label.en,
    terminal: TERMINAL_PHASES.includes(state.phase),
    decisionDeadline: deadline,
    overdue: daysLeft !== undefined && daysLeft < 0,
    ...(daysLeft !== undefined && { daysLeft }),
    ...(deadlines.decidedLate !== undefined && { decidedLate: deadlines.decidedLate }),
    ...(pending ? suspensionToday(state, deadlines, today) : { suspended: false }),
    ...nextDeadlineOf(state, deadlines, today),
  };
}

/** Which suspension covers today, counted as the deadline engine counts it (`suspensionEffect`). */
function suspensionToday(
  state: RequestState,
  deadlines: RequestDeadlines,
  today: LocalDate,
): Pick<RequestStatusView, 'suspended' | 'suspendedUntil' | 'suspensionArticle'> {
  if (hasRunningSuspension(state)) {
    const running = Object.values(state.openSuspensions).some((from) => !from.isAfter(today));
    if (running) return { suspended: true, suspensionArticle: 'Awb art. 4:15 lid 2' };
  }
  const terms = REGIME_TERMS[deadlines.regime];
  const opts = {
    thirdPartyViewSuspends: !(
      terms.regime === 'wob' && state.facts.environmentalInformation === true
    ),
    thirdPartyArticle: terms.thirdPartyViewArticle,
    thirdPartyViewDayIsSuspended: terms.thirdPartyViewDayIsSuspended,
  };
  const covering = (state.facts.suspensions ?? [])
    .map((s) => suspensionEffect(s, opts))
    .flatMap((e) => (e.type === 'period' ? [e] : []))
    // The engine ignores a suspension that starts after the term lapsed (suspension-walk.ts).
    .filter((p) => !p.firstDay.minusDays(1).isAfter(deadlines.decisionDeadline.date))
    .filter((p) => !today.isBefore(p.firstDay) && !today.isAfter(p.lastDay))
    .sort((a, b) => b.lastDay.compareTo(a.lastDay));
  const p = covering[0];
  return p
    ? { suspended: true, suspendedUntil: p.lastDay, suspensionArticle: p.article }
    : { suspended: false };
}

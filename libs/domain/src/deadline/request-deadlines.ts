import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import type { LocalDate } from '../calendar/local-date.js';
import {
  computeNoticeOfDefault,
  computeObjectionDecisionDeadline,
  computeAppealWindowEnd,
  computeObjectionWindow,
  isObjectionTimely,
} from './appeal-terms.js';
import { computeDecisionTerm } from './decision-term.js';
import type { ComputedDate } from './derivation.js';
import { isTransitional, substantiveLawFor, termRegimeFor } from './regime.js';
import type { RequestDeadlines, RequestFacts } from './request-facts.js';
import {
  computeClarificationDeadline,
  computeDisclosureDate,
  computeNonHandlingDecisionDeadline,
} from './short-terms.js';

type Warning = RequestDeadlines['warnings'][number];

/**
 * Every legal date of a request, each with its derivation, from the facts recorded so far.
 * Pure: the same facts and calendar always give the same dates, so replaying a request's events
 * reproduces its stored deadline columns.
 */
export function computeRequestDeadlines(
  facts: RequestFacts,
  calendar: HolidayCalendar,
): RequestDeadlines {
  const byDate = termRegimeFor(facts.receivedOn);
  const regime = facts.regime ?? byDate;
  const warnings: Warning[] = [];
  if (regime !== byDate) {
    warnings.push({
      code: 'REGIME.OVERRIDDEN',
      nl: `Termijnregime handmatig op ${regime.toUpperCase()} gezet; op grond van de ontvangstdatum zou het ${byDate.toUpperCase()} zijn (Woo art. 10.1).`,
      en: `Term regime set to ${regime.toUpperCase()} by hand; the receipt date gives ${byDate.toUpperCase()} (Woo art. 10.1).`,
    });
  }
  const transitional = isTransitional(facts.receivedOn, facts.decidedOn);
  if (transitional) {
    warnings.push({
      code: 'REGIME.TRANSITIONAL',
      nl: 'Overgangsgeval: ontvangen onder de Wob (termijnen Wob), besloten onder de Woo (inhoudelijk recht Woo); Woo art. 10.1.',
      en: 'Transitional: received under the Wob (Wob terms), decided under the Woo (Woo substantive law); Woo art. 10.1.',
    });
  }
  const term = computeDecisionTerm(
    {
      receivedOn: facts.receivedOn,
      regime,
      environmentalInformation: facts.environmentalInformation,
      objectionExpected: facts.objectionExpected,
      extensionDays: facts.extension?.days,
      extensionNotifiedOn: facts.extension?.notifiedOn,
      suspensions: facts.suspensions,
    },
    calendar,
  );
  warnings.push(...term.warnings);
  // LD-DECIDED-LATE: the decision date, not the sending date, is compared with the deadline.
  const decidedLate = facts.decidedOn
    ? facts.decidedOn.isAfter(term.decisionDeadline.date)
    : undefined;
  const objectionWindow = facts.sentOn ? computeObjectionWindow(facts.sentOn, calendar) : undefined;
  const deadlines: RequestDeadlines = {
    regime,
    substantiveLaw: facts.decidedOn ? substantiveLawFor(facts.decidedOn) : undefined,
    transitional,
    clarificationDeadline: computeClarificationDeadline(facts.receivedOn, regime, calendar),
    nonHandlingDecisionDeadline: lastClarification(facts)
      ? computeNonHandlingDecisionDeadline(lastClarification(facts)!, regime, calendar)
      : undefined,
    firstTermEnd: term.firstTermEnd,
    decisionDeadline: term.decisionDeadline,
    suspendedDays: term.suspendedDays,
    decidedLate,
    daysLate: decidedLate
      ? term.decisionDeadline.date.daysUntil(facts.decidedOn as LocalDate)
      : undefined,
    disclosureDate:
      facts.sentOn && facts.objectionExpected
        ? computeDisclosureDate(facts.sentOn, regime, calendar)
        : undefined,
    objectionWindow,
    objectionTimely:
      facts.objection && objectionWindow
        ? isObjectionTimely(facts.objection, objectionWindow)
        : undefined,
    objectionDecisionDeadline:
      facts.objection && objectionWindow
        ? computeObjectionDecisionDeadline(objectionWindow.endsOn.date, facts.objection, calendar)
        : undefined,
    noticeOfDefault: facts.noticeOfDefaultOn
      ? computeNoticeOfDefault(facts.noticeOfDefaultOn, term.decisionDeadline.date)
      : undefined,
    appealWindowEnd: facts.objection?.decidedOn
      ? computeAppealWindowEnd(facts.objection.decidedOn, calendar)
      : undefined,
    warnings,
  };
  warnings.push(...calendarWarnings(deadlines, calendar));
  return deadlines;
}

/** LD-DECREE-DAYS: say when a date rests on an unconfirmed decree day or on a year without decree data. */
function calendarWarnings(d: RequestDeadlines, calendar: HolidayCalendar): Warning[] {
  const dates: ComputedDate[] = [
    d.firstTermEnd,
    d.decisionDeadline,
    d.clarificationDeadline,
    d.nonHandlingDecisionDeadline,
    d.disclosureDate,
    d.objectionWindow?.endsOn,
    d.objectionWindow?.postalReceiptBy,
    d.objectionDecisionDeadline,
    d.appealWindowEnd,
  ].filter((x): x is ComputedDate => x !== undefined);
  const warnings: Warning[] = [];
  const unconfirmed = new Set<string>();
  const missingYears = new Set<number>();
  for (const c of dates) {
    if (!calendar.hasDecreeDataFor(c.date.year)) missingYears.add(c.date.year);
    for (const s of c.steps) {
      for (let day = s.from; s.rule === 'atw.art1' && day.isBefore(s.to); day = day.plusDays(1)) {
        const h = calendar.holidayOn(day);
        if (h && !h.confirmed) unconfirmed.add(day.toString());
      }
    }
  }
  for (const day of unconfirmed) {
    warnings.push({
      code: 'CALENDAR.UNCONFIRMED_HOLIDAY',
      nl: `De berekening gebruikt ${day}, een bij KB gelijkgestelde dag die nog niet is geverifieerd (Atw art. 3 lid 3).`,
      en: `The computation uses ${day}, a day equated by Royal Decree that has not been verified (Atw art. 3 lid 3).`,
    });
  }
  for (const year of [...missingYears].sort()) {
    warnings.push({
      code: 'CALENDAR.NO_DECREE_DATA',
      nl: `Voor ${year} zijn geen bij KB gelijkgestelde dagen bekend; een datum kan nog verschuiven (Atw art. 3 lid 3).`,
      en: `No days equated by Royal Decree are known for ${year}; a date may still move (Atw art. 3 lid 3).`,
    });
  }
  return warnings;
}

type Clarification = Extract<
  NonNullable<RequestFacts['suspensions']>[number],
  { kind: 'clarification' }
>;

/** The latest clarification request with a term (Woo 4.1 lid 6 runs from its answer or lapse). */
function lastClarification(facts: RequestFacts): Clarification | undefined {
  let latest: Clarification | undefined;
  for (const s of facts.suspensions ?? []) {
    if (
      s.kind === 'clarification' &&
      s.termEndsOn &&
      !(latest && latest.requestedOn.isAfter(s.requestedOn))
    )
      latest = s;
  }
  return latest;
}

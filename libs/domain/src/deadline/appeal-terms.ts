import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import type { LocalDate } from '../calendar/local-date.js';
import { applyAtw } from './atw.js';
import { type ComputedDate, nlDate, step, lazyTexts } from './derivation.js';
import type { NoticeOfDefaultDates, ObjectionFacts, ObjectionWindow } from './request-facts.js';

/** Awb 6:7: six weeks for an objection (bezwaar). */
export const OBJECTION_TERM_DAYS = 42;
/** Awb 7:10 lid 3: the decision on an objection may be extended by at most six weeks. */
export const MAX_OBJECTION_DECISION_EXTENSION_DAYS = 42;

/**
 * The objection window (LD-OBJECTION-WINDOW): from the day after bekendmaking (Awb 6:8 lid 1) for
 * six weeks (6:7), ending on the same weekday, Atw applied. A postal objection posted by the last
 * day counts when received within one week after it (6:9 lid 2); the Atw is also applied to that
 * week, since it is a term set in a statute (LD-POSTAL-WEEK).
 *
 * @example sentOn 2020-05-26 → endsOn 2020-07-07, postalReceiptBy 2020-07-14
 */
export function computeObjectionWindow(
  sentOn: LocalDate,
  calendar: HolidayCalendar,
): ObjectionWindow {
  const raw = sentOn.plusDays(OBJECTION_TERM_DAYS);
  const atw = applyAtw(calendar, raw, sentOn.plusDays(1), OBJECTION_TERM_DAYS);
  const endsOn: ComputedDate = {
    date: atw.date,
    steps: [
      step(
        'objection.sent',
        'Awb art. 6:8 lid 1',
        sentOn,
        sentOn,
        { nl: 'Bekendmaking van het besluit', en: 'Decision sent (bekendmaking)' },
        lazyTexts(() => ({
          nl: `Het besluit is verzonden op ${nlDate(sentOn)}; de bezwaartermijn begint de dag erna.`,
          en: `The decision was sent on ${sentOn}; the objection term starts the day after.`,
        })),
      ),
      step(
        'objection.term',
        'Awb art. 6:7',
        sentOn,
        raw,
        { nl: 'Bezwaartermijn van zes weken', en: 'Objection term of six weeks' },
        {
          nl: 'Zes weken na de bekendmaking, op dezelfde dag van de week.',
          en: 'Six weeks after bekendmaking, on the same weekday.',
        },
      ),
      ...atw.steps,
    ],
  };
  const postalRaw = endsOn.date.plusDays(7);
  const postalAtw = applyAtw(calendar, postalRaw, endsOn.date.plusDays(1), 7);
  const postalReceiptBy: ComputedDate = {
    date: postalAtw.date,
    steps: [
      ...endsOn.steps,
      step(
        'objection.postal_week',
        'Awb art. 6:9 lid 2',
        endsOn.date,
        postalRaw,
        { nl: 'Postweek', en: 'Postal week' },
        {
          nl: 'Een per post verzonden bezwaarschrift is tijdig als het vóór het einde van de termijn is gepost en uiterlijk een week daarna is ontvangen.',
          en: 'An objection sent by post is in time when posted before the end of the term and received within one week after it.',
        },
      ),
      ...postalAtw.steps,
    ],
  };
  return { startsOn: sentOn.plusDays(1), endsOn, postalReceiptBy };
}

/**
 * Awb 6:7, 6:8 (LD-APPEAL-WINDOW): beroep against the decision on the objection within six weeks
 * from the day after it was sent, ending on the same weekday, Atw applied, as the objection window.
 * The decision on the objection is taken to be sent on the day it is recorded.
 *
 * @example decidedOn 2020-09-01 → 2020-10-13
 */
export function computeAppealWindowEnd(
  decidedOn: LocalDate,
  calendar: HolidayCalendar,
): ComputedDate {
  const raw = decidedOn.plusDays(OBJECTION_TERM_DAYS);
  const atw = applyAtw(calendar, raw, decidedOn.plusDays(1), OBJECTION_TERM_DAYS);
  return {
    date: atw.date,
    steps: [
      step(
        'appeal.term',
        'Awb art. 6:7, 6:8 lid 1',
        decidedOn,
        raw,
        { nl: 'Beroepstermijn van zes weken', en: 'Appeal term of six weeks' },
        lazyTexts(() => ({
          nl: `De beslissing op bezwaar is verzonden op ${nlDate(decidedOn)}; de beroepstermijn begint de dag erna en duurt zes weken.`,
          en: `The decision on the objection was sent on ${decidedOn}; the appeal term starts the day after and lasts six weeks.`,
        })),
      ),
      ...atw.steps,
    ],
  };
}

/** Awb 6:9: received by the end of the window, or posted by then and received in the postal week. */
export function isObjectionTimely(objection: ObjectionFacts, window: ObjectionWindow): boolean {
  if (!objection.receivedOn.isAfter(window.endsOn.date)) return true;
  return (
    objection.byPost &&
    objection.postedOn !== undefined &&
    !objection.postedOn.isAfter(window.endsOn.date) &&
    !objection.receivedOn.isAfter(window.postalReceiptBy.date)
  );
}

/**
 * Awb 7:10 lid 1 and 3 (LD-OBJECTION-DECISION): the decision on the objection is due six weeks
 * (twelve with an announced advisory committee, Awb 7:13) counted from the day after the objection
 * term ended, plus at most six weeks of extension, added to the raw end as LD-EXTENSION does; the
 * Atw is applied once.
 *
 * @example window ends 2020-07-07 → 2020-08-18; with committee 2020-09-29
 */
export function computeObjectionDecisionDeadline(
  windowEnd: LocalDate,
  objection: ObjectionFacts,
  calendar: HolidayCalendar,
): ComputedDate {
  const termDays = objection.advisoryCommittee ? 84 : 42;
  const raw = windowEnd.plusDays(termDays);
  const steps = [
    step(
      'objection_decision.term',
      'Awb art. 7:10 lid 1',
      windowEnd,
      raw,
      lazyTexts(() => ({
        nl: `Beslistermijn op bezwaar: ${termDays / 7} weken`,
        en: `Term for deciding on the objection: ${termDays / 7} weeks`,
      })),
      objection.advisoryCommittee
        ? {
            nl: 'Twaalf weken na afloop van de bezwaartermijn, omdat een adviescommissie (Awb 7:13) is ingesteld en aangekondigd.',
            en: 'Twelve weeks after the objection term ended, because an advisory committee (Awb 7:13) was set up and announced.',
          }
        : {
            nl: 'Zes weken na afloop van de bezwaartermijn.',
            en: 'Six weeks after the objection term ended.',
          },
    ),
  ];
  let end = raw;
  const extension = objection.extensionDays ?? 0;
  if (extension > 0) {
    steps.push(
      step(
        'objection_decision.extension',
        'Awb art. 7:10 lid 3',
        end,
        end.plusDays(extension),
        { nl: `Verdaging met ${extension} dagen`, en: `Extension by ${extension} days` },
        {
          nl: 'Opgeteld bij het onverschoven einde van de termijn; de Atw wordt één keer toegepast, zoals bij de verdaging van de beslistermijn.',
          en: 'Added to the raw end of the term; the Atw is applied once, as for the extension of the decision term.',
        },
      ),
    );
    end = end.plusDays(extension);
  }
  const atw = applyAtw(calendar, end, windowEnd.plusDays(1), termDays);
  return { date: atw.date, steps: [...steps, ...atw.steps] };
}

/**
 * Awb 6:12 (LD-NOTICE-OF-DEFAULT, LD-NO-PENALTY): after a written notice of default, beroep (or Woo
 * 8.3 bezwaar) against not deciding in time is possible once two weeks have passed after the day of
 * the notice. This is a waiting period, not a term within which someone must act, so the Atw does
 * not move it (LD-NOTICE-OF-DEFAULT, to be confirmed). A notice received on or before the decision
 * deadline is premature (ABRvS 30-01-2013): it opens nothing, and a new notice is needed after the
 * deadline. No penalty (Awb 4:17) is ever computed: Wob art. 15 and Woo art. 8.2 exclude it.
 */
export function computeNoticeOfDefault(
  receivedOn: LocalDate,
  decisionDeadline: LocalDate,
): NoticeOfDefaultDates {
  const end = receivedOn.plusDays(14);
  const premature = !receivedOn.isAfter(decisionDeadline);
  const why = premature
    ? lazyTexts(() => ({
        nl: `Ingebrekestelling ontvangen op ${nlDate(receivedOn)}, niet na afloop van de beslistermijn (${nlDate(decisionDeadline)}): prematuur; na die datum is een nieuwe ingebrekestelling nodig. Geen dwangsom (Wob art. 15, Woo art. 8.2).`,
        en: `Notice of default received on ${receivedOn}, not after the decision deadline (${decisionDeadline}): premature; a new notice is needed after that date. No penalty (Wob art. 15, Woo art. 8.2).`,
      }))
    : lazyTexts(() => ({
        nl: `Ingebrekestelling ontvangen op ${nlDate(receivedOn)}; vanaf ${nlDate(end.plusDays(1))} kan beroep (of bezwaar) wegens niet tijdig beslissen worden ingesteld. Geen dwangsom (Wob art. 15, Woo art. 8.2).`,
        en: `Notice of default received on ${receivedOn}; from ${end.plusDays(1)} an appeal (or objection) for failure to decide in time is possible. No penalty (Wob art. 15, Woo art. 8.2).`,
      }));
  return {
    receivedOn,
    premature,
    twoWeeksEndOn: {
      date: end,
      steps: [
        step(
          'default.two_weeks',
          'Awb art. 6:12 lid 2',
          receivedOn,
          end,
          { nl: 'Twee weken na de ingebrekestelling', en: 'Two weeks after the notice of default' },
          why,
        ),
      ],
    },
    appealPossibleFrom: premature ? undefined : end.plusDays(1),
  };
}

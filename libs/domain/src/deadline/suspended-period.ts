import { LocalDate } from '../calendar/local-date.js';
import type { Suspension } from './suspension.js';
import { type Texts, lazyTexts, nlDate } from './derivation.js';

/**
 * What one recorded suspension does to the decision term (LD-SUSPENSION-CLARIFICATION,
 * LD-SUSPENSION-THIRD-PARTY, LD-SUSPENSION-CONSENT, LD-SUSPENSION-PERIOD).
 */
export type SuspensionEffect =
  /** Days `firstDay` … `lastDay` (inclusive) do not count. */
  | {
      readonly type: 'period';
      readonly firstDay: LocalDate;
      readonly lastDay: LocalDate;
      readonly article: string;
      readonly text: Texts;
    }
  /** A number of days is added to the term (written consent, Awb 4:15 lid 2 sub a). */
  | {
      readonly type: 'days';
      readonly on: LocalDate;
      readonly days: number;
      readonly article: string;
      readonly text: Texts;
    }
  /** Nothing is suspended, with the reason. */
  | {
      readonly type: 'none';
      readonly on: LocalDate;
      readonly article: string;
      readonly text: Texts;
    };

/**
 * LD-SUSPENSION-CLARIFICATION: Awb 4:15 lid 1 ("met ingang van de dag na … tot de dag waarop"):
 * invitation on X, answer on Y → days X+1 … Y−1. LD-SUSPENSION-THIRD-PARTY: Woo 4.4 lid 3 ("tot en
 * met"): X+1 … Y; Wob 6 lid 3 says only "tot de dag waarop … een zienswijze naar voren is gebracht",
 * so under the Wob the day of the view runs again: X+1 … Y−1, as under Awb 4:15 lid 1.
 * LD-CLARIFICATION-UNANSWERED: without an answer the suspension ends on the last day of the term
 * that was set. LD-CLARIFICATION-NO-TERM: a clarification request without a term suspends nothing
 * (ABRvS 21-09-2016, ECLI:NL:RVS:2016:2527).
 */
export function suspensionEffect(
  s: Suspension,
  opts: {
    thirdPartyViewSuspends: boolean;
    thirdPartyArticle: string;
    /** "tot en met" (Woo 4.4 lid 3) rather than "tot" (Wob 6 lid 3). */
    thirdPartyViewDayIsSuspended: boolean;
  },
): SuspensionEffect {
  switch (s.kind) {
    case 'clarification': {
      const article = 'Awb art. 4:15 lid 1 sub a';
      if (!s.termEndsOn) {
        return {
          type: 'none',
          on: s.requestedOn,
          article,
          text: lazyTexts(() => ({
            nl: 'Verzoek om aanvulling zonder termijn: geen opschorting (ABRvS 21-09-2016).',
            en: 'Request for clarification without a term: no suspension (ABRvS 21-09-2016).',
          })),
        };
      }
      return tot(
        s.requestedOn,
        s.answeredOn,
        s.termEndsOn,
        article,
        'verzoek om aanvulling of precisering',
        'request for clarification',
      );
    }
    case 'foreign_authority':
      return tot(
        s.requestedOn,
        s.receivedOn,
        s.expectedOn,
        'Awb art. 4:15 lid 1 sub b',
        'informatie van een buitenlandse instantie',
        'information from a foreign authority',
      );
    case 'third_party_view': {
      if (!opts.thirdPartyViewSuspends) {
        return {
          type: 'none',
          on: s.notifiedOn,
          article: 'Wob art. 6 lid 6 sub c',
          text: lazyTexts(() => ({
            nl: 'Milieu-informatie: een zienswijze schort de termijn niet op.',
            en: 'Environmental information: a third-party view does not suspend the term.',
          })),
        };
      }
      const answered = s.respondedOn && !s.respondedOn.isAfter(s.termEndsOn);
      if (answered && !opts.thirdPartyViewDayIsSuspended) {
        return untilTheDayOfTheView(
          s.notifiedOn,
          s.respondedOn as LocalDate,
          opts.thirdPartyArticle,
        );
      }
      const last = answered ? (s.respondedOn as LocalDate) : s.termEndsOn;
      if (!last.isAfter(s.notifiedOn)) {
        return {
          type: 'none',
          on: s.notifiedOn,
          article: opts.thirdPartyArticle,
          text: lazyTexts(() => ({
            nl: 'Zienswijze derde: gegeven op de dag van de mededeling, geen dagen opgeschort.',
            en: 'Third-party view: given on the day of the notice, no days suspended.',
          })),
        };
      }
      return {
        type: 'period',
        firstDay: s.notifiedOn.plusDays(1),
        lastDay: last,
        article: opts.thirdPartyArticle,
        text: lazyTexts(() => ({
          nl: `Zienswijze derde: opgeschort vanaf de dag na de mededeling (${nlDate(s.notifiedOn)}) tot en met ${answered ? 'de dag van de zienswijze' : 'het einde van de gestelde termijn'} (${nlDate(last)}).`,
          en: `Third-party view: suspended from the day after the notice (${s.notifiedOn}) up to and including ${answered ? 'the day of the view' : 'the end of the term set'} (${last}).`,
        })),
      };
    }
    case 'consent':
      return {
        type: 'days',
        on: s.agreedOn,
        days: s.days,
        article: 'Awb art. 4:15 lid 2 sub a',
        text: lazyTexts(() => ({
          nl: `Schriftelijke instemming van de verzoeker met uitstel van ${s.days} dagen (${nlDate(s.agreedOn)}).`,
          en: `Written consent of the requester to a postponement of ${s.days} days (${s.agreedOn}).`,
        })),
      };
    case 'requester_delay':
    case 'force_majeure': {
      const force = s.kind === 'force_majeure';
      if (s.until.isBefore(s.from)) {
        return {
          type: 'none',
          on: s.from,
          article: force ? 'Awb art. 4:15 lid 2 sub c' : 'Awb art. 4:15 lid 2 sub b',
          text: lazyTexts(() => ({
            nl: 'Einddatum ligt vóór de begindatum: geen dagen opgeschort.',
            en: 'The end date precedes the start date: no days suspended.',
          })),
        };
      }
      return {
        type: 'period',
        firstDay: s.from,
        lastDay: s.until,
        article: force ? 'Awb art. 4:15 lid 2 sub c' : 'Awb art. 4:15 lid 2 sub b',
        text: lazyTexts(() => ({
          nl: `${force ? 'Overmacht' : 'Vertraging toe te rekenen aan de verzoeker'}: ${nlDate(s.from)} tot en met ${nlDate(s.until)}.`,
          en: `${force ? 'Force majeure' : 'Delay attributable to the requester'}: ${s.from} up to and including ${s.until}.`,
        })),
      };
    }
  }
}

/**
 * Wob 6 lid 3, a view given on Y after the notice on X: suspended from X+1 up to, not including, Y
 * (Y − X − 1 days). A view given on X or X+1 suspends nothing.
 */
function untilTheDayOfTheView(
  notifiedOn: LocalDate,
  viewOn: LocalDate,
  article: string,
): SuspensionEffect {
  const firstDay = notifiedOn.plusDays(1);
  const lastDay = viewOn.minusDays(1);
  if (lastDay.isBefore(firstDay)) {
    return {
      type: 'none',
      on: notifiedOn,
      article,
      text: lazyTexts(() => ({
        nl: 'Zienswijze derde: gegeven op de dag van de mededeling of de dag erna, geen dagen opgeschort.',
        en: 'Third-party view: given on the day of the notice or the day after, no days suspended.',
      })),
    };
  }
  return {
    type: 'period',
    firstDay,
    lastDay,
    article,
    text: lazyTexts(() => ({
      nl: `Zienswijze derde: opgeschort vanaf de dag na de mededeling (${nlDate(notifiedOn)}) tot de dag van de zienswijze (${nlDate(viewOn)}); die dag telt weer mee (${article}: "tot de dag waarop").`,
      en: `Third-party view: suspended from the day after the notice (${notifiedOn}) until the day of the view (${viewOn}), not included (${article}: "tot de dag waarop").`,
    })),
  };
}

/** Awb 4:15 lid 1: from the day after X until (not including) the answer, or through the term set. */
function tot(
  askedOn: LocalDate,
  answeredOn: LocalDate | undefined,
  termEndsOn: LocalDate,
  article: string,
  whatNl: string,
  whatEn: string,
): SuspensionEffect {
  const answeredInTime = answeredOn !== undefined && !answeredOn.isAfter(termEndsOn);
  const lastDay = answeredInTime ? (answeredOn as LocalDate).minusDays(1) : termEndsOn;
  const firstDay = askedOn.plusDays(1);
  if (lastDay.isBefore(firstDay)) {
    return {
      type: 'none',
      on: askedOn,
      article,
      text: lazyTexts(() => ({
        nl: `${cap(whatNl)}: beantwoord op de dag van het verzoek of de dag erna, geen dagen opgeschort.`,
        en: `${cap(whatEn)}: answered on the day of the request or the day after, no days suspended.`,
      })),
    };
  }
  return {
    type: 'period',
    firstDay,
    lastDay,
    article,
    text: lazyTexts(() => ({
      nl: `${cap(whatNl)}: opgeschort vanaf de dag na het verzoek (${nlDate(askedOn)}) tot ${answeredInTime ? `de dag van het antwoord (${nlDate(answeredOn)})` : `en met het einde van de gestelde termijn (${nlDate(termEndsOn)})`}.`,
      en: `${cap(whatEn)}: suspended from the day after the request (${askedOn}) until ${answeredInTime ? `the day of the answer (${answeredOn}), not included` : `the end of the term set (${termEndsOn}), included`}.`,
    })),
  };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

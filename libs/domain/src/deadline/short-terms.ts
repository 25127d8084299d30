import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import type { LocalDate } from '../calendar/local-date.js';
import { applyAtw } from './atw.js';
import { type ComputedDate, nlDate, step, lazyTexts } from './derivation.js';
import { REGIME_TERMS, type Regime } from './regime.js';

/**
 * Woo art. 4.1 lid 5: a too-general request must be clarified on the body's invitation sent within
 * two weeks after receipt; Atw applied (a statutory term; LD-CLARIFICATION-TERM). The Wob
 * (art. 3 lid 4) only said "zo spoedig mogelijk", so there is no date under the Wob.
 *
 * @example Woo, received 2023-12-22 → 2024-01-05
 */
export function computeClarificationDeadline(
  receivedOn: LocalDate,
  regime: Regime,
  calendar: HolidayCalendar,
): ComputedDate | undefined {
  const days = REGIME_TERMS[regime].clarificationTermDays;
  if (days === null) return undefined;
  const raw = receivedOn.plusDays(days);
  const atw = applyAtw(calendar, raw, receivedOn.plusDays(1), days);
  return {
    date: atw.date,
    steps: [
      step(
        'clarification.term',
        REGIME_TERMS[regime].clarificationArticle,
        receivedOn,
        raw,
        { nl: 'Termijn voor verzoek om precisering', en: 'Term to ask for clarification' },
        lazyTexts(() => ({
          nl: `Binnen twee weken na ontvangst (${nlDate(receivedOn)}) vraagt het bestuursorgaan de verzoeker zijn verzoek te preciseren.`,
          en: `Within two weeks after receipt (${receivedOn}) the body asks the requester to specify the request.`,
        })),
      ),
      ...atw.steps,
    ],
  };
}

/**
 * Woo art. 4.4 lid 5 / Wob art. 6 lid 5: when a third party is expected to object, the information is
 * disclosed no earlier than two weeks after bekendmaking. The Atw is applied to that two-week
 * term so that the third party keeps two full weeks to ask for a provisional ruling
 * (LD-DISCLOSURE, to be confirmed).
 *
 * @example Woo, sent 2024-02-15 → 2024-02-29
 */
export function computeDisclosureDate(
  sentOn: LocalDate,
  regime: Regime,
  calendar: HolidayCalendar,
): ComputedDate {
  const raw = sentOn.plusDays(14);
  const atw = applyAtw(calendar, raw, sentOn.plusDays(1), 14);
  return {
    date: atw.date,
    steps: [
      step(
        'disclosure.delay',
        REGIME_TERMS[regime].disclosureArticle,
        sentOn,
        raw,
        {
          nl: 'Openbaarmaking twee weken na bekendmaking',
          en: 'Disclosure two weeks after sending',
        },
        {
          nl: 'Een derde wordt naar verwachting bezwaar maken; de informatie wordt niet eerder dan twee weken na de bekendmaking verstrekt.',
          en: 'A third party is expected to object; the information is not provided earlier than two weeks after bekendmaking.',
        },
      ),
      ...atw.steps,
    ],
  };
}

/**
 * Woo art. 4.1 lid 6: when the requester does not help to specify the request, the body may decide
 * not to handle it; that decision is made known within two weeks after the request was specified
 * or the term set for it lapsed (derogating from Awb 4:5 lid 4). Under the Wob Awb 4:5 lid 4 itself
 * applies: four weeks. Atw applied (LD-NON-HANDLING).
 *
 * @example Woo, clarification asked with a term ending 2024-01-10, no answer → 2024-01-24
 */
export function computeNonHandlingDecisionDeadline(
  clarification: { readonly termEndsOn?: LocalDate; readonly answeredOn?: LocalDate },
  regime: Regime,
  calendar: HolidayCalendar,
): ComputedDate | undefined {
  if (!clarification.termEndsOn) return undefined;
  const { nonHandlingDays: days, nonHandlingArticle: article } = REGIME_TERMS[regime];
  const answered =
    clarification.answeredOn && !clarification.answeredOn.isAfter(clarification.termEndsOn);
  const from = answered ? (clarification.answeredOn as LocalDate) : clarification.termEndsOn;
  const raw = from.plusDays(days);
  const atw = applyAtw(calendar, raw, from.plusDays(1), days);
  const weeksNl = days === 14 ? 'Twee weken' : 'Vier weken';
  const weeksEn = days === 14 ? 'Two weeks' : 'Four weeks';
  return {
    date: atw.date,
    steps: [
      step(
        'clarification.non_handling',
        article,
        from,
        raw,
        { nl: 'Besluit tot niet-behandelen', en: 'Decision not to handle the request' },
        lazyTexts(() => ({
          nl: `${weeksNl} nadat ${answered ? 'het verzoek is gepreciseerd' : 'de termijn voor precisering ongebruikt is verstreken'} (${nlDate(from)}).`,
          en: `${weeksEn} after ${answered ? 'the request was specified' : 'the term for specifying it lapsed unused'} (${from}).`,
        })),
      ),
      ...atw.steps,
    ],
  };
}

import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import type { LocalDate } from '../calendar/local-date.js';
import {
  type ComputedDate,
  type DerivationStep,
  enDate,
  nlDate,
  lazyTexts,
  step,
  weekdayEn,
  weekdayNl,
} from './derivation.js';

/** Atw art. 4: terms of more than twelve weeks (84 days) are outside the Algemene termijnenwet. */
export const ATW_MAX_TERM_DAYS = 84;

/**
 * Applies the Algemene termijnenwet to the raw last day of a statutory term, once, at the end
 * (LD-ATW-ONCE): art. 1 moves an end on a Saturday, Sunday or holiday to the next day that is none
 * of these; art. 2 then makes a term of at least three days contain two such days. Holidays inside
 * the term have no effect. Idempotent: applying it to its own result changes nothing.
 *
 * @param rawEnd      last day of the term before the Atw
 * @param termStart   first day of the term (the day after the triggering event)
 * @param termDays    the statutory length in days, for the art. 4 exclusion (> 84 days)
 * @example applyAtw(cal, LocalDate.parse('2024-05-09'), ...).date  // Mon 2024-05-13
 */
export function applyAtw(
  calendar: HolidayCalendar,
  rawEnd: LocalDate,
  termStart: LocalDate,
  termDays: number,
): ComputedDate {
  if (termDays > ATW_MAX_TERM_DAYS) {
    return {
      date: rawEnd,
      steps: [
        step(
          'atw.art4',
          'Atw art. 4',
          rawEnd,
          rawEnd,
          { nl: 'Atw niet van toepassing', en: 'Atw does not apply' },
          {
            nl: `De termijn is langer dan twaalf weken (${termDays} dagen).`,
            en: `The term is longer than twelve weeks (${termDays} days).`,
          },
        ),
      ],
    };
  }
  const steps: DerivationStep[] = [];
  const afterArt1 = shiftPastNonWorkingDays(calendar, rawEnd);
  if (!afterArt1.equals(rawEnd)) steps.push(art1Step(calendar, rawEnd, afterArt1));
  const afterArt2 =
    termDays >= 3 ? ensureTwoWorkingDays(calendar, termStart, afterArt1) : afterArt1;
  if (!afterArt2.equals(afterArt1)) {
    steps.push(
      step(
        'atw.art2',
        'Atw art. 2',
        afterArt1,
        afterArt2,
        { nl: 'Minstens twee werkdagen', en: 'At least two working days' },
        {
          nl: 'Een termijn van drie dagen of meer moet ten minste twee dagen bevatten die geen zaterdag, zondag of feestdag zijn.',
          en: 'A term of three days or more must contain at least two days that are not a Saturday, Sunday or holiday.',
        },
      ),
    );
  }
  return { date: afterArt2, steps };
}

/** Atw art. 1 lid 1: the next day that is not a Saturday, Sunday or holiday (or `date` itself). */
export function shiftPastNonWorkingDays(calendar: HolidayCalendar, date: LocalDate): LocalDate {
  let d = date;
  while (calendar.isNonWorkingDay(d)) d = d.plusDays(1);
  return d;
}

function ensureTwoWorkingDays(
  calendar: HolidayCalendar,
  termStart: LocalDate,
  end: LocalDate,
): LocalDate {
  let working = 0;
  for (let d = termStart; !d.isAfter(end) && working < 2; d = d.plusDays(1)) {
    if (!calendar.isNonWorkingDay(d)) working++;
  }
  let result = end;
  while (working < 2) {
    result = shiftPastNonWorkingDays(calendar, result.plusDays(1));
    working++;
  }
  return result;
}

function art1Step(calendar: HolidayCalendar, from: LocalDate, to: LocalDate): DerivationStep {
  return step(
    'atw.art1',
    'Atw art. 1 lid 1',
    from,
    to,
    { nl: 'Verlenging tot de eerstvolgende werkdag', en: 'Extended to the next working day' },
    lazyTexts(() => {
      const skippedNl: string[] = [];
      const skippedEn: string[] = [];
      for (let d = from; d.isBefore(to); d = d.plusDays(1)) {
        const h = calendar.holidayOn(d);
        skippedNl.push(
          `${nlDate(d)} is ${h ? `${h.nameNl} (${h.article}${h.confirmed ? '' : ', onbevestigd'})` : `een ${weekdayNl(d)}`}`,
        );
        skippedEn.push(
          `${enDate(d)} is ${h ? `${h.nameEn} (${h.article}${h.confirmed ? '' : ', unconfirmed'})` : `a ${weekdayEn(d)}`}`,
        );
      }
      return { nl: `${skippedNl.join('; ')}.`, en: `${skippedEn.join('; ')}.` };
    }),
  );
}

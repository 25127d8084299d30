import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import type { LocalDate } from '../calendar/local-date.js';
import { shiftPastNonWorkingDays } from './atw.js';
import { type DerivationStep, type Texts, lazyTexts, nlDate, step } from './derivation.js';
import { type SuspensionEffect, suspensionEffect } from './suspended-period.js';
import type { Suspension } from './suspension.js';

/**
 * Walks the suspensions in the order of the acts that start them. A suspended day counts once
 * (LD-SUSPENSION-OVERLAP), and a suspension counts only when the act that starts it (the notice,
 * the invitation, the consent) falls on or before the last day of the running term, moved by Atw
 * art. 1: a term that has lapsed cannot be suspended (LD-SUSPENSION-LAPSED). `from` is the raw end
 * of the term before suspensions; the result is the raw end after them.
 */
export function walkSuspensions(
  receivedOn: LocalDate,
  from: LocalDate,
  effects: readonly SuspensionEffect[],
  calendar: HolidayCalendar,
): { rawEnd: LocalDate; suspendedDays: number; steps: DerivationStep[] } {
  const steps: DerivationStep[] = [];
  let end = from;
  let coveredTo = receivedOn;
  let suspendedDays = 0;
  const noEffect = (e: SuspensionEffect, why: Texts) =>
    steps.push(
      step(
        'suspension.none',
        e.article,
        end,
        end,
        { nl: 'Geen opschorting', en: 'No suspension' },
        why,
      ),
    );

  for (const e of effects) {
    if (e.type === 'none') {
      noEffect(e, e.text);
      continue;
    }
    const legalEnd = shiftPastNonWorkingDays(calendar, end);
    if (startingAct(e).isAfter(legalEnd)) {
      noEffect(
        e,
        lazyTexts(() => ({
          nl: `${e.text.nl} De termijn was toen al verstreken (${nlDate(legalEnd)}); een verstreken termijn kan niet worden opgeschort.`,
          en: `${e.text.en} The term had already ended (${legalEnd}); a term that has lapsed cannot be suspended.`,
        })),
      );
      continue;
    }
    const firstNew =
      e.type === 'period' && !coveredTo.isBefore(e.firstDay) ? coveredTo.plusDays(1) : undefined;
    const days = e.type === 'days' ? e.days : (firstNew ?? e.firstDay).daysUntil(e.lastDay) + 1;
    if (days <= 0) {
      noEffect(
        e,
        lazyTexts(() => ({
          nl: `${e.text.nl} Deze dagen zijn al opgeschort en tellen één keer.`,
          en: `${e.text.en} These days are already suspended and count once.`,
        })),
      );
      continue;
    }
    const overlap = firstNew
      ? {
          nl: ' Overlappende dagen tellen één keer.',
          en: ' Overlapping days count once.',
        }
      : { nl: '', en: '' };
    steps.push(
      step(
        e.type === 'days' ? 'suspension.consent' : 'suspension.period',
        e.article,
        end,
        end.plusDays(days),
        { nl: `Opschorting: ${days} dagen`, en: `Suspension: ${days} days` },
        lazyTexts(() => ({ nl: e.text.nl + overlap.nl, en: e.text.en + overlap.en })),
      ),
    );
    end = end.plusDays(days);
    suspendedDays += days;
    if (e.type === 'period') coveredTo = e.lastDay;
  }
  return { rawEnd: end, suspendedDays, steps };
}

/**
 * The effects of the recorded suspensions (LD-SUSPENSION-CLARIFICATION and the other suspension
 * decisions), in the order of the acts that start them.
 */
export function suspensionEffects(
  suspensions: readonly Suspension[],
  opts: Parameters<typeof suspensionEffect>[1],
): SuspensionEffect[] {
  if (suspensions.length === 0) return [];
  return suspensions
    .map((s) => suspensionEffect(s, opts))
    .sort((a, b) => startingAct(a).epochDay - startingAct(b).epochDay);
}

/** The day of the act that starts a suspension: the notice or invitation, or the consent. */
function startingAct(e: SuspensionEffect): LocalDate {
  return e.type === 'period' ? e.firstDay.minusDays(1) : e.on;
}

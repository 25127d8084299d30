import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import type { LocalDate } from '../calendar/local-date.js';
import { applyAtw } from './atw.js';
import { baseSteps, lastDayForExtension } from './decision-term-steps.js';
import { type ComputedDate, nlDate, step } from './derivation.js';
import { REGIME_TERMS, type Regime } from './regime.js';
import type { Suspension } from './suspension.js';
import { suspensionEffects, walkSuspensions } from './suspension-walk.js';

export interface DecisionTermInput {
  readonly receivedOn: LocalDate;
  readonly regime: Regime;
  readonly environmentalInformation?: boolean;
  readonly objectionExpected?: boolean;
  readonly extensionDays?: number;
  /** When given, the extension counts only if notified by the end of the first term (LD-EXTENSION). */
  readonly extensionNotifiedOn?: LocalDate;
  readonly suspensions?: readonly Suspension[];
}

export interface DecisionTermWarning {
  readonly code: 'EXTENSION.NOTICE_TOO_LATE' | 'EXTENSION.ABOVE_MAXIMUM';
  readonly nl: string;
  readonly en: string;
}

export interface DecisionTerm {
  readonly firstTermEnd: ComputedDate;
  readonly decisionDeadline: ComputedDate;
  readonly suspendedDays: number;
  /** The last day before the Atw was applied (for the property "a suspension of n days moves it by n"). */
  readonly rawDecisionEnd: LocalDate;
  /** Why a given extension was not applied, or not in full. */
  readonly warnings: readonly DecisionTermWarning[];
}

/**
 * The decision term of Wob art. 6 / Woo art. 4.4 (LD-TERM-WEEKS): counted from the day after
 * receipt; the extension is added to the raw end of the first term (LD-EXTENSION); suspended days
 * are added once each, and only while the term is still running (LD-SUSPENSION-OVERLAP,
 * LD-SUSPENSION-LAPSED); the Atw is applied once, to the final end (LD-ATW-ONCE).
 *
 * @example Woo, received 2024-04-11, extension 14 days → decisionDeadline 2024-05-23 (LD-EXTENSION)
 */
export function computeDecisionTerm(
  input: DecisionTermInput,
  calendar: HolidayCalendar,
): DecisionTerm {
  const terms = REGIME_TERMS[input.regime];
  // LD-WOB-ENVIRONMENT: Wob art. 6 lid 6 shortens the term and keeps a view from suspending it.
  const wobEnvironmental = input.regime === 'wob' && input.environmentalInformation === true;
  const baseDays = wobEnvironmental && input.objectionExpected ? 14 : terms.decisionTermDays;
  const start = input.receivedOn.plusDays(1);
  const base = baseSteps(input, baseDays, wobEnvironmental);
  const suspensionOpts = {
    thirdPartyViewSuspends: !wobEnvironmental,
    thirdPartyArticle: terms.thirdPartyViewArticle,
    thirdPartyViewDayIsSuspended: terms.thirdPartyViewDayIsSuspended,
  };

  const effects = suspensionEffects(input.suspensions ?? [], suspensionOpts);
  const first = walkSuspensions(input.receivedOn, base.at(-1)!.to, effects, calendar);
  const firstAtw = applyAtw(calendar, first.rawEnd, start, baseDays);
  const firstTermEnd: ComputedDate = {
    date: firstAtw.date,
    steps: [
      ...base,
      ...first.steps,
      ...firstAtw.steps,
      lastDayForExtension(firstAtw.date, terms.extensionArticle),
    ],
  };

  const warnings: DecisionTermWarning[] = [];
  const extension = validExtensionDays(input, firstAtw.date, warnings);
  if (extension === 0) {
    return {
      firstTermEnd,
      decisionDeadline: {
        date: firstAtw.date,
        steps: [...base, ...first.steps, ...firstAtw.steps],
      },
      suspendedDays: first.suspendedDays,
      rawDecisionEnd: first.rawEnd,
      warnings,
    };
  }
  const extended = base.at(-1)!.to.plusDays(extension);
  const extensionStep = step(
    'term.extension',
    terms.extensionArticle,
    base.at(-1)!.to,
    extended,
    { nl: `Verdaging met ${extension} dagen`, en: `Extension by ${extension} days` },
    {
      nl: 'De verdaging wordt opgeteld bij het onverschoven einde van de eerste termijn; de Atw wordt één keer toegepast, op de einddatum.',
      en: 'The extension is added to the raw end of the first term; the Atw is applied once, to the final date.',
    },
  );
  const full = walkSuspensions(input.receivedOn, extended, effects, calendar);
  const fullAtw = applyAtw(calendar, full.rawEnd, start, baseDays + extension);
  return {
    firstTermEnd,
    decisionDeadline: {
      date: fullAtw.date,
      steps: [...base, extensionStep, ...full.steps, ...fullAtw.steps],
    },
    suspendedDays: full.suspendedDays,
    rawDecisionEnd: full.rawEnd,
    warnings,
  };
}

/**
 * Wob art. 6 lid 2 / Woo art. 4.4 lid 2: an extension notified after the (Atw-moved) end of the
 * first term extends nothing, and no extension goes beyond the regime's maximum. The state machine
 * refuses both; the calculator and the CLI apply the law and say what they did.
 */
function validExtensionDays(
  input: DecisionTermInput,
  firstTermEnd: LocalDate,
  warnings: DecisionTermWarning[],
): number {
  const days = input.extensionDays ?? 0;
  if (days <= 0) return 0;
  const notifiedOn = input.extensionNotifiedOn;
  if (notifiedOn && notifiedOn.isAfter(firstTermEnd)) {
    warnings.push({
      code: 'EXTENSION.NOTICE_TOO_LATE',
      nl: `De verdaging is meegedeeld op ${nlDate(notifiedOn)}, na het einde van de eerste termijn (${nlDate(firstTermEnd)}); zij verlengt de termijn niet.`,
      en: `The extension was notified on ${notifiedOn}, after the first term ended (${firstTermEnd}); it does not extend the term.`,
    });
    return 0;
  }
  const max = REGIME_TERMS[input.regime].maxExtensionDays;
  if (days > max) {
    warnings.push({
      code: 'EXTENSION.ABOVE_MAXIMUM',
      nl: `Verdaging van ${days} dagen gegeven; de ${input.regime.toUpperCase()} staat ten hoogste ${max} dagen toe. Gerekend met ${max} dagen.`,
      en: `An extension of ${days} days was given; the ${input.regime.toUpperCase()} allows at most ${max} days. Computed with ${max} days.`,
    });
    return max;
  }
  return days;
}

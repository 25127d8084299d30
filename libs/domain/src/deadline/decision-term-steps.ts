import type { LocalDate } from '../calendar/local-date.js';
import { type DerivationStep, nlDate, step, lazyTexts } from './derivation.js';
import { REGIME_TERMS } from './regime.js';
import type { DecisionTermInput } from './decision-term.js';

export function baseSteps(
  input: DecisionTermInput,
  baseDays: number,
  wobEnvironmental: boolean,
): DerivationStep[] {
  const terms = REGIME_TERMS[input.regime];
  const r = input.receivedOn;
  const article =
    wobEnvironmental && baseDays === 14 ? 'Wob art. 6 lid 6 sub a' : terms.decisionTermArticle;
  const weeks = baseDays / 7;
  return [
    step(
      'term.receipt',
      terms.decisionTermArticle,
      r,
      r,
      { nl: 'Ontvangst van het verzoek', en: 'Receipt of the request' },
      lazyTexts(() => ({
        nl: `Ontvangen op ${nlDate(r)}; de termijn loopt vanaf de dag erna (${nlDate(r.plusDays(1))}). Termijnregime: ${terms.nameNl} (ontvangstdatum; Woo art. 10.1).`,
        en: `Received on ${r}; the term runs from the day after (${r.plusDays(1)}). Term regime: ${input.regime.toUpperCase()} (by receipt date; Woo art. 10.1).`,
      })),
    ),
    step(
      'term.decision',
      article,
      r,
      r.plusDays(baseDays),
      { nl: `Beslistermijn van ${weeks} weken`, en: `Decision term of ${weeks} weeks` },
      lazyTexts(() => ({
        nl: `${weeks} weken na de ontvangstdatum, op dezelfde dag van de week${article === terms.decisionTermArticle ? '' : ' (milieu-informatie, openbaarmaking ondanks verwacht bezwaar)'}.`,
        en: `${weeks} weeks after the date of receipt, on the same weekday${article === terms.decisionTermArticle ? '' : ' (environmental information, disclosure despite an expected objection)'}.`,
      })),
    ),
  ];
}

export function lastDayForExtension(date: LocalDate, article: string): DerivationStep {
  return step(
    'term.extension_notice',
    article,
    date,
    date,
    { nl: 'Uiterste datum verdagingsbericht', en: 'Last day for the extension notice' },
    {
      nl: 'Het bericht van verdaging moet uiterlijk op de (door de Atw verschoven) laatste dag van de eerste termijn worden verzonden.',
      en: 'The extension notice must be sent on or before the (Atw-moved) last day of the first term.',
    },
  );
}

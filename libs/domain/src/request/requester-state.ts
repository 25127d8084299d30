import type { Regime } from '../deadline/regime.js';
import { PHASE_LABELS, type RequestPhase } from './request-phase.js';

/** Where the decision not to handle an unspecified request comes from, per regime. */
const NOT_HANDLED_ARTICLE: Readonly<Record<Regime, string>> = {
  woo: 'artikel 4.1, zesde lid, van de Woo',
  wob: 'artikel 4:5 van de Algemene wet bestuursrecht',
};

/**
 * The requester's plain-Dutch line for where their request stands. A request decided not to be
 * handled is in the same phases as one decided on its merits, but "Wij hebben een besluit
 * genomen" would hide what was decided: it gets its own line, citing the article.
 *
 * @example requesterStateNl('decided', 'woo', true) // 'Wij hebben besloten uw verzoek niet te behandelen …'
 */
export function requesterStateNl(phase: RequestPhase, regime: Regime, notHandled: boolean): string {
  if (!notHandled) return PHASE_LABELS[phase].requesterNl;
  const why = `omdat niet duidelijk genoeg werd welke informatie u zoekt (${NOT_HANDLED_ARTICLE[regime]})`;
  switch (phase) {
    case 'decided':
      return `Wij hebben besloten uw verzoek niet te behandelen, ${why}. U krijgt dit besluit zo snel mogelijk in een brief.`;
    case 'objection_window':
      return `Wij hebben u het besluit gestuurd dat wij uw verzoek niet behandelen, ${why}. Bent u het er niet mee eens? Dan kunt u bezwaar maken.`;
    default:
      return PHASE_LABELS[phase].requesterNl;
  }
}

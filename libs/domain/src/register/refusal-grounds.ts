// The refusal grounds a decision may cite, as one list of data: the decision step validates
// against it, the page offers it as a pick list, the letters cite it and the OpenAPI document
// names it. The codes have the form the letters parse ("5.1.2.e", "10.2.e"): article, lid, sub.
// Which onderdelen exist was checked against every version of the statute texts the annex
// quotes (templates/letters/annex/): the Woo's 5.1 and 5.2 are the same in every version from
// 2022-05-01, the Wob's 10 and 11 those of 2018-07-28 until its withdrawal.
import type { LocalDate } from '../calendar/local-date.js';
import { type Regime, substantiveLawFor } from '../deadline/regime.js';

export interface RefusalGround {
  /** The law whose article it is; valid when that law is the decision's substantive law. */
  readonly law: Regime;
  /** "5.1.2.e" (Woo), "10.2.e" (Wob) */
  readonly code: string;
  /** Short Dutch label for pick lists: "persoonlijke levenssfeer". */
  readonly label: string;
  /**
   * A ground that requires weighing the interest of disclosure against the interest it
   * protects; the decision must then give that weighing (Woo art. 5.1 lid 3, LD-GROUNDS).
   */
  readonly relative: boolean;
}

function ground(law: Regime, code: string, label: string, relative: boolean): RefusalGround {
  return { law, code, label, relative };
}

const woo = (code: string, label: string, relative: boolean) =>
  ground('woo', code, label, relative);
const wob = (code: string, label: string, relative: boolean) =>
  ground('wob', code, label, relative);

/** Every ground, Woo first, in the order of the act. */
export const REFUSAL_GROUNDS: readonly RefusalGround[] = [
  woo('5.1.1.a', 'eenheid van de Kroon', false),
  woo('5.1.1.b', 'veiligheid van de Staat', false),
  woo('5.1.1.c', 'vertrouwelijk meegedeelde bedrijfs- en fabricagegegevens', false),
  woo('5.1.1.d', 'bijzondere persoonsgegevens', false),
  woo('5.1.1.e', 'identificatienummers', false),
  woo('5.1.2.a', 'internationale betrekkingen', true),
  woo('5.1.2.b', 'economische of financiële belangen van de overheid', true),
  woo('5.1.2.c', 'opsporing en vervolging van strafbare feiten', true),
  woo('5.1.2.d', 'inspectie, controle en toezicht', true),
  woo('5.1.2.e', 'persoonlijke levenssfeer', true),
  woo('5.1.2.f', 'concurrentiegevoelige bedrijfs- en fabricagegegevens', true),
  woo('5.1.2.g', 'bescherming van het milieu', true),
  woo('5.1.2.h', 'beveiliging van personen en bedrijven', true),
  woo('5.1.2.i', 'goed functioneren van de overheid', true),
  woo('5.1.5', 'onevenredige benadeling van een ander belang', true),
  woo('5.2.1', 'persoonlijke beleidsopvattingen in intern beraad', false),
  wob('10.1.a', 'eenheid van de Kroon', false),
  wob('10.1.b', 'veiligheid van de Staat', false),
  wob('10.1.c', 'vertrouwelijk meegedeelde bedrijfs- en fabricagegegevens', false),
  wob('10.1.d', 'bijzondere persoonsgegevens', false),
  wob('10.2.a', 'internationale betrekkingen', true),
  wob('10.2.b', 'economische of financiële belangen van de overheid', true),
  wob('10.2.c', 'opsporing en vervolging van strafbare feiten', true),
  wob('10.2.d', 'inspectie, controle en toezicht', true),
  wob('10.2.e', 'persoonlijke levenssfeer', true),
  wob('10.2.f', 'belang van de geadresseerde om als eerste kennis te nemen', true),
  wob('10.2.g', 'onevenredige bevoordeling of benadeling', true),
  wob('11.1', 'persoonlijke beleidsopvattingen in intern beraad', false),
];

/** The grounds of one law, in the order of the act. */
export function refusalGroundsOf(law: Regime): RefusalGround[] {
  return REFUSAL_GROUNDS.filter((g) => g.law === law);
}

/** The grounds a decision taken on `decidedOn` may cite (LD-REGIME: its substantive law). */
export function refusalGroundsOn(decidedOn: LocalDate): RefusalGround[] {
  return refusalGroundsOf(substantiveLawFor(decidedOn));
}

/** The ground with this code under `law`; undefined when the law has no such ground. */
export function findRefusalGround(law: Regime, code: string): RefusalGround | undefined {
  return REFUSAL_GROUNDS.find((g) => g.law === law && g.code === code);
}

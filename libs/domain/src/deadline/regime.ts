import { LocalDate } from '../calendar/local-date.js';

export const REGIMES = ['wob', 'woo'] as const;
/** `wob`: Wet openbaarheid van bestuur; `woo`: Wet open overheid. */
export type Regime = (typeof REGIMES)[number];

/** Woo art. 10.1 withdrew the Wob and the Woo entered into force on this date (Stb. 2021, 499). */
export const WOO_IN_FORCE = LocalDate.of(2022, 5, 1);

/** The term rules of a regime (Wob art. 6, Woo art. 4.4). */
export interface RegimeTerms {
  readonly regime: Regime;
  readonly nameNl: string;
  /** Decision term in days, counted from the day after receipt. */
  readonly decisionTermDays: number;
  readonly decisionTermArticle: string;
  /** Maximum extension (verdaging) in days; only once, notice before the first term ends. */
  readonly maxExtensionDays: number;
  readonly extensionArticle: string;
  /** Whether the extension needs size or complexity as its reason. */
  readonly extensionNeedsSizeOrComplexity: boolean;
  readonly thirdPartyViewArticle: string;
  /**
   * Whether the day the third party gives its view is itself suspended: Woo art. 4.4 lid 3 says
   * "tot en met", Wob art. 6 lid 3 only "tot de dag", which excludes it (as Awb 4:15 lid 1 does).
   */
  readonly thirdPartyViewDayIsSuspended: boolean;
  readonly disclosureArticle: string;
  /** Woo art. 4.1 lid 5: ask for clarification within 2 weeks; the Wob said "zo spoedig mogelijk". */
  readonly clarificationTermDays: number | null;
  readonly clarificationArticle: string;
  /**
   * The term to make known the decision not to handle an unspecified request: Woo art. 4.1 lid 6
   * (two weeks, derogating from Awb 4:5 lid 4); under the Wob Awb 4:5 lid 4 itself (four weeks).
   */
  readonly nonHandlingDays: number;
  readonly nonHandlingArticle: string;
}

/** Every Wob request gets the 4 + 4 weeks in force since 2009 (LD-WOB-BEFORE-2009). */
export const REGIME_TERMS: Readonly<Record<Regime, RegimeTerms>> = {
  wob: {
    regime: 'wob',
    nameNl: 'Wet openbaarheid van bestuur',
    decisionTermDays: 28,
    decisionTermArticle: 'Wob art. 6 lid 1',
    maxExtensionDays: 28,
    extensionArticle: 'Wob art. 6 lid 2',
    extensionNeedsSizeOrComplexity: false,
    thirdPartyViewArticle: 'Wob art. 6 lid 3',
    thirdPartyViewDayIsSuspended: false,
    disclosureArticle: 'Wob art. 6 lid 5',
    clarificationTermDays: null,
    clarificationArticle: 'Wob art. 3 lid 4',
    nonHandlingDays: 28,
    nonHandlingArticle: 'Awb 4:5 lid 4',
  },
  woo: {
    regime: 'woo',
    nameNl: 'Wet open overheid',
    decisionTermDays: 28,
    decisionTermArticle: 'Woo art. 4.4 lid 1',
    maxExtensionDays: 14,
    extensionArticle: 'Woo art. 4.4 lid 2',
    extensionNeedsSizeOrComplexity: true,
    thirdPartyViewArticle: 'Woo art. 4.4 lid 3',
    thirdPartyViewDayIsSuspended: true,
    disclosureArticle: 'Woo art. 4.4 lid 5',
    clarificationTermDays: 14,
    clarificationArticle: 'Woo art. 4.1 lid 5',
    nonHandlingDays: 14,
    nonHandlingArticle: 'Woo art. 4.1 lid 6',
  },
};

/** LD-REGIME: the receipt date picks the term regime. */
export function termRegimeFor(receivedOn: LocalDate): Regime {
  return receivedOn.isBefore(WOO_IN_FORCE) ? 'wob' : 'woo';
}

/** LD-REGIME: the decision date picks the substantive law named in the decision letter. */
export function substantiveLawFor(decidedOn: LocalDate): Regime {
  return decidedOn.isBefore(WOO_IN_FORCE) ? 'wob' : 'woo';
}

/** LD-REGIME: received under the Wob, decided under the Woo. */
export function isTransitional(receivedOn: LocalDate, decidedOn: LocalDate | undefined): boolean {
  return (
    termRegimeFor(receivedOn) === 'wob' &&
    decidedOn !== undefined &&
    !decidedOn.isBefore(WOO_IN_FORCE)
  );
}

// How the letters cite the law: the name of each act and the provisions a letter relies on, in the
// Dutch form a decision uses ("artikel 6, tweede lid, van de Wob"). The article numbers are those
// of REGIME_TERMS in libs/domain and of the Awb provisions below; no statute text lives here.
import type { Regime } from '@wobdesk/domain';
import { ordinalWord } from './nl-format.js';

/** An act as a letter names it. */
export interface LawName {
  readonly code: Regime;
  /** "Wob" */
  readonly short: string;
  /** "Wet openbaarheid van bestuur" */
  readonly long: string;
  /** "Wob-verzoek" */
  readonly requestNoun: string;
}

export const LAW_NAMES: Readonly<Record<Regime, LawName>> = {
  wob: {
    code: 'wob',
    short: 'Wob',
    long: 'Wet openbaarheid van bestuur',
    requestNoun: 'Wob-verzoek',
  },
  woo: { code: 'woo', short: 'Woo', long: 'Wet open overheid', requestNoun: 'Woo-verzoek' },
};

/** "artikel 6, tweede lid, van de Wob"; without `lid`: "artikel 6 van de Wob". */
export function cite(article: string, lid: number | undefined, law: string, sub?: string): string {
  const parts = [`artikel ${article}`];
  if (lid !== undefined) parts.push(`${ordinalWord(lid)} lid`);
  if (sub !== undefined) parts.push(`aanhef en onder ${sub}`);
  return `${parts.join(', ')}, van de ${law}`;
}

/** The provisions on terms a letter cites, per term regime (LD-REGIME: by receipt date). */
export interface TermProvisions {
  readonly decisionTerm: string;
  readonly extension: string;
  readonly thirdPartyView: string;
  readonly thirdPartyViewEnd: string;
  readonly clarification: string;
  /** Woo art. 4.1 lid 6; the Wob had no provision of its own (Awb 4:5 applies). */
  readonly nonHandling: string;
  /** Extension: "met ten hoogste vier weken". */
  readonly maxExtensionWeeks: number;
  /** Woo art. 4.4 lid 2: only when size or complexity justifies it. */
  readonly extensionNeedsSizeOrComplexity: boolean;
}

const AWB = 'Algemene wet bestuursrecht';

export const TERM_PROVISIONS: Readonly<Record<Regime, TermProvisions>> = {
  wob: {
    decisionTerm: cite('6', 1, 'Wob'),
    extension: cite('6', 2, 'Wob'),
    thirdPartyView: cite('6', 3, 'Wob'),
    thirdPartyViewEnd: cite('6', 4, 'Wob'),
    clarification: cite('3', 4, 'Wob'),
    nonHandling: `artikel 4:5 van de ${AWB}`,
    maxExtensionWeeks: 4,
    extensionNeedsSizeOrComplexity: false,
  },
  woo: {
    decisionTerm: cite('4.4', 1, 'Woo'),
    extension: cite('4.4', 2, 'Woo'),
    thirdPartyView: cite('4.4', 3, 'Woo'),
    thirdPartyViewEnd: cite('4.4', 4, 'Woo'),
    clarification: cite('4.1', 5, 'Woo'),
    nonHandling: cite('4.1', 6, 'Woo'),
    maxExtensionWeeks: 2,
    extensionNeedsSizeOrComplexity: true,
  },
};

/** Provisions of the Awb the letters cite: suspension, bekendmaking, objection and appeal. */
export const AWB_PROVISIONS = {
  clarificationSuspension: cite('4:15', 1, AWB, 'a'),
  thirdPartyView: `artikel 4:8 van de ${AWB}`,
  objectionTerm: `artikel 6:7 van de ${AWB}`,
  objectionContents: `artikel 6:5 van de ${AWB}`,
  objectionRepair: `artikel 6:6 van de ${AWB}`,
  excusableLateness: `artikel 6:11 van de ${AWB}`,
  objectionDecisionTerm: cite('7:10', 1, AWB),
  objectionDecisionSuspension: cite('7:10', 2, AWB),
  objectionDecisionExtension: cite('7:10', 3, AWB),
  advisoryCommittee: `artikel 7:13 van de ${AWB}`,
} as const;

/** A refusal ground as recorded on an item ("10.2.e", "5.1.2.e"), parsed per law. */
export interface Ground {
  readonly code: string;
  /** The article as the annex lists it: "10" (Wob), "5.1" (Woo). */
  readonly article: string;
  readonly lid?: number;
  readonly sub?: string;
}

const GROUND_PATTERN: Readonly<Record<Regime, RegExp>> = {
  // Wob: article.lid[.sub], e.g. 10.2.e, 11.1
  wob: /^(\d+[a-z]?)(?:\.(\d+))?(?:\.([a-z]))?$/,
  // Woo: chapter.article.lid[.sub], e.g. 5.1.2.e, 5.2.1, 5.1.5
  woo: /^(\d+\.\d+[a-z]?)(?:\.(\d+))?(?:\.([a-z]))?$/,
};

/** Parses a ground code; undefined when it does not have the form of the law's article numbers. */
export function parseGround(code: string, law: Regime): Ground | undefined {
  const m = GROUND_PATTERN[law].exec(code.trim());
  if (!m) return undefined;
  return {
    code: code.trim(),
    article: m[1],
    ...(m[2] !== undefined && { lid: Number(m[2]) }),
    ...(m[3] !== undefined && { sub: m[3] }),
  };
}

/** "artikel 10, tweede lid, aanhef en onder e, van de Wob" */
export function citeGround(ground: Ground, law: Regime): string {
  return cite(ground.article, ground.lid, LAW_NAMES[law].short, ground.sub);
}

/**
 * "5.1 lid 2 sub e": the short form for a table column, where the law is named once above the
 * table and the full citation would wrap over five lines.
 */
export function citeGroundShort(ground: Ground): string {
  return [
    ground.article,
    ...(ground.lid !== undefined ? [`lid ${ground.lid}`] : []),
    ...(ground.sub !== undefined ? [`sub ${ground.sub}`] : []),
  ].join(' ');
}

// Which sections of current practice a decision carries, derived from its facts: Zienswijzen when
// third parties were asked for their view, Wijze van openbaarmaking when anything is disclosed,
// Plaatsing op internet when the Woo applies, and a reasoning section for each ground cited. The
// template prints what this returns; nothing here is asked of the clerk twice.
import { findRefusalGround, type Regime } from '@wobdesk/domain';
import { citeGround, parseGround } from '../format/legal-citations.js';
import type { DecisionAnswer, IsoDate } from '../letter-contexts.js';

/** What the rules read of a decision (a part of its context). */
export interface DecisionFacts {
  readonly request: { readonly regime: Regime };
  readonly assessment: { readonly answers: readonly DecisionAnswer[] };
  readonly thirdPartyViews?: readonly {
    readonly askedOn: IsoDate;
    readonly thirdParties: string;
  }[];
  readonly viewsSummary?: string;
  readonly ageReasoning?: string;
  readonly objectionExpected?: boolean;
  readonly disclosureDate?: IsoDate;
}

/** The reasoning of one cited ground, for all answers that cite it. */
export interface GroundReasoning {
  readonly code: string;
  /** "artikel 5.1, tweede lid, aanhef en onder e, van de Woo" */
  readonly citation: string;
  /** "persoonlijke levenssfeer" */
  readonly label: string;
  /** The label as a heading: "Persoonlijke levenssfeer". */
  readonly heading: string;
  /** relative: a weighing of interests; absolute: none; beleidsopvattingen: 5.2 Woo / 11 Wob. */
  readonly kind: 'absolute' | 'relative' | 'policy_views';
  /** The items of every answer citing the ground. */
  readonly items: readonly number[];
  /** The clerk's reasoning of each answer, printed under the first ground that answer cites. */
  readonly reasonings: readonly {
    readonly items: readonly number[];
    readonly text: string;
    /** Several answers reason under this ground: each says which items it is about. */
    readonly labelled: boolean;
  }[];
  /** Answers whose reasoning stands under an earlier ground: that ground's citation. */
  readonly seeAbove: readonly { readonly items: readonly number[]; readonly citation: string }[];
}

export interface DecisionSections {
  readonly views?: {
    readonly asked: readonly { readonly askedOn: IsoDate; readonly thirdParties: string }[];
    readonly summary?: string;
    /** Disclosure waits for a third party's objection (the decision discloses and expects one). */
    readonly disclosureWaits: boolean;
  };
  readonly disclosure?: {
    /** Two weeks after bekendmaking (Woo 4.4 lid 5, Wob 6 lid 5) instead of with the decision. */
    readonly afterObjectionTerm: boolean;
    /** "artikel 4.4, vijfde lid, van de Woo" */
    readonly article: string;
    /** The first day of disclosure, once the sending (bekendmaking) is recorded. */
    readonly disclosureDate?: IsoDate;
  };
  readonly publication?: { readonly withDocuments: boolean };
  readonly grounds: readonly GroundReasoning[];
  /** Woo 5.3: the clerk's reasoning for refused information older than five years. */
  readonly olderThanFiveYears?: { readonly reasoning: string };
}

const DISCLOSED = new Set(['granted', 'partly_granted']);

/** The article that delays disclosure when an objection is expected: the term regime's. */
const DISCLOSURE_ARTICLE: Readonly<Record<Regime, string>> = {
  woo: 'artikel 4.4, vijfde lid, van de Woo',
  wob: 'artikel 6, vijfde lid, van de Wob',
};

/** The sections a decision carries under `law` (its substantive law, by decision date). */
export function decisionSections(c: DecisionFacts, law: Regime): DecisionSections {
  const answers = c.assessment.answers;
  const discloses = answers.some((a) => a.outcome !== undefined && DISCLOSED.has(a.outcome));
  const afterObjectionTerm = discloses && c.objectionExpected === true;
  const asked = c.thirdPartyViews ?? [];
  return {
    ...(asked.length > 0 && {
      views: {
        asked,
        ...(c.viewsSummary !== undefined && { summary: c.viewsSummary }),
        disclosureWaits: afterObjectionTerm,
      },
    }),
    ...(discloses && {
      disclosure: {
        afterObjectionTerm,
        article: DISCLOSURE_ARTICLE[c.request.regime],
        ...(afterObjectionTerm &&
          c.disclosureDate !== undefined && {
            disclosureDate: c.disclosureDate,
          }),
      },
    }),
    // Woo 3.3 lid 2 sub i: every decision on a request is published, with what it discloses.
    ...(law === 'woo' && { publication: { withDocuments: discloses } }),
    grounds: groundsOf(answers, law),
    ...(law === 'woo' &&
      c.ageReasoning !== undefined && { olderThanFiveYears: { reasoning: c.ageReasoning } }),
  };
}

function groundsOf(answers: readonly DecisionAnswer[], law: Regime): GroundReasoning[] {
  const order: string[] = [];
  const byCode = new Map<
    string,
    {
      items: number[];
      reasonings: GroundReasoning['reasonings'][number][];
      seeAbove: GroundReasoning['seeAbove'][number][];
    }
  >();
  for (const answer of answers) {
    const codes = [...new Set(answer.grounds ?? [])];
    codes.forEach((code, i) => {
      if (!byCode.has(code)) {
        order.push(code);
        byCode.set(code, { items: [], reasonings: [], seeAbove: [] });
      }
      const entry = byCode.get(code)!;
      entry.items.push(...answer.items);
      if (answer.weighing === undefined) return;
      // One reasoning per answer: under its first ground, the others point to it.
      if (i === 0)
        entry.reasonings.push({ items: answer.items, text: answer.weighing, labelled: false });
      else entry.seeAbove.push({ items: answer.items, citation: citationOf(codes[0], law) });
    });
  }
  return order.map((code) => {
    const ground = findRefusalGround(law, code);
    const entry = byCode.get(code)!;
    const label = ground?.label ?? code;
    return {
      code,
      citation: citationOf(code, law),
      label,
      heading: label.charAt(0).toUpperCase() + label.slice(1),
      kind: isPolicyViews(code, law) ? 'policy_views' : ground?.relative ? 'relative' : 'absolute',
      items: [...new Set(entry.items)].sort((x, y) => x - y),
      reasonings: entry.reasonings.map((r) => ({
        ...r,
        labelled: entry.reasonings.length > 1,
      })),
      seeAbove: entry.seeAbove,
    };
  });
}

/** Woo 5.2 and Wob 11: personal policy views in documents for internal deliberation. */
const isPolicyViews = (code: string, law: Regime) =>
  law === 'woo' ? code.startsWith('5.2.') : code.startsWith('11.');

function citationOf(code: string, law: Regime): string {
  const ground = parseGround(code, law);
  return ground ? citeGround(ground, law) : code;
}

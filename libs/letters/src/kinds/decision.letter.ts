import { LocalDate, substantiveLawFor } from '@wobdesk/domain';
import { type AnnexView, type LetterWarning, selectAnnex } from '../annex.js';
import { LAW_NAMES, parseGround } from '../format/legal-citations.js';
import { longDate } from '../format/nl-format.js';
import type {
  DecisionAnswer,
  IsoDate,
  LateDecision,
  LetterBase,
  ProcedureStep,
} from '../letter-contexts.js';
import { contextError, defineLetterKind, requestDateOf } from '../letter-kind.js';
import { seedDecisionContext } from '../samples/sample-contexts.js';
import { decisionSections } from './decision-sections.js';

/** Besluit op het verzoek. The law named is the one in force on `date` (by decision date). */
export interface DecisionContext extends LetterBase {
  readonly procedure: readonly ProcedureStep[];
  /** Present when the decision came after its deadline; printed after the procedure. */
  readonly lateDecision?: LateDecision;
  readonly assessment: {
    /** Text before the answers (e.g. items dealt with in a conversation). */
    readonly introduction?: string;
    readonly answers: readonly DecisionAnswer[];
    /** Text after the answers. */
    readonly closing?: string;
  };
  /** Further sections of the clerk's own after the sections of practice, before the closing. */
  readonly sections?: readonly { readonly heading: string; readonly text: string }[];
  /** Text just before the signature. */
  readonly closing?: string;
  /** Each request for a third party's view (Awb 4:8): when, and how the letter names them. */
  readonly thirdPartyViews?: readonly {
    readonly askedOn: IsoDate;
    readonly thirdParties: string;
  }[];
  /** Why refused information older than five years is still refused (Woo 5.3). */
  readonly ageReasoning?: string;
  /** What the third parties said, in the clerk's plain words. */
  readonly viewsSummary?: string;
  /** A third party is expected to object to the disclosure (stored with the decision). */
  readonly objectionExpected?: boolean;
  /** The first day of disclosure when an objection is expected, once the sending is recorded. */
  readonly disclosureDate?: IsoDate;
  /** Last day to object (computed from the sending date); printed when given. */
  readonly objectionWindowEndsOn?: IsoDate;
  /** The documents the decision covers, by number: BIJLAGE 2, the inventory list. */
  readonly inventory?: readonly InventoryAnnexRow[];
  /** How many copies the inventory list names under the documents they duplicate (none: absent). */
  readonly inventoryCopies?: number;
}

/** How the inventory list names the assessment of a document not yet assessed. */
export const NOT_ASSESSED_NL = 'Nog niet beoordeeld';

/** One document in the decision's inventory list. */
export interface InventoryAnnexRow {
  readonly number: number;
  readonly date?: IsoDate;
  readonly description: string;
  /** The copies listed under it, "ook nrs. 12, 31"; absent when it has none. */
  readonly also?: string;
  /** The assessment in the letter's words ("Deels openbaar"). */
  readonly assessment: string;
  /** Ground codes of the decision's law ("5.1.2.e"), printed as articles. */
  readonly grounds: readonly string[];
}

export const decision = defineLetterKind<'decision', DecisionContext>({
  kind: 'decision',
  template: 'besluit',
  requires: ['assessment.answers'],
  titleNl: 'Besluit',
  addressee: 'requester',
  input: ['introduction', 'viewsSummary', 'ageReasoning', 'extraSections', 'closing'],
  subject: (c, law) => `Besluit op ${law.requestNoun} van ${longDate(requestDateOf(c))}`,
  prepare(c, templates) {
    const law = substantiveLawFor(LocalDate.parse(c.date));
    const known = new Set(c.request.items.map((i) => i.number));
    const cited: string[] = [];
    c.assessment.answers.forEach((answer, i) => {
      for (const n of answer.items) {
        if (!known.has(n)) {
          contextError(
            'LETTER.UNKNOWN_ITEM',
            `Antwoord ${i + 1} gaat over vraag ${n}, maar het verzoek heeft geen onderdeel ${n}.`,
            `Answer ${i + 1} covers item ${n}, which the request does not have.`,
            `assessment.answers.${i}.items`,
          );
        }
      }
      for (const code of answer.grounds ?? []) {
        const ground = parseGround(code, law);
        if (!ground) {
          contextError(
            'LETTER.INVALID_GROUND',
            `"${code}" is geen weigeringsgrond van de ${LAW_NAMES[law].short} (bijvoorbeeld ${law === 'wob' ? '10.2.e' : '5.1.2.e'}).`,
            `"${code}" is not a ground of the ${LAW_NAMES[law].short} (e.g. ${law === 'wob' ? '10.2.e' : '5.1.2.e'}).`,
            `assessment.answers.${i}.grounds`,
          );
        }
        cited.push(ground.article);
      }
    });
    (c.inventory ?? []).forEach((row, i) => {
      for (const code of row.grounds) {
        const ground = parseGround(code, law);
        if (!ground) {
          contextError(
            'LETTER.INVALID_GROUND',
            `Document ${row.number} noemt "${code}", geen weigeringsgrond van de ${LAW_NAMES[law].short}.`,
            `Document ${row.number} cites "${code}", not a ground of the ${LAW_NAMES[law].short}.`,
            `inventory.${i}.grounds`,
          );
        }
        cited.push(ground.article);
      }
    });
    if (c.ageReasoning !== undefined) {
      // Woo 5.3 has no counterpart in the Wob: its reasoning cannot stand in a Wob decision.
      if (law !== 'woo') {
        contextError(
          'LETTER.NOT_UNDER_WOB',
          'De motivering voor informatie ouder dan vijf jaar (artikel 5.3 Woo) hoort alleen in een besluit onder de Woo.',
          'The reasoning for information older than five years (Woo 5.3) belongs only in a decision under the Woo.',
          'ageReasoning',
        );
      }
      cited.push('5.3');
    }
    const annex = selectAnnex(
      templates.annex(law),
      templates.statuteInForce(law, c.date),
      LAW_NAMES[law].short,
      {
        citedArticles: cited,
        // The term articles of the decision's law apply only when the term ran under that law.
        termAdjusted:
          c.request.regime === law &&
          c.procedure.some((s) => s.kind === 'extension' || s.kind === 'third_party_view'),
      },
    );
    return {
      derived: {
        decisionLaw: LAW_NAMES[law],
        transitional: c.request.regime !== law,
        // The statute annex, and the inventory list when the decision covers documents.
        attachments: c.inventory !== undefined && c.inventory.length > 0 ? 2 : 1,
      },
      extra: { annex: annex.view satisfies AnnexView, decisionSections: decisionSections(c, law) },
      warnings: [...annex.warnings, ...unassessedWarning(c)],
    };
  },
  sample: seedDecisionContext,
});

/**
 * A decision is an assessment of its documents: one that lists a document not yet assessed must
 * not reach the requester (a coordinator may still override).
 */
function unassessedWarning(c: DecisionContext): LetterWarning[] {
  const open = (c.inventory ?? []).filter((row) => row.assessment === NOT_ASSESSED_NL);
  if (open.length === 0) return [];
  const numbers = open.map((row) => row.number).join(', ');
  return [
    {
      code: 'LETTER.DOCUMENTS_NOT_ASSESSED',
      nl: `De inventarislijst noemt documenten die nog niet zijn beoordeeld (nummer ${numbers}). Beoordeel ze voor het besluit wordt verstuurd.`,
      en: `The inventory lists documents not yet assessed (number ${numbers}); assess them before the decision is sent.`,
      blocking: true,
    },
  ];
}

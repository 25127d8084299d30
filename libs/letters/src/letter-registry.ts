// The letter kinds: for each, its template, its context type, its subject line and the checks and
// derived values ("prepare") that turn a context into what the template renders. Adding a letter
// is one entry here, one context type in letter-contexts.ts and one .hbs file.
import { LocalDate, type Regime, substantiveLawFor } from '@wobdesk/domain';
import { type AnnexView, type LetterWarning, selectAnnex } from './annex.js';
import {
  AWB_PROVISIONS,
  LAW_NAMES,
  type LawName,
  parseGround,
  TERM_PROVISIONS,
  type TermProvisions,
} from './format/legal-citations.js';
import { longDate } from './format/nl-format.js';
import type {
  AcknowledgementContext,
  ClarificationRequestContext,
  ConversationSummaryContext,
  DecisionContext,
  ExtensionContext,
  LetterBase,
  ObjectionAcknowledgementContext,
  ThirdPartyViewEndContext,
  ThirdPartyViewStartContext,
} from './letter-contexts.js';
import { LetterContextError } from './letter-errors.js';
import type { LetterTemplates } from './letter-templates.js';

export const LETTER_KINDS = [
  'acknowledgement',
  'clarification_request',
  'conversation_summary',
  'extension',
  'third_party_view_start',
  'third_party_view_end',
  'decision',
  'objection_acknowledgement',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** The context type of each letter kind. */
export interface LetterContexts {
  acknowledgement: AcknowledgementContext;
  clarification_request: ClarificationRequestContext;
  conversation_summary: ConversationSummaryContext;
  extension: ExtensionContext;
  third_party_view_start: ThirdPartyViewStartContext;
  third_party_view_end: ThirdPartyViewEndContext;
  decision: DecisionContext;
  objection_acknowledgement: ObjectionAcknowledgementContext;
}

/** Values every template can use under `letter.` besides the context itself. */
export interface LetterDerived {
  readonly kind: LetterKind;
  readonly subject: string;
  /** The date of the request as the subject line names it (its letter date, else receipt). */
  readonly requestDate: string;
  /** The law the request was made under (term regime, D4). */
  readonly requestLaw: LawName;
  readonly terms: TermProvisions;
  readonly awb: typeof AWB_PROVISIONS;
  /** Number of enclosures, shown in the right-hand column. */
  readonly attachments?: number;
  /** Decision only: the law in force on the decision date (D4) and whether it differs. */
  readonly decisionLaw?: LawName;
  readonly transitional?: boolean;
}

export interface PreparedLetter {
  readonly subject: string;
  readonly view: Record<string, unknown>;
  readonly warnings: readonly LetterWarning[];
  /** The law the letter applies (the decision's law; otherwise the request's). */
  readonly law: Regime;
}

export interface LetterDefinition<K extends LetterKind> {
  readonly kind: K;
  /** The template file without ".hbs", in the letters directory. */
  readonly template: string;
  /** What the letter is, in Dutch, for lists and logs. */
  readonly titleNl: string;
  /** Fields `subject` and `prepare` read (checked before they run, besides the common ones). */
  readonly requires: readonly string[];
  subject(context: LetterContexts[K], requestLaw: LawName): string;
  /** Checks the legal rules the letter states and adds derived values. */
  prepare?(
    context: LetterContexts[K],
    templates: LetterTemplates,
  ): {
    derived?: Partial<LetterDerived>;
    extra?: Record<string, unknown>;
    warnings?: LetterWarning[];
  };
}

const requestDate = (c: LetterBase) => c.request.letterDate ?? c.request.receivedOn;
const about = (c: LetterBase, law: LawName) =>
  `uw ${law.requestNoun} van ${longDate(requestDate(c))}`;

function contextError(code: string, nl: string, en: string, field: string): never {
  throw new LetterContextError(code, nl, en, { field });
}

const acknowledgement: LetterDefinition<'acknowledgement'> = {
  kind: 'acknowledgement',
  template: 'ontvangstbevestiging',
  requires: ['statusUrl'],
  titleNl: 'Ontvangstbevestiging',
  subject: (c, law) => `Ontvangstbevestiging van ${about(c, law)}`,
  prepare(c) {
    if (!/^https?:\/\/[^\s/]+\/\S*$/.test(c.statusUrl)) {
      contextError(
        'LETTER.STATUS_URL_NOT_ABSOLUTE',
        'De statuslink in een brief moet een volledig webadres zijn (stel PUBLIC_BASE_URL in).',
        'The status link in a letter must be an absolute http(s) URL (set PUBLIC_BASE_URL).',
        'statusUrl',
      );
    }
    return {};
  },
};

const clarificationRequest: LetterDefinition<'clarification_request'> = {
  kind: 'clarification_request',
  template: 'verzoek-om-precisering',
  requires: ['clarification.termEndsOn'],
  titleNl: 'Verzoek om precisering',
  subject: (c, law) => `Verzoek om precisering van ${about(c, law)}`,
  prepare(c) {
    if (!LocalDate.parse(c.clarification.termEndsOn).isAfter(LocalDate.parse(c.date))) {
      contextError(
        'LETTER.CLARIFICATION_TERM_INVALID',
        'De termijn voor de precisering moet na de datum van de brief eindigen.',
        'The term for the clarification must end after the date of the letter.',
        'clarification.termEndsOn',
      );
    }
    return {};
  },
};

const conversationSummary: LetterDefinition<'conversation_summary'> = {
  kind: 'conversation_summary',
  template: 'samenvatting-gesprek',
  requires: [],
  titleNl: 'Samenvatting gesprek',
  subject: (c, law) => `Samenvatting van ons gesprek over ${about(c, law)}`,
};

const extension: LetterDefinition<'extension'> = {
  kind: 'extension',
  template: 'verdaging',
  requires: ['firstTermEnd', 'extension.weeks'],
  titleNl: 'Verdaging van de beslistermijn',
  subject: (c, law) => `Verdaging van de beslistermijn van ${about(c, law)}`,
  prepare(c) {
    const terms = TERM_PROVISIONS[c.request.regime];
    if (LocalDate.parse(c.date).isAfter(LocalDate.parse(c.firstTermEnd))) {
      contextError(
        'LETTER.EXTENSION_TOO_LATE',
        `Een verdaging moet worden meegedeeld voordat de eerste termijn eindigt (${longDate(c.firstTermEnd)}); deze brief is later gedateerd (${terms.extension}).`,
        `An extension must be notified before the first term ends (${c.firstTermEnd}); this letter is dated later.`,
        'date',
      );
    }
    const { weeks } = c.extension;
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > terms.maxExtensionWeeks) {
      contextError(
        'LETTER.EXTENSION_TOO_LONG',
        `De verdaging is ten hoogste ${terms.maxExtensionWeeks} weken (${terms.extension}).`,
        `The extension is at most ${terms.maxExtensionWeeks} weeks.`,
        'extension.weeks',
      );
    }
    return {};
  },
};

const thirdPartyViewStart: LetterDefinition<'third_party_view_start'> = {
  kind: 'third_party_view_start',
  template: 'zienswijze-opschorting-start',
  requires: [],
  titleNl: 'Opschorting wegens zienswijze',
  subject: (c, law) => `Opschorting van de beslistermijn van ${about(c, law)}`,
};

const thirdPartyViewEnd: LetterDefinition<'third_party_view_end'> = {
  kind: 'third_party_view_end',
  template: 'zienswijze-opschorting-einde',
  requires: ['thirdPartyView.notifiedOn', 'thirdPartyView.endedOn'],
  titleNl: 'Einde opschorting wegens zienswijze',
  subject: (c, law) => `Einde van de opschorting van de beslistermijn van ${about(c, law)}`,
  prepare(c) {
    const { notifiedOn, endedOn } = c.thirdPartyView;
    if (LocalDate.parse(endedOn).isBefore(LocalDate.parse(notifiedOn))) {
      contextError(
        'LETTER.SUSPENSION_END_BEFORE_START',
        'De opschorting kan niet eindigen vóór de dag waarop zij is meegedeeld.',
        'The suspension cannot end before the day it was notified.',
        'thirdPartyView.endedOn',
      );
    }
    return {};
  },
};

const decision: LetterDefinition<'decision'> = {
  kind: 'decision',
  template: 'besluit',
  requires: ['assessment.answers'],
  titleNl: 'Besluit',
  subject: (c, law) => `Besluit op ${law.requestNoun} van ${longDate(requestDate(c))}`,
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
        attachments: 1,
      },
      extra: { annex: annex.view satisfies AnnexView },
      warnings: annex.warnings,
    };
  },
};

const objectionAcknowledgement: LetterDefinition<'objection_acknowledgement'> = {
  kind: 'objection_acknowledgement',
  template: 'ontvangstbevestiging-bezwaar',
  requires: ['objection.receivedOn'],
  titleNl: 'Ontvangstbevestiging bezwaarschrift',
  subject: (c) =>
    `Ontvangstbevestiging van uw bezwaarschrift van ${longDate(c.objection.letterDate ?? c.objection.receivedOn)}`,
  prepare(c) {
    const { missingRequirements, repairBy } = c.objection;
    if (missingRequirements && missingRequirements.length > 0 && repairBy === undefined) {
      contextError(
        'LETTER.REPAIR_TERM_MISSING',
        'Wie een verzuim laat herstellen, stelt daarvoor een termijn (artikel 6:6 Awb): vul repairBy in.',
        'Asking to repair a defect needs a term (Awb 6:6): give repairBy.',
        'objection.repairBy',
      );
    }
    return {};
  },
};

/** Every letter kind with its definition. */
export const LETTER_DEFINITIONS: { readonly [K in LetterKind]: LetterDefinition<K> } = {
  acknowledgement,
  clarification_request: clarificationRequest,
  conversation_summary: conversationSummary,
  extension,
  third_party_view_start: thirdPartyViewStart,
  third_party_view_end: thirdPartyViewEnd,
  decision,
  objection_acknowledgement: objectionAcknowledgement,
};

export function isLetterKind(value: string): value is LetterKind {
  return (LETTER_KINDS as readonly string[]).includes(value);
}

/** Runs a definition's checks and builds the view its template renders. */
export function prepareLetter<K extends LetterKind>(
  kind: K,
  context: LetterContexts[K],
  templates: LetterTemplates,
): PreparedLetter {
  const definition = LETTER_DEFINITIONS[kind] as LetterDefinition<K>;
  const requestLaw = LAW_NAMES[context.request.regime];
  const subject = definition.subject(context, requestLaw);
  const prepared = definition.prepare?.(context, templates) ?? {};
  const letter: LetterDerived = {
    kind,
    subject,
    requestDate: requestDate(context),
    requestLaw,
    terms: TERM_PROVISIONS[context.request.regime],
    awb: AWB_PROVISIONS,
    ...prepared.derived,
  };
  return {
    subject,
    view: { ...context, ...prepared.extra, letter },
    warnings: prepared.warnings ?? [],
    law: letter.decisionLaw?.code ?? context.request.regime,
  };
}

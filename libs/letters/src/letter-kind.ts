// The shape of one letter kind's declaration. Each kind is one file in kinds/ holding everything
// the code needs of it besides its template: its context type, subject, checks, the clerk's extra
// input and a sample context. The renderer, the register (input, availability), the API, the
// clerk's page and the tests all read the kind from there, so a new kind is that file, its
// template and one line in letter-registry.ts (plus, in the register, the mapper that fills the
// context from a request).
import type { HolidayCalendar, Regime } from '@wobdesk/domain';
import type { LetterWarning } from './annex.js';
import { AWB_PROVISIONS, type LawName, type TermProvisions } from './format/legal-citations.js';
import { longDate } from './format/nl-format.js';
import type { LetterBase } from './letter-contexts.js';
import { LetterContextError } from './letter-errors.js';
import type { LetterInputField } from './letter-input-fields.js';
import type { LetterTemplates } from './letter-templates.js';

/** Who a letter kind is addressed to. */
export type LetterAddressee = 'requester' | 'third_party' | 'competent_body';

/** Values every template can use under `letter.` besides the context itself. */
export interface LetterDerived {
  readonly kind: string;
  readonly subject: string;
  /** The date of the request as the subject line names it (its letter date, else receipt). */
  readonly requestDate: string;
  /** The law the request was made under (the term regime, by receipt date). */
  readonly requestLaw: LawName;
  readonly terms: TermProvisions;
  readonly awb: typeof AWB_PROVISIONS;
  /** Number of enclosures, shown in the right-hand column. */
  readonly attachments?: number;
  /** Decision only: the law in force on the decision date and whether it differs. */
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

export interface LetterDefinition<K extends string = string, C extends LetterBase = LetterBase> {
  readonly kind: K;
  /** The template file without ".hbs", in the letters directory. */
  readonly template: string;
  /** What the letter is, in Dutch, for lists and logs. */
  readonly titleNl: string;
  /**
   * Who the letter is addressed to. Only a letter to the requester is shown to the requester,
   * downloadable with the status link and attached to their e-mail: a letter to a third party or
   * to another body may name people and facts the requester must not see (Awb 4:8; Woo 5.1).
   */
  readonly addressee: LetterAddressee;
  /** Fields `subject` and `prepare` read (checked before they run, besides the common ones). */
  readonly requires: readonly string[];
  /** The extra input fields the clerk can give (letter-input-fields.ts), in the form's order. */
  readonly input: readonly LetterInputField[];
  subject(context: C, requestLaw: LawName): string;
  /** Checks the legal rules the letter states and adds derived values. */
  prepare?(
    context: C,
    templates: LetterTemplates,
  ): {
    derived?: Partial<LetterDerived>;
    extra?: Record<string, unknown>;
    warnings?: LetterWarning[];
  };
  /** A complete context with every deadline computed: rendered by the tests and the benchmark. */
  sample(calendar: HolidayCalendar): C;
}

/** Declares a letter kind; the type parameters keep its kind and context type for the registry. */
export function defineLetterKind<K extends string, C extends LetterBase>(
  definition: LetterDefinition<K, C>,
): LetterDefinition<K, C> {
  return definition;
}

/** The date of the request as letters name it: its letter date, else the day it was received. */
export const requestDateOf = (c: LetterBase) => c.request.letterDate ?? c.request.receivedOn;

/** "uw Woo-verzoek van 3 maart 2020", as subject lines name the request. */
export const aboutRequest = (c: LetterBase, law: LawName) =>
  `uw ${law.requestNoun} van ${longDate(requestDateOf(c))}`;

/** Refuses a context that breaks a rule the letter states, naming the field. */
export function contextError(code: string, nl: string, en: string, field: string): never {
  throw new LetterContextError(code, nl, en, { field });
}

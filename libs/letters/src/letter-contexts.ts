// The parts of the data every letter is rendered from; each kind's own context type extends
// LetterBase in its declaration (kinds/*.letter.ts). Dates are
// 'YYYY-MM-DD' strings (as in the register's RequestView); free text is the clerk's text, always
// escaped, with the small mark-up of format/rich-text.ts. Field names follow the register
// (libs/register/src/contract.ts) so that mapping a RequestView onto a context is a copy.
import type { Regime, Voice } from '@wobdesk/domain';
import type { AddresseeKind } from './format/nl-format.js';

/** 'YYYY-MM-DD', a calendar date in Europe/Amsterdam (LD-DATES). */
export type IsoDate = string;

/** The sending organisation's letterhead (the register's organisation record). */
export interface LetterOrganisation {
  /** "Ministerie van Justitie en Veiligheid" (the word mark at the top). */
  readonly name: string;
  /** Directorate-general, directorate …, one per line. */
  readonly unit?: string;
  /** The one-line return address: "Postbus 20301 2500 EH  Den Haag". */
  readonly returnAddress: string;
  /** Lines separated by "\n". */
  readonly visitingAddress?: string;
  readonly postalAddress?: string;
  readonly website?: string;
  /** The organisation's general telephone number (T in the right-hand column). */
  readonly phone?: string;
  readonly email?: string;
  /** "De minister van Justitie en Veiligheid," */
  readonly signatoryTitle: string;
  /** The mandate line, "namens deze"; absent when the body itself signs. */
  readonly onBehalfLine?: string;
  /** The official who signs and their position; absent until known. */
  readonly signatoryName?: string;
  readonly signatoryPosition?: string;
  /** Where an objection must be sent, as the decision names it (Awb 6:5). */
  readonly objectionAddress: string;
  /** Whether the letters say "ik" (a minister) or "wij" (a college); "ik" when absent. */
  readonly voice?: Voice;
}

/** The person the letter is addressed to (the register's Requester). */
export interface LetterRequester {
  readonly name: string;
  /** "Geachte heer Jansen," (a trailing comma is added when missing). */
  readonly salutation?: string;
  /** A person or an organisation ("Geacht bestuur," without a salutation); a person when absent. */
  readonly kind?: AddresseeKind;
  /** Lines separated by "\n"; without it the letter is addressed by e-mail. */
  readonly postalAddress?: string;
  readonly email?: string;
}

/** The clerk the requester can contact (Contactpersoon in the right-hand column). */
export interface LetterContact {
  readonly name: string;
  readonly phone?: string;
  readonly email?: string;
}

export type RequestChannel = 'post' | 'email' | 'web_form' | 'phone' | 'in_person';

/** A requested item ("U verzoekt specifiek om …"), numbered as the requester numbered it. */
export interface LetterItem {
  readonly number: number;
  readonly text: string;
}

/** The request a letter is about. */
export interface LetterRequest {
  /** The term regime (LD-REGIME: by receipt date); names the request "Wob-verzoek"/"Woo-verzoek". */
  readonly regime: Regime;
  /** The date on the requester's letter or e-mail ("Bij brief van …"). */
  readonly letterDate?: IsoDate;
  readonly receivedOn: IsoDate;
  readonly channel: RequestChannel;
  /** The register's short subject. */
  readonly subject: string;
  /**
   * What was asked, as it continues "heeft u … verzocht om": "documenten met betrekking tot …".
   * Without it the letter says "informatie over: <subject>".
   */
  readonly description?: string;
  readonly items: readonly LetterItem[];
}

/** What every letter has. */
export interface LetterBase {
  readonly organisation: LetterOrganisation;
  readonly requester: LetterRequester;
  /** The date of the letter (dagtekening). */
  readonly date: IsoDate;
  /** Ons kenmerk: the request's reference. */
  readonly ourReference: string;
  /** Uw kenmerk, when the requester gave one. */
  readonly theirReference?: string;
  readonly contact?: LetterContact;
  readonly request: LetterRequest;
  /** Footnotes, referred to as [^1], [^2] … in the free text. */
  readonly footnotes?: readonly string[];
  /**
   * The public copy for publication (public-copy.ts): addressed to "verzoeker", marked as the
   * public version, without the requester's address.
   */
  readonly publicCopy?: boolean;
}

/** How a letter reached the requester, as the narrative names it. */
export type LetterMedium = 'e-mail' | 'brief';

/**
 * A decision taken after its deadline: how late, and the organisation's apology (null: none of
 * its own, the template's default sentence in the organisation's voice).
 */
export interface LateDecision {
  readonly deadline: IsoDate;
  readonly daysLate: number;
  readonly apology: string | null;
}

export type ProcedureStep =
  | {
      readonly kind: 'acknowledged';
      readonly on: IsoDate;
      /** The medium of the sent acknowledgement ("e-mail", "brief"); absent when none is known. */
      readonly by?: LetterMedium;
      /** Who sent it: "mevrouw De Vries, medewerker op mijn ministerie". */
      readonly sender?: string;
      readonly conversationInvitation?: boolean;
    }
  | {
      readonly kind: 'conversation';
      readonly on: IsoDate;
      readonly channel: 'phone' | 'in_person' | 'video' | 'email';
      /** Who spoke with the requester (never the requester: they are "u"). */
      readonly withWhom: string;
      /** What the conversation was about, in the clerk's words. */
      readonly note?: string;
      readonly summarySentOn?: IsoDate;
      readonly summaryPoints?: readonly string[];
      /** The last of several conversations: "Ten slotte heeft … contact met u gehad." */
      readonly last?: boolean;
    }
  | {
      readonly kind: 'extension';
      readonly on: IsoDate;
      readonly weeks: number;
      /** The medium of the sent extension notice; absent when no notice letter was sent. */
      readonly by?: LetterMedium;
    }
  | { readonly kind: 'clarification'; readonly on: IsoDate; readonly answeredOn?: IsoDate }
  | {
      readonly kind: 'third_party_view';
      readonly on: IsoDate;
      readonly thirdParties: string;
      /** The medium of the sent notice to the requester; absent when none was sent. */
      readonly by?: LetterMedium;
    }
  | { readonly kind: 'note'; readonly text: string };

export type AnswerOutcome =
  | 'granted'
  | 'partly_granted'
  | 'refused'
  | 'no_documents'
  | 'already_public'
  | 'dropped'
  | 'answered_outside';

/** The answer to one requested item or a group of items (Beoordeling van het verzoek). */
export interface DecisionAnswer {
  readonly items: readonly number[];
  /** The clerk's reasoning before the outcome sentence. */
  readonly body: string;
  /** The outcome; the letter adds the sentence that decides it, with the grounds. */
  readonly outcome?: AnswerOutcome;
  /** Refusal grounds as article codes: "10.2.e" (Wob), "5.1.2.e" (Woo). */
  readonly grounds?: readonly string[];
  /** Text after the outcome sentence. */
  readonly bodyAfter?: string;
  /**
   * The reasoning for the grounds cited (the weighing of interests for a relative ground; for
   * Woo 5.2 whether lid 2 or 3 applies): printed in the section of the first ground cited.
   */
  readonly weighing?: string;
}

// The context of each kind is declared with the kind (kinds/*.letter.ts); they are named here too
// so that a context type is found where the shared parts are.
export type { AcknowledgementContext } from './kinds/acknowledgement.letter.js';
export type { ClarificationRequestContext } from './kinds/clarification-request.letter.js';
export type { ConversationSummaryContext } from './kinds/conversation-summary.letter.js';
export type { DecisionContext, InventoryAnnexRow } from './kinds/decision.letter.js';
export { NOT_ASSESSED_NL } from './kinds/decision.letter.js';
export type { ExtensionContext } from './kinds/extension.letter.js';
export type { NotHandledDecisionContext } from './kinds/not-handled-decision.letter.js';
export type { ObjectionAcknowledgementContext } from './kinds/objection-acknowledgement.letter.js';
export {
  OBJECTION_OUTCOMES,
  type ObjectionDecisionContext,
  type ObjectionOutcome,
} from './kinds/objection-decision.letter.js';
export type { ObjectionExtensionContext } from './kinds/objection-extension.letter.js';
export type { ForwardingLetterContext } from './kinds/forwarding-letter.letter.js';
export type { ForwardingContext } from './kinds/forwarding-notice.letter.js';
export type { SuspensionAgreedContext } from './kinds/suspension-agreed.letter.js';
export type { SuspensionEndContext } from './kinds/suspension-end.letter.js';
export type { ThirdPartyDisclosureContext } from './kinds/third-party-disclosure.letter.js';
export type { ThirdPartyViewRequestContext } from './kinds/third-party-view-request.letter.js';
export type { ThirdPartyViewEndContext } from './kinds/third-party-view-end.letter.js';
export type { ThirdPartyViewStartContext } from './kinds/third-party-view-start.letter.js';

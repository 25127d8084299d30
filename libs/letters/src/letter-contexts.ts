// The data each letter is rendered from: one TypeScript context type per letter kind. Dates are
// 'YYYY-MM-DD' strings (as in the register's RequestView); free text is the clerk's text, always
// escaped, with the small mark-up of format/rich-text.ts. Field names follow the register
// (libs/register/src/contract.ts) so that mapping a RequestView onto a context is a copy.
import type { Regime } from '@wobdesk/domain';

/** 'YYYY-MM-DD', a calendar date in Europe/Amsterdam (D8). */
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
}

/** The person the letter is addressed to (the register's Requester). */
export interface LetterRequester {
  readonly name: string;
  /** "Geachte heer Jansen," (a trailing comma is added when missing). */
  readonly salutation?: string;
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
  /** The term regime (decision D4: by receipt date); names the request "Wob-verzoek"/"Woo-verzoek". */
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
}

/** Ontvangstbevestiging. */
export interface AcknowledgementContext extends LetterBase {
  /** The decision deadline, computed by computeRequestDeadlines. */
  readonly decisionDeadline: IsoDate;
  /** Absolute URL of the requester's status page (with the status token). */
  readonly statusUrl: string;
  /** The requester is invited to a conversation about the request (as in the seed case). */
  readonly conversationInvitation?: boolean;
}

/** Verzoek om precisering (Wob art. 3 lid 4, Woo art. 4.1 lid 5; suspension Awb 4:15 lid 1 sub a). */
export interface ClarificationRequestContext extends LetterBase {
  readonly clarification: {
    /** Why the request is too general, in the clerk's words. */
    readonly explanation: string;
    /** Questions that help the requester specify. */
    readonly questions?: readonly string[];
    /** The term set for the answer (without a term nothing is suspended, D3). */
    readonly termEndsOn: IsoDate;
  };
  /** The deadline before this letter, and the deadline when no answer comes (both computed). */
  readonly decisionDeadline: IsoDate;
  readonly deadlineIfNoAnswer: IsoDate;
}

/** Samenvatting van een gesprek (as the seed's e-mail of 19 March 2020). */
export interface ConversationSummaryContext extends LetterBase {
  readonly conversation: {
    readonly occurredOn: IsoDate;
    readonly channel: 'phone' | 'in_person' | 'video' | 'email';
    /** Who spoke with the requester, e.g. "mevrouw De Vries, medewerker van mijn ministerie". */
    readonly withWhom: string;
    readonly summaryPoints: readonly string[];
  };
  /** The requester is asked to react (corrections, further documents) by this date. */
  readonly responseRequestedBy?: IsoDate;
}

/** Verdaging (Wob art. 6 lid 2, Woo art. 4.4 lid 2): only before the first term ends. */
export interface ExtensionContext extends LetterBase {
  readonly extension: {
    readonly weeks: number;
    /** The reasons, in the clerk's words (Woo: size or complexity). */
    readonly reasons: string;
  };
  /** End of the first term (computed); the letter must be dated on or before it. */
  readonly firstTermEnd: IsoDate;
  /** The decision deadline after the extension (computed). */
  readonly newDecisionDeadline: IsoDate;
}

/** Start of the third-party-view suspension (Woo art. 4.4 lid 3, Wob art. 6 lid 3). */
export interface ThirdPartyViewStartContext extends LetterBase {
  readonly thirdPartyView: {
    /** "een derde-belanghebbende", "twee bedrijven" … as the letter may name them. */
    readonly thirdParties: string;
    /** The last day of the term set for the view. */
    readonly termEndsOn: IsoDate;
  };
  /** The deadline before the suspension and when the term is used in full (both computed). */
  readonly decisionDeadline: IsoDate;
  readonly decisionDeadlineAtMost: IsoDate;
}

/** End of the third-party-view suspension with the new deadline (Woo art. 4.4 lid 4, Wob art. 6 lid 4). */
export interface ThirdPartyViewEndContext extends LetterBase {
  readonly thirdPartyView: {
    readonly thirdParties: string;
    /** The day the requester was told of the suspension (its start is the day after). */
    readonly notifiedOn: IsoDate;
    /** The day the view was given, or the last day of its term when none came. */
    readonly endedOn: IsoDate;
    readonly outcome: 'view_received' | 'term_lapsed';
  };
  readonly newDecisionDeadline: IsoDate;
}

export type ProcedureStep =
  | {
      readonly kind: 'acknowledged';
      readonly on: IsoDate;
      /** "e-mail", "brief". */
      readonly by: string;
      /** Who sent it: "mevrouw De Vries, medewerker op mijn ministerie". */
      readonly sender?: string;
      readonly conversationInvitation?: boolean;
    }
  | {
      readonly kind: 'conversation';
      readonly on: IsoDate;
      readonly channel: 'phone' | 'in_person' | 'video' | 'email';
      readonly withWhom: string;
      /** What the conversation was about, in the clerk's words. */
      readonly note?: string;
      readonly summarySentOn?: IsoDate;
      readonly summaryPoints?: readonly string[];
    }
  | { readonly kind: 'extension'; readonly on: IsoDate; readonly weeks: number }
  | { readonly kind: 'clarification'; readonly on: IsoDate; readonly answeredOn?: IsoDate }
  | { readonly kind: 'third_party_view'; readonly on: IsoDate; readonly thirdParties: string }
  | { readonly kind: 'note'; readonly text: string };

export type AnswerOutcome =
  'granted' | 'partly_granted' | 'refused' | 'no_documents' | 'already_public';

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
}

/** Besluit op het verzoek. The law named is the one in force on `date` (decision D4). */
export interface DecisionContext extends LetterBase {
  readonly procedure: readonly ProcedureStep[];
  readonly assessment: {
    /** Text before the answers (e.g. items dealt with in a conversation). */
    readonly introduction?: string;
    readonly answers: readonly DecisionAnswer[];
    /** Text after the answers. */
    readonly closing?: string;
  };
  /** Further sections before the signature ("Wijze van openbaarmaking" …). */
  readonly sections?: readonly { readonly heading: string; readonly text: string }[];
  /** Last day to object (computed from the sending date); printed when given. */
  readonly objectionWindowEndsOn?: IsoDate;
}

/** Ontvangstbevestiging van een bezwaarschrift (Awb 6:5–6:11, 7:10). */
export interface ObjectionAcknowledgementContext extends LetterBase {
  readonly objection: {
    readonly receivedOn: IsoDate;
    readonly letterDate?: IsoDate;
    /** The decision objected to. */
    readonly decisionDate: IsoDate;
    readonly decisionReference: string;
    /** Computed (Awb 6:9); when false the letter asks for the reasons of the late filing. */
    readonly timely: boolean;
    /** The decision on the objection is due (computed, Awb 7:10). */
    readonly decisionDeadline: IsoDate;
    /** An advisory committee (Awb 7:13) is used: twelve weeks instead of six. */
    readonly advisoryCommittee?: boolean;
    /** Requirements of Awb 6:5 the objection lacks, e.g. "uw handtekening". */
    readonly missingRequirements?: readonly string[];
    /** Last day to repair them (Awb 6:6). */
    readonly repairBy?: IsoDate;
    /** The requester will be invited to be heard. */
    readonly hearingToFollow?: boolean;
  };
}

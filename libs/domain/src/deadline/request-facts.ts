import type { LocalDate } from '../calendar/local-date.js';
import type { ComputedDate } from './derivation.js';
import type { Regime } from './regime.js';
import type { Suspension } from './suspension.js';

/** Everything about a request that moves a legal date: the input of `computeRequestDeadlines`. */
export interface RequestFacts {
  readonly receivedOn: LocalDate;
  /** Overrides the term regime the receipt date picks (LD-REGIME; the explanation says so). */
  readonly regime?: Regime;
  /** Wob art. 6 lid 6: environmental information (milieu-informatie). Ignored under the Woo. */
  readonly environmentalInformation?: boolean;
  /** A third party is expected to object to disclosure (Woo 4.4 lid 5 / Wob 6 lid 5 and lid 6 sub a). */
  readonly objectionExpected?: boolean;
  /** The extension (verdaging): notice date, length in days, and the reason given. */
  readonly extension?: { readonly notifiedOn: LocalDate; readonly days: number };
  readonly suspensions?: readonly Suspension[];
  readonly decidedOn?: LocalDate;
  /** Bekendmaking: the day the decision was sent (Awb 3:41). */
  readonly sentOn?: LocalDate;
  /** Notice of default (ingebrekestelling) received (Awb 6:12). */
  readonly noticeOfDefaultOn?: LocalDate;
  readonly objection?: ObjectionFacts;
}

export interface ObjectionFacts {
  readonly receivedOn: LocalDate;
  readonly byPost: boolean;
  readonly postedOn?: LocalDate;
  /** An advisory committee (Awb 7:13) was used and announced: 12 instead of 6 weeks (Awb 7:10 lid 1). */
  readonly advisoryCommittee?: boolean;
  /** Extension of the decision on objection, at most 42 days (Awb 7:10 lid 3). */
  readonly extensionDays?: number;
  /** The decision on the objection, sent the day it is recorded: the appeal term runs from it. */
  readonly decidedOn?: LocalDate;
}

export interface ObjectionWindow {
  /** Awb 6:8 lid 1: the day after bekendmaking. */
  readonly startsOn: LocalDate;
  /** Awb 6:7, Atw applied (LD-OBJECTION-WINDOW). */
  readonly endsOn: ComputedDate;
  /** Awb 6:9 lid 2: a postal objection posted by `endsOn` counts when received by this date. */
  readonly postalReceiptBy: ComputedDate;
}

export interface NoticeOfDefaultDates {
  readonly receivedOn: LocalDate;
  /** Received on or before the decision deadline: premature (ABRvS 30-01-2013). */
  readonly premature: boolean;
  /** Awb 6:12 lid 2: the last day of the two weeks after the notice. */
  readonly twoWeeksEndOn: ComputedDate;
  /** The first day on which beroep (or Woo 8.3 bezwaar) niet tijdig beslissen may be lodged; none when premature. */
  readonly appealPossibleFrom?: LocalDate;
}

/** Every legal date of a request, each with its derivation. */
export interface RequestDeadlines {
  /** The regime whose terms apply (LD-REGIME: by receipt date unless overridden). */
  readonly regime: Regime;
  /** The law the decision is taken under (LD-REGIME: by decision date); undefined until decided. */
  readonly substantiveLaw?: Regime;
  /** Received under the Wob, decided under the Woo (LD-REGIME). */
  readonly transitional: boolean;
  /** Woo art. 4.1 lid 5: last day to ask for clarification; undefined under the Wob. */
  readonly clarificationDeadline?: ComputedDate;
  /** Woo art. 4.1 lid 6 (Wob: Awb 4:5 lid 4): last day to make known a decision not to handle an unspecified request. */
  readonly nonHandlingDecisionDeadline?: ComputedDate;
  /** End of the first term; also the last day to send the extension notice (LD-EXTENSION). */
  readonly firstTermEnd: ComputedDate;
  /** The decision deadline with extension and suspensions (LD-ATW-ONCE, LD-EXTENSION). */
  readonly decisionDeadline: ComputedDate;
  /** Days the term was suspended, counted once each (LD-SUSPENSION-OVERLAP). */
  readonly suspendedDays: number;
  /** Decided after the decision deadline; undefined until decided. */
  readonly decidedLate?: boolean;
  /** Days between the decision deadline and the decision date, when late. */
  readonly daysLate?: number;
  /** Woo 4.4 lid 5 / Wob 6 lid 5: earliest disclosure when an objection is expected. */
  readonly disclosureDate?: ComputedDate;
  readonly objectionWindow?: ObjectionWindow;
  /** Whether the recorded objection was lodged in time (Awb 6:9). */
  readonly objectionTimely?: boolean;
  /** Awb 7:10: the decision on the objection, without and with its extension. */
  readonly objectionDecisionDeadline?: ComputedDate;
  readonly noticeOfDefault?: NoticeOfDefaultDates;
  /** Awb 6:7, 6:8: the last day for beroep against the decision on the objection (LD-APPEAL-WINDOW). */
  readonly appealWindowEnd?: ComputedDate;
  /** Remarks for the clerk, e.g. an unconfirmed decree day was used, or a guard was bent. */
  readonly warnings: readonly { readonly code: string; readonly nl: string; readonly en: string }[];
}

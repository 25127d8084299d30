import type { LocalDate } from '../calendar/local-date.js';
import { PENDING_PHASES, type RequestPhase } from '../request/request-phase.js';

/**
 * The stored columns of a request a reminder rule reads (persistence's `request` row, as dates).
 * Undefined = the column is NULL.
 */
export interface ReminderRow {
  readonly phase: RequestPhase;
  readonly decisionDeadline?: LocalDate;
  readonly firstTermEnd?: LocalDate;
  readonly clarificationDeadline?: LocalDate;
  readonly suspendedUntil?: LocalDate;
  readonly suspendedSince?: LocalDate;
  /** Last suspended day of the latest suspension that needs a notice when it ends. */
  readonly suspensionEndsOn?: LocalDate;
  readonly disclosureDate?: LocalDate;
  readonly postalReceiptBy?: LocalDate;
  readonly objectionDecisionDeadline?: LocalDate;
  readonly noticeOfDefaultTwoWeeksEnd?: LocalDate;
  /** Last day to make known a decision not to handle an unspecified request. */
  readonly nonHandlingDecisionDeadline?: LocalDate;
  /** The planned hearing on an objection, while it is still to be held. */
  readonly hearingOn?: LocalDate;
  readonly extensionNotifiedOn?: LocalDate;
  readonly clarificationRequestedOn?: LocalDate;
}

/** The deadline columns a rule can watch. */
export type ReminderColumn = Exclude<
  keyof ReminderRow,
  'phase' | 'suspendedSince' | 'extensionNotifiedOn' | 'clarificationRequestedOn'
>;

/**
 * When the reminders of a deadline fall due:
 * - `approaching`: the configured working days before (default 5 and 1) and on the day itself;
 * - `overdue`: as `approaching`, then the day after and every `overdueRepeatDays` after that,
 *   for as long as the row stays in the rule's phases;
 * - `ended`: once, the day after the date (the period has run out).
 */
export type ReminderSchedule = 'approaching' | 'overdue' | 'ended';

/**
 * The kinds of reminder rule: one per deadline column the sweep watches. (The mails word some
 * of them in several ways: those wordings are libs/mail's `REMINDER_KINDS`.)
 */
export const REMINDER_RULE_KINDS = [
  'decision_deadline',
  'extension_notice',
  'clarification_deadline',
  'suspension_ended',
  'disclosure_date',
  'objection_window_ended',
  'objection_decision_deadline',
  'notice_of_default',
  'non_handling_deadline',
  'hearing_date',
] as const;
export type ReminderRuleKind = (typeof REMINDER_RULE_KINDS)[number];

export interface ReminderRule {
  readonly kind: ReminderRuleKind;
  readonly column: ReminderColumn;
  /** The phases in which the date still asks for action. */
  readonly phases: readonly RequestPhase[];
  /** Columns that must be NULL (e.g. no extension notified yet for the extension reminder). */
  readonly unset: readonly (keyof ReminderRow)[];
  readonly schedule: ReminderSchedule;
  /** `close`: the sweep closes the request as final (Awb 6:7, 6:9 lid 2) and tells the clerk. */
  readonly action: 'remind' | 'close';
  readonly nl: string;
  readonly en: string;
  readonly article: string;
}

/**
 * THE reminder table, reviewed like the transition table: which stored date, in which
 * phases, on which days. Every rule is a range condition on one indexed column plus a phase list,
 * so the sweep never reads a request whose reminders are not due.
 */
export const REMINDER_RULES: readonly ReminderRule[] = [
  // prettier-ignore
  { kind: 'decision_deadline', column: 'decisionDeadline', phases: PENDING_PHASES, unset: ['suspendedSince'],
    schedule: 'overdue', action: 'remind', nl: 'Uiterste beslisdatum', en: 'Decision deadline',
    article: 'Woo art. 4.4 lid 1; Wob art. 6 lid 1' },
  // prettier-ignore
  { kind: 'extension_notice', column: 'firstTermEnd', phases: PENDING_PHASES, unset: ['extensionNotifiedOn', 'suspendedSince'],
    schedule: 'approaching', action: 'remind', nl: 'Laatste dag om verdaging mee te delen (einde eerste termijn)',
    en: 'Last day to notify an extension (end of the first term)', article: 'Woo art. 4.4 lid 2; Wob art. 6 lid 2' },
  // prettier-ignore
  { kind: 'clarification_deadline', column: 'clarificationDeadline', phases: PENDING_PHASES, unset: ['clarificationRequestedOn'],
    schedule: 'approaching', action: 'remind', nl: 'Uiterste datum om om precisering te vragen',
    en: 'Last day to ask for clarification', article: 'Woo art. 4.1 lid 5' },
  // prettier-ignore
  { kind: 'suspension_ended', column: 'suspensionEndsOn', phases: PENDING_PHASES, unset: [],
    schedule: 'ended', action: 'remind', nl: 'Opschorting voorbij: bericht met de nieuwe beslisdatum sturen',
    en: 'Suspension ended: send the notice with the new decision date', article: 'Woo art. 4.4 lid 4; Awb 4:15 lid 4' },
  // prettier-ignore
  { kind: 'disclosure_date', column: 'disclosureDate', phases: ['objection_window', 'objection_lodged'], unset: [],
    schedule: 'approaching', action: 'remind', nl: 'Openbaarmaking (twee weken na bekendmaking)',
    en: 'Disclosure (two weeks after sending)', article: 'Woo art. 4.4 lid 5; Wob art. 6 lid 5' },
  // prettier-ignore
  { kind: 'objection_window_ended', column: 'postalReceiptBy', phases: ['objection_window'], unset: [],
    schedule: 'ended', action: 'close', nl: 'Bezwaartermijn verstreken: besluit onherroepelijk, verzoek afgesloten',
    en: 'Objection period over: decision final, request closed', article: 'Awb 6:7, 6:9 lid 2' },
  // prettier-ignore
  { kind: 'objection_decision_deadline', column: 'objectionDecisionDeadline', phases: ['objection_lodged'], unset: [],
    schedule: 'overdue', action: 'remind', nl: 'Uiterste datum beslissing op bezwaar',
    en: 'Deadline for the decision on the objection', article: 'Awb 7:10' },
  // prettier-ignore
  { kind: 'notice_of_default', column: 'noticeOfDefaultTwoWeeksEnd', phases: PENDING_PHASES, unset: [],
    schedule: 'approaching', action: 'remind', nl: 'Twee weken na ingebrekestelling: beroep niet tijdig beslissen mogelijk',
    en: 'Two weeks after the notice of default: appeal for failure to decide possible', article: 'Awb 6:12; Woo art. 8.3' },
  // Only while undecided: the decision not to handle moves the request to `decided`. Not repeated
  // once passed: after the last day the request is simply handled, as any other.
  // prettier-ignore
  { kind: 'non_handling_deadline', column: 'nonHandlingDecisionDeadline', phases: PENDING_PHASES, unset: [],
    schedule: 'approaching', action: 'remind', nl: 'Laatste dag om te besluiten het verzoek niet te behandelen',
    en: 'Last day to decide not to handle the request', article: 'Woo art. 4.1 lid 6; Awb 4:5 lid 4' },
  // The column is only filled while the hearing is still to be held (objectionStage).
  // prettier-ignore
  { kind: 'hearing_date', column: 'hearingOn', phases: ['objection_lodged'], unset: [],
    schedule: 'approaching', action: 'remind', nl: 'Hoorzitting over het bezwaar',
    en: 'Hearing on the objection', article: 'Awb 7:2' },
];

export function reminderRule(kind: ReminderRuleKind): ReminderRule {
  return REMINDER_RULES.find((r) => r.kind === kind)!;
}

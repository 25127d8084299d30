import type { RequestCommandType } from './request-command.js';
import type { RequestEventType } from './request-event.js';
import { PENDING_PHASES, type RequestPhase } from './request-phase.js';

/** One row of the transition table: which command, where it may start, where it leads. */
export interface TransitionRule {
  /** Phases in which the command is accepted; `'none'`: only when no request exists yet. */
  readonly from: readonly RequestPhase[] | 'none';
  /** Resulting phase; `'same'` for facts that move dates without changing the phase. */
  readonly to: RequestPhase | 'same';
  /** The events recorded, in order; the last one carries the phase change. */
  readonly emits: readonly RequestEventType[];
  readonly nl: string;
  readonly en: string;
  /** The provision the step rests on, for the lawyer reviewing this table. */
  readonly article: string;
}

const PENDING = PENDING_PHASES;

/**
 * THE transition table of a request, as data, so a lawyer can review it row by
 * row and tests can walk it. Guards that depend on dates
 * and facts (extension only once, notice before the first term ends, …) live in `guards.ts`.
 */
export const REQUEST_TRANSITIONS: Readonly<Record<RequestCommandType, TransitionRule>> = {
  // prettier-ignore
  receive: { from: 'none', to: 'received', emits: ['request_received'],
    nl: 'Ontvangst verzoek registreren', en: 'Register the request', article: 'Woo art. 4.1; Wob art. 3; Awb 2:17' },
  // prettier-ignore
  acknowledgeReceipt: { from: ['received'], to: 'acknowledged', emits: ['receipt_acknowledged'],
    nl: 'Ontvangst bevestigen', en: 'Acknowledge receipt', article: 'Awb 4:3a' },
  // prettier-ignore
  holdConversation: { from: ['received', 'acknowledged'], to: 'conversation_held', emits: ['conversation_held'],
    nl: 'Gesprek over reikwijdte en planning gevoerd', en: 'Hold a conversation on scope and planning', article: 'Woo art. 8.3 lid 4, 8.4 lid 3; Awb 4:15 lid 2 sub a' },
  // prettier-ignore
  requestClarification: { from: PENDING, to: 'same', emits: ['clarification_requested'],
    nl: 'Om precisering of aanvulling vragen', en: 'Request clarification', article: 'Awb 4:5, 4:15 lid 1 sub a; Woo art. 4.1 lid 5; Wob art. 3 lid 4' },
  // prettier-ignore
  answerClarification: { from: PENDING, to: 'same', emits: ['clarification_answered'],
    nl: 'Precisering ontvangen', en: 'Record the clarification', article: 'Awb 4:15 lid 1 sub a' },
  // prettier-ignore
  requestThirdPartyView: { from: PENDING, to: 'same', emits: ['third_party_view_requested'],
    nl: 'Zienswijze derde gevraagd (verzoeker geïnformeerd)', en: 'Request a third-party view', article: 'Awb 4:8; Woo art. 4.4 lid 3; Wob art. 6 lid 3' },
  // prettier-ignore
  receiveThirdPartyView: { from: PENDING, to: 'same', emits: ['third_party_view_received'],
    nl: 'Zienswijze derde ontvangen', en: 'Record the third-party view', article: 'Woo art. 4.4 lid 3 en 4; Wob art. 6 lid 3 en 4' },
  // prettier-ignore
  agreeSuspension: { from: PENDING, to: 'same', emits: ['suspension_agreed'],
    nl: 'Opschorting met schriftelijke instemming verzoeker', en: 'Suspend with written consent', article: 'Awb 4:15 lid 2 sub a' },
  // prettier-ignore
  startSuspension: { from: PENDING, to: 'same', emits: ['suspension_started'],
    nl: 'Opschorting begonnen (vertraging verzoeker of overmacht)', en: 'Start a suspension (requester delay or force majeure)', article: 'Awb 4:15 lid 2 sub b en c, lid 3' },
  // prettier-ignore
  endSuspension: { from: PENDING, to: 'same', emits: ['suspension_ended'],
    nl: 'Opschorting beëindigd (laatste opgeschorte dag)', en: 'End a suspension (last suspended day)', article: 'Awb 4:15 lid 4' },
  // prettier-ignore
  notifyExtension: { from: PENDING, to: 'same', emits: ['extension_notified'],
    nl: 'Verdaging meegedeeld', en: 'Notify an extension', article: 'Woo art. 4.4 lid 2; Wob art. 6 lid 2 en lid 6 sub b' },
  // prettier-ignore
  receiveNoticeOfDefault: { from: PENDING, to: 'same', emits: ['notice_of_default_received'],
    nl: 'Ingebrekestelling ontvangen', en: 'Record a notice of default', article: 'Awb 6:12; Woo art. 8.3; Wob art. 15a' },
  // prettier-ignore
  takeDecision: { from: PENDING, to: 'decided', emits: ['decision_taken'],
    nl: 'Besluit genomen', en: 'Take the decision', article: 'Woo art. 4.4 lid 1; Wob art. 6 lid 1' },
  // prettier-ignore
  correctDecision: { from: ['decided'], to: 'same', emits: ['decision_corrected'],
    nl: 'Besluit gecorrigeerd (nog niet verzonden)', en: 'Correct the decision before it is sent', article: 'Awb 3:40' },
  // prettier-ignore
  declineToHandle: { from: PENDING, to: 'decided', emits: ['request_not_handled'],
    nl: 'Besluit verzoek niet te behandelen (geen of onvoldoende precisering)', en: 'Decide not to handle the request (not specified)', article: 'Woo art. 4.1 lid 6; Awb 4:5' },
  // prettier-ignore
  sendDecision: { from: ['decided'], to: 'objection_window', emits: ['decision_sent'],
    nl: 'Besluit bekendgemaakt (verzonden)', en: 'Send the decision', article: 'Awb 3:41, 6:8 lid 1' },
  // prettier-ignore
  lodgeObjection: { from: ['objection_window'], to: 'objection_lodged', emits: ['objection_lodged'],
    nl: 'Bezwaarschrift ontvangen', en: 'Record an objection', article: 'Awb 6:7, 6:8, 6:9' },
  // prettier-ignore
  extendObjectionDecision: { from: ['objection_lodged'], to: 'same', emits: ['objection_decision_extended'],
    nl: 'Beslissing op bezwaar verdaagd', en: 'Extend the decision on the objection', article: 'Awb 7:10 lid 3' },
  // prettier-ignore
  scheduleHearing: { from: ['objection_lodged'], to: 'same', emits: ['hearing_scheduled'],
    nl: 'Hoorzitting gepland', en: 'Schedule the hearing', article: 'Awb 7:2' },
  // prettier-ignore
  holdHearing: { from: ['objection_lodged'], to: 'same', emits: ['hearing_held'],
    nl: 'Hoorzitting gehouden (verslag)', en: 'Record the hearing held', article: 'Awb 7:2, 7:7' },
  // prettier-ignore
  waiveHearing: { from: ['objection_lodged'], to: 'same', emits: ['hearing_waived'],
    nl: 'Afgezien van horen', en: 'Waive the hearing', article: 'Awb 7:3' },
  // prettier-ignore
  receiveCommitteeAdvice: { from: ['objection_lodged'], to: 'same', emits: ['committee_advice_received'],
    nl: 'Advies bezwaarcommissie ontvangen', en: 'Record the advisory committee\'s advice', article: 'Awb 7:13' },
  // prettier-ignore
  decideObjection: { from: ['objection_lodged'], to: 'closed', emits: ['objection_decided', 'closed'],
    nl: 'Beslissing op bezwaar genomen', en: 'Decide on the objection', article: 'Awb 7:10, 7:11, 7:12' },
  // prettier-ignore
  closeAsFinal: { from: ['objection_window'], to: 'closed', emits: ['closed'],
    nl: 'Afsluiten: besluit onherroepelijk', en: 'Close: the decision is final', article: 'Awb 6:7, 6:9 lid 2' },
  // prettier-ignore
  withdraw: { from: PENDING, to: 'withdrawn', emits: ['withdrawn'],
    nl: 'Verzoek ingetrokken', en: 'Withdraw the request', article: 'geen bijzondere bepaling (intrekking door verzoeker)' },
  // prettier-ignore
  forward: { from: PENDING, to: 'forwarded', emits: ['forwarded'],
    nl: 'Doorgezonden naar bevoegd orgaan', en: 'Forward to the competent body', article: 'Woo art. 4.2; Awb 2:3' },
};

export const REQUEST_COMMAND_TYPES = Object.keys(
  REQUEST_TRANSITIONS,
) as readonly RequestCommandType[];

/** The commands accepted in `phase` (none in a terminal phase). */
export function commandsFrom(phase: RequestPhase): RequestCommandType[] {
  return REQUEST_COMMAND_TYPES.filter((c) => {
    const from = REQUEST_TRANSITIONS[c].from;
    return from !== 'none' && from.includes(phase);
  });
}

/**
 * The phase each phase-changing event leads to, derived from the table so that `evolve` and the
 * table cannot disagree (a spec checks no event is mapped to two phases).
 */
export const PHASE_AFTER_EVENT: Readonly<Partial<Record<RequestEventType, RequestPhase>>> =
  Object.fromEntries(
    Object.values(REQUEST_TRANSITIONS)
      .filter((rule) => rule.to !== 'same')
      .map((rule) => [rule.emits[rule.emits.length - 1], rule.to]),
  );

import type { RequestFacts } from '../deadline/request-facts.js';
import type { Suspension } from '../deadline/suspension.js';
import type { RequestEvent } from './request-event.js';
import type { ObjectionProcedure, RequestState } from './request-state.js';

/**
 * What one event (other than `request_received`) changes in the snapshot, apart from the phase,
 * the dates and the counters that `evolve` maintains for every event. Suspensions are appended to
 * `facts.suspensions` (an index, once given, never changes) so that the deadline engine sees them.
 */
export function applyEventFacts(state: RequestState, event: RequestEvent): RequestState {
  const facts = state.facts;
  const on = event.occurredOn;
  switch (event.type) {
    case 'request_received':
      throw new Error('Corrupt history: request_received twice');
    case 'clarification_requested': {
      const term = event.termEndsOn && { termEndsOn: event.termEndsOn };
      const s: Suspension = { kind: 'clarification', requestedOn: on, ...term };
      const open = { index: facts.suspensions?.length ?? 0, requestedOn: on, ...term };
      return { ...state, facts: withSuspension(facts, s), openClarification: open };
    }
    case 'clarification_answered': {
      const open = required(state.openClarification, event);
      const rest = omit(state, 'openClarification');
      return { ...rest, facts: patchSuspension(facts, open.index, { answeredOn: on }) };
    }
    case 'third_party_view_requested': {
      const s: Suspension = {
        kind: 'third_party_view',
        notifiedOn: on,
        termEndsOn: event.termEndsOn,
      };
      const index = facts.suspensions?.length ?? 0;
      const open = { index, notifiedOn: on, termEndsOn: event.termEndsOn };
      return { ...state, facts: withSuspension(facts, s), openThirdPartyView: open };
    }
    case 'third_party_view_received': {
      const open = required(state.openThirdPartyView, event);
      const rest = omit(state, 'openThirdPartyView');
      return { ...rest, facts: patchSuspension(facts, open.index, { respondedOn: on }) };
    }
    case 'suspension_agreed':
      return {
        ...state,
        facts: withSuspension(facts, { kind: 'consent', agreedOn: on, days: event.days }),
      };
    case 'suspension_started':
      return { ...state, openSuspensions: { ...state.openSuspensions, [event.kind]: on } };
    case 'suspension_ended': {
      const from = required(state.openSuspensions[event.kind], event);
      const stillOpen = omit(state.openSuspensions, event.kind);
      const s: Suspension = { kind: event.kind, from, until: on };
      return { ...state, openSuspensions: stillOpen, facts: withSuspension(facts, s) };
    }
    case 'extension_notified':
      return {
        ...state,
        extensionUsed: true,
        facts: { ...facts, extension: { notifiedOn: on, days: event.days } },
      };
    case 'notice_of_default_received':
      return { ...state, facts: { ...facts, noticeOfDefaultOn: on } };
    case 'decision_taken':
      return {
        ...state,
        facts: {
          ...facts,
          decidedOn: on,
          ...(event.objectionExpected !== undefined && {
            objectionExpected: event.objectionExpected,
          }),
        },
      };
    case 'decision_corrected':
      // The correction replaces the decision: its date, and whether an objection is expected.
      return {
        ...state,
        facts: {
          ...omit(facts, 'objectionExpected'),
          decidedOn: on,
          ...(event.objectionExpected !== undefined && {
            objectionExpected: event.objectionExpected,
          }),
        },
      };
    case 'request_not_handled':
      // A besluit on the request (LD-NOT-HANDLED): its date ends the decision term like a decision's.
      return { ...state, facts: { ...facts, decidedOn: on } };
    case 'decision_sent':
      return { ...state, facts: { ...facts, sentOn: on } };
    case 'objection_lodged': {
      const details = omit(omit(event, 'type'), 'occurredOn');
      return { ...state, facts: { ...facts, objection: { receivedOn: on, ...details } } };
    }
    case 'objection_decision_extended': {
      const objection = required(facts.objection, event);
      const extended = { ...objection, extensionDays: event.days };
      return { ...state, objectionExtensionUsed: true, facts: { ...facts, objection: extended } };
    }
    case 'hearing_scheduled':
      return procedure(state, { hearing: { on: event.hearingOn, place: event.place } });
    case 'hearing_held':
      return procedure(state, { hearingHeldOn: on, hearingReport: event.report });
    case 'hearing_waived':
      return procedure(state, { hearingWaived: event.ground });
    case 'committee_advice_received':
      return procedure(state, { adviceReceivedOn: on });
    case 'objection_decided': {
      const objection = required(facts.objection, event);
      const decided = procedure(state, {
        outcome: event.outcome,
        ...(event.newDecision !== undefined && { newDecision: event.newDecision }),
      });
      return {
        ...decided,
        objectionDecidedOn: on,
        facts: { ...facts, objection: { ...objection, decidedOn: on } },
      };
    }
    case 'closed':
      return { ...state, closeReason: event.reason };
    case 'forwarded':
      return { ...state, forwardedTo: event.to };
    case 'receipt_acknowledged':
    case 'conversation_held':
    case 'withdrawn':
      return state;
  }
}

function withSuspension(facts: RequestFacts, s: Suspension): RequestFacts {
  return { ...facts, suspensions: [...(facts.suspensions ?? []), s] };
}

function patchSuspension(
  facts: RequestFacts,
  index: number,
  patch: Partial<Suspension>,
): RequestFacts {
  const suspensions = (facts.suspensions ?? []).map((s, i) =>
    i === index ? ({ ...s, ...patch } as Suspension) : s,
  );
  return { ...facts, suspensions };
}

function required<T>(value: T | undefined, event: RequestEvent): T {
  if (value === undefined) throw new Error(`Corrupt history: ${event.type} has nothing to close`);
  return value;
}

/** A copy without `key` (not merely set to undefined, so snapshots compare and serialise cleanly). */
function omit<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== key)) as Omit<T, K>;
}

function procedure(state: RequestState, change: ObjectionProcedure): RequestState {
  return { ...state, objectionProcedure: { ...state.objectionProcedure, ...change } };
}

// Vendure-style check of the transition table: with the model test and the legal stories, one
// of the three kinds of test the state machine has.
import { REQUEST_EVENT_TYPES } from './request-event-json.js';
import { REQUEST_PHASES, TERMINAL_PHASES, type RequestPhase } from './request-phase.js';
import {
  commandsFrom,
  PHASE_AFTER_EVENT,
  REQUEST_COMMAND_TYPES,
  REQUEST_TRANSITIONS,
} from './request-transitions.js';

describe('REQUEST_TRANSITIONS', () => {
  it('should reach every phase from received', () => {
    const seen = new Set<RequestPhase>(['received']);
    const queue: RequestPhase[] = ['received'];
    while (queue.length > 0) {
      const phase = queue.shift() as RequestPhase;
      for (const command of commandsFrom(phase)) {
        const to = REQUEST_TRANSITIONS[command].to;
        if (to !== 'same' && !seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
      }
    }
    expect([...seen].sort()).toEqual([...REQUEST_PHASES].sort());
  });

  it('should name only known phases and events', () => {
    for (const command of REQUEST_COMMAND_TYPES) {
      const rule = REQUEST_TRANSITIONS[command];
      if (rule.to !== 'same') expect(REQUEST_PHASES).toContain(rule.to);
      if (rule.from !== 'none') {
        expect(rule.from.length).toBeGreaterThan(0);
        for (const from of rule.from) expect(REQUEST_PHASES).toContain(from);
      }
      expect(rule.emits.length).toBeGreaterThan(0);
      for (const event of rule.emits) expect(REQUEST_EVENT_TYPES).toContain(event);
    }
  });

  it('should give terminal phases no outgoing commands', () => {
    for (const phase of TERMINAL_PHASES) expect(commandsFrom(phase)).toEqual([]);
  });

  it('should give every non-terminal phase a way forward', () => {
    for (const phase of REQUEST_PHASES.filter((p) => !TERMINAL_PHASES.includes(p))) {
      const moves = commandsFrom(phase).filter((c) => REQUEST_TRANSITIONS[c].to !== 'same');
      expect(moves.length).toBeGreaterThan(0);
    }
  });

  it('should create a request only with receive', () => {
    const initial = REQUEST_COMMAND_TYPES.filter((c) => REQUEST_TRANSITIONS[c].from === 'none');
    expect(initial).toEqual(['receive']);
  });

  it('should map each phase-changing event to exactly one phase', () => {
    for (const rule of Object.values(REQUEST_TRANSITIONS)) {
      const last = rule.emits[rule.emits.length - 1];
      expect(PHASE_AFTER_EVENT[last]).toBe(rule.to === 'same' ? undefined : rule.to);
      // Only the last event of a command may change the phase.
      for (const earlier of rule.emits.slice(0, -1))
        expect(PHASE_AFTER_EVENT[earlier]).toBeUndefined();
    }
  });

  it('should label every command in Dutch and English with its provision', () => {
    for (const rule of Object.values(REQUEST_TRANSITIONS)) {
      expect(rule.nl.length).toBeGreaterThan(0);
      expect(rule.en.length).toBeGreaterThan(0);
      expect(rule.article.length).toBeGreaterThan(0);
    }
  });
});

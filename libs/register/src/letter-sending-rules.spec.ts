import type { Actor } from './actor.js';
import { blockingWarningsOf, checkSendable } from './letter-sending-rules.js';
import { WorkflowError } from './workflow-error.js';

const clerk = { userId: 'u1', organisationId: 'o1', role: 'clerk' } as Actor;
const coordinator = { ...clerk, role: 'coordinator' } as Actor;
const letter = (warnings: object[]) => ({
  id: 'l1',
  kind: 'decision',
  warnings: JSON.stringify(warnings),
});
const unverified = { code: 'ANNEX.UNVERIFIED_TEXT', nl: 'Bijlage: niet geverifieerd.', en: 'x' };
const note = { code: 'SOMETHING.TO_CHECK', nl: 'Kijk even.', en: 'x' };

function refusal(run: () => unknown): WorkflowError {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkflowError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('sending rules', () => {
  it('should block on a flagged warning and on annex warnings stored before the flag', () => {
    expect(blockingWarningsOf(JSON.stringify([note]))).toEqual([]);
    expect(blockingWarningsOf(JSON.stringify([unverified, note]))).toEqual([unverified]);
    const flagged = { ...note, blocking: true };
    expect(blockingWarningsOf(JSON.stringify([flagged]))).toEqual([flagged]);
  });

  it('should let a letter without blocking warnings go without an event', () => {
    expect(checkSendable(letter([note]), clerk, undefined, '2026-01-05')).toBeUndefined();
  });

  it('should refuse a blocked letter, a clerk overriding, and a blank reason', () => {
    const blocked = refusal(() => checkSendable(letter([unverified]), coordinator, undefined, ''));
    expect(blocked).toMatchObject({ kind: 'invalid', code: 'LETTER.BLOCKED' });
    expect(blocked.nl).toContain('Bijlage: niet geverifieerd.');
    const byClerk = refusal(() =>
      checkSendable(letter([unverified]), clerk, { reason: 'Gecontroleerd.' }, ''),
    );
    expect(byClerk).toMatchObject({ kind: 'forbidden', code: 'LETTER.OVERRIDE_FORBIDDEN' });
    const blank = refusal(() =>
      checkSendable(letter([unverified]), coordinator, { reason: '  ' }, ''),
    );
    expect(blank.details).toEqual({ field: 'overrideReason', rule: 'isNotEmpty' });
  });

  it("should record a coordinator's override with the letter, its warnings and the reason", () => {
    const event = checkSendable(
      letter([unverified, note]),
      coordinator,
      { reason: ' Tekst met de hand gecontroleerd. ' },
      '2026-01-05',
    );
    expect(event).toEqual({
      type: 'letter_send_overridden',
      occurredOn: '2026-01-05',
      payload: {
        letterId: 'l1',
        kind: 'decision',
        warnings: ['ANNEX.UNVERIFIED_TEXT'],
        reason: 'Tekst met de hand gecontroleerd.',
      },
    });
  });
});

// Whether a stored letter may go to the requester. The warnings stored with the letter when it
// was generated decide, so the rule applies to the letter as it was made, not as it would be made
// today. A blocking warning stops sending, and the e-mail that would attach the letter with it; a
// coordinator may send anyway with a reason, which the request's history keeps.
import type { NewRequestEvent } from '@wobdesk/persistence';
import type { Actor } from './actor.js';
import { WorkflowError } from './workflow-error.js';

/** A warning as stored with a letter (the renderer's and the letter service's). */
export interface StoredLetterWarning {
  readonly code: string;
  readonly nl: string;
  readonly en: string;
  readonly blocking?: boolean;
}

/**
 * Codes that block even without the flag: letters stored before warnings carried `blocking`
 * had these annex warnings, and a placeholder in the annex must not reach a requester.
 */
const ALWAYS_BLOCKING: ReadonlySet<string> = new Set([
  'ANNEX.UNVERIFIED_TEXT',
  'ANNEX.NO_TEXT_IN_FORCE',
]);

export const LETTER_BLOCKED = 'LETTER.BLOCKED';
export const OVERRIDE_FORBIDDEN = 'LETTER.OVERRIDE_FORBIDDEN';

/** The event that records a coordinator sending a letter despite its blocking warnings. */
export const SEND_OVERRIDDEN_EVENT = 'letter_send_overridden';

/** What a coordinator gives to send a blocked letter anyway. */
export interface SendOverride {
  readonly reason?: unknown;
}

export function isBlockingWarning(warning: StoredLetterWarning): boolean {
  return warning.blocking === true || ALWAYS_BLOCKING.has(warning.code);
}

export function blockingWarningsOf(storedWarnings: string): StoredLetterWarning[] {
  return (JSON.parse(storedWarnings) as StoredLetterWarning[]).filter(isBlockingWarning);
}

/**
 * Refuses to send a letter with blocking warnings unless a coordinator overrides with a reason.
 * Returns the event recording the override, or undefined when nothing blocks.
 */
export function checkSendable(
  letter: { readonly id: string; readonly kind: string; readonly warnings: string },
  actor: Actor,
  override: SendOverride | undefined,
  occurredOn: string,
): NewRequestEvent | undefined {
  const blocking = blockingWarningsOf(letter.warnings);
  if (blocking.length === 0) return undefined;
  const codes = blocking.map((w) => w.code);
  const details = { id: letter.id, kind: letter.kind, warnings: codes };
  if (override === undefined || override.reason === undefined) {
    throw new WorkflowError(
      'invalid',
      LETTER_BLOCKED,
      `Deze brief kan niet worden verzonden: ${blocking.map((w) => w.nl).join(' ')} Los dit op en maak de brief opnieuw, of laat een coördinator de brief met een reden toch verzenden.`,
      `This letter cannot be sent: ${blocking.map((w) => w.en).join(' ')} Fix this and generate the letter again, or have a coordinator send it anyway with a reason.`,
      details,
    );
  }
  if (actor.role !== 'coordinator') {
    throw new WorkflowError(
      'forbidden',
      OVERRIDE_FORBIDDEN,
      'Alleen een coördinator kan een brief met een blokkerende waarschuwing toch verzenden.',
      'Only a coordinator can send a letter with a blocking warning anyway.',
      details,
    );
  }
  const reason = typeof override.reason === 'string' ? override.reason.trim() : '';
  if (reason === '') {
    throw new WorkflowError(
      'invalid',
      'REQUEST.INVALID_INPUT',
      'Geef een reden om de brief ondanks de waarschuwing te verzenden.',
      'Give a reason to send the letter despite the warning.',
      { field: 'overrideReason', rule: 'isNotEmpty' },
    );
  }
  return {
    type: SEND_OVERRIDDEN_EVENT,
    occurredOn,
    payload: { letterId: letter.id, kind: letter.kind, warnings: codes, reason },
  };
}

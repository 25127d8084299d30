// The letter kinds: one declaration each in kinds/ (template, subject, context type, checks, the
// clerk's extra input and a sample), listed here once. Everything else — the kinds' names, their
// context types, the input each takes, the samples the tests render — is read from this list.
import type { HolidayCalendar } from '@wobdesk/domain';
import { AWB_PROVISIONS, LAW_NAMES, TERM_PROVISIONS } from './format/legal-citations.js';
import { acknowledgement } from './kinds/acknowledgement.letter.js';
import { clarificationRequest } from './kinds/clarification-request.letter.js';
import { conversationSummary } from './kinds/conversation-summary.letter.js';
import { decision } from './kinds/decision.letter.js';
import { extension } from './kinds/extension.letter.js';
import { forwardingLetter } from './kinds/forwarding-letter.letter.js';
import { forwardingNotice } from './kinds/forwarding-notice.letter.js';
import { notHandledDecision } from './kinds/not-handled-decision.letter.js';
import { objectionAcknowledgement } from './kinds/objection-acknowledgement.letter.js';
import { objectionDecision } from './kinds/objection-decision.letter.js';
import { objectionExtension } from './kinds/objection-extension.letter.js';
import { suspensionAgreed } from './kinds/suspension-agreed.letter.js';
import { suspensionEnd } from './kinds/suspension-end.letter.js';
import { thirdPartyDisclosure } from './kinds/third-party-disclosure.letter.js';
import { thirdPartyViewEnd } from './kinds/third-party-view-end.letter.js';
import { thirdPartyViewRequest } from './kinds/third-party-view-request.letter.js';
import { thirdPartyViewStart } from './kinds/third-party-view-start.letter.js';
import {
  type LetterDefinition,
  type LetterDerived,
  type PreparedLetter,
  requestDateOf,
} from './letter-kind.js';
import type { LetterInputField } from './letter-input-fields.js';
import type { LetterTemplates } from './letter-templates.js';

export type { LetterDefinition, LetterDerived, PreparedLetter } from './letter-kind.js';

/** Every letter kind, in the order the clerk's page offers them. */
const KINDS = [
  acknowledgement,
  clarificationRequest,
  conversationSummary,
  extension,
  suspensionAgreed,
  suspensionEnd,
  thirdPartyViewStart,
  thirdPartyViewRequest,
  thirdPartyViewEnd,
  decision,
  notHandledDecision,
  thirdPartyDisclosure,
  objectionAcknowledgement,
  objectionExtension,
  objectionDecision,
  forwardingNotice,
  forwardingLetter,
] as const;

type Declared = (typeof KINDS)[number];
export type LetterKind = Declared['kind'];

/** The context type of each letter kind. */
export type LetterContexts = {
  [D in Declared as D['kind']]: D extends LetterDefinition<string, infer C> ? C : never;
};

export const LETTER_KINDS: readonly LetterKind[] = KINDS.map((k) => k.kind);

/** Every letter kind with its declaration. */
export const LETTER_DEFINITIONS = Object.fromEntries(KINDS.map((k) => [k.kind, k])) as {
  readonly [K in LetterKind]: LetterDefinition<K, LetterContexts[K]>;
};

/** Whether letters of this kind go to the requester (and so may be shown and sent to them). */
export function isLetterToRequester(kind: string): boolean {
  return isLetterKind(kind) && LETTER_DEFINITIONS[kind].addressee === 'requester';
}

/**
 * The name a letter's file gets where the requester or a clerk saves it: the kind's Dutch name and
 * the letter's date ("ontvangstbevestiging-2026-12-04.pdf"), never an internal id.
 */
export function letterFileName(kind: string, date: string | null, extension: string): string {
  const base = isLetterKind(kind) ? LETTER_DEFINITIONS[kind].template : 'brief';
  return `${base}${date ? `-${date}` : ''}.${extension}`;
}

export function isLetterKind(value: string): value is LetterKind {
  return Object.hasOwn(LETTER_DEFINITIONS, value);
}

/** The extra input fields a kind takes, in the order its form asks for them. */
export function letterInputFieldsOf(kind: LetterKind): readonly LetterInputField[] {
  return LETTER_DEFINITIONS[kind].input;
}

/** One sample context per letter kind; all deadlines computed from the facts. */
export function sampleLetterContexts(calendar: HolidayCalendar): {
  readonly [K in LetterKind]: LetterContexts[K];
} {
  return Object.fromEntries(KINDS.map((k) => [k.kind, k.sample(calendar)])) as {
    readonly [K in LetterKind]: LetterContexts[K];
  };
}

/** Runs a definition's checks and builds the view its template renders. */
export function prepareLetter<K extends LetterKind>(
  kind: K,
  context: LetterContexts[K],
  templates: LetterTemplates,
): PreparedLetter {
  const definition = LETTER_DEFINITIONS[kind] as LetterDefinition<K, LetterContexts[K]>;
  const requestLaw = LAW_NAMES[context.request.regime];
  const subject = definition.subject(context, requestLaw);
  const prepared = definition.prepare?.(context, templates) ?? {};
  const letter: LetterDerived = {
    kind,
    subject,
    requestDate: requestDateOf(context),
    requestLaw,
    terms: TERM_PROVISIONS[context.request.regime],
    awb: AWB_PROVISIONS,
    ...prepared.derived,
  };
  return {
    subject,
    view: { ...context, ...prepared.extra, letter },
    warnings: prepared.warnings ?? [],
    law: letter.decisionLaw?.code ?? context.request.regime,
  };
}

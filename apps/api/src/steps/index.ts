// The step catalogue: every workflow step of a request, declared once, in the order the page
// offers them. The API routes, the page forms and the OpenAPI document are built from it, and
// step-catalogue.spec.ts fails when a command of the domain's transition table has no step here.
import type { RequestCommandType } from '@wobdesk/domain';
import { acknowledgeReceipt } from './acknowledge-receipt.step.js';
import { answerClarification } from './answer-clarification.step.js';
import { assign } from './assign.step.js';
import { closeAsFinal } from './close-as-final.step.js';
import { decideObjection } from './decide-objection.step.js';
import { declineToHandle } from './decline-to-handle.step.js';
import { endSuspension } from './end-suspension.step.js';
import { extendObjectionDecision } from './extend-objection-decision.step.js';
import { forward } from './forward.step.js';
import { holdConversation } from './hold-conversation.step.js';
import { lodgeObjection } from './lodge-objection.step.js';
import { holdHearing, scheduleHearing, waiveHearing } from './objection-hearing.step.js';
import { notifyExtension } from './notify-extension.step.js';
import { receiveNoticeOfDefault } from './receive-notice-of-default.step.js';
import { receiveCommitteeAdvice } from './receive-committee-advice.step.js';
import { receiveThirdPartyView } from './receive-third-party-view.step.js';
import { requestClarification } from './request-clarification.step.js';
import { requestThirdPartyView } from './request-third-party-view.step.js';
import { sendDecision } from './send-decision.step.js';
import type { CatalogueStep } from './step-definition.js';
import { suspend } from './suspend.step.js';
import { takeDecision } from './take-decision.step.js';
import { withdraw } from './withdraw.step.js';

export { type CatalogueStep, type StepCall, stepLabels, stepTitle } from './step-definition.js';
export { OUTCOME_LABELS } from './take-decision.form.js';

/** The legal steps of a case: POST /api/requests/:id/<slug> (RequestActionsController). */
export const CASE_STEPS: readonly CatalogueStep[] = [
  acknowledgeReceipt,
  holdConversation,
  requestClarification,
  answerClarification,
  notifyExtension,
  requestThirdPartyView,
  receiveThirdPartyView,
  suspend,
  endSuspension,
  receiveNoticeOfDefault,
  takeDecision,
  declineToHandle,
  sendDecision,
  lodgeObjection,
  scheduleHearing,
  holdHearing,
  waiveHearing,
  receiveCommitteeAdvice,
  extendObjectionDecision,
  decideObjection,
  closeAsFinal,
  withdraw,
  forward,
];

/**
 * Assignment, a step of the register rather than of the law: its route stays with the request
 * resource (RequestsController, tag "requests") where clients know it.
 */
export const ASSIGNMENT_STEP: CatalogueStep = assign;

/** Every step, as the request page offers them. */
export const STEP_CATALOGUE: readonly CatalogueStep[] = [...CASE_STEPS, ASSIGNMENT_STEP];

/**
 * Commands of the transition table that no clerk issues as a step, each with the reason. The
 * catalogue test accepts a command without a step only when it is listed here.
 */
export const SYSTEM_ONLY_COMMANDS: Readonly<Partial<Record<RequestCommandType, string>>> = {
  receive:
    'creates the request: POST /api/requests, the new-request page and the public request form',
};

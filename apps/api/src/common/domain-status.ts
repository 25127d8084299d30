import { HttpStatus } from '@nestjs/common';
import type { RequestErrorCode } from '@wobdesk/domain';
import { PUBLICATION_CONFLICTS } from '@wobdesk/publication';
import type { WorkflowError } from '@wobdesk/register';

type DomainStatus = HttpStatus.CONFLICT | HttpStatus.UNPROCESSABLE_ENTITY;
const CONFLICT = HttpStatus.CONFLICT;
const UNPROCESSABLE = HttpStatus.UNPROCESSABLE_ENTITY;

/**
 * The status of every refusal of the request state machine (libs/domain request.errors.ts). A
 * `Record` over the code union: a new code does not compile until it has a status here.
 *
 * 409: the step conflicts with the request as it stands (wrong phase, something already open
 * or already used, nothing open to close); repeating it later or after another step may work.
 * 422: the facts given break a legal rule (a date in the future or before an earlier step, an
 * extension longer or later than the law allows, ...); the same call will keep failing.
 */
export const DOMAIN_ERROR_STATUS: Readonly<Record<RequestErrorCode, DomainStatus>> = {
  'REQUEST.NOT_RECEIVED': CONFLICT,
  'REQUEST.ALREADY_RECEIVED': CONFLICT,
  'REQUEST.COMMAND_NOT_ALLOWED': CONFLICT,
  'REQUEST.EXTENSION_ALREADY_USED': CONFLICT,
  'REQUEST.CLARIFICATION_ALREADY_OPEN': CONFLICT,
  'REQUEST.NO_OPEN_CLARIFICATION': CONFLICT,
  'REQUEST.THIRD_PARTY_VIEW_ALREADY_OPEN': CONFLICT,
  'REQUEST.NO_OPEN_THIRD_PARTY_VIEW': CONFLICT,
  'REQUEST.SUSPENSION_ALREADY_OPEN': CONFLICT,
  'REQUEST.NO_OPEN_SUSPENSION': CONFLICT,
  'REQUEST.SUSPENSION_STILL_RUNNING': CONFLICT,
  'REQUEST.OBJECTION_EXTENSION_ALREADY_USED': CONFLICT,
  // Closing as final before the postal week has passed: the request is not there yet.
  'REQUEST.OBJECTION_WINDOW_OPEN': CONFLICT,
  // Not handling a request: no clarification with a term yet, or its term still runs; an answer
  // was recorded and no reason given why it falls short; or a decision replaced by one on the merits.
  'REQUEST.NO_CLARIFICATION_TERM': CONFLICT,
  'REQUEST.CLARIFICATION_TERM_RUNNING': CONFLICT,
  'REQUEST.NOT_HANDLED_REASON_REQUIRED': CONFLICT,
  'REQUEST.DECIDED_NOT_TO_HANDLE': CONFLICT,
  // The objection procedure's order (Awb 7:2, 7:3, 7:13): a step not yet or no longer possible.
  'REQUEST.HEARING_ALREADY_SETTLED': CONFLICT,
  'REQUEST.NO_HEARING_SCHEDULED': CONFLICT,
  'REQUEST.HEARING_OUTSTANDING': CONFLICT,
  'REQUEST.NO_ADVISORY_COMMITTEE': CONFLICT,
  'REQUEST.ADVICE_ALREADY_RECEIVED': CONFLICT,
  'REQUEST.ADVICE_OUTSTANDING': CONFLICT,
  'REQUEST.HEARING_BEFORE_SCHEDULING': UNPROCESSABLE,
  'REQUEST.HEARING_NOT_YET_HELD': UNPROCESSABLE,
  'REQUEST.HEARING_PLACE_REQUIRED': UNPROCESSABLE,
  'REQUEST.HEARING_REPORT_REQUIRED': UNPROCESSABLE,
  'REQUEST.DATE_IN_FUTURE': UNPROCESSABLE,
  'REQUEST.DATE_BEFORE_RECEIPT': UNPROCESSABLE,
  'REQUEST.DATE_BEFORE_PREVIOUS_EVENT': UNPROCESSABLE,
  'REQUEST.INVALID_DAYS': UNPROCESSABLE,
  'REQUEST.TERM_END_BEFORE_REQUEST': UNPROCESSABLE,
  'REQUEST.EXTENSION_TOO_LONG': UNPROCESSABLE,
  'REQUEST.EXTENSION_TOO_LATE': UNPROCESSABLE,
  'REQUEST.EXTENSION_REASON_REQUIRED': UNPROCESSABLE,
  'REQUEST.INVALID_POSTAL_DATE': UNPROCESSABLE,
  'REQUEST.OBJECTION_EXTENSION_TOO_LONG': UNPROCESSABLE,
  'REQUEST.OBJECTION_EXTENSION_TOO_LATE': UNPROCESSABLE,
  'REQUEST.FORWARD_TARGET_REQUIRED': UNPROCESSABLE,
};

/** The register's own refusals that are conflicts with the thing as it stands (409). */
const WORKFLOW_CONFLICTS: ReadonlySet<string> = new Set([
  'LETTER.ALREADY_SENT',
  // Documents still to assess: exporting works once they are.
  'INVENTORY.UNASSESSED',
  'DUPLICATE.ALREADY_DECIDED',
  ...PUBLICATION_CONFLICTS,
  // Still queued for conversion: queueing it again waits until the job has settled it.
  'DOCUMENT.CONVERSION_PENDING',
  // Its PDF is the one reviewed and marked: not made again underneath the clerk.
  'DOCUMENT.ALREADY_CONVERTED',
  // Erasure while the request runs or can still be contested: possible once that has passed.
  'ERASURE.REFUSED',
]);

/**
 * The HTTP status of a register refusal (contract.ts `WorkflowError`). Domain codes the table
 * does not know (refusals the workflow adds itself) are rule refusals: 422.
 */
export function statusOfWorkflowError(error: WorkflowError): number {
  switch (error.kind) {
    case 'not_found':
      return HttpStatus.NOT_FOUND;
    case 'stale_version':
      return HttpStatus.CONFLICT;
    case 'domain':
      if (WORKFLOW_CONFLICTS.has(error.code)) return HttpStatus.CONFLICT;
      return Object.hasOwn(DOMAIN_ERROR_STATUS, error.code)
        ? DOMAIN_ERROR_STATUS[error.code as RequestErrorCode]
        : HttpStatus.UNPROCESSABLE_ENTITY;
    case 'invalid':
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case 'forbidden':
      return HttpStatus.FORBIDDEN;
    case 'unauthenticated':
      return HttpStatus.UNAUTHORIZED;
    case 'unavailable':
      return HttpStatus.SERVICE_UNAVAILABLE;
    default:
      return assertUnreachable(error.kind);
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case ${String(value)}`);
}

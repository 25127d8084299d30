import { WorkflowError, workflowError } from '@wobdesk/register';

/**
 * Refusals raised in `apps/api` itself, as `WorkflowError`s so that `DomainErrorFilter` answers
 * them with the same body as the register's own (`{statusCode, code, message, messageNl}`).
 */
/** The register's own 404, so that `:id` values that cannot be ids look like unknown ones. */
export function requestNotFound(): WorkflowError {
  return workflowError('REQUEST.NOT_FOUND');
}

/** One body for an unknown, malformed and revoked status token alike: a guesser learns nothing. */
export function statusNotFound(): WorkflowError {
  return new WorkflowError(
    'not_found',
    'STATUS.NOT_FOUND',
    'Bij deze statuscode hoort geen verzoek. Controleer de link in de ontvangstbevestiging.',
    'No request belongs to this status code. Check the link in the acknowledgement of receipt.',
  );
}

export function unauthenticated(): WorkflowError {
  return new WorkflowError(
    'unauthenticated',
    'AUTH.UNAUTHENTICATED',
    'U bent niet (meer) ingelogd.',
    'You are not logged in, or your session has expired.',
  );
}

export function forbidden(roles: readonly string[]): WorkflowError {
  return new WorkflowError(
    'forbidden',
    'AUTH.FORBIDDEN',
    'U heeft niet de rol die voor deze handeling nodig is.',
    'You do not have the role this action needs.',
    { requiredRoles: [...roles] },
  );
}
